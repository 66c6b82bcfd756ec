package claims

import (
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/ner/gazetteer"
	"github.com/storyline/storyline/internal/story/terms"
)

// holder finds who holds the stance at ws[i]: a possessor right before it
// ("Russia's readiness"), else the nearest name before it in the clause
// that can be a subject (not the object of a preposition, not a possessor
// of something else, not a day). It returns "" when the stance is one the
// named holder is pushed or hoped into ("Sanders pushes Dems to reject").
func (e *Extractor) holder(ws []word, i int, doc *article, firstPerson string) string {
	if participle(ws, i) {
		return "" // "others supporting a ban": the noun holds it, unnamed
	}
	if i > 0 {
		p := ws[i-1]
		if p.possessive && p.capital && !nonNames[p.low] {
			return canon(nameEndingAt(ws, i-1))
		}
		if pronouns[p.low] {
			return e.resolvePronoun(ws, i-1, doc, firstPerson)
		}
		if (p.low == "our" || p.low == "my") && firstPerson != "" {
			return canon(firstPerson)
		}
	}
	if i > 1 && (ws[i-1].stop && !ws[i-1].capital && !ws[i-1].quoteEnd || ws[i-1].low == "and" && !ws[i-2].capital) &&
		firstPerson == "" && (strings.HasSuffix(ws[i].low, "ing") || strings.HasSuffix(ws[i].low, "ed")) {
		// "Kell has pledged calm, rebuffing calls for elections", "she
		// promised jobs, opposed the deal", "he stood with them and urged":
		// the verb shares the subject of the sentence.
		return e.sentenceSubject(ws, i, doc)
	}
	for j := i - 1; j >= 0; j-- {
		w := ws[j]
		if (w.stop || w.quoteEnd) && (j < i-1 || !w.capital) {
			break // a clause or a quotation ends before the stance
		}
		if (w.low == "we" || w.low == "i") && firstPerson != "" {
			return canon(firstPerson)
		}
		if firstPerson != "" && w.capital {
			// A quotation is part of the text, whose pass names third
			// parties with the context around it: here only "we" counts.
			return ""
		}
		if pronouns[w.low] {
			if (w.low == "its" || w.low == "his" || w.low == "her") && j < i-1 {
				continue // "its co-founder agreed": the possessor of another noun
			}
			return e.resolvePronoun(ws, j, doc, firstPerson)
		}
		if (w.low == "who" || w.low == "which") && j > 0 && !ws[j-1].capital {
			return "" // "a commander in the region who sought": no name
		}
		if !w.capital && orgHeads[w.low] && j > 0 && ws[j-1].low == "the" {
			if name := doc.named(w.low); name != "" {
				return canon(name) // "the authority" -> "port edrin authority"
			}
		}
		if unresolved[w.low] || w.capital && demonstratives[w.low] {
			return "" // "They are not ready": no name to give it
		}
		if w.capital && j > 0 || w.capital && metonyms[w.low] != "" || w.capital && j == 0 && !opener(w.low) {
			k := runStart(ws, j)
			if !subjectLike(ws, k, j) {
				j = k // look before the whole run
				continue
			}
			if pushed(ws, k) {
				return ""
			}
			if k == j && j+1 < i && !ws[j+1].capital && metonyms[w.low] == "" {
				if h, ok := modifierHolder(ws, j, i); ok {
					return h // "Dutch voters", "the Dutch government"
				}
			}
			if !ws[j].stop && peopleAfter(ws, j+1, i) {
				return "" // "Trump aides denied": the aides, unnamed, not Trump
			}
			if campaignOf(ws, j, i) {
				return canon(nameEndingAt(ws, j)) + " campaign" // "the Kell campaign denied" (campaignOf)
			}
			return canon(nameEndingAt(ws, j))
		}
	}
	return ""
}

// campaignOf reports whether the name ending at ws[j] modifies
// "campaign" right before the stance at ws[i] ("the Kell campaign
// denied"). The holder is "kell campaign", not Kell: a campaign speaks
// through its staff, and a reader tells "Kell said" from "the Kell
// campaign said" (the verdicts of session 23 judged the campaign's denial
// held by the candidate a wrong holder); its claims still group with each
// other across articles.
func campaignOf(ws []word, j, i int) bool {
	if j+3 == i && (perfect[ws[j+2].low] || ws[j+2].low == "also") {
		i-- // "the Kell campaign has denied"
	}
	return j+2 == i && !ws[j].stop && !ws[j].possessive && (ws[j+1].low == "campaign" || ws[j+1].low == "campaign's") && !ws[j+1].stop
}

