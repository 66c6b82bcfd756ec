package claims

import (
	"strings"

	"github.com/storyline/storyline/internal/story/terms"
)

// Stance families whose object is open, read from the head noun of the
// phrase after the verb rather than from the object lexicon: denials ("X
// denied any wrongdoing", "rejected the allegations"), accusations ("X
// accused Valdoria of stalling the talks"), warnings ("X warned of a
// recession") and vows of a thing ("vowed revenge"). The key is the
// holder, the family and the head's stem (an accusation: the accused and
// the stem of the charge), so that "denied the allegations" and "denies
// the accusations" group.

// family verbs, by surface form ("warning" only as a verb: "a warning" is
// a noun).
var familyVerbs = map[string]string{
	"deny": "deny", "denies": "deny", "denied": "deny", "denying": "deny",
	"accuse": "accuse", "accuses": "accuse", "accused": "accuse", "accusing": "accuse",
	"warn": "warn", "warns": "warn", "warned": "warn", "warning": "warn",
	"vow": "vow", "vows": "vow", "vowed": "vow", "vowing": "vow",
	"call": "call", "calls": "call", "called": "call", "calling": "call",
	// a rejection of a charge is a denial ("rejected the allegations")
	"reject": "reject", "rejects": "reject", "rejected": "reject", "rejecting": "reject",
	"dismissed": "reject", "dismisses": "reject", "dismissing": "reject",
	// a blame is an accusation ("blamed Ostmark for the attack")
	"blame": "accuse", "blames": "accuse", "blamed": "accuse", "blaming": "accuse",
}

// chargeWords are heads that name an accusation; a denial or rejection of
// any of them is a denial of "the allegations".
var chargeWords = map[string]bool{"alleg": true, "accus": true, "charg": true, "claim": true, "report": true,
	"rumor": true, "rumour": true, "suggest": true, "notion": true, "speculat": true, "assert": true}

// passiveBefore are words after which a family verb is passive or a
// participle of someone else's act ("was accused of", "has been denied
// bail", "those accused").
var passiveBefore = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
	"being": true, "get": true, "got": true, "gets": true, "those": true, "stand": true, "stands": true,
	"the": true, "a": true, "an": true, "who": true, "of": true, "after": true, "have": true, "has": true, "had": true,
	// a gerund after a preposition or an infinitive is no act of the
	// subject ("a role in denying requests", "allowed to deny licences")
	"in": true, "for": true, "from": true, "by": true, "without": true, "before": true, "on": true, "to": true}

// npSkip are words passed before an open object's head: determiners and
// quantifiers.
var npSkip = map[string]bool{"the": true, "a": true, "an": true, "any": true, "all": true, "such": true,
	"these": true, "those": true, "this": true, "his": true, "her": true, "its": true,
	"their": true, "of": false, "some": true, "further": true, "more": true, "new": true}

// whenHeads say when, not what: a phrase they head has no object
// ("denied earlier in the day"), and they qualify no charge ("denied
// earlier allegations" denies the allegations).
var whenHeads = map[string]bool{"earlier": true, "later": true, "today": true, "yesterday": true, "tomorrow": true,
	"tonight": true, "afterwards": true, "afterward": true, "recently": true, "now": true, "since": true}

// vagueHeads are heads that name no thing a story comes back to.
var vagueHeads = map[string]bool{"thing": true, "things": true, "way": true, "one": true, "part": true,
	"people": true, "anything": true, "something": true, "everything": true, "nothing": true, "time": true,
	"lot": true, "kind": true, "idea": true, "fact": true, "role": true, "knowledge": true, "access": true,
	"entry": true, "bail": true, "permission": true, "request": true, "it": true, "them": true, "him": true,
	"her": true, "us": true, "me": true, "you": true, "himself": true, "herself": true, "themselves": true,
	"type": true, "motion": true, "motions": true, "license": true, "licenses": true, "licence": true,
	"licences": true, "application": true, "visa": true, "visas": true, "clearance": true, "right": true,
	"rights": true, "requests": true, "there": true, "many": true, "both": true, "most": true, "much": true,
	"last": true, "not": true, "no": true, "ever": true, "never": true, "again": true}

