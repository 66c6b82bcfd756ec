package entity

// Mention spans the tagger gets wrong in ways an article shows: a month
// word that is a surname ("Theresa May"), a headline's capitalised common
// noun run onto a name ("James Comey Memos"), a state abbreviation after a
// city taken for a first name ("Springfield, Mo."), "No." before a number,
// and a name typed as a person that the article only ever puts after "in"
// ("in Banda Aceh").

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// calendarWords are names of months, days and holidays (lower case, no
// dot): a tagger that types them as organisations or places is wrong, and
// they name no one a reader follows.
var calendarWords = map[string]bool{
	"january": true, "jan": true, "february": true, "feb": true, "march": true, "april": true, "apr": true,
	"june": true, "july": true, "august": true, "aug": true, "september": true, "sept": true, "sep": true,
	"october": true, "oct": true, "november": true, "nov": true, "december": true, "dec": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"easter": true, "christmas": true, "thanksgiving": true, "ramadan": true, "hanukkah": true, "passover": true,
	"halloween": true, "new year": true, "new year's day": true, "christmas eve": true, "christmas day": true,
}

// calendarWord reports whether s names a month, a weekday or a holiday
// ("May" is left alone: it is also a name).
func calendarWord(s string) bool {
	return calendarWords[strings.TrimSuffix(strings.ToLower(strings.Join(strings.Fields(s), " ")), ".")]
}

// monthSurnames are month names that are also surnames ("Theresa May",
// "Brian May"): the tagger, seeing the month, stops before them.
var monthSurnames = []string{"May", "June", "April", "August"}

// stateAbbrevs are the AP-style abbreviations of US states that are also
// words or names ("Mo." is Missouri after "Springfield,", not a person).
var stateAbbrevs = map[string]bool{
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true, "Del": true,
	"Fla": true, "Ga": true, "Ill": true, "Ind": true, "Kan": true, "Ky": true, "La": true, "Md": true,
	"Mass": true, "Mich": true, "Minn": true, "Miss": true, "Mo": true, "Mont": true, "Neb": true,
	"Nev": true, "Okla": true, "Ore": true, "Pa": true, "Tenn": true, "Vt": true, "Va": true,
	"Wash": true, "Wis": true, "Wyo": true, "D.C": true, "N.Y": true, "N.J": true, "N.C": true,
	"S.C": true, "N.H": true, "N.M": true, "N.D": true, "S.D": true, "R.I": true, "W.Va": true,
}

// officeWords are words of an office or rank that the gazetteer's titles
// leave out; a name after one inside a span typed otherwise is a person
// ("Deputy District Attorney Phil Stirling" typed ORG).
var officeWords = map[string]bool{
	"attorney": true, "councilman": true, "councilwoman": true, "sheriff": true, "officer": true,
	"agent": true, "da": true, "d.a.": true, "deputy": true, "coroner": true, "trooper": true,
	"commissioner": true, "detective": true, "prosecutor": true, "lawyer": true, "manager": true,
	"coach": true, "chairman": true, "chairwoman": true, "spokesman": true, "spokeswoman": true,
}

// nameHonorifics are the titles written before a surname alone ("Miss
// Jenkin"); some are also a state's abbreviation ("Miss." Mississippi).
var nameHonorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true,
	"messrs": true, "mme": true, "mlle": true, "dr": true}

// isNameHonorific reports whether w, without its stop, is one of
// nameHonorifics in any case; it builds no string.
func isNameHonorific(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if len(w) > 6 {
		return false
	}
	for h := range nameHonorifics {
		if strings.EqualFold(h, w) {
			return true
		}
	}
	return false
}

// loneHonorific reports whether m is an honorific tagged on its own before
// the name it titles ("Ms McMeekin and Miss Jenkin" tagged "Miss" MISC and
// "Jenkin" PER): one space, then a capitalised word. A state's abbreviation
// with its full stop ("Biloxi, Miss. He was 75") is no title.
func loneHonorific(text string, m ner.Mention) bool {
	w := strings.TrimSpace(m.Text)
	bare := strings.TrimSuffix(w, ".")
	if !isNameHonorific(bare) || !capitalised(bare) {
		return false
	}
	end := m.Start + strings.Index(text[m.Start:m.End], w) + len(w)
	if bare != w && stateAbbrevs[bare] {
		return false // "Jackson, Miss."
	}
	if end < len(text) && text[end] == '.' {
		if stateAbbrevs[bare] {
			return false
		}
		end++
	}
	if end+1 >= len(text) || text[end] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[end+1:])
	return unicode.IsUpper(r)
}