// followerNouns head a noun phrase a name may modify, as agentNouns do:
// those around a person who speak for themselves ("Trump allies", "Kell
// advisers"), not for the one named.
var followerNouns = map[string]bool{"allies": true, "ally": true, "advisers": true, "advisors": true,
	"advisor": true, "associates": true, "friends": true, "relatives": true, "family": true, "loyalists": true,
	"surrogates": true, "backers": true, "confidants": true, "lieutenants": true, "opponents": true, "rivals": true}

// peopleAfter reports whether a noun of people (agentNouns, followerNouns)
// stands among the up to three lower-case words from ws[j] before ws[i]:
// "Trump aides", "Tarel campaign staff" name the ones who speak.
func peopleAfter(ws []word, j, i int) bool {
	for k := j; k < i && k < j+3; k++ {
		if ws[k].capital || terms.IsStop(ws[k].low) {
			return false // "Tarel and his lawyers": Tarel is a subject
		}
		if agentNouns[ws[k].low] || followerNouns[ws[k].low] {
			return true
		}
		if ws[k].stop {
			return false
		}
	}
	return false
}

// groupAdjectives are capitalised adjectives of peoples and faiths the
// gazetteer lists no country for.
var groupAdjectives = map[string]bool{"european": true, "african": true, "asian": true, "arab": true,
	"kurdish": true, "moslem": true, "muslim": true, "christian": true, "jewish": true, "catholic": true,
	"western": true}

// stateNouns after a demonym make it the country's voice ("the Dutch
// government", "Cuban officials").
var stateNouns = map[string]bool{"government": true, "officials": true, "official": true, "authorities": true,
	"ministry": true, "leadership": true, "diplomats": true, "negotiators": true, "delegation": true}

// modifierHolder reads a lone capitalised adjective of a people before
// common nouns ("Dutch voters", "European leaders", "Moslem political
// parties", stance at ws[i]): the noun phrase, not the adjective, is the
// holder; the country when the noun is the state's voice ("the Dutch
// government"). ok is false when ws[j] is no such adjective or no noun
// follows it.
func modifierHolder(ws []word, j, i int) (holder string, ok bool) {
	adj := ws[j].low
	c, isDem := gazetteer.DemonymCountry(adj)
	if !isDem && !groupAdjectives[adj] || ws[j].stop {
		return "", false
	}
	nouns := []string{adj}
	for k := j + 1; k < i && k <= j+2; k++ {
		w := ws[k]
		if w.capital || terms.IsStop(w.low) || stanceOf(w) != "" || strings.HasSuffix(w.low, "ed") ||
			k+1 < len(ws) && (determiners[ws[k+1].low] || ws[k+1].low == "a" || ws[k+1].low == "an") {
			break // a verb: "Dutch voters dealt a blow"
		}
		nouns = append(nouns, w.low)
		if w.stop {
			break
		}
	}
	if len(nouns) == 1 {
		return "", false
	}
	if isDem && stateNouns[nouns[len(nouns)-1]] {
		return canon(strings.ToLower(c)), true
	}
	return strings.Join(nouns, " "), true
}

// sentenceSubject is the first name or pronoun of the sentence before
// ws[i] that can be its subject, "" when there is none or it is one this
// package cannot name.
func (e *Extractor) sentenceSubject(ws []word, i int, doc *article) string {
	for j := 0; j < i; j++ {
		w := ws[j]
		switch {
		case w.low == "he" || w.low == "she":
			return e.resolvePronoun(ws, j, doc, "")
		case unresolved[w.low]:
			return ""
		case !w.capital || j == 0 && opener(w.low):
			continue
		}
		end := j
		for end+1 < i && ws[end+1].capital && !ws[end].possessive && !ws[end].stop {
			end++
		}
		if subjectLike(ws, j, end) && !pushed(ws, j) {
			return canon(nameEndingAt(ws, end))
		}
		j = end
	}
	return ""
}

// runStart is the first word of the capitalised run ending at ws[j], as
// mediumName reports whether the name ending at ws[end] names the medium
// of a noun of saying right after it ("an October CNN interview", "a Fox
// broadcast"): it modifies the noun, and is no subject nor antecedent.
func mediumName(ws []word, end int) bool {
	return end+1 < len(ws) && !ws[end].stop && !ws[end].possessive && !ws[end+1].capital && mediumNouns[ws[end+1].low]
}

