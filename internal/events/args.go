package events

import (
	"sort"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

var preps = map[string]bool{"in": true, "at": true, "on": true, "to": true, "from": true,
	"with": true, "against": true, "of": true, "for": true, "by": true, "near": true,
	"about": true, "into": true, "over": true, "across": true, "toward": true, "towards": true,
	"between": true, "among": true, "during": true, "like": true, "if": true}

var groups = map[string]bool{"rebels": true, "protesters": true, "demonstrators": true,
	"troops": true, "forces": true, "police": true, "officials": true, "militants": true,
	"insurgents": true, "soldiers": true, "students": true, "workers": true, "army": true,
	"government": true, "authorities": true, "leaders": true, "separatists": true,
	"guerrillas": true, "fighters": true, "activists": true, "opposition": true, "parliament": true,
	"military": true, "ministry": true, "diplomats": true, "negotiators": true,
	"union": true, "unions": true, "crowd": true, "crowds": true, "mob": true, "militia": true,
	"militias": true, "navy": true, "junta": true, "regime": true, "cabinet": true, "court": true,
	"prosecutors": true, "jury": true, "gunmen": true, "gunman": true, "attackers": true, "assailants": true,
	"kidnappers": true, "kidnapper": true, "hijackers": true, "hijacker": true, "killer": true,
	"pirates": true, "bomber": true, "bombers": true, "guards": true,
	"coalition": true, "rioters": true, "strikers": true, "marchers": true, "farmers": true,
	"truckers": true, "teachers": true, "nurses": true, "doctors": true, "miners": true,
	"residents": true, "villagers": true, "monks": true, "supporters": true, "paramilitaries": true,
	"jihadists": true, "terrorists": true, "warplanes": true, "jets": true, "gunboats": true,
	"warships": true, "artillery": true, "helicopters": true, "tanks": true, "gang": true, "gangs": true, "fans": true,
	"services": true, "agents": true, "prisoners": true, "detainees": true, "inmates": true}

// protesters are the groups whose violent or obstructive acts are PROTEST
// (riot, obstruct; CAMEO 14) rather than force.
var protesters = map[string]bool{"protesters": true, "protestors": true, "demonstrators": true,
	"rioters": true, "marchers": true, "strikers": true, "crowd": true, "crowds": true,
	"students": true, "workers": true, "farmers": true, "truckers": true, "activists": true,
	"supporters": true, "residents": true, "opposition": true, "fishermen": true, "drivers": true,
	"youths": true, "pensioners": true, "traders": true, "villagers": true, "miners": true,
	"doctors": true, "nurses": true, "teachers": true, "fans": true, "prisoners": true,
	"detainees": true, "inmates": true}

// riotHeads are trigger heads that protesters' acts turn into PROTEST.
var riotHeads = map[string]bool{"set": true, "torch": true, "burn": true, "storm": true,
	"blockade": true, "block": true, "clash": true, "loot": true, "throw": true, "smash": true,
	"occupy": true, "seize": true, "barricade": true, "ransack": true, "vandalize": true,
	"vandalise": true, "attack": true, "stone": true, "invade": true}

// determiners may open a subject noun phrase.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "some": true, "several": true, "two": true,
	"three": true, "dozens": true, "hundreds": true, "thousands": true, "first": true, "second": true,
	"last": true, "new": true, "these": true, "those": true, "this": true}

