package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// A CoNLLSentence is one sentence read from a CoNLL-format file: the first
// column of every line (the token) and the last column (the tag, "" when the
// line has a single column).
type CoNLLSentence struct {
	Tokens []string
	Tags   []string
}

// A CoNLLDoc is the sentences between two -DOCSTART- lines (the whole file
// when it has none).
type CoNLLDoc []CoNLLSentence

// ReadCoNLL reads CoNLL-format text: one token per line with columns
// separated by spaces or tabs, a blank line between sentences, and
// -DOCSTART- lines between documents. name labels errors.
func ReadCoNLL(r io.Reader, name string) ([]CoNLLDoc, error) {
	var (
		docs []CoNLLDoc
		doc  CoNLLDoc
		cur  CoNLLSentence
	)
	flushSent := func() {
		if len(cur.Tokens) > 0 {
			doc = append(doc, cur)
		}
		cur = CoNLLSentence{}
	}
	flushDoc := func() {
		flushSent()
		if len(doc) > 0 {
			docs = append(docs, doc)
		}
		doc = nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			flushSent()
			continue
		}
		if fields[0] == "-DOCSTART-" {
			flushDoc()
			continue
		}
		cur.Tokens = append(cur.Tokens, fields[0])
		tag := ""
		if len(fields) > 1 {
			tag = fields[len(fields)-1]
		}
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: read %s line %d: %w", name, line, err)
	}
	flushDoc()
	return docs, nil
}

// Evaluate tags every document of docs with t and scores the result against
// their gold tags with conlleval's rules. mapGold, when not nil, rewrites
// each gold tag first (to map another corpus's types onto PER/ORG/LOC/MISC;
// return "O" to drop one); mapGuess does the same for predicted tags.
func Evaluate(t *Tagger, docs []CoNLLDoc, mapGold, mapGuess func(string) string) *Evaluation {
	return EvaluateErrors(t, docs, mapGold, mapGuess, false)
}

// EvaluateErrors is Evaluate; with keep, ev.Errors.Items lists every chunk
// that is not correct.
func EvaluateErrors(t *Tagger, docs []CoNLLDoc, mapGold, mapGuess func(string) string, keep bool) *Evaluation {
	ev := &Evaluation{}
	ev.Errors.Keep = keep
	for _, doc := range docs {
		words := make([][]string, len(doc))
		for i, s := range doc {
			words[i] = s.Tokens
		}
		pred := t.TagDoc(words)
		for i, s := range doc {
			gold := s.Tags
			if mapGold != nil {
				gold = mapTags(gold, mapGold)
			}
			guess := pred[i]
			if mapGuess != nil {
				guess = mapTags(guess, mapGuess)
			}
			ev.AddSentence(gold, guess)
			ev.Errors.Add(s.Tokens, gold, guess)
		}
	}
	ev.Done()
	return ev
}

func mapTags(tags []string, f func(string) string) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = f(t)
	}
	return out
}

// ToLabeled converts read CoNLL documents to training documents.
func ToLabeled(docs []CoNLLDoc) []Doc {
	out := make([]Doc, len(docs))
	for i, d := range docs {
		doc := make(Doc, len(d))
		for k, s := range d {
			doc[k] = Labeled{Tokens: s.Tokens, Tags: s.Tags}
		}
		out[i] = doc
	}
	return out
}