// mediumOnly reports whether the sentence names holder, and only as the
// medium of a noun of saying ("He denied the allegations in a CNN
// interview": not CNN's denial, whoever "he" is).
func mediumOnly(ws []word, holder string) bool {
	found := false
	for j := range ws {
		if !ws[j].capital || j+1 < len(ws) && ws[j+1].capital && !ws[j].stop && !ws[j].possessive || canon(nameEndingAt(ws, j)) != holder {
			continue
		}
		if !mediumName(ws, j) {
			return false
		}
		found = true
	}
	return found
}

// mediumAdjunct reports whether the phrase at ws[k] says where something
// was said: a preposition and, within five words, a noun of saying ("in
// a separate CNN interview", "during a televised address").
func mediumAdjunct(ws []word, k int) bool {
	if k >= len(ws) || ws[k].stop || ws[k].low != "in" && ws[k].low != "during" && ws[k].low != "on" {
		return false
	}
	for m := k + 1; m < len(ws) && m <= k+5; m++ {
		if mediumNouns[ws[m].low] && !ws[m].capital {
			return true
		}
		if ws[m].stop || preps[ws[m].low] {
			return false
		}
	}
	return false
}

// mediumNouns are things said in, or the channels they are said on.
var mediumNouns = map[string]bool{"interview": true, "interviews": true, "statement": true, "statements": true,
	"post": true, "posts": true, "tweet": true, "tweets": true, "broadcast": true, "appearance": true,
	"op-ed": true, "column": true, "editorial": true, "podcast": true, "segment": true, "briefing": true,
	"address": true, "speech": true, "letter": true, "video": true, "email": true, "message": true,
	"show": true, "programme": true, "program": true, "documentary": true}

// nameEndingAt joins it.
func runStart(ws []word, j int) int {
	k := j
	for k > 0 && j-k < 3 && ws[k-1].capital && !ws[k-1].stop && !ws[k-1].possessive && !(k == 1 && (opener(ws[0].low) || strings.HasSuffix(ws[0].low, "ing"))) {
		k--
	}
	return k
}

// preps are prepositions whose object is no subject ("support for Israel").
var preps = map[string]bool{"for": true, "to": true, "with": true, "by": true, "of": true, "from": true,
	"against": true, "at": true, "in": true, "on": true, "about": true, "into": true, "toward": true,
	"towards": true, "than": true, "between": true, "over": true, "under": true, "like": true, "after": true,
	"before": true, "during": true, "without": true, "among": true}

// nonNames are capitalised words that name no holder.
var nonNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "north": true, "south": true, "east": true, "west": true}

// subjectLike reports whether the capitalised run ws[k..j] can be the
// subject of what follows: not the object of a preposition ("opposition
// to the Iran deal", "support for Israel"), not the possessor of another
// noun ("Trump's former advisers"), not a modifier ("a Clinton ally"), not a
// day or a compass point.
func subjectLike(ws []word, k, j int) bool {
	if ws[j].possessive || nonNames[ws[j].low] {
		return false
	}
	if k == 0 {
		return true
	}
	prev := ws[k-1].low
	if prev == "a" || prev == "an" || preps[prev] {
		return false
	}
	if (prev == "the" || prev == "their" || prev == "its" || quantifiers[prev]) && k > 1 && preps[ws[k-2].low] {
		return false // "with other GOP leaders"
	}
	return true
}

// quantifiers may stand between a preposition and the name it governs.
var quantifiers = map[string]bool{"other": true, "fellow": true, "several": true, "many": true, "some": true,
	"top": true, "senior": true, "both": true, "all": true, "former": true, "leading": true, "key": true,
	"two": true, "three": true, "most": true}