// subjectHead returns the head noun of a short lower-case subject at the
// start of the sentence ("The dockworkers' union rejected" -> "union", "A
// car bomb exploded" -> "bomb"), "" when the words before the trigger at
// token i are not such a phrase.
func subjectHead(toks []sentence.Token, i int) string {
	if i == 0 || i > 6 {
		return ""
	}
	head, quantity := "", ""
	for k := 0; k < i; k++ {
		w := toks[k].Text
		lw := strings.ToLower(w)
		if determiners[lw] || strings.Trim(lw, "0123456789,") == "" {
			if head == "" && (lw == "thousands" || lw == "hundreds" || lw == "dozens") {
				quantity = w // "Thousands rallied": the people counted act
			}
			continue // "the two sides", "some 300 workers"
		}
		if lw == "'" || lw == "'s" || lw == "’" || lw == "’s" {
			continue
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' {
				return ""
			}
		}
		if k > 0 && unicode.IsUpper([]rune(w)[0]) {
			return "" // a name the resolver did not take
		}
		if preps[lw] || auxiliaries[lw] || subordinators[lw] {
			return ""
		}
		if strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t") || modalVerbs[lw] {
			break // "The administration doesn't": the verb ends the subject
		}
		if strings.HasSuffix(lw, "ly") && len(lw) > 4 || headAdverbs[lw] {
			continue // "The driver allegedly hit", "Later, ...": an adverb, not the head
		}
		if strings.HasSuffix(lw, "ed") || participles[lw] || lw == "began" {
			if head == "" {
				return "" // "These included the withdrawal": no subject noun
			}
			break // "The bloc imposed travel bans": the verb ends the subject
		}
		if pronounHeads[lw] {
			return "" // "They must also involve ...": a pronoun the resolver left names no one
		}
		head = w
	}
	if head == "" {
		return quantity
	}
	if timeSubjectHead(toks, i, head) {
		return "" // "Sunday's attack": the time names no one
	}
	return head
}

// headAdverbs are adverbs that open or sit in a subject's place ("Later,
// ...", "doesn't even talk"): never its head.
var headAdverbs = map[string]bool{"even": true, "also": true, "still": true, "just": true,
	"later": true, "then": true, "now": true, "again": true, "already": true, "soon": true,
	"only": true, "never": true, "meanwhile": true, "however": true, "instead": true,
	"yet": true, "earlier": true, "today": true, "yesterday": true, "tonight": true}

// modalVerbs end a subject ("Simply must improve": no subject).
var modalVerbs = map[string]bool{"must": true, "can": true, "could": true, "should": true,
	"may": true, "might": true, "shall": true}

var auxiliaries = map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true,
	"is": true, "are": true, "will": true, "would": true, "did": true, "also": true, "then": true,
	"who": true, "which": true, "that": true, "and": true, "or": true}

// mentionsIn returns the mentions lying inside [a,b).
// Mentions are sorted and do not overlap, so both ends are binary searches.
func mentionsIn(ms []quotes.Mention, a, b int) []quotes.Mention {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= a })
	j := sort.Search(len(ms), func(j int) bool { return ms[j].End > b })
	if j < i {
		return nil
	}
	return ms[i:j]
}

// tokenBefore returns the lower-cased token ending at or before p in toks.
func tokenBefore(toks []sentence.Token, p int) string {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > p })
	if i == 0 {
		return ""
	}
	return strings.ToLower(toks[i-1].Text)
}

// actorName names a mention acting: states for demonyms, capitals and seats
// of government ("Russian", "Moscow", "the Kremlin" -> Russia).
func actorName(text string, m quotes.Mention) string {
	if m.Type == core.Person {
		return m.Name
	}
	if st, ok := quotes.State(text[m.Start:m.End]); ok {
		return st
	}
	if st, ok := quotes.State(m.Name); ok {
		return st
	}
	if w := text[m.Start:m.End]; !strings.Contains(w, " ") && demonymLike(w) {
		// "Western allies", "Kurdish rebels": an adjective of origin that
		// names no state stands with the group it describes
		rest := text[m.End:]
		if j := strings.IndexAny(rest, " ,.;:"); j == 0 && len(rest) > 1 {
			next := rest[1:]
			if k := strings.IndexAny(next, " ,.;:'’"); k > 0 {
				next = next[:k]
			}
			if lw := strings.ToLower(next); lw == next && (groups[lw] || protesters[lw] || people[lw] || alliesWords[lw]) {
				return w + " " + next
			}
		}
	}
	return m.Name
}

// alliesWords are plural nouns for parties a demonym may qualify.
var alliesWords = map[string]bool{"allies": true, "partners": true, "patrons": true,
	"powers": true, "governments": true, "nations": true, "states": true, "elites": true}

