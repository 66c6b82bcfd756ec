package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// A Resolved links a stretch of the article text (text[Start:End]) to an
// entity: Entity indexes Result.Entities. Description is true for a role
// description ("the Kremlin leader") rather than a name.
type Resolved struct {
	Start, End  int
	Entity      int
	Description bool
}

// A Result is the entities of one article and where each is mentioned.
type Result struct {
	Entities []core.Entity
	// Country is, per entity, the country its titles or name tie it to
	// ("Russian President Vladimir Putin" -> "Russia"); "" when none.
	Country []string
	// Links are the mentions and descriptions resolved to an entity, in
	// text order.
	Links []Resolved
	// Gender is, per entity, 'm' or 'f' when the article says so (an
	// honorific, a gendered title or noun beside the name, a first name of
	// known gender, or he/she pronouns that can only refer to this
	// person), else 0.
	Gender []byte
}

// EntityAt returns the index of the entity linked to a span that covers
// text[start:end], or -1 when none is.
func (r *Result) EntityAt(start, end int) int {
	i := sort.Search(len(r.Links), func(i int) bool { return r.Links[i].End > start })
	for ; i < len(r.Links) && r.Links[i].Start < end; i++ {
		if r.Links[i].Start <= start && end <= r.Links[i].End {
			return r.Links[i].Entity
		}
	}
	return -1
}

// Analyze finds the entities of text with the default tagger and resolves
// them (see Resolve).
func Analyze(text string) (Result, error) {
	t, err := ner.Default()
	if err != nil {
		return Result{}, err
	}
	return Resolve(text, t.Entities(text)), nil
}

// builder accumulates entities while Resolve walks the text.
type builder struct {
	res       Result
	forms     []map[string]int // per entity: surface form -> count
	lastSeen  []int            // per entity: start of its latest mention
	gender    []byte           // per entity: 'm' or 'f' (see Result.Gender), or 0
	byKey     map[string]int   // Key -> entity
	misc      map[int]bool     // starts of MISC mentions (nationalities may qualify a title)
	people    peopleIndex      // entities by name words, for matchPerson (people.go)
	orgIdx    orgIndex         // companies and acronyms, for companyOf and acronymOf (index.go)
	byRecency recency          // entities by latest mention, for resolveDescription (index.go)
	nicks     map[string]int   // folded "Alexis Tomaras" and "Alexis" -> the person of "Alexandros (Alexis) Tomaras" (nickmid.go); nil when none
}

func (b *builder) newEntity(name string, typ core.EntityType) int {
	b.res.Entities = append(b.res.Entities, core.Entity{Name: trimPossessive(name), Type: typ})
	b.res.Country = append(b.res.Country, "")
	b.forms = append(b.forms, map[string]int{})
	b.lastSeen = append(b.lastSeen, -1)
	b.gender = append(b.gender, 0)
	return len(b.res.Entities) - 1
}

func (b *builder) link(e, start, end int, surface string, desc bool) {
	b.res.Links = append(b.res.Links, Resolved{Start: start, End: end, Entity: e, Description: desc})
	b.res.Entities[e].Mentions++
	b.lastSeen[e] = start
	if b.byRecency.on {
		b.moved(e)
	}
	if !desc {
		if f := trimPossessive(surface); f != "" {
			b.forms[e][f]++
		}
	}
}

// trimPossessive drops a possessive ending: a name is "Bank of Maravel",
// not "Bank of Maravel's".
func trimPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", "s'", "s’"} {
		if t, ok := strings.CutSuffix(s, suf); ok && len(t) > 1 {
			if suf[0] == 's' {
				return t + "s" // "the Dockworkers'" -> "Dockworkers"
			}
			return strings.TrimSpace(t)
		}
	}
	return s
}

func (b *builder) addAttr(e int, attrs ...string) {
	ent := &b.res.Entities[e]
	for _, a := range attrs {
		if a == "" {
			continue
		}
		dup := false
		for _, have := range ent.Attributes {
			if strings.EqualFold(have, a) {
				dup = true
				break
			}
		}
		if !dup {
			ent.Attributes = append(ent.Attributes, a)
			if b.byRecency.on {
				b.byRecency.attrs[normaliseRole(strings.ToLower(a))] = true
			}
		}
	}
}

