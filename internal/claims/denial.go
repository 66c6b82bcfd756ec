package claims

import (
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/story/terms"
)

// Denials of what is said. "Moscow denied that it was involved in the
// strike", "Moscow denied involvement in the strike", "rejected claims that
// it was involved in the strike", "dismissed reports that it was involved
// in the strike" and "called reports it was involved in the strike
// baseless" are one claim a story follows across outlets: the denier
// denies a thing said. Each is a deny claim of the denier keyed by the
// content stems of what is denied ("moscow|deny|involv+strike"), so the
// wordings group, apart from the denier's or the accuser's statements
// ("says": a denial is a stance claim, never a statement, so Join never
// puts it in a statement's group) and from a plain denial of "the
// allegations", which names no content. A negation inside what is denied
// keeps its mark ("denied that it had not paid": "not-paid"). The
// statement the denial reports is no statement of the denier (unsaid,
// polarity.go).

// denialClauseMax is how many words of a denied clause are read.
const denialClauseMax = 20

// clauseStops end a denied clause: what the denier adds ("but said",
// "saying"), another clause.
var clauseStops = map[string]bool{"but": true, "saying": true, "adding": true, "while": true, "although": true,
	"though": true, "as": true, "whereas": true, "insisting": true, "arguing": true, "calling": true}

// indefinites end in "-ing" but are no gerund: "denied nothing about the
// strike" denies nothing.
var indefinites = map[string]bool{"nothing": true, "anything": true, "something": true, "everything": true}

// grantNouns are what a denial refuses to grant rather than calls untrue:
// "denied landing rights / docking permits / boarding passes to".
var grantNouns = map[string]bool{"right": true, "rights": true, "permit": true, "permits": true,
	"permission": true, "licence": true, "licences": true, "license": true, "licenses": true, "clearance": true,
	"access": true, "pass": true, "passes": true, "privileges": true, "slot": true, "slots": true, "visa": true,
	"visas": true, "entry": true, "space": true, "facilities": true}

// baselessWords call a charge untrue: "called the reports baseless".
var baselessWords = map[string]bool{"baseless": true, "unfounded": true, "groundless": true, "untrue": true,
	"false": true, "fabricated": true, "absurd": true, "ridiculous": true, "nonsense": true, "lies": true,
	"fake": true, "slanderous": true, "defamatory": true}

// deniedKey is the key and display of a denied clause ws[j:]: its content
// stems (all of them up to minGistWords-1, else the gistStems longest),
// sorted, a negated one written "not-". ok is false when the clause says
// fewer than two content stems.
func (e *Extractor) deniedKey(ws []word, j int) (key, show string, ok bool) {
	end := j
	for k := j; k < len(ws) && k < j+denialClauseMax; k++ {
		if k > j && (clauseStops[ws[k].low] || ws[k].low == "and" && k+1 < len(ws) && andNewClause(ws[k+1])) {
			break
		}
		end = k + 1
		if ws[k].stop || ws[k].quoteEnd {
			break
		}
	}
	raws := make([]string, 0, end-j)
	for _, w := range ws[j:end] {
		raws = append(raws, w.raw)
	}
	text := strings.Join(raws, " ")
	stems := e.gistOf(text)
	if len(stems) < 2 && !(len(stems) == 1 && copularOne(ws[j:end])) {
		return "", "", false
	}
	k := append([]string(nil), stems...)
	if len(stems) >= minGistWords {
		k = longest(stems, gistStems)
	}
	sort.Strings(k)
	_, k = e.negatedGist(text, stems, k)
	if len(raws) > 14 {
		raws = append(raws[:12], "…")
	}
	return strings.Join(k, "+"), strings.Join(raws, " "), true
}

// clauseSubjects open a denied clause of one predicate: "denied he was
// involved".
var clauseSubjects = map[string]bool{"he": true, "she": true, "it": true, "they": true, "i": true, "we": true}

// beForms link a subject to its predicate.
var beForms = map[string]bool{"was": true, "is": true, "were": true, "are": true, "been": true}

// pastIrregular are past forms without "-ed" that make a clause of a
// name before them: "denied Varro met the smugglers".
var pastIrregular = map[string]bool{"met": true, "knew": true, "took": true, "gave": true, "paid": true,
	"sent": true, "made": true, "sold": true, "bought": true, "left": true, "hid": true, "stole": true,
	"brought": true, "kept": true, "held": true, "led": true, "wrote": true, "spoke": true, "saw": true,
	"told": true, "said": true, "ran": true, "won": true, "lost": true, "broke": true, "drove": true}