// causatives put a stance into someone else's mouth: "pushes Dems to
// reject", "hoping that the union will support", "expect the Iranians to".
var causatives = map[string]bool{"push": true, "pushes": true, "pushed": true, "pushing": true, "urge": true,
	"urges": true, "urged": true, "urging": true, "ask": true, "asks": true, "asked": true, "asking": true,
	"press": true, "pressed": true, "presses": true, "pressing": true, "pressure": true, "pressured": true,
	"pressuring": true, "encourage": true, "encouraged": true, "encourages": true, "encouraging": true,
	"lobby": true, "lobbied": true, "lobbying": true, "expect": true, "expects": true, "expected": true,
	"expecting": true, "hope": true, "hopes": true, "hoped": true, "hoping": true, "want": true, "wants": true,
	"wanted": true, "persuade": true, "persuaded": true, "convince": true, "convinced": true, "force": true,
	"forced": true, "forcing": true, "called": true, "calls": true, "calling": true}

// pushed reports whether the name starting at ws[k] is the object of a
// causative verb ("is pushing fellow Senate Democrats to").
func pushed(ws []word, k int) bool {
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		w := ws[x]
		if causatives[w.low] {
			return true
		}
		if w.stop || w.quoteEnd || w.capital && !isTitle(strings.TrimSuffix(w.low, ".")) {
			return false
		}
	}
	return false
}

// openers are words that open sentences and name no one.
var openers = map[string]bool{"yet": true, "meanwhile": true, "however": true, "still": true, "instead": true,
	"indeed": true, "moreover": true, "nonetheless": true, "later": true, "earlier": true, "today": true,
	"tonight": true, "here": true, "now": true, "so": true, "thus": true, "also": true, "even": true,
	"asked": true, "speaking": true, "after": true, "despite": true, "according": true, "ultimately": true,
	"finally": true, "separately": true, "additionally": true, "similarly": true, "notably": true,
	"initially": true, "eventually": true, "previously": true, "recently": true, "currently": true,
	"likewise": true, "then": true, "afterwards": true, "overall": true, "ironically": true, "besides": true}

func opener(low string) bool { return terms.IsStop(low) || openers[low] }

// speechVerbs mark the subject a later pronoun refers to: "Mr. Kim said he
// was willing", "Pyongyang signaled its willingness".
var speechVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true,
	"added": true, "stated": true, "declared": true, "announced": true, "insisted": true, "stressed": true,
	"emphasized": true, "emphasised": true, "reiterated": true, "signaled": true, "signalled": true,
	"indicated": true, "expressed": true, "noted": true, "argued": true, "confirmed": true, "repeated": true,
	"warned": true, "wrote": true, "explained": true, "replied": true, "vowed": true, "pledged": true,
	"promised": true, "stresses": true, "emphasizes": true, "reiterates": true, "signals": true}

// resolvePronoun names whom the pronoun at ws[p] stands for: the nearest
// name before it that a speech verb follows, else the first name of the
// sentence that can be its subject, else (no such name) the article's main
// actor, a person for "he"/"she". Inside a quotation (quoted, the speaker's
// name) a third person is someone the quote alone cannot name.
func (e *Extractor) resolvePronoun(ws []word, p int, doc *article, quoted string) string {
	if quoted != "" {
		return ""
	}
	pr := ws[p].low
	g := pronounGender(pr)
	if pr != "he" && pr != "she" {
		// "his", "her", "its": the nearest name that can be a subject
		// ("Trump says Kell abandoned her support for").
		for j := p - 1; j >= 0; j-- {
			if ws[j].stop && j < p-1 {
				break
			}
			switch low := ws[j].low; {
			case low == "he" || low == "she":
				return e.resolvePronoun(ws, j, doc, "") // "She and her husband"
			case unresolved[low]:
				return ""
			}
			if !ws[j].capital || (j == 0 && opener(ws[j].low)) {
				continue
			}
			k := runStart(ws, j)
			name := canon(nameEndingAt(ws, j))
			if !doc.fits(name, pr) {
				j = k // "Mr. Sanders ... her support": not him
				continue
			}
			if subjectLike(ws, k, j) || ws[j].possessive && g != 0 && doc.genderOf(name) == g {
				// a possessor is her antecedent when she is known to be
				// a woman ("Mrs. Clinton's ties ... her support")
				return name
			}
			j = k
		}
	}
	for j := p - 1; j >= 0; j-- {
		if !ws[j].capital || (j == 0 && opener(ws[j].low)) || pronouns[ws[j].low] || unresolved[ws[j].low] {
			continue
		}
		k := runStart(ws, j)
		if !ws[j].possessive && !nonNames[ws[j].low] && doc.fits(canon(nameEndingAt(ws, j)), pr) {
			for x := j + 1; x < p && x <= j+4; x++ {
				if speechVerbs[ws[x].low] {
					return canon(nameEndingAt(ws, j))
				}
				if ws[x].capital || ws[x].stop {
					break
				}
			}
		}
		j = k
	}
	for j := 0; j < p; j++ {
		if !ws[j].capital || (j == 0 && opener(ws[j].low)) || pronouns[ws[j].low] || unresolved[ws[j].low] {
			continue
		}
		end := j
		for end+1 < p && ws[end+1].capital && !ws[end].possessive && !ws[end].stop {
			end++
		}
		if subjectLike(ws, j, end) && !mediumName(ws, end) && doc.fits(canon(nameEndingAt(ws, end)), pr) {
			return canon(nameEndingAt(ws, end))
		}
		j = end
	}
	switch pr {
	case "he", "she", "his", "her":
		// "Blunt helped orchestrate a deal. But on Tuesday, he stood
		// with GOP leaders": with no name before it, the previous
		// sentence's subject
		if !nameBefore(ws, p) {
			if name, found := e.prevSubject(doc, pr); found {
				return name // "" when that name cannot be read
			}
		}
		return doc.personFor(g)
	}
	return canon(doc.main())
}

