package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxDateline is the longest dateline DatelineEnd reads, in bytes.
const maxDateline = 80

// DatelineEnd returns the byte offset in s just past a dateline that opens
// it ("WASHINGTON — ", "WEST PALM BEACH, Fla. — ", "MOSCOW, Oct 30 (Reuters)
// - ", "Washington (AFP) – ", "Tolmouth / Brell: "), or 0 when s opens with
// none. A dateline is at most 80 bytes of capitalised words, numbers,
// abbreviations, commas, slashes and a bracketed agency, ending in a dash
// (em, en, horizontal bar, or a hyphen after a space); it opens with a word
// in capitals, carries a bracketed agency or gives a day after a comma
// ("Tolmouth, Nov 11 - "), and the text after the dash
// does not open in lower case. Places joined by a slash may end in a colon
// instead ("New Delhi / Mumbai: "); a colon after anything else is a label
// or a speaker ("Report: ", "Netanyahu: "), not a dateline. The places it
// names are where the story was filed, never the subject of the sentence.
// It is the one dateline reader of the pipeline: the quote, event and claim
// finders all skip what it reads.
func DatelineEnd(s string) int {
	limit := min(len(s), maxDateline)
	caps, agency, slash, dated, words := false, false, false, false, 0
	for i := 0; i < limit; {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '—' || r == '–' || r == '―' || (r == '-' || r == '−') && i > 0 && s[i-1] == ' ',
			r == ':' && slash:
			if words == 0 || !(caps || agency || slash || dated) {
				return 0
			}
			end := i + size
			for end < len(s) && (s[end] == '-' || s[end] == ' ') {
				end++
			}
			if next, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsLower(next) || end == len(s) && r == ':' {
				return 0 // "NATO — the alliance ...": an aside, not a dateline
			}
			return end
		case r == '/' && words > 0 && i > 0 && s[i-1] == ' ':
			slash = true
		case r >= '0' && r <= '9' && words > 0 && strings.Contains(s[:i], ","):
			dated = true // "Mumbai, Nov 11 - ": a place and a day
		case r == ':':
			if i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				break // a time ("10:30")
			}
			return 0
		case r == '(':
			j := strings.IndexByte(s[i:limit], ')')
			if j < 0 {
				return 0
			}
			agency = true
			i += j + 1
			continue
		case unicode.IsLetter(r) && (i == 0 || s[i-1] == ' '):
			if !unicode.IsUpper(r) {
				return 0 // a lower-case word: prose
			}
			w := s[i:]
			if k := strings.IndexAny(w, " ,"); k >= 0 {
				w = w[:k]
			}
			if words == 0 && len(w) >= 2 && strings.ToUpper(w) == w {
				caps = true
			}
			words++
		case r == '"' || r == '“' || r == ';' || r == '!' || r == '?':
			return 0
		}
		i += size
	}
	return 0
}
