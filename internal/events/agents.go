package events

import (
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner/gazetteer"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// Actor rules of the sixth session (issue 3): places act only as states,
// tagger noise does not act, pronouns follow the entity layer's gender,
// acts named by nouns take their actor from the noun phrase, and
// descriptions of organisations name the organisation the article gave.

// isState reports a name that stands for a state when it acts: a country
// under any of its names, a demonym, a capital or a seat of government
// ("Russia", "Russian", "Moscow", "the Kremlin").
func isState(name string) bool {
	if _, ok := quotes.State(name); ok {
		return true
	}
	if _, ok := gazetteer.CountryOf(name); ok {
		return true
	}
	_, ok := gazetteer.SeatCountry(name)
	return ok
}

// placeOnly reports a location mention that is no state: a city, district,
// region or province ("Brooklyn", "the Bronx", "Calif"). Such a place is
// where an act happens, never who acts ("Russia attacked", not "in
// Moscow", "police in Brooklyn").
func placeOnly(text string, m quotes.Mention) bool {
	if m.Type != core.Location || m.Name == "West" || m.Name == "East" {
		return false
	}
	return !isState(text[m.Start:m.End]) && !isState(m.Name)
}

// miscNoise reports a one-word miscellaneous or organisation mention that
// names no state, no people and no acronym ("First", "Another", "Congressional", "South"): the
// tagger took a capitalised word for a name.
func miscNoise(text string, m quotes.Mention) bool {
	if m.Type != core.Misc && m.Type != core.Organisation {
		return false
	}
	w := text[m.Start:m.End]
	if strings.ContainsAny(w, " -.") || !isWord(w) || w != m.Name && strings.Contains(m.Name, " ") {
		return false
	}
	if isState(w) || isState(m.Name) || w[1:] != strings.ToLower(w[1:]) {
		return false // "NATO", "IS": acronyms act
	}
	lw := strings.ToLower(w)
	return noiseWords[lw] || strings.HasSuffix(lw, "al") || strings.HasSuffix(lw, "ic")
}

// noiseWords are common words a tagger takes for names when capitalised
// ("Another march participant", "South and North Korea").
var noiseWords = map[string]bool{"another": true, "first": true, "second": true, "third": true,
	"last": true, "next": true, "south": true, "north": true, "east": true, "west": true,
	"several": true, "many": true, "some": true, "each": true, "every": true, "both": true,
	"other": true, "such": true, "only": true, "even": true, "also": true, "then": true,
	"one": true, "two": true, "three": true, "former": true, "new": true, "old": true,
	"senior": true, "top": true, "local": true, "federal": true, "state": true}

// fitsGender reports whether the person mention m may be the antecedent
// of he or she: the entity layer's gender, when it knows one, must agree.
func fitsGender(m quotes.Mention, w string) bool {
	switch w {
	case "he":
		return m.Gender != 'f'
	case "she":
		return m.Gender != 'm'
	}
	return true
}

// ppHeads are prepositions whose noun phrase names an act as a
// circumstance ("injured in the riots", "at the time of the attack"): the
// sentence's subject did not do it.
var ppHeads = map[string]bool{"in": true, "during": true, "at": true, "following": true,
	"amid": true, "over": true, "about": true, "since": true, "before": true,
	"after": true, "despite": true, "of": true, "from": true}

// ofHeads before "of" make its noun phrase the act itself, done by the
// subject ("launched a wave of attacks", "a campaign of strikes").
var ofHeads = map[string]bool{"wave": true, "series": true, "string": true, "campaign": true,
	"spate": true, "round": true, "barrage": true, "volley": true, "number": true}

// nounTrigger reports a one-word trigger at token i used as a noun: after a
// determiner or possessive (across modifiers) or right after a
// preposition. pp is true when the noun phrase is the object of a
// preposition of ppHeads ("in the shooting", "following protest").
func nounTrigger(t trigger, toks []sentence.Token, low []string, i int) (noun, pp bool) {
	if t.size != 1 || i == 0 || participle(low[i]) {
		return false, false // "protesters marched": a verb
	}
	k := i - 1
	det := false
	for n := 0; k >= 0 && n < 5; n++ {
		w := low[k]
		switch {
		case w == "'s" || w == "’s":
			det = true
			k -= 2 // "the previous day's shooting": skip the possessor
			continue
		case nounDeterminers[w] && !preps[w] && w != "that" && w != "for":
			if k > 0 && (low[k-1] == "'s" || low[k-1] == "’s") {
				k-- // "the country's own army"
				continue
			}
			// the determiner opens the phrase: a preposition before it or none
			return true, k > 0 && circumstance(low, k-1, true)
		case ppHeads[w] || preps[w]:
			if k != i-1 {
				return false, false // "Thousands of protesters march": a subject before a verb
			}
			return true, circumstance(low, k, false)
		case isWord(toks[k].Text) && toks[k].Text == w && !auxiliaries[w] && !strings.HasSuffix(w, "ed") && !negators[w] && !intent[w] && !strings.HasSuffix(w, "ly") &&
			!(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !det):
			// a modifier: "the fatal shooting", "a multi-boat attack"
			k--
			continue
		case strings.Trim(w, "0123456789,-") == "" || w == "-":
			k--
			continue
		}
		break
	}
	return det, false
}

// partWords before "in" make its act the subject's ("took part in
// demonstrations", "engaged in talks").
var partWords = map[string]bool{"part": true, "participated": true, "participate": true,
	"participating": true, "engaged": true, "engage": true, "involved": true, "joined": true,
	"join": true, "persisted": true, "continued": true, "remain": true, "remained": true}

// circumstance reports a preposition at token k that makes the noun
// phrase after it a circumstance of the sentence, not its act: not "of"
// after a quantity ("a wave of attacks"), not a bare "in protest" or "on
// strike", not "took part in".
func circumstance(low []string, k int, det bool) bool {
	w := low[k]
	if !ppHeads[w] {
		return false
	}
	if k > 0 && (w == "of" && ofHeads[low[k-1]] || partWords[low[k-1]]) {
		return false
	}
	return det || w != "in" && w != "on" && w != "over"
}

// byAgent returns who does the act a noun trigger names when a by-phrase
// follows it ("riots by angry youths", "the shooting of a teenager by
// police", "a multi-boat attack by sea brigands"): a mention that may act,
// else the last word of the phrase. "" when there is none.
func byAgent(text string, toks []sentence.Token, low []string, i int, ms []quotes.Mention, s sentence.Sentence) string {
	for k := i + 1; k < len(toks) && k <= i+7; k++ {
		w := low[k]
		if w == "," || w == ";" || w == "." || w == ":" || auxiliaries[w] && w != "and" || participle(w) && (k+1 >= len(toks) || low[k+1] != "by" || k > i+1) {
			return "" // a verb ends the phrase, save "called by", "led by"; "a freighter chased by": the freighter's
		}
		if w != "by" || k+1 >= len(toks) {
			continue
		}
		for _, m := range mentionsIn(ms, toks[k+1].Start, s.End) {
			if m.Start <= toks[min(k+3, len(toks)-1)].Start && !noActor(text, m) && !placeWordBetween(low, toks, k+1, m.Start) {
				return actorName(text, m)
			}
			break
		}
		last := ""
		for q := k + 1; q < len(toks) && q <= k+4; q++ {
			lq := low[q]
			if preps[lq] || !isWord(toks[q].Text) || lq != toks[q].Text || auxiliaries[lq] || last != "" && (participle(lq) || strings.HasSuffix(lq, "ing")) {
				break // "by police poured into": the verb ends the phrase
			}
			if groups[lq] || protesters[lq] || militaryWords[lq] || people[lq] || irregulars[lq] {
				return toks[q].Text
			}
			if !determiners[lq] {
				last = toks[q].Text
			}
		}
		return last
	}
	return ""
}

// placeWordBetween reports a place preposition between token k and byte
// offset p ("by speedboats off Yemen": Yemen is where, not who).
func placeWordBetween(low []string, toks []sentence.Token, k, p int) bool {
	for ; k < len(toks) && toks[k].Start < p; k++ {
		switch low[k] {
		case "off", "near", "in", "at", "outside", "inside", "from", "on", "of":
			return true
		}
	}
	return false
}

// orgNouns are descriptions of an organisation ("the ministry said"): they
// stand for the organisation of that kind the article named before.
var orgNouns = map[string]bool{"ministry": true, "company": true, "firm": true,
	"agency": true, "department": true, "commission": true, "committee": true,
	"council": true, "party": true, "bank": true, "court": true, "organization": true,
	"organisation": true, "bureau": true, "office": true, "union": true, "alliance": true,
	"bloc": true, "group": true, "navy": true, "army": true, "corporation": true,
	"airline": true, "network": true, "newspaper": true, "campaign": true}

// anyOrg nouns may stand for any organisation the article named last
// ("Microsoft ... the company said").
var anyOrg = map[string]bool{"company": true, "firm": true, "corporation": true}

// describedOrg returns the organisation that "the <noun>" at token k
// describes: the latest organisation named before it in the article whose
// name holds the noun ("the ministry" -> "Defense Ministry"), or for a
// company the latest organisation named within a few sentences; "" when
// there is none.
func describedOrg(text string, toks []sentence.Token, k int, ms []quotes.Mention) string {
	w := strings.ToLower(toks[k].Text)
	if !orgNouns[w] || k == 0 || strings.ToLower(toks[k-1].Text) != "the" {
		return ""
	}
	p := toks[k].Start
	j := sort.Search(len(ms), func(j int) bool { return ms[j].End > p }) - 1
	for n := 0; j >= 0 && n < 200; j, n = j-1, n+1 {
		m := ms[j]
		if m.Type != core.Organisation {
			continue
		}
		if strings.Contains(strings.ToLower(m.Name), w) {
			return m.Name
		}
		if anyOrg[w] && p-m.End < 600 {
			return m.Name
		}
	}
	return ""
}

// afterPrep reports a preposition right before token k (across "the" and
// modifiers), other than "of" ("thousands of protesters", "a patch of
// troops"): the group there is an object, not the subject ("by police",
// "with cops").
func afterPrep(toks []sentence.Token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-3; q-- {
		w := strings.ToLower(toks[q].Text)
		if w == "of" {
			return false // "thousands of protesters", "a patch of troops": the subject's head
		}
		if preps[w] {
			return true
		}
		if w != "the" && !isWord(w) {
			return false
		}
	}
	return false
}

// subjectPerson returns the person who is the subject of the sentence
// holding byte p, when that person fits the pronoun w and is named before
// p ("Mr. Abe has invested in his relationship with Mr. Trump, whom he
// visited": Abe); "" otherwise.
func subjectPerson(text string, toks []sentence.Token, ms []quotes.Mention, w string, from, p int) string {
	in := mentionsIn(ms, from, p)
	if len(in) < 2 {
		return "" // the latest mention is the only one: no choice to make
	}
	m := in[0]
	if m.Type != core.Person || !fitsGender(m, w) || prepBefore(toks, m.Start) {
		return ""
	}
	if lead := strings.TrimSpace(text[from:m.Start]); lead != "" && !isTitleRun(lead) {
		return "" // "After meeting Kim, Trump said he": not at the start
	}
	return actorName(text, m)
}

// isTitleRun reports words that may open a sentence before its subject's
// name: titles and determiners ("Mr.", "The Russian President").
func isTitleRun(s string) bool {
	for _, w := range strings.Fields(s) {
		if !titleWords[w] && !titleWords[strings.TrimSuffix(w, ".")] && w != "The" && w != "the" && !demonymLike(w) {
			return false
		}
	}
	return true
}

// possessed reports a noun trigger at token i whose possessor names its
// actor ("Russia's attack", "their protest", "the ministry's ban").
func possessed(toks []sentence.Token, low []string, i int, ms []quotes.Mention) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		switch low[k] {
		case "'s", "’s":
			return len(mentionsIn(ms, toks[k-1].Start, toks[k-1].End)) > 0 || len(mentionsIn(ms, toks[max(0, k-3)].Start, toks[k-1].End)) > 0
		case "his", "her", "its", "their":
			return true
		}
	}
	return false
}

