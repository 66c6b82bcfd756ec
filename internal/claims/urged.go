package claims

import (
	"strings"

	"github.com/storyline/storyline/internal/story/terms"
)

// Demands and condemnations whose object is outside the lexicon (tenth
// pass): an urging of a named one to go or to apologise ("called on Kell
// to resign", "urged Tarel to step down", "calls on Dorn to apologize")
// is a demand for that one's resignation or apology; a call for, or a
// demand of, a thing ("called for an overhaul of the security order",
// "demanded Wang's release", "called for the repeal of the levy") is a
// demand of the phrase's head noun with what it is of; a condemnation or
// denunciation ("condemned Ostmark's missile launch", "denounced the
// attack") opposes the head noun, with its possessor or what it is of. The
// key is the holder, the stance and the head's stem, with the one named
// after a colon, so that "demanded the release of Wang" and "demanded
// Wang's release" group.

// urgedActs are the verbs after "to" whose urging asks the one urged to
// go or apologise, by the object the demand is keyed on.
var urgedActs = map[string]string{"resign": "resignation", "quit": "resignation", "step": "resignation",
	"apologize": "apology", "apologise": "apology"}

// urgedAct reads "called on Kell to resign" at the urging verb ws[i]: the
// one urged (a name of up to three words right after the verb or "on")
// and the object of the demand; ok is false in any other form.
func urgedAct(ws []word, i int) (target, show, obj string, ok bool) {
	w := ws[i]
	if !urgeVerbs[w.low] || w.stop || strings.HasPrefix(w.low, "push") || strings.HasPrefix(w.low, "lobb") {
		return "", "", "", false
	}
	j := i + 1
	if strings.HasPrefix(w.low, "call") || strings.HasPrefix(w.low, "appeal") {
		if j >= len(ws) || ws[j].low != "on" && ws[j].low != "upon" || ws[j].stop {
			return "", "", "", false
		}
		j++
	}
	if j >= len(ws) || !ws[j].capital || nonNames[ws[j].low] || terms.IsStop(ws[j].low) || pronouns[ws[j].low] {
		return "", "", "", false
	}
	k := j
	for k+1 < len(ws) && k-j < 3 && ws[k+1].capital && !ws[k].stop && !ws[k].possessive {
		k++
	}
	if ws[k].stop || ws[k].possessive || k+2 >= len(ws) || ws[k+1].low != "to" || ws[k+1].stop {
		return "", "", "", false
	}
	v := ws[k+2]
	obj = urgedActs[v.low]
	if obj == "" || v.low == "step" && (k+3 >= len(ws) || ws[k+3].low != "down" || v.stop) {
		return "", "", "", false
	}
	target, show = joinRun(ws[j : k+1])
	if c := canon(target); c != "" {
		target = c
	}
	return target, show, obj, true
}

// openDemandVerbs are the verbs whose open object is read, by stance.
var openDemandVerbs = map[string]string{"demand": "demand", "demands": "demand", "demanded": "demand",
	"demanding": "demand", "condemn": "condemn", "condemns": "condemn", "condemned": "condemn",
	"condemning": "condemn", "denounce": "condemn", "denounces": "condemn", "denounced": "condemn",
	"denouncing": "condemn", "reject": "refuse", "rejects": "refuse", "rejected": "refuse", "rejecting": "refuse",
	"rebuffed": "refuse", "rebuffs": "refuse", "spurned": "refuse"}

