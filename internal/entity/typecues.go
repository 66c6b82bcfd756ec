package entity

// More types by the article's evidence (nineteenth session), beside
// evidence.go: a company named with another company ("Zorvex and Kell
// Motors"), a one-word person name the tagger took for a body ("President
// Lind", "the Lind administration"), a product the tagger took for a
// company ("the Quillon browser", "Quillon 3.5"), and a headline's span
// that swallowed the words before a person's name ("Saints RB Ana Lind").

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// companyHeads are last words that make a name a company's ("Kell
// Motors", "Zorvex Airlines"), beside the corporate suffixes.
var companyHeads = map[string]bool{"Motors": true, "Motor": true, "Airlines": true, "Airways": true,
	"Industries": true, "Technologies": true, "Pharmaceuticals": true, "Enterprises": true,
	"Automotive": true, "Company": true, "Steel": true, "Electronics": true, "Petroleum": true}

// companyNamed reports whether the organisation name s is a company's by
// its last word ("Kell Motors", "Zorvex Inc.").
func companyNamed(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return false
	}
	last := ws[len(ws)-1]
	return companyHeads[last] || corpSuffix(last) && !strings.EqualFold(strings.Trim(last, ".,"), "group")
}

// companyPartner reports whether the mention ms[i] is joined by "and" to
// an organisation mention that is a company by its name ("Kell Motors and
// Zorvex", "Zorvex and Kell Motors") or an acronym of one the article
// names ("Kell Motors (KM) and Zorvex", "KM and Zorvex"). A person joined
// to a body ("Lind and Congress") is no cue: the body must be a company.
// Only names typed as persons are asked: a place names a company's home
// ("Kell Airlines and Vellmar carrier Zorvex Air").
func companyPartner(text string, ms []ner.Mention, i int, types map[string]core.EntityType) bool {
	m := ms[i]
	if i > 0 {
		p := ms[i-1]
		if p.End > m.Start {
			return false
		}
		gap := strings.TrimSpace(text[p.End:m.Start])
		gap = strings.TrimSpace(strings.TrimPrefix(gap, ")"))
		if gap == "and" && companyMention(ms, p, types) {
			return true
		}
	}
	// "KM and Zorvex" where the tagger left the acronym untagged.
	if w, start := prevWord(text, m.Start); w == "and" {
		if acr, at := prevWord(text, start); acr != "" && (i == 0 || ms[i-1].End <= at) && companyAcronym(ms, acr, types) {
			return true
		}
	}
	if i+1 < len(ms) {
		n := ms[i+1]
		if n.Start >= m.End && strings.TrimSpace(text[m.End:n.Start]) == "and" && companyMention(ms, n, types) {
			return true
		}
	}
	return false
}

// companyMention reports whether m is an organisation mention that is a
// company by its name, or an acronym of a company name the article gives
// (of any type: the tagger may take "KM" for a place).
func companyMention(ms []ner.Mention, m ner.Mention, types map[string]core.EntityType) bool {
	name := strings.TrimSpace(m.Text)
	if companyNamed(name) {
		return types[surfaceKey(m.Text)] == core.Organisation
	}
	return companyAcronym(ms, name, types)
}

// companyAcronym reports whether name is an acronym of a company name the
// article gives, typed as an organisation ("KM" beside "Kell Motors").
func companyAcronym(ms []ner.Mention, name string, types map[string]core.EntityType) bool {
	if !isAcronym(name) {
		return false
	}
	for _, o := range ms {
		if types[surfaceKey(o.Text)] == core.Organisation && companyNamed(o.Text) && abbreviates(name, o.Text) {
			return true
		}
	}
	return false
}

// personUses are the nouns after a one-word name that make it a person's:
// a government or an era is named after its leader ("the Lind
// administration", "Lind-era rules").
var personUses = map[string]bool{"administration": true, "presidency": true, "-era": true}

// personsByUse types as a person a one-word name typed as an organisation
// or a miscellaneous name when a mention of it follows a person's title
// ("President Lind", personTitles) or stands before "administration", "presidency" or
// "-era" ("the Lind administration"). The gazetteer's names, countries,
// nationalities, acronyms, calendar words and group adjectives stay.
func personsByUse(text string, ms []ner.Mention, types map[string]core.EntityType) {
	for _, m := range ms {
		name := strings.TrimSpace(m.Text)
		if name == "" || strings.ContainsAny(name, " -") {
			continue
		}
		if !personUseAfter(text, m.End) && !personTitles[lastToken(text, m.Start)] {
			continue
		}
		k := surfaceKey(m.Text)
		if t := types[k]; t != core.Organisation && t != core.Misc {
			continue
		}
		if gazetteer.Lookup(name) != 0 || isAcronym(name) || calendarWord(name) || groupAdjectives[name] {
			continue
		}
		if _, ok := gazetteer.CountryOf(name); ok {
			continue
		}
		if _, ok := gazetteer.DemonymCountry(name); ok {
			continue
		}
		if _, ok := gazetteer.HeadType(name); ok {
			continue // "the Senate", "the Army"
		}
		types[k] = core.Person
	}
}

// personTitles are the titles right before a name that make it a
// person's ("President Lind"); a title set off by a comma ("Officer,
// Defence") or a party word ("Republican House members") is no cue.
var personTitles = map[string]bool{"President": true, "Sen.": true, "Senator": true, "Gov.": true,
	"Governor": true, "Rep.": true, "Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "Mayor": true,
	"Chancellor": true, "Premier": true, "Pope": true, "Judge": true, "Gen.": true, "General": true}