// copularOne reports whether a denied clause is a subject pronoun, a form
// of "to be" and one predicate word, with at most an article between and
// nothing after: "he was involved", "she was a gangster", "that it had
// been responsible". Its one content stem is what is denied (session 20
// keyed no clause of one stem: "denied it happened" says too little to
// group); "involv" groups with "denied any involvement".
func copularOne(ws []word) bool {
	if len(ws) < 3 || len(ws) > 5 || !clauseSubjects[ws[0].low] {
		return false
	}
	k := 1
	if ws[k].low == "had" || ws[k].low == "has" || ws[k].low == "have" {
		k++
	}
	if k >= len(ws) || !beForms[ws[k].low] || ws[k].stop {
		return false
	}
	k++
	if k < len(ws) && (ws[k].low == "a" || ws[k].low == "an") {
		k++
	}
	return k == len(ws)-1
}

// deniedClauseAt reads what a denial verb at ws[i] denies when it is a
// clause rather than a thing: "denied that Y", "denied ever threatening
// Y", "denied he was a gangster", "denied suggestions that Y" / "dismissed
// reports in the press that Y" (a charge and its content). j is where the
// denied clause starts; ok false when none is read.
func deniedClauseAt(ws []word, i int, fam string) (j int, ok bool) {
	n := i + 1
	if n >= len(ws) || ws[i].stop {
		return 0, false
	}
	for n < len(ws) && (ws[n].low == "ever" || strings.HasSuffix(ws[n].low, "ly") && len(ws[n].low) > 4 && !ws[n].stop) {
		n++ // "denied ever threatening", "denied repeatedly that"
	}
	if n >= len(ws) {
		return 0, false
	}
	w := ws[n]
	switch {
	case w.low == "that" && fam == "deny":
		return n + 1, n+1 < len(ws)
	case fam == "deny" && strings.HasSuffix(w.low, "ing") && len(w.low) > 5 && !w.capital:
		// "denied shooting at the officers", "denied having said"; not
		// "denied nothing about the strike" (no denial) nor "denied
		// landing rights to the ferries" (a permission refused: the
		// "-ing" word modifies what is not granted)
		if indefinites[w.low] || !w.stop && n+1 < len(ws) && (grantNouns[ws[n+1].low] || chargeWords[ws[n+1].stem]) {
			return 0, false // also "denies smuggling allegations": the charge, qualified (families.go)
		}
		return n, true
	case fam == "deny" && (w.low == "there" || w.low == "he" || w.low == "she" || w.low == "they" || w.low == "it" || w.low == "we"):
		// "denied there was any danger", "denied he was a gangster": a clause when a verb follows
		if n+1 < len(ws) && !w.stop && (clauseVerbs[ws[n+1].low] || strings.HasSuffix(ws[n+1].low, "ed")) {
			return n, true
		}
		return 0, false
	case fam == "deny" && w.capital && !w.possessive && !w.stop:
		// "denied Varro met the smugglers", "denied Anna Kell had
		// invited them": a name of up to three words, then a finite
		// verb; not "denied Varro bail" (no verb) nor "denied Varro's
		// claims" (a charge, below)
		m := n + 1
		for m < len(ws) && m < n+3 && ws[m-1].capital && !ws[m-1].stop && !ws[m-1].possessive && ws[m].capital {
			m++
		}
		if ws[m-1].stop || ws[m-1].possessive || m >= len(ws) || ws[m].capital {
			return 0, false
		}
		if v := ws[m].low; clauseVerbs[v] || pastIrregular[v] || strings.HasSuffix(v, "ed") && len(v) > 4 && !grantNouns[v] {
			return n, true
		}
		return 0, false
	case fam == "deny" && (w.low == "his" || w.low == "her" || w.low == "its" || w.low == "their") && !w.stop:
		// "denied his campaign colluded with Russia"
		if n+2 < len(ws) && !ws[n+1].stop && (clauseVerbs[ws[n+2].low] || strings.HasSuffix(ws[n+2].low, "ed")) {
			return n, true
		}
		return 0, false
	}
	// a charge and what it says: "denied suggestions that", "rejected
	// claims that", "dismissed a report in the Post that"
	for k := n; k < len(ws) && k < n+5; k++ {
		if ws[k].stop || ws[k].possessive || ws[k].capital && (k == n || !ws[k-1].capital && !npSkip[ws[k-1].low]) {
			break // a name modifies the charge only after a determiner: "a Valdorian press report that"
		}
		if !chargeWords[ws[k].stem] {
			continue
		}
		for m := k + 1; m < len(ws) && m < k+8; m++ {
			if ws[m-1].stop {
				break
			}
			if ws[m].low == "that" {
				return m + 1, m+1 < len(ws)
			}
		}
		break
	}
	return 0, false
}

