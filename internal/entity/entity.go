package entity

import (
	"sort"
	"strings"

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
	citiesBeforeRegions(text, ms, types) // "in Tarrow, Oklahoma" typed PER (placecues.go)
	citedAuthors(text, ms, types)        // "Ortonne N et al." typed ORG (placecues.go)
	nameWordsArePersons(text, ms, types)
	intersectionPlaces(text, ms, types)  // "at Church and Snyder" typed PER (placecues.go)
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