// actor finds who acts in the trigger at token i: the nearest mention or
// subject pronoun before it in the sentence that is not the object of a
// preposition, else a group noun ("rebels").
func actor(text string, toks []sentence.Token, i int, ms []quotes.Mention, s sentence.Sentence, asState bool) string {
	name := func(m quotes.Mention) string {
		if asState {
			return trimConjunction(actorName(text, m))
		}
		return trimConjunction(m.Name)
	}
	head := toks[i].Start
	if g := relativeGroup(toks, i); g != "" {
		return g // "fleeing a gang that had attacked him"
	}
	if relativeOfNoun(text, toks, i, ms) {
		return "" // "a handgun like the one that killed the girl": no name acts
	}
	if coordinated(toks, i) {
		if a := subjectMention(text, toks, ms, s); a != "" {
			return a // "Trump has postponed the tariffs on Canada ... and has reached agreements"
		}
	}
	if participleAdjunct(toks, i) {
		if a := laterClauseSubject(text, toks, ms, s, i); a != "" {
			return a // "..., and Khan has emerged as a foil ..., pushing back against ..."
		}
		if a := subjectMention(text, toks, ms, s); a != "" {
			return a // "Western elites are working to punish Russia, ..., and imposing sanctions"
		}
	}
	in := mentionsIn(ms, datelineEnd(s), head) // "New Delhi / Mumbai: An Indian warship ...": the dateline does not act
	in = withoutTimes(text, in)                // "Sunday's attack": the day does not act
	// A subject pronoun between the last mention and the trigger wins.
	lastEnd := s.Start
	if len(in) > 0 {
		lastEnd = in[len(in)-1].End
	}
	for k := i - 1; k >= 0 && k >= i-40 && toks[k].Start >= lastEnd; k-- {
		switch w := strings.ToLower(toks[k].Text); w {
		case "we":
			// in a quotation "we" is the speaker's side, which the latest
			// mention rarely names ("And we support him," he continued)
			return ""
		case "they":
			if quoted(text, s.Start, toks[k].Start) {
				// "They are threatening to dismember our country": in a
				// quotation "they" is the speaker's adversary
				return ""
			}
			fallthrough
		case "he", "she", "it":
			if w == "he" || w == "she" {
				if a := subjectPerson(text, toks, ms, w, s.Start, toks[k].Start); a != "" {
					return a // "Abe ... with Mr. Trump, whom he visited": Abe
				}
			}
			if a := resolvePronoun(text, ms, w, toks[k].Start); a != "" {
				return a
			}
			k = -1 // unresolved: fall back to the sentence's subject
		}
	}
	if a := possessiveSubject(text, toks, ms, s, i); a != "" {
		return a // "ahead of his visit to China, Putin said": Putin
	}
	// A possessive just before a noun trigger: "Trump's deadline"; across a
	// name that modifies the noun: "Trump's UK visit".
	if len(in) > 1 {
		p, m := in[len(in)-2], in[len(in)-1]
		if g := text[p.End:m.Start]; (g == "'s " || g == "’s ") && strings.TrimSpace(text[m.End:head]) == "" {
			return name(p)
		}
	}
	if len(in) > 0 {
		m := in[len(in)-1]
		if gap := text[m.End:head]; len(gap) <= 40 && (strings.HasPrefix(gap, "'s") || strings.HasPrefix(gap, "’s")) && !strings.ContainsAny(gap[3:], ",;") {
			return name(m)
		}
		if gap := strings.Fields(text[m.End:head]); len(gap) == 1 && possessorNoun(strings.TrimSuffix(strings.TrimSuffix(gap[0], "'s"), "’s")) && gap[0] != strings.TrimSuffix(strings.TrimSuffix(gap[0], "'s"), "’s") {
			return name(m) // "the Syrian regime's use of chemical weapons": Syria
		}
	}
	if len(in) > 0 {
		// "with Xi Jinping urging members": the subject of an absolute
		// participle, though a preposition comes before it
		m := in[len(in)-1]
		if strings.TrimSpace(text[m.End:head]) == "" && strings.HasSuffix(strings.ToLower(toks[i].Text), "ing") && wordBeforeTitle(toks, m.Start) == "with" {
			return name(m)
		}
	}
	for k := len(in) - 1; k >= 0 && k >= len(in)-20; k-- {
		m := in[k]
		if countedCrowd(toks, s, m.Start, m.End) {
			return name(m) // "Thousands of Tamils demonstrated": the crowd, not a quantity's object
		}
		if prepBefore(toks, m.Start) || determiners[strings.ToLower(text[m.Start:m.End])] || modifierOnly(text, toks, m, s) || participleModifier(text, toks, m, s, head) {
			continue // "Hundreds (of fans)": a quantity, not an actor
		}
		if noActor(text, m) {
			continue // "patrolling the Gulf of Aden", "near North Lake Avenue", "Christmas"
		}
		if gerundObject(toks, m.Start) {
			continue // "Dunn, while addressing the Forum, reiterated": the object of an aside
		}
		if k > 0 && firstConjunct(text[in[k-1].End:m.Start]) && !prepBefore(toks, in[k-1].Start) {
			m = in[k-1] // "Indian and Pakistani troops": the first named
		}
		if g, ok := reportedSubject(toks, in[k].End, i); ok && k == len(in)-1 {
			return g // "Police say the man opened fire": not the speaker
		}
		return name(m)
	}
	for k := i - 1; k >= 0 && k >= i-40; k-- {
		if lw := strings.ToLower(toks[k].Text); groups[lw] || protesters[lw] || people[lw] {
			if afterPrep(toks, k) || aside(text, toks[k].End, head) {
				continue // "shot by police", "clashes with police": an object; "-- two of them disguised as women --"
			}
			if g, ok := reportedGroup(toks, toks[k].End, i); ok && g != toks[k].Text {
				return g // "Police say a laid-off employee opened fire": not the speaker
			}
			if o := describedOrg(text, toks, k, ms); o != "" {
				return o // "the ministry" named before as "Defense Ministry"
			}
			if k > 0 {
				if m := mentionsIn(ms, toks[k-1].Start, toks[k-1].End); len(m) == 1 && !modifierOnly(text, toks, m[0], s) {
					return name(m[0])
				}
				if st, ok := quotes.State(toks[k-1].Text); ok && asState {
					return st // "Ukrainian forces"
				}
			}
			return toks[k].Text
		}
	}
	if asState {
		// a state the resolver missed: "Taiwan's Vice Foreign Minister visited"
		for k := 0; k < i && k < 8; k++ {
			w := strings.TrimSuffix(strings.TrimSuffix(toks[k].Text, "'s"), "’s")
			if preps[strings.ToLower(w)] {
				break
			}
			if st, ok := quotes.State(w); ok {
				return st
			}
		}
	}
	for k := 1; k < i && k <= 6; k++ {
		if o := describedOrg(text, toks, k, ms); o != "" {
			return o // "The company said": the company named before
		}
		if w := toks[k].Text; preps[strings.ToLower(w)] || !isWord(w) {
			break
		}
	}
	return subjectHead(toks, i)
}

