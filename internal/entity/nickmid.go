package entity

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// An article may give the name a person goes by between the given name
// and the surname, in brackets or quotes: "Alexandros (Alexis) Tomaras",
// `Vasilis "Billy" Kell`. The tagger then finds three names, and the
// person became three entities ("Alexandros", "Alexis", "Tomaras"). Here
// the article says the two given names are one person's, and only here are
// they joined: the full name takes both forms ("Alexandros Tomaras", also
// "Alexis Tomaras"), so a later "Alexis Tomaras" in the article, and in the
// store another article's, is the same person. A short given form with no
// such statement ("Alexis Tomaras" in one article, "Alexandros Tomaras" in
// another) stays apart, as before.

// nickOpen maps the mark that opens a name given in the middle to the
// mark that closes it.
var nickOpen = map[string]string{" (": ") ", ` "`: `" `, " “": "” ", " '": "' ", " ‘": "’ "}

// middleNickname reports whether ms[i] is a one-word given name followed
// by a one-word name in brackets or quotes and then a surname of one or two
// capitalised words, and returns those two mentions.
func middleNickname(text string, ms []ner.Mention, i int, types map[string]core.EntityType) (nick, sur ner.Mention, ok bool) {
	if i+2 >= len(ms) {
		return nick, sur, false
	}
	a, n, s := ms[i], ms[i+1], ms[i+2]
	if a.End > n.Start || n.End > s.Start || n.Start-a.End != 2 && n.Start-a.End != 4 {
		return nick, sur, false // " (" is two bytes, " “" four
	}
	closer, found := nickOpen[text[a.End:n.Start]]
	if !found || !strings.HasPrefix(text[n.End:], closer) || n.End+len(closer) != s.Start {
		return nick, sur, false
	}
	if !oneCapitalWord(a.Text) || !oneCapitalWord(n.Text) {
		return nick, sur, false
	}
	sw := strings.Fields(s.Text)
	if len(sw) < 1 || len(sw) > 2 {
		return nick, sur, false
	}
	for _, w := range sw {
		if w[0] < 'A' || w[0] > 'Z' {
			return nick, sur, false
		}
	}
	if t := types[surfaceKey(s.Text)]; t != "" && t != core.Person || gazetteer.Lookup(s.Text) != 0 {
		return nick, sur, false
	}
	if t := types[surfaceKey(a.Text)]; t != core.Person && !KnownGivenName(strings.TrimSpace(a.Text)) {
		return nick, sur, false
	}
	return n, s, true
}

// oneCapitalWord reports whether s is one word opening with an ASCII
// capital letter and holding a lower-case one ("Alexis", not "NATO").
func oneCapitalWord(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && !strings.ContainsAny(s, " \t\n") && s[0] >= 'A' && s[0] <= 'Z' && hasLowerASCII(s)
}