// calledBaseless reads "called the reports baseless", "called reports
// that Y false": a charge right after "called" and a word calling it
// untrue within eight words. key is the content of the charge's "that"
// clause, or "allegations" when it has none.
func (e *Extractor) calledBaseless(ws []word, i int) (key, show string) {
	j := i + 1
	for j < len(ws) && npSkip[ws[j].low] && !ws[j].stop {
		j++
	}
	h := -1
	for k := j; k < len(ws) && k < j+3; k++ {
		if ws[k].capital {
			return "", ""
		}
		if chargeWords[ws[k].stem] {
			h = k
			break
		}
		if ws[k].stop {
			return "", ""
		}
	}
	if h < 0 {
		return "", ""
	}
	adj := -1
	for k := h + 1; k < len(ws) && k < h+16; k++ {
		if baselessWords[ws[k].low] {
			adj = k
			break
		}
		if ws[k].stop {
			return "", ""
		}
	}
	if adj < 0 {
		return "", ""
	}
	c := h + 1
	if c < adj && ws[c].low == "that" {
		c++
	}
	if c < adj {
		sub := ws[:adj]
		if k, s, ok := e.deniedKey(sub, c); ok {
			return k, "that " + s
		}
	}
	return "allegations", "the allegations"
}

// noTruthAt reads "there is no truth to reports that Y" / "no truth in the
// claims": ws[i] is "truth" after "no"; key is the content the charge
// says, or "allegations".
func (e *Extractor) noTruthAt(ws []word, i int) (key, show string, ok bool) {
	if i == 0 || ws[i-1].low != "no" || i+1 >= len(ws) || ws[i].stop || ws[i+1].low != "to" && ws[i+1].low != "in" {
		return "", "", false
	}
	// "to"/"in" read as a rejecting verb: only a charge and its "that"
	// clause follow ("to reports that Y").
	if j, ok := deniedClauseAt(ws, i+1, "reject"); ok {
		if k, s, ok := e.deniedKey(ws, j); ok {
			return k, "that " + s, true
		}
	}
	if h, ok := openHead(ws, i+2); ok && chargeWords[ws[h].stem] {
		return "allegations", "the allegations", true
	}
	return "", "", false
}

// denialPreps open what a denied thing is about: "involvement in the
// strike", "links to terrorism groups", "contacts with the campaign".
var denialPreps = map[string]bool{"in": true, "with": true, "to": true, "of": true, "on": true}

// deniedPhrase is the key of a denied thing at ws[h] with what follows
// it ("involvement in the strike": "involv+strike"), the head's stem and
// the content stems of the prepositional phrase up to its end, sorted,
// and the phrase's display; "" when no such phrase follows.
func (e *Extractor) deniedPhrase(ws []word, h int) (string, string) {
	if h+2 >= len(ws) || ws[h].stop || ws[h].quoteEnd || !denialPreps[ws[h+1].low] || mediumAdjunct(ws, h+1) {
		return "", "" // "denied his opposition in a CNN interview": where he said it, not what
	}
	stems := []string{ws[h].stem}
	if ws[h].low == "role" || ws[h].low == "part" {
		stems[0] = "involv" // "denied any role in the strike" is "denied involvement in the strike"
	}
	shown := []string{ws[h+1].low}
	for k := h + 2; k < len(ws) && k < h+8; k++ {
		w := ws[k]
		if clauseStops[w.low] || w.low == "that" || clauseOpeners[w.low] || w.low == "and" && k+1 < len(ws) && (andNewClause(ws[k+1]) || clauseVerbs[ws[k+1].low]) || clauseVerbs[w.low] || mediumAdjunct(ws, k) {
			break
		}
		shown = append(shown, w.raw)
		if for1 := e.gistOf(w.low); len(for1) == 1 && !contains(stems, for1[0]) {
			stems = append(stems, for1[0])
		}
		if w.stop || w.quoteEnd {
			break
		}
	}
	if len(stems) < 2 {
		return "", ""
	}
	if len(stems) > gistStems {
		stems = append(stems[:1], longest(stems[1:], gistStems-1)...)
	}
	sort.Strings(stems)
	return strings.Join(stems, "+"), strings.Join(shown, " ")
}