// stateNicknames are names whose last word is a state's abbreviation and
// that name no state: the word before it, and the name's type.
var stateNicknames = map[string]struct {
	before string
	typ    core.EntityType
}{"Miss": {"Ole", core.Organisation}} // the University of Mississippi's teams

// stateNickname reports whether m is the abbreviation of stateNicknames
// tagged apart from the word before it ("Ole [Miss]", or "[Ole] [Miss]"),
// and returns the mention of the whole name.
func stateNickname(text string, m ner.Mention) (ner.Mention, bool) {
	w := strings.TrimSpace(m.Text)
	nick, ok := stateNicknames[w]
	if !ok {
		return m, false
	}
	at := strings.Index(text[m.Start:m.End], w)
	if at < 0 {
		return m, false // the mention's text is not the text's: leave it
	}
	start := m.Start + at
	before := nick.before + " "
	if start < len(before) || text[start-len(before):start] != before {
		return m, false
	}
	if s := start - len(before); s > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:s]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return m, false // "Gole Miss"
		}
	}
	m.Start = start - len(before)
	m.End = start + len(w)
	m.Text = text[m.Start:m.End]
	m.Type = nick.typ
	return m, true
}

// numberAbbrevs are abbreviations that precede a number ("No. 5 seed"),
// never an entity.
var numberAbbrevs = map[string]bool{"no": true, "nos": true, "no.": true, "nos.": true}

// fixSpans mends the mention spans of ms (sorted by start) against text:
// see the file comment. Mentions it drops are left out of the result.
func fixSpans(text string, ms []ner.Mention) []ner.Mention {
	out := ms[:0:0]
	words := &wordCounter{text: text}
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			out = append(out, m)
			continue
		}
		if numberAbbrevs[strings.ToLower(strings.TrimSpace(m.Text))] || partyLabel(strings.TrimSpace(m.Text)) {
			continue // "No. 5"; "Rep. Mia Lind (R-Utah)"
		}
		if loneHonorific(text, m) {
			continue // "Miss" of "Miss Jenkin" tagged alone: no entity, least of all Mississippi
		}
		if n, ok := stateNickname(text, m); ok {
			if k := len(out) - 1; k >= 0 && out[k].End > n.Start {
				out = out[:k] // "Ole" tagged on its own
			}
			m = n // "Ole [Miss]": the university's teams, not Mississippi
		}
		if _, _, glued := gluedRun(m.Text); glued {
			// "Ana KeshFlagShareLikeReplyTomas Velden" (glued.go): the parts
			// are mentions of their own, repaired in turn.
			rest := append(splitGlued(m), ms[i+1:]...)
			ms = append(ms[:i:i], rest...)
			i--
			continue
		}
		if sentenceOpener(text, m) || nounAcronyms[strings.TrimSpace(m.Text)] || audienceAddress(text, m) || sectionHead(text, m) {
			continue // "Well, ...", "TV" (kinds.go); "Ladies and gentlemen", "LETTERS." (dateline.go)
		}
		if n := withCounty(text, m); n.End != m.End {
			m = n // "Jefferson" + "County" (kinds.go)
			for i+1 < len(ms) && ms[i+1].Start < m.End {
				i++ // "County" tagged on its own
			}
		} else {
			m = n
		}
		if n, ok := titledName(m); ok {
			m = n
		} else if n, ok := placeBeforeTitle(m); ok {
			m = n // "Florida Senator" -> "Florida" (kinds.go)
		} else if n, ok := chamberBeforeLeader(text, m); ok {
			m = n // "Senate Minority [Leader]" -> "Senate" (cues.go)
		}
		if i+1 < len(ms) {
			if n, ok := placedPaper(text, m, ms[i+1]); ok {
				m = n // "New York" + "Daily News" (cues.go)
				i++
			} else if n, ok := compassPlace(text, m, ms[i+1]); ok {
				m = n // "Southern" + "California" (dateline.go)
				i++
			}
		}
		if cityBeforePostal(text, m) || datelinePlace(text, m) {
			m.Type = core.Location // "DECATUR, IL" (cues.go), "DECATUR 1996-08-28" (dateline.go)
		}
		if stateAfterCity(text, m) {
			m.Type = core.Location
			out = append(out, m)
			continue
		}
		if m.Type == core.Person {
			if n, ok := monthSurname(text, m); ok {
				m = n
				for i+1 < len(ms) && ms[i+1].Start < m.End {
					i++ // the month word tagged on its own
				}
			}
			m = headlineTail(words, m)
		} else {
			next := len(text)
			if i+1 < len(ms) {
				next = ms[i+1].Start
			}
			m, _ = numberedName(text, m, next) // "Harbour Link" + "2" (numbered.go)
		}
		out = append(out, m)
	}
	return out
}

