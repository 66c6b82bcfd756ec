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
// - ", "Washington (AFP) – "), or 0 when s opens with none. A dateline is at
// most 80 bytes of capitalised words, numbers, abbreviations, commas and a
// bracketed agency, ending in a dash; it opens with a word in capitals or
// carries a bracketed agency, and the text after the dash does not open in
// lower case. The places it names are where the story was
// filed, never the subject of the sentence.
func DatelineEnd(s string) int {
	limit := min(len(s), maxDateline)
	caps, agency, words := false, false, 0
	for i := 0; i < limit; {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '—' || r == '–' || (r == '-' || r == '−') && i > 0 && s[i-1] == ' ':
			if words == 0 || !(caps || agency) {
				return 0
			}
			end := i + size
			for end < len(s) && (s[end] == '-' || s[end] == ' ') {
				end++
			}
			if next, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsLower(next) {
				return 0 // "NATO — the alliance ...": an aside, not a dateline
			}
			return end
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