// nameBefore reports whether a capitalised word other than an opener, a
// day or a month stands before ws[p].
func nameBefore(ws []word, p int) bool {
	for j := 0; j < p; j++ {
		if ws[j].capital && !(j == 0 && opener(ws[j].low)) && !nonNames[ws[j].low] {
			return true
		}
	}
	return false
}

// prevSubject is the first name of the previous sentence that can be its
// subject and the pronoun's antecedent (no country for he/she); found is
// false when there is none, name "" when it cannot be read.
func (e *Extractor) prevSubject(doc *article, pr string) (string, bool) {
	if doc.prev == "" {
		return "", false
	}
	ws := e.words(doc.prev)
	for j := 0; j < len(ws); j++ {
		w := ws[j]
		if unresolved[w.low] || pronouns[w.low] {
			return "", false // "They ...", "She ...": a chain this package does not follow
		}
		if !w.capital || j == 0 && opener(w.low) || nonNames[w.low] {
			continue
		}
		end := j
		for end+1 < len(ws) && ws[end+1].capital && !ws[end].possessive && !ws[end].stop {
			end++
		}
		name := canon(nameEndingAt(ws, end))
		if (subjectLike(ws, j, end) || j > 0 && nonNames[ws[j-1].low]) && !mediumName(ws, end) && !isCountry(name) && doc.fits(name, pr) {
			return name, true
		}
		j = end
	}
	return "", false
}

// nameEndingAt joins the capitalised words ending at ws[j] (at most four).
func nameEndingAt(ws []word, j int) string {
	k := runStart(ws, j)
	parts := make([]string, 0, j-k+1)
	for _, w := range ws[k : j+1] {
		parts = append(parts, w.low)
	}
	return strings.Join(parts, " ")
}

// placeHeads end names of places and bodies, which are no person's
// surname: "north korea" stays whole.
var placeHeads = map[string]bool{"korea": true, "states": true, "kingdom": true, "nations": true,
	"arabia": true, "africa": true, "republic": true, "house": true, "court": true, "congress": true,
	"senate": true, "department": true, "times": true, "news": true, "post": true, "journal": true,
	"administration": true, "forces": true, "army": true, "emirates": true, "zealand": true, "america": true,
	"democrats": true, "republicans": true, "assembly": true, "parliament": true, "bank": true, "fund": true,
	"street": true, "office": true, "organization": true, "group": true, "register": true, "herald": true,
	"tribune": true, "gazette": true, "globe": true, "chronicle": true, "inquirer": true, "airlines": true,
	"airways": true, "motors": true, "hospital": true, "pac": true}