// titledName cuts a span typed as an organisation, place or other down to
// the person's name after an office word in it ("City Councilman Ana
// Kesh" typed ORG -> the person "Ana Kesh"): two or three capitalised
// words after the last office word, none of them an office or a head noun
// of an organisation or place ("Office", "Committee").
//
// A span typed PER is cut so too when a place or body stands before the
// office ("St. Louis Park Mayor Ana Kesh", "Harlow County Sheriff Ana
// Kesh"): capitalised words none of which is a known given name, nor the
// office word (the office then becomes the person's attribute, as before a
// name the tagger left out).
func titledName(m ner.Mention) (ner.Mention, bool) {
	if m.Type == core.Person && strings.Count(m.Text, " ") < 3 {
		return m, false // no place, office and two name words: spare the split
	}
	words := strings.Fields(m.Text)
	last := -1
	for i, w := range words {
		if isOfficeWord(w) {
			last = i
		}
	}
	if last < 0 || len(words)-last-1 < 2 || len(words)-last-1 > 3 {
		return m, false
	}
	if m.Type == core.Person {
		if last == 0 || KnownGivenName(words[last]) {
			return m, false // "Mayor Ana Kesh": stripTitles' work
		}
		for _, w := range words[:last] {
			if !capitalised(w) || KnownGivenName(w) || isOfficeWord(w) {
				return m, false
			}
		}
	}
	for _, w := range words[last+1:] {
		if !capitalised(w) || isOfficeWord(w) || strings.ToUpper(w) == w {
			return m, false
		}
		if _, head := gazetteer.HeadType(w); head {
			return m, false
		}
	}
	// The name's offset: after the office word in the span's text.
	off := 0
	for i := 0; i <= last; i++ {
		j := strings.Index(m.Text[off:], words[i])
		if j < 0 {
			return m, false
		}
		off += j + len(words[i])
	}
	j := strings.Index(m.Text[off:], words[last+1])
	if j < 0 {
		return m, false
	}
	off += j
	m.Start += off
	m.Text = m.Text[off:]
	m.Type = core.Person
	return m, true
}

// isOfficeWord reports whether w is a title, a role or an office word.
func isOfficeWord(w string) bool {
	return officeWords[strings.ToLower(w)] || gazetteer.IsTitle(w) || gazetteer.IsRole(w)
}

// stateAfterCity reports whether m is one word that abbreviates a US state
// right after "City, " and before a full stop ("Springfield, Mo.").
func stateAfterCity(text string, m ner.Mention) bool {
	name := strings.TrimSuffix(m.Text, ".")
	if !stateAbbrevs[name] || m.Start < 0 || m.Start+len(name) > len(text) || !strings.HasPrefix(text[m.Start+len(name):], ".") {
		return false
	}
	before := strings.TrimRight(text[:m.Start], " ")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	ws := strings.Fields(before[:len(before)-1])
	return len(ws) > 0 && capitalised(ws[len(ws)-1])
}

// monthSurname extends a one-word person ("Theresa") by the month word
// that follows it when no day or year follows that ("Theresa May said",
// not "Trump May 5").
func monthSurname(text string, m ner.Mention) (ner.Mention, bool) {
	if len(strings.Fields(m.Text)) != 1 {
		return m, false
	}
	rest := text[m.End:]
	for _, w := range monthSurnames {
		tail, ok := strings.CutPrefix(rest, " "+w)
		if !ok {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(tail); tail != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return m, false
		}
		t := strings.TrimLeft(tail, " ,")
		if r, _ := utf8.DecodeRuneInString(t); t != "" && unicode.IsDigit(r) {
			return m, false // "Trump May 5", "Theresa May, 2019"
		}
		m.Text += " " + w
		m.End += 1 + len(w)
		return m, true
	}
	return m, false
}

