package entity

// Types the tagger gets wrong that the words around a name settle
// (twenty-fifth session, entity10):
//
//   - intersectionPlaces: "at Church and Snyder", "the corner of Tarrow
//     and Vell": two one-word names joined by "and" after "at" or after
//     "corner of" / "intersection of" are streets, not persons.
//   - citiesBeforeRegions: "in Tarrow, Oklahoma", "from Vell, Ghana": a
//     name typed PER after "in", "from", "near" or "outside" and set off
//     from a US state or a country by a comma is a town.
//   - citedAuthors: "Ortonne N et al.", "Vell E, Kesh A, et al.": a
//     surname with its initials in a reference list is a person, whatever
//     type the tagger gave it.

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// oneWordName reports whether s (trimmed) is one capitalised word.
func oneWordName(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && !strings.ContainsAny(s, " \t\n") && capitalised(s)
}

// intersectionPlaces retypes as places the one-word surfaces voted PER
// that stand in an intersection, "at A and B" or "corner of A and B"
// (either side), followed by a punctuation mark or a lower-case word:
// "at Church and Snyder in my district". A given name, or a word of the
// article's two-word person names, stays ("at Ana and Lind's home" needs
// a person beside it to read so, and the words then are the person's).
func intersectionPlaces(text string, ms []ner.Mention, types map[string]core.EntityType) {
	var nameWords map[string]bool
	for _, m := range ms {
		k := surfaceKey(m.Text)
		if types[k] != core.Person || !oneWordName(m.Text) || m.Start < 0 || m.End > len(text) {
			continue
		}
		name := strings.TrimSpace(m.Text)
		if _, ok := intersectionAt(text, m.Start, m.End); !ok || KnownGivenName(name) {
			continue
		}
		if nameWords == nil {
			nameWords = personWordsNotStreets(ms, types)
		}
		if nameWords[k] {
			continue
		}
		types[k] = core.Location
	}
}

// personWordsNotStreets returns the first and last words (folded) of the
// mentions voted PER with two or three words, leaving out street names
// ("Snyder Ave." typed PER is the street whose "Snyder" an intersection
// names).
func personWordsNotStreets(ms []ner.Mention, types map[string]core.EntityType) map[string]bool {
	out := map[string]bool{}
	for _, m := range ms {
		if types[surfaceKey(m.Text)] != core.Person || streetName(m.Text) {
			continue
		}
		if f := strings.Fields(m.Text); len(f) > 1 {
			out[surfaceKey(f[0])] = true
			out[surfaceKey(f[len(f)-1])] = true
		}
	}
	return out
}

// intersectionAt reports whether the one-word name at text[start:end] is
// one side of "at A and B" / "corner of A and B" / "intersection of A and
// B", the pair followed by a punctuation mark or a lower-case word, and
// returns the other side.
func intersectionAt(text string, start, end int) (string, bool) {
	// The name as B: "... at A and [B]".
	if w, at := prevWord(text, start); w == "and" {
		a, aAt := prevWord(text, at)
		if oneWordName(a) && !KnownGivenName(a) && intersectionOpens(text, aAt) && pairEnds(text, end) {
			return a, true
		}
	}
	// The name as A: "at [A] and B ...".
	if !intersectionOpens(text, start) {
		return "", false
	}
	w, next := nextWord(text, end)
	if w != "and" {
		return "", false
	}
	b, bEnd := nextWord(text, next)
	return b, oneWordName(b) && !KnownGivenName(b) && pairEnds(text, bEnd)
}

// intersectionOpens reports whether "at", "corner of" or "intersection
// of" stands right before pos.
func intersectionOpens(text string, pos int) bool {
	w, at := prevWord(text, pos)
	switch w {
	case "at":
		return true
	case "of":
		c, _ := prevWord(text, at)
		return c == "corner" || c == "intersection" || c == "corners"
	}
	return false
}

// pairEnds reports whether the pair ending at end is followed on its line
// by a punctuation mark (not a possessive) or a lower-case word: "at
// Church and Snyder in", not "at Tarrow and Vell LLP", "at Tarrow and
// Vell's" or a pair ending a line (a byline: "product lead at Vellzilla
// and Tarrow").
func pairEnds(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	if rest == "" || rest[0] == '\n' || rest[0] == '\r' {
		return false // a line's end: a byline or a list ("lead at Vellzilla and Tarrow")
	}
	if strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
		return false
	}
	w, _ := nextWord(text, end)
	if w == "" {
		return true // a punctuation mark
	}
	return !capitalised(w)
}