// clauseVerbs after a phrase's head make it a clause's subject ("vowed
// the club would appeal", "denied the report was true").
var clauseVerbs = map[string]bool{"would": true, "will": true, "was": true, "were": true, "is": true, "are": true,
	"had": true, "has": true, "have": true, "could": true, "should": true, "can": true, "might": true, "may": true,
	"did": true, "does": true, "must": true}

// openHead reads the head noun of the noun phrase starting at ws[j]: past
// determiners and up to three lower-case modifiers, the last lower-case
// word before a preposition, clause edge or the phrase's end. ok is false
// when the phrase opens with a clause ("that", a pronoun), a name, a
// gerund or a number, or its head is vague.
func openHead(ws []word, j int) (head int, ok bool) {
	start := j
	for j < len(ws) && npSkip[ws[j].low] && !ws[j].stop {
		j++
	}
	if j >= len(ws) {
		return 0, false
	}
	first := ws[j]
	if first.capital || first.low == "that" || strings.HasSuffix(first.low, "ing") && !(ingNouns[first.low] && (j > start || strings.HasPrefix(first.low, "wrongdoing"))) && !chargeAfter(ws, j) || first.low[0] >= '0' && first.low[0] <= '9' ||
		breakers[first.low] || unresolved[first.low] || pronouns[first.low] || vagueHeads[first.low] || strings.HasSuffix(first.low, "ly") {
		return 0, false
	}
	h := j
	for k := j; k < len(ws) && k < j+4; k++ {
		w := ws[k]
		if w.capital || breakers[w.low] || preps[w.low] || clauseEnds[w.low] || terms.IsStop(w.low) {
			break
		}
		if k > j && strings.HasSuffix(w.low, "ed") {
			return 0, false // "denied his campaign colluded": a clause
		}
		h = k
		if w.stop || w.quoteEnd {
			break
		}
	}
	if vagueHeads[ws[h].low] || whenHeads[ws[h].low] || len(ws[h].low) < 3 {
		return 0, false // "a prospect Tarel denied earlier in the day": no object
	}
	if n := h + 1; n < len(ws) && !ws[h].stop && (clauseVerbs[ws[n].low] || ws[n].capital && !ws[n].stop && !nonNames[ws[n].low]) {
		return 0, false // "vowed the club would appeal", "deny insurgent Sanders the nomination"
	}
	return h, true
}

// chargeAfter reports whether an "-ing" word at ws[j] qualifies the charge
// word right after it ("denies smuggling allegations", "the cheating
// charges"): no gerund, the charge's modifier.
func chargeAfter(ws []word, j int) bool {
	return j+1 < len(ws) && !ws[j].stop && chargeWords[ws[j+1].stem]
}

// ingNouns end in "-ing" but are nouns after a determiner ("denied any
// wrongdoing", "warned of a bombing"), no gerund opening a clause;
// "wrongdoing" is one without ("has denied wrongdoing").
var ingNouns = map[string]bool{"wrongdoing": true, "wrongdoings": true, "bombing": true, "bombings": true,
	"shooting": true, "shootings": true, "killing": true, "killings": true, "wiretapping": true, "doping": true,
	"hacking": true, "spying": true, "cheating": true}