// Resolve groups the mentions of one article (ner.Mentions with offsets
// into text) into entities and links role descriptions in text to them.
func Resolve(text string, mentions []ner.Mention) Result {
	ms := append([]ner.Mention(nil), mentions...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	sourcesNotPlaces(text, ms)
	ms = fixSpans(text, ms)
	capsGivenNames(ms)                   // "JOHN Carvell" -> "John Carvell" (capsgiven.go)
	openingGivenNames(text, ms)          // "Ted Lind won" tagged "Lind" (opening.go)
	ms = joinSpacedHyphenNames(text, ms) // "Strauss - Kahn" -> "Strauss-Kahn"
	ms = monthSurnameUses(text, ms)
	retypeMentions(text, ms) // "INS Mysore", "Toyota Camry", "Oscar winner", "Sunni Muslims"
	types := voteTypes(ms)
	placesNotPersons(text, ms, types)
	nameWordsArePersons(text, ms, types)
	givenNamePersons(ms, types)          // "Ana Kesh" typed ORG beside "Kesh" (kinds.go)
	companiesByEvidence(text, ms, types) // "automaker Zorvex" typed PER (evidence.go)
	companiesNotMisc(text, ms, types)    // "Zorvex spokesman Ana Lind", "Zorvex" typed MISC (misccompany.go)
	personsByEvidence(text, ms, types)   // "Sen. Ana Kesh" typed ORG (evidence.go)
	personsByUse(text, ms, types)        // "the Lind administration" typed ORG (typecues.go)
	productsByCue(text, ms, types)       // "the Quillon browser" typed ORG (typecues.go)
	headlinePersonTail(ms, types)        // "Saints RB Ana Lind" typed ORG (typecues.go)
	headlinePersonHead(ms, types)        // "Ana Lind Says We Should Wait" (typecues.go)
	eventsNotOrgs(ms, types)             // "Velmont Bowl", "NBA Playoffs" typed ORG (events.go)
	surnames, nameWords := personSurnames(types), personNameWords(types)
	for i, m := range ms {
		if t := types[surfaceKey(m.Text)]; t != core.Person && t != "" || t == "" && m.Type != core.Person {
			if n, ok := personAfterConnective(m, types, surnames); ok {
				ms[i] = n // "Because of Ana Lind" -> "Ana Lind" (cues.go)
			} else if n, ok := nicknamePerson(m, nameWords); ok {
				ms[i] = n // "Little Marco" -> "Marco" (cues.go)
			}
		}
	}
	b := &builder{byKey: map[string]int{}, misc: map[int]bool{}}
	for _, m := range ms {
		if m.Type == core.Misc {
			b.misc[m.Start] = true
		}
	}
	descs := findDescriptions(text, ms)
	di := 0
	skipTo := 0 // mentions before it were linked with an earlier one (nickmid.go)
	for mi, m := range ms {
		for di < len(descs) && descs[di].start < m.Start {
			b.resolveDescription(descs[di])
			di++
		}
		if mi < skipTo {
			continue
		}
		typ := types[surfaceKey(m.Text)]
		if typ == "" {
			typ = m.Type
		}
		if typ != core.Person || modifierTail(m.Text) {
			if h, ok := compoundHead(m); ok { // "Ukraine-sponsored" -> "Ukraine", "Nixon-era" -> "Nixon"
				m, typ = h, types[surfaceKey(h.Text)]
				if typ == "" {
					typ = h.Type
					if c, ok := gazetteer.CountryOf(h.Text); ok && strings.EqualFold(c, h.Text) {
						typ = core.Location
					}
				}
			}
		}
		if typ != core.Person && calendarWord(m.Text) {
			continue // "Feb.", "Monday", "Easter": a date, not an organisation or place
		}
		if typ == core.Person {
			m = trimLeadingFunctionWords(m) // "Does Trump" -> "Trump"
			m = hyphenTail(text, m)         // "Kim Jong - un" -> "Kim Jong-un"
		}
		if typ == core.Misc || typ == core.Location {
			// "the BRICS countries": a listed organisation used as a modifier
			// is still the organisation, not a second entity of another type.
			if _, ok := gazetteer.OrgName(m.Text); ok {
				if _, place := gazetteer.CountryOf(m.Text); !place {
					typ = core.Organisation
				}
			}
		}
		if typ == core.Person {
			// "Crimean Peninsula", "Xiangshan Forum": no person's name ends so.
			if words := strings.Fields(m.Text); len(words) > 1 {
				if h, ok := gazetteer.HeadType(words[len(words)-1]); ok {
					typ = core.EntityType(h)
				}
			}
		}
		if (typ == core.Person || typ == core.Organisation) && streetName(m.Text) {
			typ = core.Location // "Snyder Avenue" typed PER, "First Street" typed ORG (streets.go)
		}
		switch typ {
		case core.Person:
			if nick, sur, ok := middleNickname(text, ms, mi, types); ok {
				// "Alexandros (Alexis) Tomaras": one person of two given names (nickmid.go)
				m.Text = strings.TrimSpace(m.Text) + " " + strings.TrimSpace(sur.Text)
				b.addPerson(text, m)
				if n := len(b.res.Links); n > 0 && b.res.Links[n-1].Start == m.Start {
					e := b.res.Links[n-1].Entity
					full := strings.TrimSpace(nick.Text) + " " + strings.TrimSpace(sur.Text)
					b.link(e, nick.Start, nick.End, full, false)
					if b.nicks == nil {
						b.nicks = map[string]int{}
					}
					b.nicks[fold(full)], b.nicks[fold(nick.Text)] = e, e
					b.link(e, sur.Start, sur.End, strings.TrimSpace(sur.Text), false)
					skipTo = mi + 3
				}
				continue
			}
			if mi+1 < len(ms) && types[surfaceKey(ms[mi+1].Text)] == core.Person {
				next := ms[mi+1]
				next.Type = core.Person
				if full, ok := sharedSurname(text, m, &next); ok {
					m.Text = full // "David and Charles Koch": David Koch (kinds.go)
				}
			}
			b.addPerson(text, m)
		case core.Misc:
			if _, ok := gazetteer.DemonymCountry(m.Text); ok {
				continue // an adjective of nationality, not an entity
			}
			b.addNamed(text, m, typ)
		default:
			b.addNamed(text, m, typ)
		}
	}
	for ; di < len(descs); di++ {
		b.resolveDescription(descs[di])
	}
	b.voteGenders(text)
	b.joinGivenForms() // "Timothy D. Cook" and "Tim Cook" (givenjoin.go)
	b.finish()
	b.res.Gender = b.gender
	return b.res
}

// surfaceKey is how mentions are compared for type voting.
func surfaceKey(s string) string { return fold(s) }

// typeOrder breaks ties between types other than the earliest mention's.
var typeOrder = []core.EntityType{core.Person, core.Organisation, core.Location, core.Misc}

// voteTypes gives each surface form the type most of its mentions carry
// (ties go to the earliest mention's type).
func voteTypes(ms []ner.Mention) map[string]core.EntityType {
	counts := map[string]map[core.EntityType]int{}
	first := map[string]core.EntityType{}
	for _, m := range ms {
		k := surfaceKey(m.Text)
		if counts[k] == nil {
			counts[k] = map[core.EntityType]int{}
			first[k] = m.Type
		}
		counts[k][m.Type]++
	}
	out := map[string]core.EntityType{}
	for k, c := range counts {
		best := first[k]
		for _, t := range typeOrder { // a fixed order: no map order decides a tie
			if c[t] > c[best] {
				best = t
			}
		}
		out[k] = best
	}
	return out
}

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
func (b *builder) addNamed(text string, m ner.Mention, typ core.EntityType) {
	key := Key(m.Text, typ)
	e, ok := b.byKey[key]
	if ok && otherCompany(b.res.Entities[e].Name, m.Text) {
		ok = false // "Vell Corp" after "Vell" joined "Vell Financial Corp" (kinds.go)
	}
	if !ok && typ == core.Organisation && isAcronym(m.Text) {
		e, ok = b.acronymOf(m.Text)
	}
	if !ok && typ == core.Organisation {
		if c := b.companyOf(m.Text); c >= 0 {
			e, ok = c, true // "Lamonts" after "Lamonts Apparel Inc" (kinds.go)
		}
	}
	if !ok {
		// The same name under another non-person type: one entity.
		for _, t := range []core.EntityType{core.Organisation, core.Location, core.Misc} {
			if t == typ {
				continue
			}
			if e2, ok2 := b.byKey[Key(m.Text, t)]; ok2 {
				e, ok = e2, true
				break
			}
		}
	}
	short := shortForm(strings.TrimSpace(m.Text), typ)
	if !ok && short != "" {
		// "Revenue Service" before "Revenue Service of Vellmar" (shortforms.go);
		// another body "of" another place keeps apart.
		if e2, ok2 := b.byKey[Key(short, typ)]; ok2 && shortForm(b.res.Entities[e2].Name, typ) == "" {
			e, ok = e2, true
		}
	}
	if !ok {
		e = b.newEntity(m.Text, typ)
		if c, isCountry := gazetteer.CountryName(m.Text); isCountry && typ == core.Location {
			b.res.Country[e] = c
		}
	}
	b.byKey[key] = e
	if short != "" {
		if _, seen := b.byKey[Key(short, typ)]; !seen {
			b.byKey[Key(short, typ)] = e // "Kell" after "Port Kell" (shortforms.go)
		}
	}
	if bare := shipName(m.Text); bare != "" && typ == core.Misc {
		b.byKey[Key(bare, typ)] = e // "the Mysore" after "INS Mysore"
	}
	b.link(e, m.Start, m.End, m.Text, false)
	// "Shanghai Cooperation Organization (SCO)" defines "SCO".
	if acr, ok := parenthesised(text, m.End); ok && acr != m.Text && abbreviates(acr, m.Text) {
		b.byKey[Key(acr, typ)] = e
		if _, seen := b.forms[e][acr]; !seen {
			b.forms[e][acr] = 0
		}
	}
}

// acronymOf finds an organisation whose capitalised words' initials spell acr.
func (b *builder) acronymOf(acr string) (int, bool) {
	want := strings.ReplaceAll(acr, ".", "")
	if x := b.orgs(); x != nil {
		e, ok := x.initial[want]
		return e, ok
	}
	for e := len(b.res.Entities) - 1; e >= 0; e-- {
		ent := b.res.Entities[e]
		if ent.Type != core.Organisation {
			continue
		}
		var ini strings.Builder
		for _, w := range strings.Fields(ent.Name) {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				ini.WriteRune(r)
			}
		}
		if ini.Len() >= 2 && ini.String() == want {
			return e, true
		}
	}
	return 0, false
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '-' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 8
}