// appositivePlace reports a place named after a comma that follows another
// place ("Davos, Switzerland", "Rosslyn, Virginia"): it says where.
func appositivePlace(text string, ms []quotes.Mention, m quotes.Mention) bool {
	before := strings.TrimRight(text[:m.Start], " ")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	p := len(strings.TrimRight(before[:len(before)-1], " "))
	j := sort.Search(len(ms), func(j int) bool { return ms[j].End >= p })
	return j < len(ms) && ms[j].End == p && ms[j].Type == core.Location
}

// speakerAfterTitle reports a mention right after a speech verb and titles
// ("said Sgt. Marty Earley", "said Police Chief Ana Lind"): who reports.
func speakerAfterTitle(text string, toks []sentence.Token, m quotes.Mention) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > m.Start })
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := toks[k].Text
		if speechVerbs[strings.ToLower(w)] {
			return k+1 < i // the titles were skipped; a bare "said X" the old rule decides
		}
		if w == "." || titleWords[w] || titleWords[strings.TrimSuffix(w, ".")] || abbrevTitles[strings.TrimSuffix(w, ".")] ||
			isWord(w) && w != strings.ToLower(w) && !strings.Contains(text[toks[k].End:m.Start], ",") {
			continue
		}
		return false
	}
	return false
}

