package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/ner"
)

// hyphenTail extends a person mention over the lower-case last syllable a
// tokenised text sets apart with a spaced hyphen ("Kim Jong - un", "Moon
// Jae - in"): the tagger stops before the hyphen, leaving "Kim Jong". The
// name becomes "Kim Jong-un". Up to four letters after the hyphen, then
// no letter, and not a word that follows a dash (dashWords).
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
	if j == i || j-i > 4 || dashWords[rest[i:j]] {
		return m
	}
	if r, _ := utf8.DecodeRuneInString(rest[j:]); j < len(rest) && (unicode.IsLetter(r) || r == '-') {
		return m
	}
	m.Text += "-" + rest[i:j]
	m.End += j
	return m
}

// dashWords follow a spaced dash, not a name's hyphen ("Lind - a leader").
var dashWords = map[string]bool{"a": true, "an": true, "and": true, "or": true, "the": true, "but": true,
	"who": true, "was": true, "is": true, "has": true, "had": true, "for": true, "to": true, "at": true,
	"on": true, "as": true, "not": true, "yet": true, "so": true, "now": true}

// compoundHead cuts a name used as the first part of a hyphenated
// modifier down to the name ("Ukraine-sponsored", "Western-backed",
// "Kremlin-controlled" -> "Ukraine", "Western", "Kremlin"): the tail is
// lower case, so the whole is an adjective, not an entity. ok is false
// when m is no such compound.
func compoundHead(m ner.Mention) (ner.Mention, bool) {
	i := strings.LastIndexByte(m.Text, '-')
	if i <= 0 || i == len(m.Text)-1 {
		return m, false
	}
	for _, r := range m.Text[i+1:] {
		if !unicode.IsLower(r) {
			return m, false
		}
	}
	head := m.Text[:i]
	if r, _ := utf8.DecodeRuneInString(head); !unicode.IsUpper(r) {
		return m, false
	}
	m.Text = head
	m.End = m.Start + len(head)
	return m, true
}