// abbreviates reports whether acr can shorten name: it opens with the
// letter of the name's first word ("the" aside) and its letters occur in
// the name in order ("SCO" for "Shanghai Cooperation Organization"), so a
// dateline's agency ("Washington (AFP)") is no alias of the place.
func abbreviates(acr, name string) bool {
	words := strings.Fields(name)
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	rest := []rune(strings.ToLower(strings.Join(words, " ")))
	first := true
	for _, r := range strings.ToLower(acr) {
		if !unicode.IsLetter(r) {
			continue
		}
		if first {
			if len(rest) == 0 || rest[0] != r {
				return false
			}
			rest, first = rest[1:], false
			continue
		}
		i := 0
		for i < len(rest) && rest[i] != r {
			i++
		}
		if i == len(rest) {
			return false
		}
		rest = rest[i+1:]
	}
	return !first
}

// parenthesised returns an acronym in parentheses right after position i
// ("Organization (SCO)").
func parenthesised(text string, i int) (string, bool) {
	rest := text[i:]
	trimmed := strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(trimmed, "(") {
		return "", false
	}
	end := strings.IndexByte(trimmed, ')')
	if end < 2 || end > 14 {
		return "", false
	}
	acr := strings.TrimSpace(trimmed[1:end])
	if !isAcronym(acr) {
		return "", false
	}
	return acr, true
}

