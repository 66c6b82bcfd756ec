package entity

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
)

// addPerson links a PER mention to an existing person or starts one.
func (b *builder) addPerson(text string, m ner.Mention) {
	name, titleAttrs, country := stripTitles(m.Text)
	name = trimPossessive(name)
	pre, preCountry := titleBefore(text, m.Start, b.misc)
	app, appCountry := appositionAfter(text, m.End)
	if country == "" {
		country = preCountry
	}
	if country == "" {
		country = appCountry
	}
	words := strings.Fields(name)
	if len(words) == 0 {
		return
	}
	if len(words) == 1 && (honorifics[strings.ToLower(words[0])] || clergyHonorifics[strings.ToLower(words[0])] || clergyHonorifics[strings.ToLower(words[0])+"."]) {
		return // a bare title ("Msgr" cut off its name by a sentence break) names no one
	}
	if len(words) == 1 && (IsInitial(words[0]) || generationalSuffix(words[0]) != "") {
		return // a loose initial ("A." of "D. A. Lind", initials.go) or "Jr." names no one
	}
	g := honorificGender(text, m.Start, m.Text)
	if g == 0 {
		g = nameGender(name)
	}
	if g == 0 {
		g = nounGender(text, m.Start, m.End)
	}
	var pres []string // a president's titles, which keep a lone surname from a "Jr." (suffix.go)
	if presidential(titleAttrs) {
		pres = titleAttrs
	} else if presidential(pre) {
		pres = pre
	}
	e := -1
	if b.nicks != nil {
		if n, ok := b.nicks[fold(name)]; ok {
			e = n // the name the article said this person goes by (nickmid.go)
		}
	}
	if e < 0 {
		e = b.matchPerson(text, m.Start, words, g, pres)
	}
	if e < 0 {
		e = b.newEntity(name, core.Person)
	} else if len(words) > len(strings.Fields(b.res.Entities[e].Name)) {
		b.rename(e, name)
	}
	b.link(e, m.Start, m.End, name, false)
	if b.gender[e] == 0 {
		b.gender[e] = g
	}
	b.addAttr(e, titleAttrs...)
	b.addAttr(e, pre...)
	b.addAttr(e, app...)
	if country != "" && b.res.Country[e] == "" {
		b.res.Country[e] = country
	}
}

// matchPerson finds the person a name at byte start refers to: the same
// name, a single word that is the first or last word of a longer name
// ("Putin", "Xi"), or a longer name whose first or last word is an
// earlier single-word name. A match that has been named by these very
// words before wins; otherwise the most recently mentioned. Never one
// whose gender differs from g ("Mr. Trump" after "Mrs. Melania Trump"),
// nor a shorter name mentioned earlier in the same sentence ("President
// Lind and Maria Lind": two people); -1 when none. Generational suffixes
// as suffix.go says; pres are the president's titles the mention carries,
// if any.
func (b *builder) matchPerson(text string, start int, words []string, g byte, pres []string) int {
	best, exact := -1, false
	son, sonExact := -1, false // a suffixed name a lone surname matches (suffix.go)
	form := strings.Join(words, " ")
	_, suffix := splitSuffix(words)
	for _, e := range b.personCandidates(words) {
		ent := &b.res.Entities[e]
		if ent.Type != core.Person {
			continue
		}
		if g != 0 && b.gender[e] != 0 && b.gender[e] != g {
			continue
		}
		have := strings.Fields(ent.Name)
		if !namesMatch(words, have) {
			continue
		}
		if len(words) > len(have) && b.lastSeen[e] >= 0 && sameSentence(text, b.lastSeen[e], start) {
			continue
		}
		if familySuffix(suffix) && len(have) == 1 {
			continue // "Joseph Biden Jr." after "Biden": the surname may be the father's
		}
		isExact := b.forms[e][trimPossessive(form)] > 0
		if _, s := splitSuffix(have); len(words) == 1 && familySuffix(s) {
			if len(pres) > 0 && !b.hasAnyAttr(e, pres) {
				continue // "President Lind" beside "Ana Lind Jr.": not the son
			}
			son, sonExact = b.better(son, sonExact, e, isExact)
			continue
		}
		best, exact = b.better(best, exact, e, isExact)
	}
	if best < 0 {
		return son
	}
	return best
}

