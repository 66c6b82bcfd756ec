package entity

// Types the tagger gets wrong in ways a mention's own words or its
// neighbours show (eleventh session): a ship after "INS"/"MV"/"USS", a car
// after its maker ("Toyota Camry") or before "sedan", an award before
// "winner"/"-nominated" or after "won an" ("Oscar"), a name ending in
// "Award"/"Prize"/"Trophy", a religious or national group ("Sunni
// Muslims") typed as a person, a university team ("Indiana State") or a
// city's team ("Washington Wizards") typed as a place; party-and-state
// labels ("R-Utah", "D-Calif.") are no entity at all; and an AP state
// abbreviation typed as a place ("Calif.", "Va.") is the state.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// shipPrefixes are the prefixes of a ship's name: what follows is a ship,
// not the organisation or place of that name ("INS Mysore").
var shipPrefixes = map[string]bool{"INS": true, "MV": true, "M/V": true, "USS": true, "HMS": true,
	"RMS": true, "HMAS": true, "HMCS": true, "USNS": true, "SS": true, "MS": true}

// carMakers are makers whose name before a model's names a vehicle
// ("Toyota Camry", "Honda Civic"), not the company.
// Makers whose name is also a given name ("Chevy Chase", "Lincoln
// Chafee", "Mercedes Schlapp", "Dodge") are left out.
var carMakers = map[string]bool{"Toyota": true, "Honda": true, "Nissan": true, "Chevrolet": true,
	"Hyundai": true, "Kia": true, "Subaru": true, "Mazda": true, "Volkswagen": true,
	"VW": true, "BMW": true, "Audi": true, "Lexus": true, "Jeep": true, "Cadillac": true,
	"Buick": true, "Tesla": true, "Porsche": true, "Volvo": true, "Mitsubishi": true, "Acura": true,
	"Infiniti": true, "Chrysler": true, "Pontiac": true, "Mercedes-Benz": true}

// vehicleNouns after a name make it a vehicle ("the Zorvan sedan").
var vehicleNouns = map[string]bool{"sedan": true, "sedans": true, "suv": true, "pickup": true,
	"minivan": true, "hatchback": true, "coupe": true, "convertible": true, "wagon": true}

// awardAfter are words after a name that make it an award ("Oscar
// winner", "Emmy-nominated", "Pulitzer nomination").
var awardAfter = map[string]bool{"winner": true, "winners": true, "winning": true, "nominee": true,
	"nominees": true, "nominated": true, "nomination": true, "nominations": true, "laureate": true,
	"telecast": true, "statuette": true, "ceremony": true, "ceremonies": true, "contender": true,
	"contenders": true, "host": true, "hosts": true, "hosting": true, "nod": true, "nods": true}

// awardHeads end the name of an award, prize or trophy.
var awardHeads = map[string]bool{"Award": true, "Awards": true, "Prize": true, "Prizes": true,
	"Trophy": true, "Medal": true}

// groupWords are plural nouns of religious and political groups: a name
// ending in one names a group, not a person ("Sunni Muslims").
var groupWords = map[string]bool{"Muslims": true, "Christians": true, "Jews": true, "Catholics": true,
	"Protestants": true, "Evangelicals": true, "Hindus": true, "Buddhists": true, "Sikhs": true,
	"Mormons": true, "Sunnis": true, "Shiites": true, "Shias": true, "Latinos": true, "Hispanics": true,
	"Americans": true}

// placePlurals are plural words that end the names of places, not teams
// ("Virgin Islands", "Beverly Hills").
var placePlurals = map[string]bool{"States": true, "Islands": true, "Isles": true, "Falls": true,
	"Heights": true, "Springs": true, "Hills": true, "Gardens": true, "Keys": true, "Plains": true,
	"Lakes": true, "Mountains": true, "Rapids": true, "Pines": true, "Woods": true, "Rocks": true,
	"Flats": true, "Shores": true, "Meadows": true, "Oaks": true, "Acres": true, "Territories": true,
	"Emirates": true, "Provinces": true, "Highlands": true, "Lowlands": true, "Alps": true,
	"Angeles": true, "Moines": true, "Vegas": true, "Cruces": true, "Palms": true, "Groves": true,
	"Glades": true, "Everglades": true, "Narrows": true, "Sands": true, "Cliffs": true, "Banks": true}