// finish names every entity by its longest surface form (a country by its
// canonical name) and lists the other forms as aliases.
func (b *builder) finish() {
	for e := range b.res.Entities {
		ent := &b.res.Entities[e]
		forms := make([]string, 0, len(b.forms[e]))
		for f := range b.forms[e] {
			forms = append(forms, f)
		}
		sort.Slice(forms, func(i, j int) bool {
			wi, wj := len(strings.Fields(forms[i])), len(strings.Fields(forms[j]))
			if wi != wj {
				return wi > wj
			}
			if len(forms[i]) != len(forms[j]) {
				return len(forms[i]) > len(forms[j])
			}
			if li, lj := hasLowerASCII(forms[i]), hasLowerASCII(forms[j]); li != lj && strings.Contains(forms[i], " ") {
				return li // "New York" over a dateline's "NEW YORK" (one word: left to the acronym rule below)
			}
			return forms[i] < forms[j]
		})
		if ent.Type != core.Person && len(forms) > 0 {
			ent.Name = forms[0]
			if isAcronym(ent.Name) {
				// Prefer a spelled-out form: "SCO" -> its full name when seen.
				for _, f := range forms {
					if !isAcronym(f) {
						ent.Name = f
						break
					}
				}
			}
		}
		if c, ok := gazetteer.CountryName(ent.Name); ok && ent.Type == core.Location {
			ent.Name = c
		} else if c, ok := gazetteer.CapitalName(ent.Name); ok && ent.Type == core.Location {
			ent.Name = c // "Kiev" -> "Kyiv"
		} else if s, ok := StateName(ent.Name); ok && ent.Type == core.Location {
			ent.Name = s // "Calif." -> "California"
		} else if ent.Type == core.Location {
			ent.Name = streetKey(ent.Name) // "Tarrow Ave." -> "Tarrow Avenue" (streets.go)
		}
		for _, f := range forms {
			if f != ent.Name {
				ent.Aliases = append(ent.Aliases, f)
			}
		}
	}
}