// possessorNoun reports a noun that, after a state's name and before
// "'s", stands for that state ("the Syrian regime's", "Norland's army's").
func possessorNoun(w string) bool {
	w = strings.ToLower(w)
	return w == "regime" || groups[w] || militaryWords[w] || orgNouns[w]
}

// resolvePronoun maps a pronoun to the latest compatible mention before p.
func resolvePronoun(text string, ms []quotes.Mention, w string, p int) string {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > p }) - 1
	for n := 0; i >= 0 && n < 100; i, n = i-1, n+1 {
		m := ms[i]
		if p-m.End > pronounReach(w) {
			break // an antecedent is named within a few sentences
		}
		if p-m.End <= 3 && strings.Contains(text[m.End:p], ",") {
			continue // "Simultaneously, he": not an antecedent
		}
		if w == "they" && (noActor(text, m) || m.Type == core.Location || m.Type == core.Misc && !strings.HasSuffix(m.Name, "s")) {
			continue // "As they walked, they chanted": not the street they walked to; a state is "it"
		}
		if quoted(text, m.End, p) {
			continue // "Dozens chanted “NYPD, KKK” as they marched": a name quoted is no antecedent
		}
		if w == "it" && noActor(text, m) {
			continue // a city or a district is no "it" that acts
		}
		if (w == "he" || w == "she") == (m.Type == core.Person) && m.Type != core.Misc && fitsGender(m, w) {
			return actorName(text, m)
		}
	}
	return ""
}