// lastToken returns the space-separated word right before pos ("" at the
// text's start).
func lastToken(text string, pos int) string {
	s := strings.TrimRight(text[:pos], " ")
	return s[strings.LastIndexAny(s, " \n\t")+1:]
}

// personUseAfter reports whether "administration", "presidency" or "-era"
// follows the name ending at end.
func personUseAfter(text string, end int) bool {
	rest := text[end:min(len(text), end+20)]
	if strings.HasPrefix(rest, "-era") || strings.HasPrefix(rest, " - era") {
		return true
	}
	w, _ := nextWord(text, end)
	return personUses[w]
}

// productNouns after a name make it a product ("the Quillon browser").
var productNouns = map[string]bool{"browser": true, "browsers": true}

// productsByCue types as a miscellaneous name (a product) a name typed as
// an organisation when a mention of it stands before "browser" ("the
// Quillon web browser"). The gazetteer's organisations stay ("Microsoft",
// "Google"). "version(s) of" before a name is no cue ("an archived
// version of the Zorvex Foundation website").
func productsByCue(text string, ms []ner.Mention, types map[string]core.EntityType) {
	for _, m := range ms {
		if !productAfter(text, m.End) {
			continue
		}
		k := surfaceKey(m.Text)
		if types[k] != core.Organisation {
			continue
		}
		name := strings.TrimSpace(m.Text)
		if gazetteer.Lookup(name) != 0 || corpSuffix(name[strings.LastIndexByte(name, ' ')+1:]) {
			continue
		}
		if _, ok := gazetteer.OrgName(name); ok {
			continue
		}
		types[k] = core.Misc
	}
}

// productAfter reports whether a product noun ("browser", "web browser")
// follows the name ending at end. A version number is no cue: sports
// tables and price lists put numbers with a point after club and company
// names ("Zorvex 12.14", "Zorvex 1234.5").
func productAfter(text string, end int) bool {
	w, next := nextWord(text, end)
	if strings.EqualFold(w, "web") {
		w, _ = nextWord(text, next)
	}
	return productNouns[w]
}

// headlinePersonTail cuts the words before a person's name off a
// mention typed otherwise that ends with that name, when the article
// names the person alone, typed as a person, and the name opens with a
// known given name ("Saints RB Ana Lind" beside "Ana Lind"): a headline's
// capitalised words swallowed by the tagger.
// The cut mention is the person's.
func headlinePersonTail(ms []ner.Mention, types map[string]core.EntityType) {
	var persons map[string]bool
	for i, m := range ms {
		if m.Type == core.Person || strings.Count(strings.TrimSpace(m.Text), " ") < 2 || types[surfaceKey(m.Text)] == core.Person {
			continue
		}
		ws := strings.Fields(m.Text)
		if len(ws) < 3 {
			continue
		}
		if persons == nil {
			persons = map[string]bool{}
			for k, t := range types {
				if n := strings.Count(k, " "); t == core.Person && n >= 1 && n <= 2 {
					persons[k] = true
				}
			}
			if len(persons) == 0 {
				return
			}
		}
		for n := 3; n >= 2; n-- {
			if n >= len(ws) {
				continue
			}
			if !KnownGivenName(ws[len(ws)-n]) || !persons[surfaceKey(strings.Join(ws[len(ws)-n:], " "))] {
				continue
			}
			j := strings.LastIndex(m.Text, ws[len(ws)-n])
			if j < 0 {
				break
			}
			ms[i].Start = m.Start + j
			ms[i].Text = m.Text[j:]
			ms[i].Type = core.Person
			break
		}
	}
}

// headlineVerbs are capitalised verbs a headline puts right after its
// subject ("Lind Says", "Ana Lind Calls Out Tomas Velden").
var headlineVerbs = map[string]bool{"Is": true, "Was": true, "Has": true, "Had": true, "Says": true, "Calls": true,
	"Makes": true, "Wants": true, "Apologizes": true, "Apologises": true, "Announces": true, "Joins": true, "Takes": true,
	"Gets": true, "Wins": true, "Slams": true, "Blasts": true, "Signs": true, "Seeks": true, "Vows": true, "Warns": true,
	"Urges": true, "Tells": true, "Asks": true, "Admits": true, "Denies": true, "Defends": true, "Attacks": true,
	"Rips": true, "Endorses": true, "Responds": true, "Explains": true, "Praises": true, "Mocks": true, "Claims": true,
	"Launches": true, "Nominates": true, "Reveals": true, "Unveils": true, "Flips": true, "Overturns": true}

// headlinePersonHead cuts a mention that opens with a person's name and
// goes on with a headline verb down to the name, when the article types
// that name as a person ("Ana Lind Calls Out Tomas Velden" beside "Ana
// Lind", "Lind Says We Should Wait" beside "Lind"): a headline's
// capitalised words swallowed by the tagger. The cut mention is the
// person's.
func headlinePersonHead(ms []ner.Mention, types map[string]core.EntityType) {
	for i, m := range ms {
		// The word after each of the first three single spaces, without
		// splitting the text (no allocation for the mentions left alone).
		end := 0
		for k := 1; k <= 3; k++ {
			sp := strings.IndexByte(m.Text[end:], ' ')
			if sp < 0 {
				break
			}
			end += sp
			word := m.Text[end+1:]
			if j := strings.IndexByte(word, ' '); j >= 0 {
				word = word[:j]
			}
			if !headlineVerbs[word] {
				end++
				continue
			}
			name := m.Text[:end]
			if types[surfaceKey(name)] == core.Person {
				ms[i].Text = name
				ms[i].End = m.Start + len(name)
				ms[i].Type = core.Person
			}
			break
		}
	}
}