// usStates are the US states, by AP abbreviation (without its full stop).
var usStates = map[string]string{
	"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
	"Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
	"Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
	"Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi",
	"Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma",
	"Ore": "Oregon", "Pa": "Pennsylvania", "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont",
	"Va": "Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming", "N.J": "New Jersey", "N.C": "North Carolina",
	"S.C": "South Carolina", "N.H": "New Hampshire", "N.M": "New Mexico", "N.D": "North Dakota",
	"S.D": "South Dakota", "R.I": "Rhode Island", "W.Va": "West Virginia", "N.Y": "New York",
	// Undotted, as keys see them.
	"NJ": "New Jersey", "NC": "North Carolina", "NH": "New Hampshire", "NM": "New Mexico",
	"ND": "North Dakota", "SD": "South Dakota", "RI": "Rhode Island", "WVa": "West Virginia", "NY": "New York",
}

// stateNames are the US state names (the ones usStates abbreviates, and
// those AP never abbreviates).
var stateNames = func() map[string]bool {
	m := map[string]bool{"Alaska": true, "Hawaii": true, "Idaho": true, "Iowa": true, "Maine": true,
		"Ohio": true, "Utah": true, "New York": true, "Washington": true}
	for _, s := range usStates {
		m[s] = true
	}
	return m
}()

// StateName returns the US state a place name abbreviates AP-style
// ("Calif." -> "California"); ok false for any other name. "Wash." is left
// alone: "Washington" is mostly the capital.
func StateName(name string) (string, bool) {
	s, ok := usStates[strings.TrimSuffix(strings.TrimSpace(name), ".")]
	return s, ok
}

// partyLabel reports whether s is a party-and-state label ("R-Utah",
// "D-Calif.", "I-Vt."), which names no entity.
func partyLabel(s string) bool {
	if len(s) < 4 || !strings.ContainsRune("RDI", rune(s[0])) || s[1] != '-' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[2:])
	if !unicode.IsUpper(r) {
		return false
	}
	rest := strings.TrimSuffix(s[2:], ".")
	_, abbr := usStates[rest]
	return abbr || stateAbbrevs[rest] || stateNames[rest] || len(rest) == 2 && strings.ToUpper(rest) == rest
}

// retypeMentions corrects in place the types of ms (sorted by start) that
// the mention's words or its neighbours in text contradict (see the file
// comment), before the types are voted per surface form.
func retypeMentions(text string, ms []ner.Mention) {
	ships := map[string]bool{} // ships' names without their prefix
	for i := range ms {
		m := &ms[i]
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		words := strings.Fields(m.Text)
		if len(words) == 0 {
			continue
		}
		last := words[len(words)-1]
		switch {
		case lawName(words), programmeName(text, *m), broadcasterProgramme(m.Text), eventNames[strings.TrimSpace(m.Text)]:
			m.Type = core.Misc // "Freedom of Information Act", "CNBC's Squawk Box" (kinds.go)
		case m.Type != core.Organisation && platformName(text, *m):
			m.Type = core.Organisation // "Twitter said" (kinds.go)
		case m.Type != core.Organisation && (publicationName(text, *m) || standingsTeam(text, *m)):
			m.Type = core.Organisation // "a writer for The Atlantic", "Vellmar 68 65 .511" (cues.go)
		case m.Type != core.Misc && len(words) == 1 && groupAdjectives[last]:
			m.Type = core.Misc // "Hispanic" typed as a person (cues.go)
		case shipPrefixes[words[0]] && len(words) > 1:
			m.Type = core.Misc // "INS Mysore"
			ships[strings.Join(words[1:], " ")] = true
		case shipPrefixes[wordBefore(text, m.Start)]:
			m.Type = core.Misc // "the MV Gibe"
			ships[m.Text] = true
		case m.Type != core.Misc && quotedWork(text, *m):
			m.Type = core.Misc // `his work in "Quarry Road,"`, `the song "Vell Street"`
			ships[m.Text] = true
		case (m.Type == core.Organisation || m.Type == core.Person) && workOrVessel(text, m.Start, m.Type == core.Person):
			m.Type = core.Misc // "the film Harbour Lights", "aboard the Kell Star"
			ships[m.Text] = true
		case carMakers[words[0]] && len(words) > 1 && !headNoun(last), vehicleNouns[strings.ToLower(wordAfter(text, m.End))]:
			m.Type = core.Misc // "Toyota Camry", "the Zorvan sedan"
		case awardHeads[last] && len(words) > 1, awardContext(text, m):
			m.Type = core.Misc // "Shell Award", "Oscar winner", "won an Emmy"
		case m.Type == core.Person && groupWords[last]:
			m.Type = core.Misc // "Sunni Muslims"
		case m.Type == core.Person && len(words) == 1 && demonymPlural(last):
			m.Type = core.Misc // "Americans" typed as a person
		case m.Type != core.Organisation && len(words) == 2 && last == "State" && stateNames[words[0]] &&
			words[0] != "Washington" && words[0] != "New":
			m.Type = core.Organisation // "Indiana State" (a university's team)
		case m.Type == core.Location && teamName(words):
			m.Type = core.Organisation // "Washington Wizards"
		case m.Type == core.Location && len(words) > 1 && bodyHeads[last]:
			m.Type = core.Organisation // "Brown University" typed as a place
		}
	}
	for i := range ms {
		if ships[ms[i].Text] {
			ms[i].Type = core.Misc // "the Mysore" after "INS Mysore"
		}
	}
}