// target finds whom the trigger acts on: the first mention after the
// trigger's head word in the sentence other than the actor.
func target(text string, toks []sentence.Token, headEnd int, ms []quotes.Mention, s sentence.Sentence, actor string) string {
	for n, m := range mentionsIn(ms, headEnd, s.End) {
		if n >= 20 {
			break
		}
		if m.Name == actor || actorName(text, m) == actor {
			continue
		}
		if m.Type == core.Location && placePhrase(toks, m) {
			continue // where, not whom
		}
		if placeOnly(text, m) && (placePrepBefore(toks, m.Start) || appositivePlace(text, ms, m)) {
			continue // "poured into Brooklyn streets", "in Davos, Switzerland"
		}
		if speakerAfterTitle(text, toks, m) {
			continue // "..., said Sgt. Marty Earley."
		}
		if m.Type == core.Misc && notParty(text[m.Start:m.End]) {
			continue // "the Korean border", "the Endangered Species Act"
		}
		if speaker(text, m, s) {
			continue // "..., Putin said.": who reports, not whom
		}
		return m.Name
	}
	return ""
}

// place returns a location the sentence puts the event in ("in Astana").
func place(text string, toks []sentence.Token, ms []quotes.Mention, s sentence.Sentence, actor, target string) string {
	for n, m := range mentionsIn(ms, s.Start, s.End) {
		if n >= 30 {
			break
		}
		if m.Type != core.Location || m.Name == actor || m.Name == target {
			continue
		}
		switch tokenBefore(toks, m.Start) {
		case "in", "at", "near", "outside":
			return m.Name
		}
	}
	return ""
}

var haveAux = map[string]bool{"has": true, "have": true, "had": true, "having": true}

var passiveAux = map[string]bool{"was": true, "were": true, "been": true, "be": true, "is": true, "are": true, "being": true}

// passive reports "X was attacked by Y" at trigger token i and returns Y's
// name (the actor) when a by-phrase names one.
func passive(text string, toks []sentence.Token, i int, ms []quotes.Mention, s sentence.Sentence) (string, bool) {
	if i == 0 || !participle(strings.ToLower(toks[i].Text)) {
		return "", false
	}
	aux := passiveAux[strings.ToLower(toks[i-1].Text)]
	if lw := strings.ToLower(toks[i-1].Text); !aux && i >= 3 && (lw == "and" || lw == "or") && participle(strings.ToLower(toks[i-2].Text)) {
		aux = passiveAux[strings.ToLower(toks[i-3].Text)] // "was shot and killed": both passive
	}
	// A reduced relative: "troops backed by tanks", "the town, shelled by
	// rebels,": the by-phrase names the actor.
	aux = aux || (i+1 < len(toks) && strings.ToLower(toks[i+1].Text) == "by" && !haveAux[strings.ToLower(toks[i-1].Text)])
	if !aux {
		aux = adverbRunAux(toks, i) // "was illegally annexed", "is also charged", "was heavily and unjustly criticized"
	}
	if !aux {
		return "", false
	}
	for k := i + 1; k < len(toks) && k < i+6; k++ {
		if strings.ToLower(toks[k].Text) == "by" && k+1 < len(toks) {
			for _, m := range mentionsIn(ms, toks[k+1].Start, s.End) {
				if m.Start <= toks[min(k+4, len(toks)-1)].Start && !noActor(text, m) {
					return actorName(text, m), true
				}
				break
			}
			// "kidnapped by gunmen", "pounded by government artillery",
			// "shelled by government forces": the last word of the run
			last := ""
			for q := k + 1; q < len(toks) && q <= k+3; q++ {
				w := strings.ToLower(toks[q].Text)
				if groups[w] || militaryWords[w] {
					last = toks[q].Text
				} else if last != "" {
					break
				}
			}
			if last != "" {
				return last, true
			}
			for _, m := range mentionsIn(ms, toks[k+1].Start, s.End) {
				if noActor(text, m) {
					break // "shot by police in the Bronx"
				}
				return actorName(text, m), true
			}
		}
	}
	// a long passive: "has been accused of misusing funds, much of it
	// embezzled, by government officials"; a far "by" counts only when a
	// name or a group follows it at once
	for k := i + 6; k+1 < len(toks) && k < i+40; k++ {
		if strings.ToLower(toks[k].Text) != "by" {
			continue
		}
		for q := k + 1; q < len(toks) && q <= k+3; q++ {
			if in := mentionsIn(ms, toks[q].Start, s.End); len(in) > 0 && in[0].Start == toks[q].Start {
				return actorName(text, in[0]), true
			}
			if w := strings.ToLower(toks[q].Text); groups[w] || militaryWords[w] {
				return toks[q].Text, true
			}
		}
	}
	return "", true
}