// openClaim reads a denial, accusation, warning or vow at ws[i]; ok is
// false when ws[i] is none of them in a form that states one, or the
// claim has no object or holder.
func (e *Extractor) openClaim(ws []word, i int, s string, doc *article, firstPerson string) (Claim, bool) {
	w := ws[i]
	fam := familyVerbs[w.low]
	if fam == "" || w.stop || i+1 >= len(ws) {
		return Claim{}, false
	}
	if i > 0 && (passiveBefore[ws[i-1].low] && !(perfect[ws[i-1].low] && (fam == "deny" || fam == "reject")) && !(fam == "deny" && relativeSubject(ws, i) != "") ||
		determiners[ws[i-1].low] || ws[i-1].possessive) {
		return Claim{}, false // "was accused of", "the warning", "his denial"; "has denied" and "Tarel, who denied" are the subject's (denial.go)
	}
	if negatedAt(ws, i) || hedged(ws, i, s) || doubted(ws, i) {
		return Claim{}, false
	}
	if modifiedPlural(ws, i) {
		return Claim{}, false // "Seoul embassies warned": the embassies, unnamed, not Seoul
	}
	var key, show string
	switch fam {
	case "deny", "vow", "reject":
		if fam != "vow" {
			// "denied that it was involved in the strike", "rejected
			// claims that ...": the content denied (denial.go)
			if j, ok := deniedClauseAt(ws, i, fam); ok && e.namedDenier(ws, i, doc, firstPerson) && !unnamedSubject(ws, i) && !unnamedSubject(ws, pastAdverbs(ws, i)) {
				if k, sh, ok := e.deniedKey(ws, j); ok {
					if ws[j-1].low == "that" {
						sh = "that " + sh
					}
					key, show, fam = k, sh, "deny"
					break
				}
			}
		}
		if countedCharge(ws, i+1) {
			key, show, fam = "allegations", "the allegations", "deny" // "denied both allegations" (denial.go)
			break
		}
		h, ok := openHead(ws, i+1)
		if !ok && fam == "deny" {
			h, ok = e.phrasedHead(ws, i+1) // "denied any role in the strike" (denial.go)
		}
		if !ok && possessedCharge(ws, i+1) {
			key, show, fam = "allegations", "the allegations", "deny" // "denied Kell's claims"
			break
		}
		if !ok || fam == "reject" && !chargeWords[ws[h].stem] {
			return Claim{}, false // "rejected the deal" is a refusal (phrase.go)
		}
		if fam == "reject" {
			fam = "deny"
		}
		key, show = e.headKey(ws, i+1, h, fam)
	case "warn":
		j := i + 1
		if p := ws[j].low; p != "of" && p != "against" && p != "about" || ws[j].stop {
			return Claim{}, false // "warned that ...": a clause, no object
		}
		h, ok := openHead(ws, j+1)
		if !ok {
			return Claim{}, false
		}
		key, show = e.headKey(ws, j+1, h, fam)
	case "accuse":
		key, show = e.accusation(ws, i)
	case "call":
		if key, show = e.calledBaseless(ws, i); key != "" {
			fam = "deny" // "called the reports baseless" (denial.go)
			break
		}
		key, show = e.label(ws, i)
	}
	if key == "" {
		return Claim{}, false
	}
	holder := e.holder(ws, i, doc, firstPerson)
	if fam == "deny" && firstPerson == "" {
		if p := pronounSubjectAt(ws, i, firstPerson); p >= 0 && ws[p].low != "they" {
			if h := e.pronounDenier(ws, p, doc); h != "" {
				holder = h // "He denied the charges": the one person charged (denial.go)
			} else if _, n := e.accusedFor(doc, ws[p].low); n > 1 {
				holder = "" // two or more charged: "he" names none of them surely
			}
		}
		if holder == "" {
			holder = e.butSubject(ws, i, doc) // "Kell admitted ..., but denied ..." (denial.go)
		}
		if holder == "" {
			holder = relativeSubject(ws, i) // "Tarel, who denies the charges, ..."
		}
		if holder == "" {
			holder = clauseSubject(ws, i) // "Tarel, who did not answer calls, has denied ..."
		}
		if holder == "" {
			holder = frontedSubject(ws, i) // "Denying he was involved, Tarel said ..."
		}
	}
	if holder == "" || strings.HasPrefix(key, holder+":") || commonHolder(holder, doc, s) || mediumOnly(ws, holder) ||
		!strings.Contains(holder, " ") && strings.HasSuffix(holder, "ly") {
		return Claim{}, false
	}
	phrase := familyPhrase[fam]
	if strings.HasPrefix(w.low, "blam") {
		// keyed as an accusation: "blamed X for" groups with "accused X
		// of"; the new form takes the stricter holders of urged.go
		if ws[i-1].low == "and" || unnamedSubject(ws, i) || firstPerson == "" && !heldInSentence(ws, i, holder, s, doc) {
			return Claim{}, false // "would press ... and blamed Moscow", "Editorial blames"
		}
		phrase = "blames"
	}
	return Claim{
		Key: holder + "|" + fam + "|" + key, Holder: holder, Stance: fam, Object: key,
		Text:     displayIn(holder, s) + " — " + phrase + " " + show,
		Sentence: s,
	}, true
}

var familyPhrase = map[string]string{"deny": "denies", "accuse": "accuses", "warn": "warns of", "vow": "vows",
	"call": "calls"}

// labelSuffixes end the adjectives a label may be ("provocative",
// "dangerous", "unfit" is not read).
var labelSuffixes = []string{"ous", "ive", "ist", "ic", "ible", "able", "ent", "ant"}