// openDemand reads the open object of a demand or condemnation at ws[i]
// ("called for an overhaul of the security order", "demanded Wang's
// release", "condemned the attack"): the key and the display of the
// object; ok is false when ws[i] is no such verb, or no head or no
// named thing follows.
func (e *Extractor) openDemand(ws []word, i int) (stance, key, show string, ok bool) {
	w := ws[i]
	stance = openDemandVerbs[w.low]
	j := i + 1
	if stance == "" && strings.HasPrefix(w.low, "call") && familyVerbs[w.low] != "" && j < len(ws) && ws[j].low == "for" && !w.stop {
		stance, j = "demand", j+1
	}
	if stance == "" || w.stop || j >= len(ws) {
		return "", "", "", false
	}
	owned := i > 0 && (ws[i-1].possessive && ws[i-1].capital || ws[i-1].low == "his" || ws[i-1].low == "her")
	if i > 0 && (passiveBefore[ws[i-1].low] && !perfect[ws[i-1].low] || determiners[ws[i-1].low] || ws[i-1].possessive) &&
		!(owned && strings.HasPrefix(w.low, "call")) {
		return "", "", "", false // "those calling for", "his demand"; "his calls for" is his
	}
	// a possessor first: "demanded Wang's release", "condemned Ostmark's
	// missile launch"
	owner, ownerShow := "", ""
	if ws[j].capital && !terms.IsStop(ws[j].low) {
		k := j
		for k+1 < len(ws) && k-j < 3 && ws[k+1].capital && !ws[k].stop && !ws[k].possessive {
			k++
		}
		if !ws[k].possessive || ws[k].stop || k == j && nonNames[ws[j].low] {
			return "", "", "", false // "Monday's attack"
		}
		owner, ownerShow = joinRun(ws[j : k+1])
		if c := canon(owner); c != "" {
			owner = c
		}
		j = k + 1
	}
	if j >= len(ws) || ws[j].low == "what" || !isLetter(ws[j].low[0]) {
		return "", "", "", false // "condemned what he called", "called for $275 billion"
	}
	h, ok := openHead(ws, j)
	if !ok || openVague[ws[h].low] || isTitle(ws[h].low) {
		return "", "", "", false // "called for the former secretary of state to release"
	}
	headKey, headShow := e.headKey(ws, j, h, stance)
	if owner == "" && h+2 < len(ws) && !ws[h].stop && ws[h+1].low == "of" {
		owner, ownerShow = ofComplement(ws, h+2)
	}
	if owner == "" {
		if stance == "demand" || stance == "refuse" {
			return "", "", "", false // "called for calm": no thing named
		}
		return stance, headKey, headShow, true
	}
	if strings.HasPrefix(ownerShow, "\x00") { // a common noun's head
		return stance, headKey + ":" + owner, headShow + " of " + ownerShow[1:], true
	}
	return stance, headKey + ":" + owner, ownerShow + "'s " + headShow, true
}

// unsure are modals before a verb that make it no act of the holder's.
var unsure = map[string]bool{"should": true, "could": true, "might": true, "may": true}

// perfect are the auxiliaries of a perfect tense, which passiveBefore
// holds for "has been denied": before a call or condemnation they are the
// holder's own act ("has called for the repeal").
var perfect = map[string]bool{"has": true, "have": true, "had": true}

// openVague are heads of a call or condemnation that name no thing a
// story comes back to.
var openVague = map[string]bool{"action": true, "actions": true, "calm": true, "restraint": true, "unity": true,
	"help": true, "patience": true, "change": true, "changes": true, "move": true, "moves": true, "end": true,
	"return": true, "measures": true, "steps": true, "statement": true, "comment": true, "comments": true,
	"remarks": true, "vote": true, "votes": true, "use": true, "number": true, "series": true, "support": true}

// ofComplement reads what an open object is of: a name ("the release of
// Wang") or a common noun's head ("an overhaul of the international
// security infrastructure"), the latter's display marked with a leading
// NUL byte.
func ofComplement(ws []word, j int) (string, string) {
	for j < len(ws) && npSkip[ws[j].low] && !ws[j].stop {
		j++
	}
	if j >= len(ws) {
		return "", ""
	}
	if ws[j].capital {
		if terms.IsStop(ws[j].low) {
			return "", ""
		}
		k := j
		for k+1 < len(ws) && k-j < 3 && ws[k+1].capital && !ws[k].stop && !ws[k].possessive {
			k++
		}
		if k == j && nonNames[ws[j].low] {
			return "", ""
		}
		low, show := joinRun(ws[j : k+1])
		if c := canon(low); c != "" {
			low = c
		}
		return low, show
	}
	h, ok := openHead(ws, j)
	if !ok {
		return "", ""
	}
	parts := make([]string, 0, h-j+1)
	for k := j; k <= h; k++ {
		parts = append(parts, ws[k].low)
	}
	return ws[h].stem, "\x00" + strings.Join(parts, " ")
}