// prepBefore reports a preposition before p, directly or across one
// lower-case modifier ("in northern Kosovo", "in several European cities").
func prepBefore(toks []sentence.Token, p int) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > p })
	skipped := 0
	for k := i - 1; k >= 0 && k >= i-2-skipped; k-- {
		w := toks[k].Text
		lw := strings.ToLower(w)
		if preps[lw] {
			return true
		}
		if lw == "which" || lw == "who" || lw == "whom" || lw == "that" || lw == "where" || lw == "when" {
			return false // "in which Mr. Trump asked": the clause's subject
		}
		if (titleWords[w] || w == "." && k > 0 && titleWords[toks[k-1].Text]) && skipped < 4 {
			skipped++ // "on President Trump", "with Mr. Kim": the title is part of the name
			continue
		}
		if w != lw || !isWord(w) {
			return false
		}
	}
	return false
}

// wordBeforeTitle returns the lower-cased token before p, skipping titles
// ("with Mr. Trump pushing": "with").
func wordBeforeTitle(toks []sentence.Token, p int) string {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > p })
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := toks[k].Text
		if titleWords[w] || w == "." && k > 0 && titleWords[toks[k-1].Text] {
			continue
		}
		return strings.ToLower(w)
	}
	return ""
}

// titleWords come before a name without being one.
var titleWords = map[string]bool{"President": true, "Mr": true, "Mrs": true, "Ms": true,
	"Dr": true, "Prime": true, "Minister": true, "Secretary": true, "Gen": true,
	"General": true, "Chancellor": true, "King": true, "Queen": true, "Prince": true,
	"Sen": true, "Senator": true, "Rep": true, "Gov": true, "Governor": true,
	"Judge": true, "Pope": true, "Vice": true, "Foreign": true, "Defense": true,
	"Defence": true, "Chief": true, "Director": true, "Mr.": true, "Mrs.": true, "Dr.": true}

func isWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// modifierOnly reports a one-word mention opening the sentence and
// modifying a lower-case noun that is not a state ("Dock workers", "Riot
// police"): the resolver took a capitalised common word for a name.
func modifierOnly(text string, toks []sentence.Token, m quotes.Mention, s sentence.Sentence) bool {
	if m.Start != s.Start || strings.ContainsAny(text[m.Start:m.End], " -") {
		return false
	}
	if _, ok := quotes.State(text[m.Start:m.End]); ok {
		return false
	}
	w := text[m.Start:m.End]
	if !isWord(w) || w[1:] != strings.ToLower(w[1:]) {
		return false // "U.N. helicopters", "NATO troops": a real name
	}
	for _, suf := range []string{"an", "ese", "ish", "i", "ic"} {
		if strings.HasSuffix(w, suf) {
			return false // "Nigerian authorities": a demonym the resolver keeps
		}
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.End })
	if i < len(toks) && sideOfForces(w, toks[i].Text) && !miscNoise(text, m) && !cityPolice(m, toks[i].Text) {
		return false // "Norland soldiers": the side they serve ("Riot police" stays a common word, "Vancouver police", "Athens police" a city's)
	}
	for k := i; k < len(toks) && k <= i+1; k++ {
		lw := toks[k].Text
		if lw != strings.ToLower(lw) {
			return false
		}
		if groups[lw] || protesters[lw] || militaryWords[lw] || people[lw] {
			return true
		}
	}
	return false
}

// people are plural nouns for persons that a capitalised modifier may open
// ("Masked men", "Riot police").
var people = map[string]bool{"men": true, "women": true, "people": true, "police": true,
	"fans": true, "guards": true, "officials": true, "officers": true, "youths": true}

// participles holds the irregular past forms of the trigger verbs.
var participles = func() map[string]bool {
	m := map[string]bool{}
	for _, fs := range irregular {
		for _, f := range fs {
			if !strings.HasSuffix(f, "ing") && !strings.HasSuffix(f, "s") {
				m[f] = true
			}
		}
	}
	return m
}()

// participle reports a past participle: regular (-ed) or irregular (shot).
func participle(w string) bool { return strings.HasSuffix(w, "ed") || participles[w] }
