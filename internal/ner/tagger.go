package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/sentence"
)

//go:embed model.bin.gz
var embedded []byte

// A Tagger labels tokens with IOB2 entity tags. It is read-only once made
// and safe for concurrent use.
type Tagger struct {
	// stages are applied in order; a later stage sees the tags the one
	// before it predicted for the whole document (stacking).
	stages []*model
}

// Load reads a Tagger from r, a weights file written by Tagger.Save.
func Load(r io.Reader) (*Tagger, error) {
	ms, err := readModel(r)
	if err != nil {
		return nil, err
	}
	return &Tagger{stages: ms}, nil
}

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the tagger whose weights are embedded in the binary. It is
// loaded on the first call and shared afterwards.
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		defaultTagger, defaultErr = Load(bytes.NewReader(embedded))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("ner: embedded model: %w", defaultErr)
		}
	})
	return defaultTagger, defaultErr
}

// Save writes t's weights in the model format, dropping weights whose
// magnitude is below minWeight and rounding the rest to multiples of step
// (step 0 means 0.01). It returns how many feature rows it kept.
func (t *Tagger) Save(w io.Writer, step, minWeight float32) (int, error) {
	if step <= 0 {
		step = 0.01
	}
	return writeModel(w, t.stages, step, minWeight)
}

// Tag returns one IOB2 tag per token of a single sentence, using only the
// sentence itself as context.
func (t *Tagger) Tag(tokens []string) []string {
	if len(tokens) == 0 {
		return nil
	}
	return t.TagDoc([][]string{tokens})[0]
}

// TagDoc tags every sentence of a document. Words are also judged by how
// they are written, and tagged, in the sentences around them (the model's
// window), which helps all-capitals headlines, sentence-initial words and
// names repeated in the document.
func (t *Tagger) TagDoc(doc [][]string) [][]string {
	ids := t.tagIDs(prepareDoc(doc))
	out := make([][]string, len(doc))
	for i, s := range ids {
		tags := make([]string, len(s))
		for k, p := range s {
			tags[k] = Tags[p]
		}
		out[i] = tags
	}
	return out
}

func prepareDoc(doc [][]string) []*sentFeatures {
	out := make([]*sentFeatures, len(doc))
	infos := map[string]*wordInfo{} // a word's info depends on the word alone
	for i, s := range doc {
		out[i] = prepareWith(s, infos)
	}
	return out
}

func (t *Tagger) tagIDs(doc []*sentFeatures) [][]int {
	var (
		prev [][]int
		base *baseFeatures
	)
	for _, m := range t.stages {
		prev, base = m.decodeDoc(doc, prev, base)
	}
	return prev
}

// baseFeatures keeps the features every stage computes alike (all but the
// stacked ones) of each token of a document, so that a later stage with
// the same window reuses them.
type baseFeatures struct {
	window int
	feats  []uint32 // every token's features, token after token
	tokOff []int    // token g's features are feats[tokOff[g]:tokOff[g+1]]
	first  []int    // index g of each sentence's first token
}

// of returns the features of token k of sentence si.
func (b *baseFeatures) of(si, k int) []uint32 {
	g := b.first[si] + k
	return b.feats[b.tokOff[g]:b.tokOff[g+1]]
}

// decodeDoc tags a prepared document given the previous stage's tags (nil
// for the first stage). base, when not nil and made with m's window, holds
// the document's non-stacked features; the returned baseFeatures are base
// or, when the stage computed them, the ones it computed.
func (m *model) decodeDoc(doc []*sentFeatures, prev [][]int, base *baseFeatures) ([][]int, *baseFeatures) {
	out := make([][]int, len(doc))
	var (
		feats [][]uint32
		more  [][]uint32
		em    []float32
		path  []int
		lat   lattice
		rec   *baseFeatures
	)
	reuse := base != nil && base.window == m.window && prev != nil
	if !reuse && prev == nil {
		tokens := 0
		for _, sf := range doc {
			tokens += len(sf.info)
		}
		rec = &baseFeatures{window: m.window, feats: make([]uint32, 0, tokens*32),
			tokOff: make([]int, 1, tokens+1), first: make([]int, len(doc))}
	}
	eachWithContext(doc, m.window, prev, !reuse, func(si int, sf *sentFeatures, ctx *docContext) {
		if rec != nil {
			rec.first[si] = len(rec.tokOff) - 1
		}
		n := len(sf.info)
		if n == 0 {
			out[si] = []int{}
			return
		}
		if cap(em) < n*numTags {
			em = make([]float32, n*numTags)
		}
		em = em[:n*numTags]
		if reuse {
			for len(feats) < n {
				feats = append(feats, make([]uint32, 0, 16))
			}
			more = more[:0]
			for i := 0; i < n; i++ {
				feats[i] = extractStacked(sf, i, ctx, feats[i][:0])
				more = append(more, base.of(si, i))
			}
			m.emissions(feats[:n], more, em)
		} else {
			feats = sentenceFeatures(sf, ctx, feats)
			if rec != nil {
				for _, fs := range feats[:n] {
					rec.feats = append(rec.feats, fs...)
					rec.tokOff = append(rec.tokOff, len(rec.feats))
				}
			}
			m.emissions(feats[:n], nil, em)
		}
		path = viterbi(n, em, &m.trans, path, &lat)
		out[si] = append([]int(nil), path...)
	})
	if reuse {
		return out, base
	}
	return out, rec
}