// urgedClaim makes the claim of an urging to go or apologise, or of an
// open demand or condemnation, at ws[i]; ok is false when there is none
// or it has no holder.
func (e *Extractor) urgedClaim(ws []word, i int, s string, doc *article, firstPerson string) (Claim, bool) {
	if w := ws[i].low; !urgeVerbs[w] && openDemandVerbs[w] == "" && !endorseVerbs[w] {
		return Claim{}, false
	}
	var key, text string
	stance := "demand"
	if target, show, ok := endorsement(ws, i); ok {
		if ws[i].low != "endorsement" && i > 0 && (passiveBefore[ws[i-1].low] && !perfect[ws[i-1].low] || determiners[ws[i-1].low]) {
			return Claim{}, false // "those endorsed", "the endorsed"
		}
		verb := "endorses "
		if !strings.HasPrefix(ws[i].low, "endors") {
			verb = "backs " // "backed Mr. Trump", "does support Clinton"
		}
		stance, key, text = "endorse", target, verb+show
	} else if target, show, obj, ok := urgedAct(ws, i); ok {
		key = obj + ":" + target
		text = "demands the resignation of " + show
		if obj == "apology" {
			text = "demands an apology from " + show
		}
	} else {
		st, k, sh, ok := e.openDemand(ws, i)
		if !ok {
			return Claim{}, false
		}
		stance, key, text = st, k, "demands "+sh
		switch st {
		case "condemn":
			text = "condemns " + sh
		case "refuse":
			text = "rejects " + sh
		}
	}
	if hedged(ws, i, s) || doubted(ws, i) || modifiedPlural(ws, i) {
		return Claim{}, false
	}
	neg := negatedAt(ws, i)
	for j := max(0, i-3); j < i; j++ {
		neg = neg || strings.HasSuffix(ws[j].low, "n't") || strings.HasSuffix(ws[j].low, "n’t") || ws[j].low == "cannot"
	}
	if neg && !endorseVerbs[ws[i].low] {
		return Claim{}, false
	}
	for j := max(0, i-2); j < i; j++ {
		if unsure[ws[j].low] {
			return Claim{}, false // "critics who say he should condemn", "should not endorse"
		}
	}
	if unnamedSubject(ws, i) {
		return Claim{}, false // "Indiana governor endorses", "superdelegates have endorsed"
	}
	holder := e.holder(ws, i, doc, firstPerson)
	if holder == "" || key == holder || strings.HasSuffix(key, ":"+holder) || commonHolder(holder, doc, s) ||
		adjectiveWord(holder) || opener(holder) || strings.ContainsAny(holder, "—-") && len(holder) < 8 || strings.Contains(holder, "—") {
		return Claim{}, false // "Democratic", "R-Ky", "Graham—who"
	}
	if firstPerson == "" && !heldInSentence(ws, i, holder, s, doc) {
		return Claim{}, false
	}
	st := stance
	if neg {
		_, rest, _ := strings.Cut(text, " ")
		st, text = "not-"+stance, "does not "+strings.TrimSuffix(strings.Fields(text)[0], "s")+" "+rest
	}
	return Claim{
		Key: holder + "|" + st + "|" + key, Holder: holder, Stance: stance, Object: key, Negated: neg,
		Text: displayIn(holder, s) + " — " + text, Sentence: s,
	}, true
}

// endorseVerbs endorse a candidate named after them ("endorsed Hillary
// Clinton", "will not endorse Trump"); the noun does with "of" after it
// ("his endorsement of Cruz").
var endorseVerbs = map[string]bool{"endorse": true, "endorses": true, "endorsed": true, "endorsing": true,
	"endorsement": true, "back": true, "backs": true, "backed": true, "backing": true, "support": true,
	"supports": true, "supported": true, "supporting": true}

// withdrawn are verbs that take an endorsement back.
var withdrawn = map[string]bool{"rescinded": true, "rescinds": true, "withdrew": true, "withdraws": true,
	"pulled": true, "revoked": true, "retracted": true}

// timeWords may follow the one endorsed ("endorsed Trump last week").
var timeWords = map[string]bool{"last": true, "this": true, "earlier": true, "today": true, "yesterday": true,
	"tonight": true, "early": true, "late": true, "officially": true, "publicly": true, "formally": true}

