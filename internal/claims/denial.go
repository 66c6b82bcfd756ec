package claims

import (
	"sort"
	"strings"
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
	if len(stems) < 2 {
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
		return n, true // "denied shooting at the officers", "denied having said"
	case fam == "deny" && (w.low == "there" || w.low == "he" || w.low == "she" || w.low == "they" || w.low == "it" || w.low == "we"):
		// "denied there was any danger", "denied he was a gangster": a clause when a verb follows
		if n+1 < len(ws) && !w.stop && (clauseVerbs[ws[n+1].low] || strings.HasSuffix(ws[n+1].low, "ed")) {
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
	for k := n; k < len(ws) && k < n+4; k++ {
		if ws[k].capital || ws[k].stop {
			break
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
	if h+2 >= len(ws) || ws[h].stop || ws[h].quoteEnd || !denialPreps[ws[h+1].low] {
		return "", ""
	}
	stems := []string{ws[h].stem}
	shown := []string{ws[h+1].low}
	for k := h + 2; k < len(ws) && k < h+8; k++ {
		w := ws[k]
		if clauseStops[w.low] || w.low == "that" || clauseOpeners[w.low] || w.low == "and" && k+1 < len(ws) && (andNewClause(ws[k+1]) || clauseVerbs[ws[k+1].low]) || clauseVerbs[w.low] {
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
	if holder == "" || commonHolder(holder, doc, s) || strings.HasPrefix(key, holder+":") {
		return Claim{}, false
	}
	return Claim{
		Key: holder + "|deny|" + key, Holder: holder, Stance: "deny", Object: key,
		Text:     displayIn(holder, s) + " — denies " + show,
		Sentence: s,
	}, true
}

// andNewClause reports whether the word after "and" opens another clause
// than the denied one: a verb of saying or denial ("and said", "and
// insisted"), or a new subject ("and Moscow has denied", "and he said").
func andNewClause(w word) bool {
	return reportVerbs[w.low] || familyVerbs[w.low] != "" || w.capital || w.low == "he" || w.low == "she" ||
		w.low == "they" || w.low == "we" || w.low == "i"
}

// pronounSubject reports whether the subject of the verb at ws[i] is "he",
// "she" or "they" (past auxiliaries and adverbs) outside a quote: on the
// spent samples five of eight such denials went to another person than the
// one who denied ("And he has denied having anything to do with such an
// effort": Manafort, not the article's Mueller), so a denied clause needs
// its denier named.
func pronounSubject(ws []word, i int, firstPerson string) bool {
	if firstPerson != "" {
		return false
	}
	b := i - 1
	for b >= 0 && !ws[b].stop && (auxiliaries[ws[b].low] || adverb(ws[b].low) || ws[b].low == "also" || ws[b].low == "then") {
		b--
	}
	if b < 0 {
		return false
	}
	switch ws[b].low {
	case "he", "she", "they":
		return true
	}
	return false
}

// pastAdverbs is i moved back past the adverbs right before ws[i] ("the
// British royal blankly denied": the index after "royal").
func pastAdverbs(ws []word, i int) int {
	for i > 0 && !ws[i-1].stop && adverb(ws[i-1].low) {
		i--
	}
	return i
}
