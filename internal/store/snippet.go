package store

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FTS5's snippet() scores a window at every hit of the expression against
// every other hit of the same body, so its cost grows with the square of a
// body's hits: a stored body of 25,000 "harbour"s took 13 s to answer a
// search for "harbour". Bodies longer than snippetScanBytes (characters) are
// read first and their possible hits counted (countHits); where there may
// be more than maxSnippetHits, goSnippet makes the snippet instead. Every
// other body keeps FTS5's snippet.
const (
	snippetScanBytes = 16 << 10
	maxSnippetHits   = 2000
	snippetTokens    = 32 // as snippet(..., 32)
)

// snippetTerm is one word of a query's positive terms, lower-cased.
type snippetTerm struct {
	word   string
	prefix bool // term* (the last word of a phrase*)
}

// snippetTerms are the words of text's terms that are not excluded; nil
// when the query does not lex (ParseQuery already refused it then).
func snippetTerms(text string) []snippetTerm {
	toks, err := lexQuery(text)
	if err != nil {
		return nil
	}
	var out []snippetTerm
	for _, t := range toks {
		if t.kind != tokTerm || t.neg {
			continue
		}
		ws := wordSpans(t.text)
		for i, w := range ws {
			out = append(out, snippetTerm{word: strings.ToLower(t.text[w[0]:w[1]]), prefix: t.prefix && i == len(ws)-1})
		}
	}
	return out
}

// wordSpans are the byte spans of the runs of letters and digits in s, as
// FTS5's unicode61 tokenizer splits it.
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// countKey is what a word must begin with to count as a possible hit of
// term: its first three letters, since the porter stemmer only shortens
// words (an over-count only sends a body to goSnippet).
func countKey(term string) string {
	n := 0
	for i := range term {
		if n == 3 {
			return term[:i]
		}
		n++
	}
	return term
}

// countHits counts the words of text that may match one of terms, and
// stops counting past limit.
func countHits(text string, terms []snippetTerm, limit int) int {
	if len(terms) == 0 {
		return 0
	}
	keys := make([]string, len(terms))
	for i, t := range terms {
		keys[i] = countKey(t.word)
	}
	n := 0
	for _, w := range wordSpans(text) {
		word := text[w[0]:w[1]]
		for _, k := range keys {
			if len(word) >= len(k) && strings.EqualFold(word[:len(k)], k) {
				n++
				break
			}
		}
		if n > limit {
			break
		}
	}
	return n
}

// crudeStem strips a few English endings, so "talks" and "talk" meet.
func crudeStem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w)-len(suf) >= 3 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// matchesTerm reports whether the lower-cased word matches one of terms.
func matchesTerm(word string, terms []snippetTerm) bool {
	for _, t := range terms {
		if word == t.word || (t.prefix && strings.HasPrefix(word, t.word)) || crudeStem(word) == crudeStem(t.word) {
			return true
		}
	}
	return false
}

// goSnippet is a snippet of text as snippet(articles_fts, 2, MarkStart,
// MarkEnd, '…', 32) writes one, in linear time: the snippetTokens words
// from shortly before the first word that matches a term, with every
// matching word marked, and '…' where text goes on.
func goSnippet(text string, terms []snippetTerm) string {
	ws := wordSpans(text)
	if len(ws) == 0 {
		return ""
	}
	first := 0
	for i, w := range ws {
		if matchesTerm(strings.ToLower(text[w[0]:w[1]]), terms) {
			first = i
			break
		}
	}
	start := max(0, first-snippetTokens/8)
	end := min(len(ws), start+snippetTokens)
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	pos := ws[start][0]
	for _, w := range ws[start:end] {
		b.WriteString(text[pos:w[0]])
		word := text[w[0]:w[1]]
		if matchesTerm(strings.ToLower(word), terms) {
			b.WriteString(MarkStart + word + MarkEnd)
		} else {
			b.WriteString(word)
		}
		pos = w[1]
	}
	if end < len(ws) {
		b.WriteString("…")
	} else {
		b.WriteString(text[pos:])
	}
	return b.String()
}