// endorsement reads the one endorsed after ws[i], a name of up to three
// words that is no country, seat or day and owns nothing ("endorsed
// Trump's plan" is no endorsement of Trump); ok is false in any other
// form.
func endorsement(ws []word, i int) (target, show string, ok bool) {
	w := ws[i]
	if !endorseVerbs[w.low] || w.stop {
		return "", "", false
	}
	at := i
	if b := i - 1; b > 0 && strings.HasSuffix(ws[b].low, "ly") && !ws[b].stop {
		i-- // "to recently endorse"
	}
	if i > 0 && ws[i-1].low == "to" {
		return "", "", false // "the only senator to endorse Sanders": the noun, unnamed
	}
	j := at + 1
	if w.low == "endorsement" {
		// only an owned endorsement has a holder ("Palin's endorsement
		// of", "his endorsement of"; not "the endorsement of Senator
		// Cruz", whose endorser is Cruz), and not one taken back
		// ("rescinded his endorsement of")
		if at == 0 || !(ws[at-1].possessive && ws[at-1].capital || ws[at-1].low == "his" || ws[at-1].low == "her") ||
			at > 1 && withdrawn[ws[at-2].low] {
			return "", "", false
		}
		if j >= len(ws) || ws[j].low != "of" || ws[j].stop {
			return "", "", false
		}
		j++
	}
	for j < len(ws) && ws[j].capital && isTitle(strings.TrimSuffix(ws[j].low, ".")) && !ws[j].stop {
		j++ // "endorsed Sen. Ted Cruz"
	}
	if j >= len(ws) || !ws[j].capital || terms.IsStop(ws[j].low) || pronouns[ws[j].low] {
		return "", "", false
	}
	k := j
	for k+1 < len(ws) && k-j < 2 && ws[k+1].capital && !ws[k].stop && !ws[k].possessive && !nonNames[ws[k+1].low] {
		k++ // "endorsed Cruz Wednesday": the day is none of the name
	}
	if ws[k].possessive || k == j && nonNames[ws[j].low] || k+1 < len(ws) && !ws[k].stop && ws[k+1].capital && !nonNames[ws[k+1].low] {
		return "", "", false
	}
	// a name that modifies a noun ("endorsed Republican presidential
	// candidate Donald Trump", "Trump rival Sen. Ted Cruz", "Sanders'
	// approach Saturday") is not the one endorsed
	for x := k + 1; x < len(ws) && x <= k+3 && !ws[x-1].stop; x++ {
		if ws[x].capital && !nonNames[ws[x].low] || x == k+1 && !terms.IsStop(ws[x].low) && !preps[ws[x].low] && !timeWords[ws[x].low] {
			return "", "", false
		}
		if terms.IsStop(ws[x].low) || preps[ws[x].low] {
			break
		}
	}
	target, show = joinRun(ws[j : k+1])
	if metonyms[target] != "" || isCountry(target) || seats[target] {
		return "", "", false
	}
	if c := canon(target); c != "" {
		target = c
	}
	return target, show, true
}

// auxiliaries between a subject and its verb.
var auxiliaries = map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true,
	"also": true, "already": true, "not": true, "did": true, "does": true, "do": true, "often": true,
	"still": true, "now": true, "again": true, "even": true, "just": true, "then": true, "once": true}

// unnamedSubject reports whether a common noun is the subject right before
// the verb at ws[i], past auxiliaries ("the Indiana governor endorses",
// "superdelegates have endorsed", "the federation endorse"): that noun,
// unnamed, holds the stance.
func unnamedSubject(ws []word, i int) bool {
	b := i - 1
	for b >= 0 && auxiliaries[ws[b].low] && !ws[b].stop {
		b--
	}
	if b < 0 || b == i-1 && i > 0 && ws[i-1].stop {
		return false
	}
	w := ws[b]
	if subjectQuantifiers[w.low] {
		return true // "many back Trump", "most ... supported"
	}
	return !w.capital && !w.stop && !w.possessive && !terms.IsStop(w.low) && !pronouns[w.low] && !unresolved[w.low] &&
		!strings.HasSuffix(w.low, "ly") && isLetter(w.low[0]) && !(w.quoteEnd && b+1 < i && !auxiliaries[ws[b+1].low])
}