// noTruthClaim is the deny claim of "there is no truth to reports that
// Y" at ws[i] ("truth"): held by the sentence's subject ("Ostmark said
// there was no truth ...") or, in a quote, by its speaker.
func (e *Extractor) noTruthClaim(ws []word, i int, s string, doc *article, firstPerson string) (Claim, bool) {
	key, show, ok := e.noTruthAt(ws, i)
	if !ok || hedged(ws, i, s) || unsaidAt(ws, i) {
		return Claim{}, false
	}
	holder := e.holder(ws, i, doc, firstPerson)
	if holder == "" && firstPerson != "" {
		holder = canon(firstPerson)
	}
	return heldDeny(holder, key, show, s, doc)
}

// andNewClause reports whether the word after "and" opens another clause
// than the denied one: a verb of saying or denial ("and said", "and
// insisted"), or a new subject ("and Moscow has denied", "and he said").
func andNewClause(w word) bool {
	return reportVerbs[w.low] || familyVerbs[w.low] != "" || w.capital || w.low == "he" || w.low == "she" ||
		w.low == "they" || w.low == "we" || w.low == "i"
}

// objectFirstDenial reads a denial whose object comes before the verb at
// ws[i]: "allegations that it funded the strike, which Ostmark denies", "a
// charge Ostmark has denied", "claims that it funded the strike were
// denied by Ostmark". The denier is the name between the relative (or the
// charge) and the verb, or the name after "by"; a pronoun denier only as
// denierPronoun reads it. What is denied is what the charge before says
// (antecedentKey); ok is false when no name denies or the charge says
// nothing but "the charge" with no accusation before it.
func (e *Extractor) objectFirstDenial(ws []word, i int, s string, doc *article, firstPerson string) (Claim, bool) {
	if familyVerbs[ws[i].low] != "deny" || ws[i].low == "denying" || firstPerson != "" ||
		negatedAt(ws, i) || doubted(ws, i) || hedged(ws[i:], 0, s) {
		return Claim{}, false // (the charge before the verb is no hedge: its words are read below)
	}
	var holder string
	var rel int // the last word before the denial's clause
	if i >= 2 && passiveBe[ws[i-1].low] && !ws[i].stop && i+2 < len(ws) && ws[i+1].low == "by" && ws[i+2].capital && !ws[i+1].stop {
		// "claims that ... were denied by Ostmark": the passive's subject
		// is the charge, read from the clause's start
		end := i + 2
		for end+1 < len(ws) && ws[end+1].capital && !ws[end].stop && !ws[end].possessive && end-i < 5 {
			end++
		}
		if ws[i+2].low == "the" || nonNames[ws[i+2].low] || !ws[end].stop && peopleAfter(ws, end+1, len(ws)) {
			return Claim{}, false // "denied by Tarel aides": the aides, not Tarel
		}
		holder = canon(nameEndingAt(ws, end))
		start := i - 1
		for start > 0 && !ws[start-1].stop {
			start--
		}
		key, show := e.chargeContent(ws[:i-1], start, i-2)
		if key == "" {
			return Claim{}, false
		}
		return denyClaim(holder, withoutStem(key, holder), show, s)
	}
	// the verb ends its clause: no object after it
	if !ws[i].stop && !ws[i].quoteEnd && i+1 < len(ws) && !afterObjectless[ws[i+1].low] {
		return Claim{}, false
	}
	b := i - 1
	for b >= 0 && !ws[b].stop && (auxiliaries[ws[b].low] && ws[b].low != "not" || adverb(ws[b].low) || ws[b].low == "always" || ws[b].low == "twice") {
		b--
	}
	if b < 1 || ws[b].stop {
		return Claim{}, false
	}
	accused := ""
	switch {
	case ws[b].low == "he" || ws[b].low == "she":
		rel = b - 1
	case ws[b].capital && !nonNames[ws[b].low] && !ws[b].possessive:
		k := runStart(ws, b)
		rel = k - 1
		holder = canon(nameEndingAt(ws, b))
	default:
		return Claim{}, false
	}
	if rel < 1 || hedged(ws[rel+1:], i-rel-1, s) {
		return Claim{}, false // "a charge Ostmark reportedly denied"
	}
	var key, show string
	switch r := ws[rel]; {
	case (r.low == "which" || r.low == "that") && ws[rel-1].stop && ws[rel-1].low != "that":
		// ", which Ostmark denies": what the clause before says
		key, show, accused = e.antecedentKey(ws, rel-1)
	case r.low == "that" && chargeWords[ws[rel-1].stem] || chargeWords[r.stem] && !r.stop:
		// "a charge (that) Ostmark has denied": an appositive to an
		// accusation before it, or the charge's own content
		h := rel
		if r.low == "that" {
			h = rel - 1
		}
		if h > 0 && (ws[h-1].stop || h > 1 && npSkip[ws[h-1].low] && ws[h-2].stop) {
			c := h - 1
			if !ws[c].stop {
				c--
			}
			key, show, accused = e.antecedentKey(ws, c)
		}
	default:
		return Claim{}, false
	}
	if key == "" {
		return Claim{}, false
	}
	if holder == "" {
		holder = e.denierPronoun(ws, b, doc, accused)
	}
	return heldDeny(holder, key, show, s, doc)
}