// headlineTail cuts a headline's capitalised common noun off the end of a
// person's name of three or more words ("James Comey Memos" -> "James
// Comey"): the word is written in lower case elsewhere in the article and
// the name without it occurs more often than with it.
func headlineTail(words *wordCounter, m ner.Mention) ner.Mention {
	ws := strings.Fields(m.Text)
	if len(ws) < 3 {
		return m
	}
	last := ws[len(ws)-1]
	if !capitalised(last) || strings.ToLower(last) == last {
		return m
	}
	i := strings.LastIndex(m.Text, last)
	prefix := strings.TrimRight(m.Text[:i], " ")
	if words.count(strings.ToLower(last)) == 0 || words.count(prefix) <= words.count(m.Text) {
		return m
	}
	m.Text = prefix
	m.End = m.Start + len(prefix)
	return m
}

// wordCount counts the occurrences of w in text that are whole words.
func wordCount(text, w string) int {
	n := 0
	for off := 0; w != "" && off < len(text); {
		i := strings.Index(text[off:], w)
		if i < 0 {
			break
		}
		i += off
		j := i + len(w)
		b, _ := utf8.DecodeLastRuneInString(text[:i])
		a, _ := utf8.DecodeRuneInString(text[j:])
		if (i == 0 || !isLetterDigit(b)) && (j == len(text) || !isLetterDigit(a)) {
			n++
		}
		off = i + 1
	}
	return n
}

// isLetterDigit reports whether r is a letter or a digit.
func isLetterDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// nameWordsArePersons types as a person a one-word mention typed
// otherwise that is the first or last word of a person's name of two or
// three words in the same article ("Craig and Neil" after "Neil Vessel";
// "Bush" typed ORG beside "Reggie Bush"), unless the gazetteer lists the
// word (a country, capital or organisation: "Jordan", "Washington").
func nameWordsArePersons(text string, ms []ner.Mention, types map[string]core.EntityType) {
	parts := map[string]bool{}
	for _, m := range ms {
		if types[surfaceKey(m.Text)] != core.Person {
			continue
		}
		ws := strings.Fields(m.Text)
		if len(ws) < 2 || len(ws) > 3 {
			continue
		}
		parts[surfaceKey(ws[0])] = true
		parts[surfaceKey(ws[len(ws)-1])] = true
	}
	for _, m := range ms {
		k := surfaceKey(m.Text)
		if types[k] == core.Person || !parts[k] || strings.Contains(strings.TrimSpace(m.Text), " ") {
			continue
		}
		if gazetteer.Lookup(m.Text) != 0 || isAcronym(m.Text) || calendarWord(m.Text) || stateAfterCity(text, m) ||
			platformName(text, m) || groupAdjectives[strings.TrimSpace(m.Text)] {
			continue // "Twitter" beside a person "Wilayat Twitter" stays the company
		}
		types[k] = core.Person
	}
}

// placeOnlyWords before a name put it in a place ("in Banda Aceh").
var placeOnlyWords = map[string]bool{"in": true, "across": true, "throughout": true}

// placesNotPersons retypes as places the surface forms typed as persons
// whose every mention follows "in", "across" or
// "throughout" (not "near": one stands near a person): a name of two or
// more words once, or of one word at least
// twice ("in Banda Aceh": the tagger took "Aceh" for a surname).
func placesNotPersons(text string, ms []ner.Mention, types map[string]core.EntityType) {
	type tally struct{ all, place int }
	seen := map[string]*tally{}
	for _, m := range ms {
		k := surfaceKey(m.Text)
		if types[k] != core.Person {
			continue
		}
		t := seen[k]
		if t == nil {
			t = &tally{}
			seen[k] = t
		}
		t.all++
		if ws := strings.Fields(text[max(0, m.Start-12):m.Start]); len(ws) > 0 && placeOnlyWords[strings.ToLower(ws[len(ws)-1])] {
			t.place++
		}
	}
	for k, t := range seen {
		need := 2
		if strings.Contains(k, " ") {
			need = 1
		}
		if t.place == t.all && t.all >= need {
			types[k] = core.Location
		}
	}
}