// bodyHeads end the names of organisations only, never of a place
// (unlike "Bank", "Union" or "Center": "West Bank", "Soviet Union"): a
// name typed as a place that ends in one is the body (fifteenth session;
// written by hand for this project).
var bodyHeads = map[string]bool{"University": true, "Institute": true, "Party": true, "Committee": true,
	"Commission": true, "Ministry": true, "Agency": true, "Association": true, "Federation": true,
	"Foundation": true, "Corporation": true, "Corp": true, "Corp.": true, "Inc": true, "Inc.": true,
	"Ltd": true, "Ltd.": true, "Organization": true, "Organisation": true}

// workNouns before a name make it a work or a vessel, not the company of
// that name ("the film Harbour Lights", "the tanker Kell Star"); a vessel
// noun ("the tanker Ana Lind") or "aboard" not the person either, which
// a work noun does not say ("the film Ana Lind directed").
var workNouns = map[string]bool{"film": true, "movie": true, "documentary": true, "album": true,
	"novel": true}

// vesselNouns: see workNouns.
var vesselNouns = map[string]bool{"ship": true, "vessel": true, "tanker": true, "freighter": true,
	"ferry": true, "yacht": true, "liner": true, "warship": true, "frigate": true, "destroyer": true,
	"submarine": true, "trawler": true, "cruiser": true}

// workOrVessel reports whether the name at start follows "the" and a work
// or vessel noun ("the film", "the cargo ship", "the 2009 film"), or
// "aboard (the)" ("aboard the Kell Star"); for a name typed as a person
// (person), a vessel noun or "aboard" only.
func workOrVessel(text string, start int, person bool) bool {
	w, at := prevWord(text, start)
	if w == "aboard" {
		return true
	}
	if w == "the" {
		p, _ := prevWord(text, at)
		return p == "aboard"
	}
	if !vesselNouns[w] && (person || !workNouns[w]) {
		return false
	}
	for range 2 { // "the film", "the cargo ship", "the 2009 film", "the animated film"
		p, pat := prevWord(text, at)
		switch strings.ToLower(p) {
		case "the", "a", "his", "her", "their", "its":
			return true
		}
		if p == "" {
			// a number ("the 2009 film") is no word to prevWord: step over it.
			i := at
			for i > 0 && text[i-1] == ' ' {
				i--
			}
			j := i
			for j > 0 && text[j-1] >= '0' && text[j-1] <= '9' {
				j--
			}
			if j == i {
				return false
			}
			at = j
			continue
		}
		if !isLowerWord(p) {
			return false
		}
		at = pat
	}
	return false
}

// quotedWork reports whether m fills a pair of quotation marks after a
// work noun ("the song \"Vell Street\"") or after "in" following a word of
// acting or making ("his work in \"Quarry Road,\"", "starred in \"X\""): the
// title of a film, book or song, whatever its words look like.
func quotedWork(text string, m ner.Mention) bool {
	open := ""
	for _, q := range []string{"\"", "“"} {
		if strings.HasSuffix(text[:m.Start], q) {
			open = q
		}
	}
	if open == "" {
		return false
	}
	after := strings.TrimLeft(text[m.End:], ",.")
	if !strings.HasPrefix(after, "\"") && !strings.HasPrefix(after, "”") {
		return false
	}
	w, at := prevWord(text, m.Start-len(open))
	if workNouns[strings.ToLower(w)] || titledWorks[strings.ToLower(w)] {
		return true
	}
	if strings.ToLower(w) != "in" {
		return false
	}
	p, _ := prevWord(text, at)
	return actingWords[strings.ToLower(p)]
}