// abbrevTitles are ranks and offices written before a name in reports.
var abbrevTitles = map[string]bool{"Sgt": true, "Lt": true, "Capt": true, "Col": true,
	"Cpl": true, "Det": true, "Officer": true, "Chief": true, "Sheriff": true,
	"Spokesman": true, "Spokeswoman": true, "Police": true, "Deputy": true, "Inspector": true}

// relativeOfNoun reports a relative pronoun right before the trigger at
// token i (across auxiliaries and adverbs) whose antecedent is a common
// noun that names no group ("the one that killed the girl", "the man who
// fired"): the actor is that noun, not a name or pronoun further back.
func relativeOfNoun(text string, toks []sentence.Token, i int, ms []quotes.Mention) bool {
	k := i - 1
	for k >= 0 && (auxiliaries[strings.ToLower(toks[k].Text)] && !relatives[strings.ToLower(toks[k].Text)] && strings.ToLower(toks[k].Text) != "that" || strings.HasSuffix(strings.ToLower(toks[k].Text), "ly")) {
		k--
	}
	if k < 1 {
		return false
	}
	if r := strings.ToLower(toks[k].Text); r != "that" && r != "who" && r != "which" {
		return false
	}
	n := toks[k-1].Text
	if !isWord(n) || n != strings.ToLower(n) || determiners[n] || nounDeterminers[n] || auxiliaries[n] || speechVerbs[n] || reportVerbs[n] {
		return false // "Russia, which attacked", "said that they attacked"
	}
	return len(mentionsIn(ms, toks[k-1].Start, toks[k-1].End)) == 0
}