// hasAnyAttr reports whether entity e holds one of attrs (case aside).
func (b *builder) hasAnyAttr(e int, attrs []string) bool {
	for _, have := range b.res.Entities[e].Attributes {
		for _, a := range attrs {
			if strings.EqualFold(have, a) {
				return true
			}
		}
	}
	return false
}

// presidential reports whether one of titles is a president's
// ("President", "former President", "Pres.").
func presidential(titles []string) bool {
	for _, t := range titles {
		if w := lastField(t); strings.EqualFold(w, "President") || w == "Pres." {
			return true
		}
	}
	return false
}

// better returns the better of the candidates best and e for matchPerson:
// one named by these very words before, else the most recently mentioned.
func (b *builder) better(best int, exact bool, e int, isExact bool) (int, bool) {
	switch {
	case best < 0, isExact && !exact:
		return e, isExact
	case isExact == exact && b.lastSeen[e] > b.lastSeen[best]:
		return e, exact
	}
	return best, exact
}

// namesMatch reports whether the person names a and b (words) can name
// one person: the same words, a single word that is the other's first or
// last word, or the same first and last words; generational suffixes as
// suffix.go says.
func namesMatch(a, b []string) bool {
	a, as := splitSuffix(a)
	b, bs := splitSuffix(b)
	switch {
	case as == bs:
	case as != "" && bs != "", familySuffix(as) && len(b) > 1, familySuffix(bs) && len(a) > 1:
		return false // father and son, or two numbers
	case familySuffix(as) || familySuffix(bs):
		// A lone surname and a suffixed name: the surname only.
		short, long := b, a
		if bs != "" {
			short, long = a, b
		}
		return len(long) > 1 && fold(short[0]) == fold(long[len(long)-1])
	}
	return plainNamesMatch(a, b)
}

// plainNamesMatch is namesMatch for names without suffixes. A name of two
// or more words that is the last words of a longer one names the same
// person (a double surname, a surname with its particle: "Suu Kyi", "De
// Blasio"), unless it opens with a known given name ("Ana Lind" beside
// "Maria Ana Lind" may be two people).
func plainNamesMatch(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	eq := func(x, y string) bool { return fold(x) == fold(y) }
	if len(a) == len(b) {
		for i := range a {
			if !eq(a[i], b[i]) {
				return false
			}
		}
		return true
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) == 1 {
		if generationalSuffix(short[0]) != "" {
			return false // "Jr." names no one
		}
		return eq(short[0], long[len(long)-1]) || eq(short[0], long[0])
	}
	if len(long) == len(short)+1 && IsInitial(long[0]) && !IsInitial(short[0]) && plainNamesMatch(short, long[1:]) {
		return true // "H. Ross Perot" and "Ross Perot" (initials.go)
	}
	if !KnownGivenName(short[0]) && !IsInitial(short[0]) && !IsInitials(short[0]) && tailOf(short, long, eq) {
		return true // "Peña Nieto" and "Enrique Peña Nieto", "Van Heeswijk" and "Max van Heeswijk"
	}
	// "Vladimir Putin" and "Vladimir V. Putin": same first and last words.
	return eq(short[0], long[0]) && eq(short[len(short)-1], long[len(long)-1])
}

// tailOf reports whether the words short are the last words of long.
func tailOf(short, long []string, eq func(x, y string) bool) bool {
	if len(short) > len(long) {
		return false
	}
	off := len(long) - len(short)
	for i := range short {
		if !eq(short[i], long[off+i]) {
			return false
		}
	}
	return true
}

// addNamed links an ORG, LOC or MISC mention, merging aliases by Key and
// acronyms defined in parentheses or matching a name's initials.