// titledWorks are more nouns a quoted title follows ("the song \"X\"");
// actingWords come before "in" and a quoted title ("his role in \"X\"").
var (
	titledWorks = map[string]bool{"song": true, "single": true, "book": true, "play": true, "musical": true,
		"series": true, "show": true, "episode": true, "poem": true, "opera": true}
	actingWords = map[string]bool{"work": true, "role": true, "roles": true, "part": true, "performance": true,
		"starring": true, "starred": true, "stars": true, "appeared": true, "appears": true, "appearance": true,
		"appearing": true, "acting": true, "featured": true, "cast": true}
)

// shipName returns a ship's name without its prefix ("INS Mysore" ->
// "Mysore"), or "".
func shipName(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || !shipPrefixes[first] {
		return ""
	}
	return rest
}

// headNoun reports whether w ends an organisation's or place's name
// ("Toyota Motor Corporation", "Honda Center").
func headNoun(w string) bool {
	_, ok := gazetteer.HeadType(w)
	return ok || w == "Motor" || w == "Motors" || w == "Center" || w == "Centre" || w == "Field" || w == "Stadium"
}

// demonymPlural reports whether w is the plural of a demonym ("Americans").
func demonymPlural(w string) bool {
	if !strings.HasSuffix(w, "s") {
		return false
	}
	_, ok := gazetteer.DemonymCountry(w)
	return ok
}

// teamName reports whether words name a team after its place: a known
// place (a US state, a country or a capital) or a name of two words,
// then a capitalised plural that ends no place's name ("Washington
// Wizards", "Kansas City Chiefs").
func teamName(words []string) bool {
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	last := words[len(words)-1]
	r, _ := utf8.DecodeRuneInString(last)
	if !unicode.IsUpper(r) || placePlurals[last] || len(last) < 4 || !strings.HasSuffix(last, "s") ||
		strings.HasSuffix(last, "ss") || strings.HasSuffix(last, "us") || strings.HasSuffix(last, "is") ||
		strings.HasSuffix(last, "os") || strings.HasSuffix(last, "as") || strings.ToUpper(last) == last {
		return false
	}
	place := strings.Join(words[:len(words)-1], " ")
	if stateNames[place] {
		return true
	}
	if _, ok := gazetteer.CountryName(place); ok {
		return true
	}
	if _, ok := gazetteer.CapitalCountry(place); ok {
		return true
	}
	return len(words) == 3 && (words[1] == "City" || words[1] == "Bay")
}

// awardContext reports whether a one-word mention is an award by its
// neighbours: "winner", "nominee", "-nominated" or "-winning" after it
// ("Oscar winner", "Oscar - nominated"), or "won an"/"won a"/"win an"
// before it and no noun after it ("won an Emmy for").
func awardContext(text string, m *ner.Mention) bool {
	if strings.ContainsRune(m.Text, ' ') {
		return false
	}
	after := strings.TrimLeft(text[m.End:], " -–")
	if w := firstWord(after); awardAfter[strings.ToLower(w)] {
		return true
	}
	before := strings.ToLower(tail(strings.TrimRight(text[:m.Start], " "), 64))
	for _, p := range []string{"won an", "won a", "win an", "win a", "wins an", "wins a", "winning an", "winning a"} {
		if strings.HasSuffix(before, " "+p) {
			next := wordAfter(text, m.End)
			r, _ := utf8.DecodeRuneInString(next)
			return next == "" || !unicode.IsLower(r) || next == "for" || next == "in" || next == "and" || next == "as"
		}
	}
	return false
}

// tail returns the end of s from about n bytes before its end, cut where
// a character begins (a byte that continues no UTF-8 sequence). Lower-casing
// maps character by character, so a suffix test on the lower-cased tail
// for a phrase of at most n/4-1 bytes answers as one on all of s
// lower-cased would, without lower-casing all of s (awardContext ran in
// time quadratic in the article's length).
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// firstWord returns the letters that open s.
func firstWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

// wordAfter returns the word right after byte end of text (one space
// between), or "".
func wordAfter(text string, end int) string {
	if end >= len(text) || text[end] != ' ' {
		return ""
	}
	return firstWord(text[end+1:])
}

// wordBefore returns the word (letters, digits and '/') right before byte
// start of text, one space between, or "".
func wordBefore(text string, start int) string {
	if start < 2 || text[start-1] != ' ' {
		return ""
	}
	s := text[:start-1]
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '/' })
	return s[i+1:]
}