// label reads "called Ostmark a rogue state" or "called Valdoria
// provocative": the one labelled, a name right after the verb, and the
// label, a noun phrase after "a"/"an" or an adjective; keyed by the name
// and the label's stem. "" when no name and label follow ("called Kell on
// Friday", "called for talks").
func (e *Extractor) label(ws []word, i int) (string, string) {
	j := i + 1
	if j >= len(ws) || !ws[j].capital || nonNames[ws[j].low] || terms.IsStop(ws[j].low) || isTitle(strings.TrimSuffix(ws[j].low, ".")) {
		return "", ""
	}
	k := j
	for k+1 < len(ws) && k-j < 3 && ws[k+1].capital && !ws[k].stop && !ws[k].possessive {
		k++
	}
	if ws[k].stop || ws[k].possessive || k+1 >= len(ws) {
		return "", ""
	}
	target, targetShow := joinRun(ws[j : k+1])
	if c := canon(target); c != "" {
		target = c
	}
	n := ws[k+1]
	switch {
	case (n.low == "a" || n.low == "an") && !n.stop:
		h, ok := openHead(ws, k+2)
		if !ok || h+1 < len(ws) && !ws[h].stop && !ws[h].quoteEnd && !ws[h+1].capital && !breakers[ws[h+1].low] && !preps[ws[h+1].low] {
			return "", "" // "a good news story": the head is not read
		}
		key, show := e.headKey(ws, k+2, h, "call")
		return target + ":" + key, targetShow + " a " + show
	case !n.capital && !terms.IsStop(n.low) && !breakers[n.low]:
		for _, suf := range labelSuffixes {
			if strings.HasSuffix(n.low, suf) && len(n.low) > len(suf)+3 {
				return target + ":" + n.stem, targetShow + " " + n.low
			}
		}
	}
	return "", ""
}

// headKey is the key and display of an open object whose phrase runs
// from ws[j] to its head ws[h]: the head's stem (the allegations for any
// charge word), the display the phrase without determiners.
func (e *Extractor) headKey(ws []word, j, h int, fam string) (string, string) {
	stem := ws[h].stem
	if chargeWords[stem] && fam == "deny" {
		// "the fraud claims" are the fraud allegations; "the charges"
		// stay unqualified.
		if m := ws[h-1]; h-1 >= j && !npSkip[m.low] && !unspecific[m.low] && !m.capital && !whenHeads[m.low] {
			return "allegations:" + m.stem, "the " + m.low + " allegations"
		}
		return "allegations", "the allegations"
	}
	parts := make([]string, 0, h-j+1)
	for k := j; k <= h; k++ {
		if !npSkip[ws[k].low] {
			parts = append(parts, ws[k].low)
		}
	}
	if fam == "deny" {
		// "denied involvement in the strike" is a denial that it was
		// involved in the strike (denial.go): the phrase's content
		if k, sh := e.deniedPhrase(ws, h); k != "" {
			return k, strings.Join(parts, " ") + " " + sh
		}
	}
	return stem, strings.Join(parts, " ")
}

