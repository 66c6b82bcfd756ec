package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A span is one run of text inside quote marks: open and close are the byte
// offsets of the marks (close is the offset just after the closing mark);
// start and end bound the content between them.
type span struct {
	open, close int
	start, end  int
}

// mark families: straight double, curly double, guillemets, curly single.
const (
	famNone = iota
	famStraight
	famCurly
	famGuillemet
	famSingle
	famTwoApos // '' ... '' (and `` ... ''), as some wire copy writes quotes
)

// markAt classifies the rune at i as an opening or closing quote mark.
func markAt(text string, i int, r rune, size int, inside int) (fam int, opening bool) {
	if i+size > len(text) {
		return famNone, false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	switch r {
	case '"':
		if inside == famStraight {
			return famStraight, false
		}
		if i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-:/", prev) {
			if next != utf8.RuneError && !unicode.IsSpace(next) {
				return famStraight, true
			}
		}
		return famNone, false
	case '“', '„':
		return famCurly, true
	case '”':
		return famCurly, false
	case '«':
		return famGuillemet, true
	case '»':
		return famGuillemet, false
	case '‘':
		if inside == famNone && (i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([—–:", prev)) {
			return famSingle, true
		}
	case '’':
		if inside == famSingle && !unicode.IsLetter(next) {
			return famSingle, false
		}
	}
	return famNone, false
}

// findSpans returns the quoted spans of text in order. A quote left open at
// the end of a paragraph continues when the next paragraph opens with a
// mark of the same family (the newspaper convention for long quotes);
// otherwise the stray mark is ignored. One pass, linear in len(text).
// strays are the stretches between a stray opening mark and the mark that
// re-opened the quote (“A … “B …” keeps “B …” as the quote): scraped words
// the writer meant as quoted, which must not name a speaker.
func findSpans(text string) (out, strays []span) {
	inside := famNone
	open, start := 0, 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' && inside != famNone {
			j := i + 1
			blank := false
			for j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				if text[j] == '\n' {
					blank = true
				}
				j++
			}
			if blank {
				r2, size2 := utf8.DecodeRuneInString(text[j:])
				if inside == famTwoApos && strings.HasPrefix(text[j:], "''") {
					i = j + 2
					continue
				}
				if f, op := markAt(text, j, r2, size2, famNone); j < len(text) && op && f == inside {
					i = j + size2 // the quote goes on in the next paragraph
					continue
				}
				inside = famNone // unbalanced: drop the stray opening mark
			}
			i = j
			continue
		}
		if (r == '\'' || r == '`') && i+1 < len(text) && text[i+1] == text[i] {
			fam, opening := twoApos(text, i, inside)
			switch {
			case fam == famNone:
			case opening && inside == famNone:
				inside, open, start = fam, i, i+2
			case !opening && fam == inside:
				if i > start {
					out = append(out, span{open: open, close: i + 2, start: start, end: i})
				}
				inside = famNone
			}
			i += 2
			continue
		}
		if r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»' || r == '‘' || r == '’' {
			fam, opening := markAt(text, i, r, size, inside)
			switch {
			case fam == famNone:
			case opening && inside == famNone:
				inside, open, start = fam, i, i+size
			case opening && fam == inside && fam != famStraight:
				strays = append(strays, span{open: open, close: i, start: start, end: i})
				open, start = i, i+size // a re-opened quote: the first was stray
			case !opening && fam == inside:
				if i > start {
					out = append(out, span{open: open, close: i + size, start: start, end: i})
				}
				inside = famNone
			}
		}
		i += size
	}
	return out, strays
}

func decodeAt(s string, i int) (rune, int) { return utf8.DecodeRuneInString(s[i:]) }

func decodeLastAt(s string, i int) (rune, int) { return utf8.DecodeLastRuneInString(s[:i]) }

// twoApos classifies a doubled apostrophe or backtick at i.
func twoApos(text string, i int, inside int) (fam int, opening bool) {
	if text[i] == '`' {
		return famTwoApos, true
	}
	if inside == famTwoApos {
		return famTwoApos, false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+2:])
	if (i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-:/", prev)) && i+2 < len(text) && !unicode.IsSpace(next) {
		return famTwoApos, true
	}
	return famNone, false
}