// canon maps a name to its canonical holder: metonyms to countries, titles
// and name suffixes stripped ("president vladimir putin" -> "vladimir
// putin"), then a multi-word person name to its last word, so that "Putin"
// and "Vladimir Putin" agree.
func canon(name string) string {
	name = strings.TrimPrefix(name, "the ")
	for _, r := range name {
		if r < ' ' || r >= 0x7f && r < 0xa0 || r == utf8.RuneError {
			return "" // mis-decoded text names no one
		}
	}
	if m, ok := metonyms[name]; ok {
		return m
	}
	f := strings.Fields(name)
	if len(f) > 2 {
		kept := f[:0:0]
		for _, w := range f {
			if len(strings.TrimSuffix(w, ".")) > 1 {
				kept = append(kept, w) // "john f. kerry": the initial goes
			}
		}
		f = kept
	}
	for len(f) > 1 && isTitle(strings.TrimSuffix(f[0], ".")) {
		f = f[1:]
	}
	for len(f) > 1 {
		if corporateSuffixes[strings.TrimRight(f[len(f)-1], ",")] {
			f = f[:len(f)-1] // "apple inc." -> "apple"
			continue
		}
		switch strings.TrimSuffix(f[len(f)-1], ".") {
		case "jr", "sr", "ii", "iii":
			f = f[:len(f)-1]
			continue
		}
		break
	}
	if len(f) > 0 {
		if m := countryOf(f[0]); m != "" && len(f) > 1 && allTitles(f[1:]) {
			return m // "Russian President" with no name after it
		}
		if countryOf(f[0]) != "" && len(f) > 2 && isTitle(f[1]) {
			f = f[1:] // "U.S. President Donald Trump"
			for len(f) > 1 && isTitle(strings.TrimSuffix(f[0], ".")) {
				f = f[1:]
			}
		}
	}
	for len(f) > 1 && metonyms[f[0]] != "" && !isTitle(f[1]) && len(f) <= 3 && !placeHeads[f[len(f)-1]] {
		f = f[1:] // "Russian Sergei Shoigu" -> "sergei shoigu"
	}
	name = strings.Join(f, " ")
	if m, ok := metonyms[name]; ok {
		return m
	}
	if len(f) > 1 && (orgHeads[f[len(f)-1]] || placeHeads[f[len(f)-1]] || isCountry(name)) {
		return name // "port edrin authority" is an organisation, not a surname
	}
	if len(f) > 1 && saintWords[f[0]] {
		return name // "St. Paul" is a city, not a Mr. Paul
	}
	if len(f) == 2 || len(f) == 3 {
		return f[len(f)-1]
	}
	return name
}

// saintWords open the names of places after saints ("St. Paul", "Saint
// Louis"), which no surname rule may cut.
var saintWords = map[string]bool{"st.": true, "st": true, "saint": true, "ste.": true}

// countryOf is the country a lower-case word stands for as a modifier: a
// metonym ("kremlin", "russian") or any demonym or country name the
// gazetteer knows ("chilean"); "" when none.
func countryOf(w string) string {
	if m := metonyms[w]; m != "" {
		return m
	}
	if c, ok := gazetteer.DemonymCountry(w); ok {
		return strings.ToLower(c)
	}
	if c, ok := gazetteer.CountryName(w); ok {
		return strings.ToLower(c)
	}
	return ""
}

// countries are the countries metonyms stand for (a read-only table).
var countries = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range metonyms {
		m[c] = true
	}
	return m
}()

// isCountry reports whether name is a country a metonym stands for.
func isCountry(name string) bool { return countries[name] }

func allTitles(f []string) bool {
	for _, w := range f {
		if !isTitle(strings.TrimSuffix(w, ".")) {
			return false
		}
	}
	return true
}

func isTitle(w string) bool {
	switch w {
	case "president", "prime", "minister", "defense", "defence", "foreign", "secretary", "vice",
		"chancellor", "mr", "mrs", "ms", "dr", "leader", "spokesman", "spokeswoman", "envoy", "sen", "senator",
		"gov", "governor", "rep", "speaker":
		return true
	}
	return false
}

// notPlural are lower-case words in -s that are no plural noun a
// participle could modify.
var notPlural = map[string]bool{"is": true, "was": true, "has": true, "his": true, "its": true, "this": true,
	"does": true, "us": true, "always": true, "perhaps": true, "yes": true, "as": true, "thus": true,
	"plus": true, "unless": true, "less": true, "whereas": true, "besides": true, "sometimes": true}

// participle reports whether the -ing stance word at ws[i] modifies the
// plural common noun before it ("others supporting", "voters backing"):
// its holder is that noun, which names no one.
func participle(ws []word, i int) bool {
	if i == 0 || !strings.HasSuffix(ws[i].low, "ing") {
		return false
	}
	p := ws[i-1]
	return !p.capital && !p.stop && !p.possessive && strings.HasSuffix(p.low, "s") && !strings.HasSuffix(p.low, "ss") && !notPlural[p.low]
}
