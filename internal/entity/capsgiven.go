package entity

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// Some outlets write a person's given name in capitals and the surname as
// usual ("JOHN Carvell, the harbour master, said"; bylines and captions in
// the British regional press). The tagger then often calls the name an
// organisation, and the entity is named "JOHN Carvell" beside the
// article's "John Carvell". capsGivenNames writes such a given name as a
// name ("John Carvell") and types the mention a person: the first word is
// in capitals (three letters or more: "AL" is as often an article, "AL
// Jazeera") and a known given name once written so, and the one or two
// words after it are capitalised and hold a lower-case letter (a name
// wholly in capitals, "JOHN CARVELL", is a headline and left alone). A
// name the gazetteer lists, or whose last word heads an organisation or a
// place ("MARY Street", "GRACE Church"), is left as it is.
func capsGivenNames(ms []ner.Mention) {
	for i := range ms {
		m := &ms[i]
		lead := len(m.Text) - len(strings.TrimLeft(m.Text, " "))
		s := m.Text[lead:]
		sp := strings.IndexByte(s, ' ')
		if sp < 3 || !allCapsASCII(s[:sp]) {
			continue
		}
		words := strings.Fields(s)
		if len(words) < 2 || len(words) > 3 {
			continue
		}
		given := s[:1] + strings.ToLower(s[1:sp])
		if !KnownGivenName(given) {
			continue
		}
		ok := true
		for _, w := range words[1:] {
			if w[0] < 'A' || w[0] > 'Z' || !hasLowerASCII(w) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if _, head := gazetteer.HeadType(words[len(words)-1]); head {
			continue
		}
		name := given + s[sp:]
		if gazetteer.Lookup(name) != 0 {
			continue
		}
		m.Text = m.Text[:lead] + name
		m.Type = core.Person
	}
}

// allCapsASCII reports whether w is two or more ASCII capital letters and
// nothing else.
func allCapsASCII(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// hasLowerASCII reports whether w holds an ASCII lower-case letter.
func hasLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return true
		}
	}
	return false
}
