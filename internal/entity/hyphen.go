package entity

import (
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/ner"
)

// hyphenTail extends a person mention over the lower-case last syllable a
// tokenised text sets apart with a spaced hyphen ("Kim Jong - un", "Moon
// Jae - in"): the tagger stops before the hyphen, leaving "Kim Jong". The
// name becomes "Kim Jong-un". Up to four letters after the hyphen, then
// no letter.
func hyphenTail(text string, m ner.Mention) ner.Mention {
	if m.End <= 0 || m.End > len(text) {
		return m
	}
	rest := text[m.End:]
	i := 0
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	if i >= len(rest) || rest[i] != '-' {
		return m
	}
	i++
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	j := i
	for j < len(rest) {
		r, n := utf8.DecodeRuneInString(rest[j:])
		if !unicode.IsLower(r) {
			break
		}
		j += n
	}
	if j == i || j-i > 4 {
		return m
	}
	if r, _ := utf8.DecodeRuneInString(rest[j:]); j < len(rest) && (unicode.IsLetter(r) || r == '-') {
		return m
	}
	m.Text += "-" + rest[i:j]
	m.End += j
	return m
}
