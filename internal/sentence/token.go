package sentence

import (
	"unicode"
	"unicode/utf8"
)

// A Token is one word, number or punctuation mark. Text is s[Start:End].
type Token struct {
	Text       string
	Start, End int
}

// Tokens splits s into tokens: words (with inner apostrophes and hyphens:
// "don't", "Russia's", "U.S.-led"), abbreviations with inner full stops
// ("U.S.", "a.m."), numbers with inner separators ("3.5", "1,000", "10:30")
// and single punctuation marks ("..." stays one token). It runs in linear
// time and never fails.
func Tokens(s string) []Token {
	out := make([]Token, 0, len(s)/5+1) // news text runs about five bytes a token
	n := len(s)
	for i := 0; i < n; {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(s, i)
			out = append(out, Token{Text: s[i:j], Start: i, End: j})
			i = j
		case r == '.' && i+2 < n && s[i+1] == '.' && s[i+2] == '.':
			j := i + 3
			for j < n && s[j] == '.' {
				j++
			}
			out = append(out, Token{Text: s[i:j], Start: i, End: j})
			i = j
		default:
			out = append(out, Token{Text: s[i : i+size], Start: i, End: i + size})
			i += size
		}
	}
	if len(out) == 0 {
		return nil // none: nil, as callers have always had
	}
	return out
}

// wordEnd returns the end of the word or number starting at i.
func wordEnd(s string, i int) int {
	n := len(s)
	j := i
	letters, dots := 0, 0
	closed := false
	for j < n {
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			j += size
			letters++
			continue
		}
		// An inner joiner continues the word when a letter or digit follows.
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == ',' || r == ':' || r == '&' {
			k := j + size
			if k < n {
				r2, _ := utf8.DecodeRuneInString(s[k:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					prev, _ := utf8.DecodeLastRuneInString(s[:j])
					digits := unicode.IsDigit(prev) && unicode.IsDigit(r2)
					switch r {
					case ',', ':':
						if !digits {
							return j
						}
					case '.':
						if !digits && letters > 1 && dots == 0 {
							// "end.Next" glued sentences split; "U.S" joins.
							return j
						}
						dots++
						letters = 0
					case '&':
						if !unicode.IsUpper(prev) {
							return j
						}
					}
					j = k
					continue
				}
			}
			// "U.S." keeps its final full stop.
			if r == '.' && dots > 0 && letters <= 1 && !closed {
				closed = true
				j++
				continue
			}
		}
		break
	}
	return j
}