// sentenceFeatures returns the feature hashes of every token of sf, reusing
// buf's storage.
func sentenceFeatures(sf *sentFeatures, ctx *docContext, buf [][]uint32) [][]uint32 {
	n := len(sf.info)
	for len(buf) < n {
		buf = append(buf, make([]uint32, 0, 64))
	}
	for i := 0; i < n; i++ {
		buf[i] = extract(sf, i, ctx, buf[i][:0])
	}
	return buf
}

// A docContext is what the features of one sentence know of the document
// around it.
type docContext struct {
	casing docStats   // how words are written in the window; nil when not counted
	labels labelStats // what the previous stage tagged words in the window, this sentence excluded; nil in the first stage
	prev   []int      // the previous stage's tags of this sentence; nil in the first stage
}

// eachWithContext calls fn for every sentence of doc, in order, with its
// context: when casing is set, the casing counts of the sentences at most
// window away from it (itself included) and, when prev holds a previous
// stage's tags, the label counts of the other sentences in the window.
func eachWithContext(doc []*sentFeatures, window int, prev [][]int, casing bool, fn func(i int, sf *sentFeatures, ctx *docContext)) {
	ctx := &docContext{}
	if casing {
		ctx.casing = docStats{}
	}
	if prev != nil {
		ctx.labels = labelStats{}
	}
	hi := -1 // last sentence added
	for i := range doc {
		for hi < len(doc)-1 && hi < i+window {
			hi++
			if casing {
				ctx.casing.add(doc[hi], 1)
			}
			if prev != nil {
				ctx.labels.add(doc[hi], prev[hi], 1)
			}
		}
		if lo := i - window - 1; lo >= 0 {
			if casing {
				ctx.casing.add(doc[lo], -1)
			}
			if prev != nil {
				ctx.labels.add(doc[lo], prev[lo], -1)
			}
		}
		if prev != nil {
			ctx.prev = prev[i]
			ctx.labels.add(doc[i], prev[i], -1)
		}
		fn(i, doc[i], ctx)
		if prev != nil {
			ctx.labels.add(doc[i], prev[i], 1)
		}
	}
}

// A Mention is one entity name found in raw text; Start and End are byte
// offsets, so text[Start:End] == Text.
type Mention struct {
	Text       string
	Type       core.EntityType
	Start, End int
}

// Entities finds the entity mentions in raw text with the default tagger.
// It returns nil when the embedded model cannot be loaded (see Default).
func Entities(text string) []Mention {
	t, err := Default()
	if err != nil {
		return nil
	}
	return t.Entities(text)
}

// Entities tokenises raw text, splits it into sentences, tags it as one
// document and returns the mentions in text order.
func (t *Tagger) Entities(text string) []Mention {
	var sents [][]Token
	for _, s := range sentence.Split(text) {
		toks := Tokenize(s.Text)
		for k := range toks {
			toks[k].Start += s.Start
			toks[k].End += s.Start
		}
		if len(toks) > 0 {
			sents = append(sents, toks)
		}
	}
	doc := make([][]string, len(sents))
	for i, s := range sents {
		words := make([]string, len(s))
		for k, tok := range s {
			words[k] = tok.Text
		}
		doc[i] = words
	}
	tags := t.TagDoc(doc)
	var out []Mention
	for si, s := range sents {
		for _, sp := range Spans(tags[si]) {
			sp, ok := trimEdges(s, sp)
			if !ok {
				continue
			}
			for _, p := range personParts(s, sp) {
				st, en := s[p.Start].Start, s[p.End-1].End
				out = append(out, Mention{Text: text[st:en], Type: core.EntityType(p.Type), Start: st, End: en})
			}
		}
	}
	return out
}