// heldInSentence checks the holder against the sentence: a name of the
// sentence before the verb (its last mention) that follows a preposition
// or a possessor ("marched through Karachi ... demanding", "appeared with
// MSNBC's Rachel Maddow and endorsed") holds nothing; a participle
// ("denouncing ...") needs its subject right before it or a comma; a
// one-word holder from outside the sentence must be a name the article
// writes capitalised inside a sentence ("Ever since she endorsed" holds
// no "ever", "Men under 35 support" no "men"), and not an acronym read
// for "he" or "she"; a supporting or backing participle needs a comma
// before it.
func heldInSentence(ws []word, i int, holder, s string, doc *article) bool {
	last := -1
	for j := i - 1; j >= 0; j-- {
		if ws[j].capital && canon(nameEndingAt(ws, j)) == holder {
			last = j
			break
		}
	}
	if last >= 0 && len(ws[last].raw) > 1 && strings.ToUpper(ws[last].raw) == ws[last].raw {
		for j := last + 1; j < i; j++ {
			if ws[j].low == "he" || ws[j].low == "she" {
				return false // "CNN quoted aides ... he would not endorse": an acronym is no "he"
			}
		}
	}
	if last >= 0 {
		st := runStart(ws, last)
		if st > 0 && (preps[ws[st-1].low] || placePreps[ws[st-1].low] || ws[st-1].possessive && ws[st-1].capital) {
			return false
		}
	}
	if strings.HasSuffix(ws[i].low, "ing") && i > 0 && !ws[i-1].stop && (last != i-1 || !ws[i-1].capital) {
		return false // "his 2013 tweets denouncing", "speech Tuesday denouncing"
	}
	if ws[i].stem == "support" || ws[i].stem == "back" {
		if strings.HasSuffix(ws[i].low, "ing") && (i == 0 || !ws[i-1].stop) {
			return false // "the super PAC supporting Clinton": the noun, unnamed
		}
		if i > 0 && ws[i-1].low == "and" {
			return false // "most followed the lead ... and supported": whose subject is unsure
		}
		for j := max(0, i-3); j < i; j++ {
			if (ws[j].low == "he" || ws[j].low == "she") && strings.ContainsAny(s, "\"“”") {
				return false // "\"I prefer Kasich,\" he said, noting he had backed": a quote's speaker is unsure
			}
		}
	}
	if !strings.Contains(holder, " ") {
		up := strings.ToUpper(holder[:1]) + holder[1:]
		if !capitalInside(doc.text, up) && !capitalInside(doc.text, strings.ToUpper(holder)) || last < 0 && strings.Contains(doc.text, strings.ToUpper(holder)) && !strings.Contains(doc.text, up) {
			return false // "Men under 35 support", "Running back Reggie Bush"
		}
	}
	return true
}

// placePreps are prepositions of place and motion that preps does not
// hold.
var placePreps = map[string]bool{"through": true, "across": true, "around": true, "throughout": true,
	"outside": true, "near": true, "toward": true, "towards": true, "inside": true}

// adjectiveWord reports whether a one-word holder is an adjective of a
// party, a creed or a people ("Democratic candidate Hillary Clinton's
// speech denouncing"): it modifies the noun that holds the stance.
// adjectiveHolder's suffix rule would take "Khan" and "Ryan" too.
func adjectiveWord(h string) bool {
	if f := strings.Fields(h); len(f) > 1 && partyWords[strings.TrimSuffix(f[len(f)-1], "s")] {
		return true // "Reagan Democrats" read for "he": a camp, no one
	}
	return groupAdjectives[h] || partyWords[h] || countryOf(h) != "" && !isCountry(h) && metonyms[h] == ""
}

// partyWords are adjectives of parties and camps.
var partyWords = map[string]bool{"democratic": true, "republican": true, "conservative": true, "liberal": true,
	"progressive": true, "libertarian": true, "evangelical": true, "islamic": true, "socialist": true,
	"democrat": true, "gop": true}

// subjectQuantifiers as subjects stand for people unnamed.
var subjectQuantifiers = map[string]bool{"many": true, "most": true, "some": true, "few": true, "others": true,
	"all": true, "both": true, "several": true, "majority": true}