// honorificGender is 'm' or 'f' when the mention opens with, or follows,
// an honorific that says so ("Mr. Lind", "Mrs. Lind"), else 0.
func honorificGender(text string, start int, mention string) byte {
	first, _, _ := strings.Cut(mention, " ")
	if g := genderOf(first); g != 0 {
		return g
	}
	before := strings.TrimRight(text[:start], " ")
	if i := strings.LastIndexAny(before, " \n\t(\"“"); i >= 0 {
		before = before[i+1:]
	}
	return genderOf(before)
}

func genderOf(word string) byte {
	switch strings.ToLower(strings.TrimSuffix(word, ".")) {
	case "mr", "sir", "lord", "king", "prince", "msgr", "monsignor", "fr":
		return 'm'
	case "mrs", "ms", "miss", "madam", "madame", "lady", "queen", "princess", "sr", "sister":
		return 'f'
	}
	return 0
}

// leadingFunctionWords are capitalised sentence openers a tagger may take
// into a person's name ("Does Trump", "When Lind", "Because Lind", "The
// Obama [administration]").
var leadingFunctionWords = map[string]bool{"does": true, "did": true, "do": true, "is": true, "was": true,
	"are": true, "were": true, "will": true, "would": true, "can": true, "could": true, "should": true,
	"has": true, "have": true, "had": true, "when": true, "why": true, "how": true, "what": true,
	"where": true, "if": true, "but": true, "and": true, "as": true, "so": true, "while": true,
	"after": true, "before": true, "since": true, "then": true, "yet": true, "or": true,
	"because": true, "although": true, "though": true, "unless": true, "until": true, "whether": true,
	"also": true, "even": true, "only": true, "like": true, "unlike": true, "despite": true, "with": true,
	"without": true, "for": true, "from": true, "by": true, "at": true, "to": true, "under": true,
	"during": true, "meanwhile": true, "however": true, "instead": true, "indeed": true, "perhaps": true,
	"maybe": true, "now": true, "still": true, "the": true, "that": true, "this": true, "not": true,
	"given": true, "of": true}

// trimLeadingFunctionWords drops such words from the front of a person
// mention, moving its start; a mention of nothing else is kept as it is.
func trimLeadingFunctionWords(m ner.Mention) ner.Mention {
	for {
		first, rest, ok := strings.Cut(m.Text, " ")
		if !ok || !leadingFunctionWords[strings.ToLower(first)] || strings.TrimSpace(rest) == "" {
			return m
		}
		trimmed := strings.TrimLeft(rest, " ")
		m.Start += len(m.Text) - len(trimmed)
		m.Text = trimmed
	}
}

// sourcesNotPlaces retypes as organisations the place mentions that follow
// "according to" and are no place any gazetteer list knows ("according to
// Velskpress"): an unknown name cited as a source is an outlet or body, not
// a place; a known place cited so ("according to Kyiv") stays a place.
func sourcesNotPlaces(text string, ms []ner.Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type != core.Location || m.Start > len(text) {
			continue
		}
		before := strings.ToLower(strings.TrimRight(text[max(0, m.Start-16):m.Start], " \t\n"))
		if !strings.HasSuffix(before, "according to") || gazetteer.Lookup(m.Text) != 0 {
			continue
		}
		m.Type = core.Organisation
	}
}