// personParts splits a person span at a lower-case word that no name
// holds ("Trump held Macron" -> "Trump", "Macron") or at a bracket, comma
// or quotation mark ("Vladimir) Putin"): the tagger sometimes runs one
// person into the next across a verb, or a name across an editor's bracket. Particles of names ("van",
// "de", "bin") stay inside. Other spans come back whole.
func personParts(toks []Token, sp Span) []Span {
	if sp.Type != "PER" {
		return []Span{sp}
	}
	var out []Span
	start := sp.Start
	for i := sp.Start; i < sp.End; i++ {
		w := toks[i].Text
		r, _ := utf8.DecodeRuneInString(w)
		breaks := unicode.IsLower(r) && !nameParticles[strings.ToLower(w)] && (i == sp.Start || toks[i-1].Text != "-") // "Kim Jong - un"
		if !breaks && strings.ContainsAny(w, "()[]{},;:\"“”«»") {
			breaks = true // "(Russian President Vladimir) Putin"
		}
		if !breaks {
			continue
		}
		if i > start {
			out = append(out, Span{start, i, sp.Type})
		}
		start = i + 1
	}
	if start == sp.Start {
		return []Span{sp}
	}
	if start < sp.End {
		out = append(out, Span{start, sp.End, sp.Type})
	}
	return out
}

// trimEdges drops the tokens at either end of a span that no name begins
// or ends with: punctuation ("“Politicians", "— Police", ". Wade") and a
// possessive ("’s War on Women"), which the tagger sometimes takes in
// with the capitalised words beside them. ok is false when nothing is left.
func trimEdges(toks []Token, sp Span) (Span, bool) {
	edge := func(w string) bool {
		switch strings.ToLower(w) {
		case "'s", "’s", "s", "'", "’":
			return true
		}
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return false
			}
		}
		return true
	}
	for sp.Start < sp.End && edge(toks[sp.Start].Text) {
		sp.Start++
	}
	for sp.End > sp.Start && edge(toks[sp.End-1].Text) && !closesName(toks, sp) {
		sp.End--
	}
	return sp, sp.Start < sp.End
}

// closesName reports whether the last token of sp is a closing bracket
// whose opening bracket lies inside the span ("Party (SDP)"). Full stops
// of abbreviations stay inside their tokens ("Inc.", "Jr.").
func closesName(toks []Token, sp Span) bool {
	w := toks[sp.End-1].Text
	return (w == ")" || w == "]") && strings.ContainsAny(tokensText(toks[sp.Start:sp.End-1]), "([")
}

func tokensText(toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Text)
	}
	return b.String()
}

// nameParticles are the lower-case words inside personal names.
var nameParticles = map[string]bool{
	"de": true, "da": true, "das": true, "del": true, "della": true, "der": true, "den": true,
	"di": true, "do": true, "dos": true, "du": true, "van": true, "von": true, "ter": true,
	"la": true, "le": true, "al": true, "el": true, "bin": true, "bint": true, "ibn": true,
	"ben": true, "y": true, "e": true, "zu": true, "af": true, "av": true, "st": true,
	"st.": true, "dei": true, "degli": true, "of": true,
}

// A Span is an entity over tokens[Start:End] of a tagged sentence.
type Span struct {
	Start, End int
	Type       string
}

// Spans reads entity spans from IOB tags (IOB2, and IOB1 where I- after O
// or after another type starts an entity).
func Spans(tags []string) []Span {
	var out []Span
	cur := -1
	curType := ""
	for i, tag := range tags {
		prefix, typ := splitTag(tag)
		if cur >= 0 && (prefix != "I" || typ != curType) {
			out = append(out, Span{cur, i, curType})
			cur = -1
		}
		if prefix == "B" || (prefix == "I" && cur < 0) {
			cur, curType = i, typ
		}
	}
	if cur >= 0 {
		out = append(out, Span{cur, len(tags), curType})
	}
	return out
}

// splitTag splits "B-PER" into "B" and "PER"; "O" (or anything without a
// prefix) into "O" and "".
func splitTag(tag string) (prefix, typ string) {
	if len(tag) > 2 && tag[1] == '-' && (tag[0] == 'B' || tag[0] == 'I') {
		return tag[:1], tag[2:]
	}
	return "O", ""
}