// accusation reads "accused Valdoria of stalling the talks": the accused,
// a name right after the verb, and the charge after "of", keyed by the
// accused and the stem of the charge's first word (a gerund or a noun's
// head). "" when the accused is no name or no charge follows.
func (e *Extractor) accusation(ws []word, i int) (string, string) {
	j := i + 1
	for j < len(ws) && (ws[j].low == "the" || ws[j].low == "his" || ws[j].low == "her" || ws[j].low == "its") && !ws[j].stop {
		j++
	}
	if j >= len(ws) || !ws[j].capital || nonNames[ws[j].low] || terms.IsStop(ws[j].low) {
		return "", ""
	}
	k := j
	for k+1 < len(ws) && k-j < 3 && ws[k+1].capital && !ws[k].stop && !ws[k].possessive {
		k++
	}
	if ws[k].stop || ws[k].possessive || k+2 >= len(ws) {
		return "", ""
	}
	end := k // the accused; "of" may come after its allies and an adverb
	if x := k + 1; x+2 < len(ws) && ws[x].low == "and" && (ws[x+1].low == "their" || ws[x+1].low == "its") &&
		(ws[x+2].low == "allies" || ws[x+2].low == "partners") && !ws[x+2].stop {
		k = x + 2 // "the USA and their allies"
	}
	for x := 0; x < 2 && k+2 < len(ws) && !ws[k].stop && (ws[k+1].low == "once" || ws[k+1].low == "again" || strings.HasSuffix(ws[k+1].low, "ly")); x++ {
		k++ // "once again", "repeatedly"
	}
	prep := "of"
	if strings.HasPrefix(ws[i].low, "blam") {
		prep = "for" // "blamed Ostmark for the attack"
	}
	if ws[k].stop || k+2 >= len(ws) || ws[k+1].low != prep {
		return "", ""
	}
	target, targetShow := joinRun(ws[j : end+1])
	if c := canon(target); c != "" {
		target = c
	}
	c := k + 2
	for prep == "for" && c+1 < len(ws) && npSkip[ws[c].low] && !ws[c].stop {
		c++ // "blamed Ostmark for the attack"
	}
	if ws[c].low == "being" || ws[c].low == "having" || ws[c].low == "trying" {
		c++ // "of being asleep", "of having lied"
	}
	if c >= len(ws) {
		return "", ""
	}
	charge := ws[c]
	if charge.capital || breakers[charge.low] || terms.IsStop(charge.low) {
		return "", ""
	}
	if !strings.HasSuffix(charge.low, "ing") {
		h, ok := openHead(ws, c)
		if !ok {
			return "", ""
		}
		charge = ws[h]
	}
	var shown []string
	end = min(len(ws), c+4)
	for x := k + 2; x < end; x++ {
		shown = append(shown, ws[x].low)
		if ws[x].stop || x+1 < end && (breakers[ws[x+1].low] || ws[x+1].capital) {
			if x+1 < end && ws[x+1].capital && !ws[x].stop && len(shown) > 1 && x > c {
				shown = shown[:len(shown)-1] // "of intimidating smaller Asian nations": not "of intimidating smaller"
			}
			break
		}
	}
	return target + ":" + charge.stem, targetShow + " " + prep + " " + strings.Join(shown, " ")
}

// commonHolder reports whether a holder is a common noun read off a
// capital at a sentence's start ("Critics accused", "Man denies"): one
// word, no country, that the article also writes in lower case or, a
// plural or a word from outside the sentence (a pronoun's antecedent),
// never writes capitalised inside a sentence; or a run holding a
// function word ("endorse trump are sellouts").
func commonHolder(h string, doc *article, s string) bool {
	if metonyms[h] != "" || isCountry(h) {
		return false
	}
	if strings.Contains(h, " ") {
		for _, f := range strings.Fields(h) {
			if terms.IsStop(f) {
				return true
			}
		}
		return false
	}
	low := doc.lower()
	mid := false // written capitalised inside a sentence somewhere
	for at := 0; ; {
		k := strings.Index(doc.text[at:], h)
		if k < 0 {
			break
		}
		k += at
		end := k + len(h)
		if (k == 0 || !isLetter(doc.text[k-1])) && (end == len(doc.text) || !isLetter(doc.text[end])) {
			return true // "critics" in lower case
		}
		at = end
	}
	for at := 0; ; {
		k := strings.Index(low[at:], h)
		if k < 0 || len(low) != len(doc.text) {
			break
		}
		k += at
		at = k + len(h)
		b := strings.TrimRight(doc.text[:k], " \"'“‘(")
		if b != "" && !strings.ContainsAny(b[len(b)-1:], ".!?\n:") {
			mid = true
			break
		}
	}
	// "Critics", "Members": a plural never written inside a sentence; a
	// word read from elsewhere ("he" -> "Contrary") that is not either.
	return !mid && (strings.HasSuffix(h, "s") || !strings.Contains(strings.ToLower(s), h))
}

func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// modifiedPlural reports whether the stance at ws[i] follows a name
// modifying a plural common noun ("Seoul embassies warned", "Union leaders
// have never trusted him"): the noun, unnamed, holds it.
func modifiedPlural(ws []word, i int) bool {
	for j := i - 1; j > 0 && j >= i-3; j-- {
		w := ws[j]
		if w.stop || w.capital {
			return false
		}
		if strings.HasSuffix(w.low, "s") && !terms.IsStop(w.low) && !stateNouns[w.low] && !strings.HasSuffix(w.low, "ss") {
			return ws[j-1].capital && !ws[j-1].stop
		}
	}
	return false
}