// passiveAdverbs may stand between a passive auxiliary and its participle
// ("is also charged", "was not attacked").
var passiveAdverbs = map[string]bool{"also": true, "not": true, "never": true, "already": true,
	"since": true, "still": true, "just": true, "then": true, "later": true, "first": true,
	"indeed": true, "even": true, "once": true, "again": true, "recently": true}

// aside reports an odd number of dashes or an unopened closing
// parenthesis between byte p and the trigger at byte head: what stands at
// p is inside an aside ("A gang of
// four thieves -- two of them disguised as women -- stole").
func aside(text string, p, head int) bool {
	gap := text[p:head]
	dashes := strings.Count(gap, "--") + strings.Count(gap, "—") + strings.Count(gap, " - ")
	return dashes%2 == 1 || strings.Count(gap, ")") > strings.Count(gap, "(")
}

// coordinated reports a trigger that opens the second predicate of a
// clause ("has postponed ... and has reached agreements"): "and", then
// at most auxiliaries or adverbs, right before it.
func coordinated(toks []sentence.Token, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-3 {
		lw := strings.ToLower(toks[k].Text)
		if lw == "and" {
			if k < 4 || toks[k-1].Text == "," {
				return false
			}
			for q := max(1, k-40); q < k; q++ {
				// "X said Y would attack and kill": Y's predicates
				if lq := strings.ToLower(toks[q].Text); reportVerbs[lq] || speechVerbs[lq] || lq == "that" || lq == "who" || lq == "which" || lq == "when" || lq == "after" || lq == "because" || lq == "while" {
					return false
				}
			}
			return true
		}
		if !haveAux[lw] && !passiveAux[lw] && lw != "will" && lw != "also" && lw != "then" && !strings.HasSuffix(lw, "ly") {
			return false
		}
		k--
	}
	return false
}

// modifierGroup returns the group a noun trigger's modifier names ("the
// police killing", "a pirate attack", "rebel shelling"), "" when none.
func modifierGroup(toks []sentence.Token, low []string, i int) string {
	if i == 0 {
		return ""
	}
	w := low[i-1]
	if w != toks[i-1].Text || !isWord(w) {
		return ""
	}
	if groups[w] || irregulars[w] || armedGroups[w] || militaryWords[w] && !strings.HasSuffix(w, "s") {
		return toks[i-1].Text
	}
	if pl := w + "s"; groups[pl] || irregulars[pl] || armedGroups[pl] {
		return toks[i-1].Text // "rebel", "pirate"
	}
	return ""
}

// pronounReach is how far back, in bytes, a pronoun's antecedent may be
// named: a person a paragraph back ("he"), a group or a state two
// sentences back ("they", "it").
func pronounReach(w string) int {
	if w == "he" || w == "she" {
		return 600
	}
	return 300
}

// placePreps say where ("into Brookfield streets", "on Church Ave."), not
// whom ("talks with", "sanctions against").
var placePreps = map[string]bool{"in": true, "into": true, "on": true, "at": true, "near": true,
	"toward": true, "towards": true, "through": true, "across": true, "from": true,
	"outside": true, "inside": true, "around": true, "along": true, "off": true, "via": true,
	"to": true, "throughout": true, "within": true, "over": true}

// placePrepBefore reports a place preposition right before p, across "the"
// and one lower-case modifier ("in northern Brookfield").
func placePrepBefore(toks []sentence.Token, p int) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > p })
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].Text
		lw := strings.ToLower(w)
		if placePreps[lw] {
			return true
		}
		if w != lw || !isWord(w) || preps[lw] {
			return false
		}
	}
	return false
}
