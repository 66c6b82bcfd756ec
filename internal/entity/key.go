package entity

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// Key returns the cross-article key of an entity name: the type, then the
// name lower-cased, without accents, punctuation, a leading "the", titles
// ("President", "Mr.") before a person's name or a possessive "'s", and with
// country and organisation aliases mapped to one canonical name ("U.S." and
// "United States" share a key; so do "NATO" and "North Atlantic Treaty
// Organization"). Two names with the same key are taken to be the same
// real-world entity.
func Key(name string, typ core.EntityType) string {
	name = strings.TrimSpace(name)
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	if typ != core.Person {
		if c, ok := gazetteer.CountryName(name); ok {
			name = c
		} else if o, ok := gazetteer.OrgName(name); ok {
			name = o
		}
	} else {
		words := strings.Fields(name)
		for len(words) > 1 && gazetteer.IsTitle(words[0]) {
			words = words[1:]
		}
		name = strings.Join(words, " ")
	}
	return string(typ) + ":" + fold(name)
}

// fold lower-cases s, strips accents and punctuation and a leading "the",
// and collapses spaces.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '.' || r == '\'' || r == '’':
			// "U.S." -> "us", "O'Brien" -> "obrien"
		default:
			space = true
		}
	}
	out := b.String()
	if strings.HasPrefix(out, "the ") {
		out = out[4:]
	}
	return out
}

// ActorCountry reports the country a name stands for when it is used as an
// actor: a country under any of its names ("U.S."), a demonym ("Russian",
// "Russians"), a capital ("Moscow") or a seat of government ("Kremlin",
// "White House"). A leading "the" is ignored. Whether the text means the
// state or the place is the caller's call.
func ActorCountry(name string) (string, bool) {
	name = strings.TrimSpace(name)
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	if l := strings.ToLower(name); strings.HasPrefix(l, "the ") {
		name = name[4:]
	}
	if c, ok := gazetteer.CountryOf(name); ok {
		return c, true
	}
	return gazetteer.SeatCountry(name)
}