// regionAfterTown reports whether a US state or a country, set off by a
// comma, follows the name ending at end, and is not a possessive: "Vell,
// Oklahoma" / "Vell, Okla." / "Vell, Ghana".
func regionAfterTown(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	if !strings.HasPrefix(rest, ",") {
		return false
	}
	rest = strings.TrimLeft(rest[1:], " ")
	n := 0
	for n < len(rest) && (rest[n] != ' ' && rest[n] != ',' && rest[n] != ';' && rest[n] != ')' && rest[n] != '\n') {
		n++
	}
	word := rest[:n]
	if strings.HasSuffix(word, "'s") || strings.HasSuffix(word, "’s") {
		return false
	}
	if _, ok := usStates[strings.TrimSuffix(word, ".")]; ok && strings.HasSuffix(word, ".") {
		return true // "Okla."
	}
	word = strings.TrimRight(word, ".")
	if stateNames[word] && word != "Washington" {
		return true
	}
	// Two-word states and countries: "New Mexico", "South Africa".
	if sp := strings.IndexAny(rest[n:], ",.;)\n"); n < len(rest) && rest[n] == ' ' {
		two := rest
		if sp >= 0 {
			two = rest[:n+sp]
		}
		if f := strings.Fields(two); len(f) == 2 {
			pair := f[0] + " " + f[1]
			if stateNames[pair] {
				return true
			}
			if c, ok := gazetteer.CountryOf(pair); ok && strings.EqualFold(c, pair) {
				return true
			}
		}
	}
	c, ok := gazetteer.CountryOf(word)
	return ok && strings.EqualFold(c, word)
}

// townWords before a name put it in a place when a region follows it.
var townWords = map[string]bool{"in": true, "from": true, "near": true, "outside": true}

// citiesBeforeRegions retypes as places the surfaces of one or two words
// voted PER that a mention shows to be a town: after "in", "from",
// "near" or "outside", set off from a US state or a country by a comma
// ("in Tarrow, Oklahoma, police said"). A given name or a word of the
// article's other person names stays.
func citiesBeforeRegions(text string, ms []ner.Mention, types map[string]core.EntityType) {
	var nameWords map[string]bool
	for _, m := range ms {
		k := surfaceKey(m.Text)
		if types[k] != core.Person || m.Start < 0 || m.End > len(text) {
			continue
		}
		words := strings.Fields(m.Text)
		if len(words) == 0 || len(words) > 2 {
			continue
		}
		if w, _ := prevWord(text, m.Start); !townWords[w] || !regionAfterTown(text, m.End) {
			continue
		}
		if KnownGivenName(words[0]) {
			continue // "in Ana Lind, Ghana's envoy": a person
		}
		if len(words) == 1 {
			if nameWords == nil {
				nameWords = personNameWords(types)
			}
			if nameWords[k] {
				continue
			}
		}
		types[k] = core.Location
	}
}

// citedAuthors retypes as persons the surfaces voted ORG, LOC or MISC
// that a mention shows to be a cited author: a surname and its initials
// ("Ortonne N", "Wi JO", or "Ludbrook" followed by "V") followed by "et
// al." or by a comma and the next author's surname and initials.
func citedAuthors(text string, ms []ner.Mention, types map[string]core.EntityType) {
	for _, m := range ms {
		k := surfaceKey(m.Text)
		if t := types[k]; t == core.Person || t == "" || m.Start < 0 || m.End > len(text) {
			continue
		}
		words := strings.Fields(m.Text)
		var end int
		switch {
		case len(words) == 2 && citeInitials(words[1]) && capitalised(words[0]) && !citeInitials(words[0]):
			end = m.End
		case len(words) == 1 && capitalised(words[0]) && !citeInitials(words[0]):
			w, e := initialsAfter(text, m.End)
			if w == "" {
				continue
			}
			end = e
		default:
			continue
		}
		if authorListGoesOn(text, end) {
			types[k] = core.Person
		}
	}
}

// citeInitials reports whether w is one to three capital letters, a hyphen
// allowed between two ("N", "JO", "F-R").
func citeInitials(w string) bool {
	w = strings.Replace(w, "-", "", 1)
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// initialsAfter returns the initials right after pos (one space between)
// and where they end, or "".
func initialsAfter(text string, pos int) (string, int) {
	if pos >= len(text) || text[pos] != ' ' {
		return "", pos
	}
	j := pos + 1
	for j < len(text) && (text[j] >= 'A' && text[j] <= 'Z' || text[j] == '-') {
		j++
	}
	if w := text[pos+1 : j]; citeInitials(w) && (j == len(text) || text[j] == ' ' || text[j] == ',' || text[j] == '.') {
		return w, j
	}
	return "", pos
}

// authorListGoesOn reports whether "et al" or a comma and a further
// "Surname INITIALS" follow pos.
func authorListGoesOn(text string, pos int) bool {
	rest := strings.TrimLeft(text[pos:], " ")
	if strings.HasPrefix(rest, "et al") {
		return true
	}
	if !strings.HasPrefix(rest, ",") {
		return false
	}
	rest = strings.TrimLeft(rest[1:], " ")
	if strings.HasPrefix(rest, "et al") {
		return true
	}
	sp := strings.IndexByte(rest, ' ')
	if sp <= 0 || !capitalised(rest[:sp]) {
		return false
	}
	w, _ := initialsAfter(rest, sp)
	return w != "" && !citeInitials(rest[:sp]) && citationNear(rest)
}

// citationNear reports whether the next 300 bytes of s read as a
// reference: "et al", "doi" or a year followed by ";" or ":" ("2016;81").
func citationNear(s string) bool {
	if len(s) > 300 {
		s = s[:300]
	}
	if strings.Contains(s, "et al") || strings.Contains(s, "doi") {
		return true
	}
	for i := 0; i+4 < len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(s[i+4] == ';' || s[i+4] == ':') && (i == 0 || !isDigit(s[i-1])) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