// withoutStem drops a one-word denier's name from what a passive denial
// denies ("claims that Ostmark funded the strike were denied by Ostmark"
// denies what "Ostmark denied that it funded the strike" does), keeping
// two stems at least.
func withoutStem(key, holder string) string {
	parts := strings.Split(key, "+")
	if len(parts) <= 2 || strings.Contains(holder, " ") {
		return key
	}
	kept := parts[:0]
	for _, p := range parts {
		if p != holder {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "+")
}

// heldDeny is the deny claim of a denier read from the sentence s: none
// when the denier is no one a reader could follow (commonHolder) or is
// what the key's charge is about ("allegations:ostmark" denied by
// Ostmark).
func heldDeny(holder, key, show, s string, doc *article) (Claim, bool) {
	if holder == "" || commonHolder(holder, doc, s) || strings.HasPrefix(key, holder+":") {
		return Claim{}, false
	}
	return denyClaim(holder, key, show, s)
}

// denyClaim is the deny claim of an object-first denial.
func denyClaim(holder, key, show, s string) (Claim, bool) {
	if holder == "" || key == "" {
		return Claim{}, false
	}
	return Claim{
		Key: holder + "|deny|" + key, Holder: holder, Stance: "deny", Object: key,
		Text:     displayIn(holder, s) + " — denies " + show,
		Sentence: s,
	}, true
}

// deniableNouns are things a denial denies having or doing: "collusion
// with", "involvement in", "links to", "a role in".
var deniableNouns = map[string]bool{"collusion": true, "involvement": true, "links": true, "link": true,
	"ties": true, "role": true, "contacts": true, "contact": true, "connection": true, "connections": true,
	"complicity": true, "participation": true, "responsibility": true, "knowledge": true, "part": true}

// passiveBe are the forms of "be" before a passive denial.
var passiveBe = map[string]bool{"was": true, "were": true, "been": true, "is": true, "are": true}

// afterObjectless are words after a denial verb that leave it with no
// object: "a charge Ostmark denied through its lawyers", "which he denied
// on Monday".
var afterObjectless = map[string]bool{"through": true, "on": true, "in": true, "at": true, "and": true,
	"but": true, "when": true, "after": true, "before": true, "during": true, "last": true, "earlier": true,
	"later": true, "again": true, "repeatedly": true, "strongly": true, "vehemently": true, "for": true}

// antecedentKey is what the clause ending at ws[c] (its last word, a
// comma after it) says is charged: the content of an accusation ("accused
// Ostmark of funding the strike,": accused "ostmark"), of a charge with a
// "that" clause or an "of" phrase ("allegations that it funded the
// strike,"), else the thing the phrase right before names ("collusion with
// the Russians,"). key "" when none is read.
func (e *Extractor) antecedentKey(ws []word, c int) (key, show, accused string) {
	start := c
	for start > 0 && !ws[start-1].stop && c-start < 30 {
		start--
	}
	for k := c - 1; k >= start; k-- {
		w := ws[k]
		if familyVerbs[w.low] == "accuse" && strings.HasPrefix(w.low, "accus") {
			// "accused Ostmark of funding the strike"
			for m := k + 1; m < c && m < k+6; m++ {
				if ws[m].low == "of" {
					if kk, sh, ok := e.deniedKey(ws[:c+1], m+1); ok {
						name := ""
						if ws[k+1].capital {
							end := k + 1
							for end+1 < m && ws[end+1].capital {
								end++
							}
							name = canon(nameEndingAt(ws, end))
						}
						return kk, sh, name
					}
					return "", "", ""
				}
			}
			return "", "", ""
		}
	}
	if key, show := e.chargeContent(ws, start, c); key != "" {
		return key, show, ""
	}
	// "evidence of active collusion with the Russians, which Trump denies";
	// only a thing denials deny ("a ban on fracking in the past, which he
	// denied" denies having supported it, not "fracking in the past")
	for h := c - 1; h >= start && h >= c-6; h-- {
		if denialPreps[ws[h+1].low] && h+1 < c && !ws[h].capital && !npSkip[ws[h].low] && !terms.IsStop(ws[h].low) && len(ws[h].low) > 3 {
			if !deniableNouns[ws[h].low] {
				break
			}
			if k, sh := e.deniedPhrase(ws[:c+1], h); k != "" {
				return k, ws[h].low + " " + sh, ""
			}
			break
		}
	}
	return "", "", ""
}

// chargeContent is what a charge between ws[start] and ws[end] says: the
// clause after "charge that" or the phrase after "charge of"; "" when no
// charge word with either is there.
func (e *Extractor) chargeContent(ws []word, start, end int) (string, string) {
	for k := start; k < end; k++ {
		if !chargeWords[ws[k].stem] || ws[k].stop {
			continue
		}
		n := k + 1
		switch {
		case ws[n].low == "that":
			if kk, sh, ok := e.deniedKey(ws[:end+1], n+1); ok {
				return kk, "that " + sh
			}
		case ws[n].low == "of" && n+1 <= end:
			if kk, sh, ok := e.deniedKey(ws[:end+1], n+1); ok {
				return kk, sh
			}
		}
		return "", ""
	}
	return "", ""
}

// countWords count the charges a denial answers: "denied both
// allegations", "rejected all the charges", "denied the two accusations".
var countWords = map[string]bool{"both": true, "all": true, "two": true, "three": true, "four": true,
	"several": true}

// countedCharge reports whether the phrase at ws[j] counts charges named
// before: "both allegations", "all of the charges", "the two accusations"
// (the plain "denied the allegations").
func countedCharge(ws []word, j int) bool {
	if j < len(ws) && ws[j].low == "the" && !ws[j].stop {
		j++
	}
	if j >= len(ws) || !countWords[ws[j].low] || ws[j].stop {
		return false
	}
	j++
	if j+1 < len(ws) && ws[j].low == "of" && ws[j+1].low == "the" && !ws[j].stop {
		j += 2
	} else if j < len(ws) && ws[j].low == "the" && !ws[j].stop {
		j++
	}
	for k := j; k < len(ws) && k <= j+1; k++ {
		if ws[k].capital {
			return false
		}
		if chargeWords[ws[k].stem] {
			return true
		}
		if ws[k].stop {
			return false
		}
	}
	return false
}

// possessedCharge reports whether the phrase at ws[j] is a name's charge:
// "denied Kell's claims", "rejected Valdoria's accusations".
func possessedCharge(ws []word, j int) bool {
	for j < len(ws) && ws[j].capital && !ws[j].possessive && !ws[j].stop && j < len(ws)-1 {
		j++
	}
	return j+1 < len(ws) && ws[j].possessive && ws[j].capital && chargeWords[ws[j+1].stem]
}

// phrasedHead is the head of a denied thing that names one only with the
// phrase after it: "denied any role in the strike", "denied advance
// knowledge of the break-in" (phrasedHeads alone are vague: "denied any
// improper role" gives none). ok is false when no such head and phrase
// follow ws[j].
func (e *Extractor) phrasedHead(ws []word, j int) (int, bool) {
	for j < len(ws) && npSkip[ws[j].low] && !ws[j].stop {
		j++
	}
	for k := j; k < len(ws) && k < j+3; k++ {
		w := ws[k]
		if w.capital || breakers[w.low] || preps[w.low] {
			return 0, false
		}
		if phrasedHeads[w.low] {
			if key, _ := e.deniedPhrase(ws, k); key != "" {
				return k, true
			}
			return 0, false
		}
		if w.stop {
			return 0, false
		}
	}
	return 0, false
}

// phrasedHeads are vague heads that a denial's phrase makes a thing.
var phrasedHeads = map[string]bool{"role": true, "knowledge": true, "part": true}
