package claims

import (
	"strings"

	"github.com/storyline/storyline/internal/story/terms"
)

// The stance phrase: which surface forms of a stance word state a stance,
// and which object heads the phrase after it. Both are read from word
// forms and a few function words; there is no parser.

// nounPreps are the prepositions a stance noun must take to state a stance
// ("readiness for", "opposition to", "rejection of", "insistence on"): a
// noun without one is something else ("opposition leaders", "the support of
// voters", "balk at the demand").
func nounPreps(w word) []string {
	switch w.low {
	case "rejection", "condemnation", "endorsement":
		return []string{"of"}
	case "support", "backing", "demand", "demands", "call", "calls":
		return []string{"for"} // "support to win an election" is no stance
	case "insistence":
		return []string{"on"}
	}
	return []string{"to", "for"}
}

// takesOfOn are the stance words whose complement follows "of" or "on".
var takesOfOn = map[string]bool{"favor": true, "favour": true, "rejection": true, "condemnation": true, "endorsement": true, "insistence": true,
	"insist": true, "insists": true, "insisted": true, "insisting": true}

// verbContext are words after which a bare "support", "demand" or
// "welcome" is a verb; elsewhere it is a noun ("female support on Election
// Day").
var verbContext = map[string]bool{"to": true, "will": true, "would": true, "could": true, "can": true,
	"should": true, "must": true, "may": true, "might": true, "not": true, "n't": true, "also": true,
	"strongly": true, "fully": true, "still": true, "we": true, "i": true, "they": true, "you": true,
	"and": true, "do": true, "does": true, "did": true, "never": true, "cannot": true, "publicly": true,
	"he": true, "she": true, "who": true}

// determiners before a word make it a noun ("the demand", "his support").
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "your": true, "this": true, "that": true, "whose": true, "public": true}

func isNoun(ws []word, i int) bool {
	w := ws[i]
	for _, suf := range []string{"ness", "ion", "ance", "ence", "ment", "al"} {
		if strings.HasSuffix(w.low, suf) && w.low != "open" {
			return true
		}
	}
	if i > 0 && (determiners[ws[i-1].low] || ws[i-1].possessive) {
		return true
	}
	if i > 0 && (ws[i-1].low == "of" || ws[i-1].low == "from") {
		return true
	}
	switch w.low {
	case "support", "demand", "welcome", "call", "backing":
		return i == 0 || !verbContext[ws[i-1].low] && !ws[i-1].capital
	}
	return false
}

// stanceForm reports whether the stance word at ws[i] is used in a form
// that states the stance.
func stanceForm(ws []word, i int) bool {
	w := ws[i]
	next, prev := "", ""
	if i+1 < len(ws) {
		next = ws[i+1].low
	}
	if i > 0 {
		prev = ws[i-1].low
	}
	switch {
	case strings.HasPrefix(w.low, "supporter") || strings.HasPrefix(w.low, "backer"):
		return false // people, not a stance
	case w.stem == "prepar" && w.low != "prepared":
		return false // "to prepare for talks" is an act, not a stance
	case w.stem == "open" && w.low != "open":
		return false
	case w.stem == "back" && w.low != "backs" && w.low != "backed" && w.low != "backing":
		return false // "back to the table" is an adverb
	case w.stem == "oppos" && prev == "as":
		return false // "as opposed to"
	case w.stem == "insist":
		return next == "on"
	case w.stem == "call":
		return next == "for"
	case w.stem == "seek" || w.low == "sought":
		return next != "to" // "sought to broaden the discussion": see infinitive
	}
	if (w.stem == "demand" || w.stem == "urg") && (next == "that" || next == "") {
		return false // "insisted that talks take the form of": a statement, not a demand for talks
	}
	if w.stem == "urg" && urgedPeople[next] {
		return false // "urging those calling for his withdrawal to wait": people urged, no object
	}
	if isNoun(ws, i) {
		for _, p := range nounPreps(w) {
			if next == p {
				return true
			}
		}
		return false
	}
	if needsPrep[w.stem] || w.stem == "readi" || w.low == "willing" || w.stem == "eager" || w.stem == "keen" || w.low == "unwilling" || w.stem == "reluct" {
		return next == "to" || next == "for"
	}
	if w.stem == "welcom" || w.stem == "back" {
		return next != "to" && next != "back"
	}
	return true
}

// urgedPeople are words for the ones urged, after which an urging's
// object is theirs, not the urger's.
var urgedPeople = map[string]bool{"those": true, "them": true, "him": true, "her": true, "us": true,
	"people": true, "voters": true, "everyone": true, "others": true}

// breakers end the phrase after a stance word before its object: a new
// clause or a prepositional phrase that is not the stance's complement.
var breakers = map[string]bool{"in": true, "into": true, "before": true, "after": true, "with": true, "about": true,
	"from": true, "among": true, "at": true, "during": true, "over": true, "than": true, "as": true, "by": true,
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "whether": true, "if": true,
	"because": true, "while": true, "but": true, "to": true, "of": true, "on": true, "following": true,
	"since": true, "until": true, "so": true, "and": true, "or": true, "is": true, "was": true, "are": true,
	"were": true, "be": true, "been": true, "out": true, "up": true, "he": true, "she": true, "they": true,
	"we": true, "i": true, "it": true}

// passPrep are words after which a breaker preposition stays in the phrase
// ("engage in talks", "the resumption of negotiations").
var passPrep = map[string]string{"engage": "in", "engaging": "in", "engaged": "in", "enter": "into",
	"entering": "into", "return": "to", "returning": "to", "resumption": "of", "start": "of", "holding": "of",
	"launch": "of", "beginning": "of", "opening": "of", "resume": "", "down": "to", "calls": "for", "call": "for",
	"demands": "for", "proposal": "for", "proposals": "for", "offer": "of", "offers": "of",
	"stay": "in", "staying": "in", "remain": "in", "remaining": "in", "part": "in", "participate": "in",
	"suspension": "of", "lifting": "of", "end": "to", "cancellation": "of", "scrapping": "of",
	"abandonment": "of", "termination": "of", "repeal": "of"}

// undoNouns undo the object their preposition takes: a call for "the
// lifting of sanctions" or "an end to the truce" opposes it.
var undoNouns = map[string]string{"suspension": "of", "lifting": "of", "end": "to", "cancellation": "of",
	"scrapping": "of", "abandonment": "of", "termination": "of", "repeal": "of"}

// undoAct reports whether ws[j] is a verb that undoes its object
// ("lift", "end", "roll back", "call off"); not one that is the object
// itself ("eager to withdraw": a withdrawal).
func undoAct(ws []word, j int) bool {
	if j >= len(ws) || objectOf(ws, j) != "" {
		return false
	}
	w := ws[j].low
	if undoVerbs[w] {
		return true
	}
	return !ws[j].stop && j+1 < len(ws) && (w == "roll" && ws[j+1].low == "back" || w == "call" && ws[j+1].low == "off" ||
		w == "pull" && ws[j+1].low == "out" || w == "back" && ws[j+1].low == "out")
}

// undone reports whether the phrase after the stance at ws[p] opens with
// an undo noun and its preposition ("calls for an immediate lifting of").
func undone(ws []word, p int) bool {
	j := p + 1
	if j < len(ws) && (ws[j].low == "to" || ws[j].low == "for") {
		j++
	}
	for k := j; k < j+3 && k+1 < len(ws); k++ {
		if prep, ok := undoNouns[ws[k].low]; ok && ws[k+1].low == prep && !ws[k].stop {
			return true
		}
		if ws[k].stop || breakers[ws[k].low] {
			break
		}
	}
	return false
}

// inFavor reports whether ws[i] is the "favor" of "in favor of".
func inFavor(ws []word, i int) bool {
	return (ws[i].low == "favor" || ws[i].low == "favour") && i > 0 && ws[i-1].low == "in" &&
		i+1 < len(ws) && ws[i+1].low == "of" && !ws[i].stop
}

// callNouns are the nouns of a demand whose agent ("by opposition
// leaders", "from Ostmark") may stand before the demanded thing.
var callNouns = map[string]bool{"call": true, "calls": true, "demand": true, "demands": true, "appeal": true,
	"appeals": true, "proposal": true, "proposals": true, "plea": true, "pleas": true, "request": true,
	"requests": true}

// agentEnd is the index of the "to" or "for" that ends an agent starting
// at ws[j] ("by"/"from" and up to four words), 0 when none does.
func agentEnd(ws []word, j int) int {
	for k := j + 1; k < len(ws) && k <= j+5; k++ {
		if ws[k].low == "to" || ws[k].low == "for" {
			return k
		}
		if ws[k].stop || ws[k].quoteEnd || clauseEnds[ws[k].low] {
			return 0
		}
	}
	return 0
}

// maxMods is how many words (a capitalised run counts as one) may stand
// between the stance's preposition and the object's head.
const maxMods = 3

// objectOf maps a word to its canonical object, "" when it is none in this
// position ("a great deal of", "to deal with", "elected officials").
func objectOf(ws []word, j int) string {
	w := ws[j]
	o := objects[w.stem]
	if o == "" {
		return ""
	}
	prev, next := "", ""
	if j > 0 {
		prev = ws[j-1].low
	}
	if j+1 < len(ws) {
		next = ws[j+1].low
	}
	if _, ok := policyForms[w.stem]; ok && !policyObject(ws, j) {
		return ""
	}
	switch w.stem {
	case "elect":
		if w.low != "election" && w.low != "elections" || j > 0 && ws[j-1].possessive {
			return "" // "Khan's election" is his win, not a vote asked for
		}
	case "discuss":
		if w.low != "discussion" && w.low != "discussions" {
			return "" // "refused to discuss the matter"
		}
	case "deal":
		if prev == "to" || prev == "great" || prev == "big" || prev == "good" || next == "of" ||
			next == "with" && !determiners[prev] && !(j > 0 && ws[j-1].possessive) {
			return "" // "to deal with"; "the government's deal with" is one
		}
	case "arrang":
		if w.low != "arrangement" && w.low != "arrangements" {
			return ""
		}
	case "compromis":
		if w.low != "compromise" || !determiners[prev] && prev != "a" {
			return "" // "the compromise", not "refused to compromise"
		}
	case "treati", "treaty":
		if w.low != "treaty" && w.low != "treaties" {
			return ""
		}
	case "accord":
		if w.low != "accord" && w.low != "accords" {
			return "" // "according to", "in accordance with"
		}
	case "ban":
		if w.low != "ban" || prev == "to" || j+1 < len(ws) && objects[ws[j+1].stem] != "" {
			return "" // "to ban", "a test ban treaty": the treaty is the object
		}
	case "resign":
		if w.low != "resignation" {
			return ""
		}
	case "settlement":
		if w.low != "settlement" {
			return "" // "settlements" are most often places
		}
	case "talk":
		if next == "about" {
			return ""
		}
	case "negoti":
		if w.low == "negotiated" || w.low == "negotiating" && j+1 < len(ws) && objects[ws[j+1].stem] != "" {
			return "" // "a negotiated settlement": the settlement is the object
		}
	}
	return o
}

// phrase finds the object of the stance word at ws[i] and, for agreements
// and memberships, a qualifier naming which one ("trade", "Puerto Rico",
// "NATO"), with its display form. ok is false when no object heads the
// phrase.
func (e *Extractor) phrase(ws []word, i int) (obj, qual, qualShow string, ok bool) {
	j := i + 1
	if j < len(ws) && !ws[i].stop {
		switch ws[j].low {
		case "to", "for":
			j++
		case "of", "on":
			if takesOfOn[ws[i].low] {
				j++
			}
		case "in", "into", "with":
			if _, ok := gerundStance(ws, i); ok {
				j++ // "staying in the deal"
			}
		}
	}
	if ws[i].stop {
		return "", "", "", false
	}
	if j > i+1 && ws[i+1].low == "to" && undoAct(ws, j) {
		// "ready to lift the sanctions", "refused to end the talks",
		// "reluctance to roll back tariffs": the stance is on undoing the
		// object, not on it
		return "", "", "", false
	}
	mods := 0
	lastCap := -1 // start of the last capitalised run passed
	skipped := 0  // words of an agent passed ("calls by opposition leaders to")
	for ; j < len(ws) && j <= i+e.opts.Window+skipped; j++ {
		w := ws[j]
		if o := objectOf(ws, j); o != "" && o != "peace" {
			qual, qualShow = qualifier(ws, i, j, lastCap, o)
			if o == "settlement" && qual == "" {
				qual, qualShow = dealParty(ws, j) // "a nuclear agreement with Iran"
			}
			if o == "negotiations" {
				qual, qualShow = partner(ws, j)
			}
			return o, qual, qualShow, true
		} else if o == "peace" {
			obj = "peace"
		}
		if w.stop || w.quoteEnd {
			break
		}
		if breakers[w.low] && !w.capital {
			if j > 0 && passPrep[ws[j-1].low] == w.low {
				continue
			}
			if callNouns[ws[j-1].low] {
				if w.low == "to" {
					continue // "calls to hold elections"
				}
				if k := agentEnd(ws, j); k > 0 && (w.low == "by" || w.low == "from") {
					skipped += k - j
					j = k // "calls by opposition leaders to hold elections"
					continue
				}
			}
			break
		}
		if w.capital {
			if j == i+1 || !ws[j-1].capital || ws[j-1].possessive {
				mods++
				lastCap = j
			}
		} else {
			mods++
		}
		if mods > maxMods+1 {
			break
		}
	}
	return obj, "", "", obj != ""
}

// unspecific are modifiers that say nothing about which agreement is meant.
var unspecific = map[string]bool{"new": true, "bad": true, "good": true, "final": true, "bipartisan": true,
	"proposed": true, "possible": true, "current": true, "existing": true, "comprehensive": true, "any": true,
	"such": true, "the": true, "a": true, "an": true, "this": true, "that": true, "its": true, "his": true,
	"her": true, "their": true, "our": true, "signature": true, "landmark": true, "broader": true, "lasting": true,
	"formal": true, "historic": true, "previous": true, "most": true, "all": true, "year": true, "month": true,
	"million": true, "billion": true, "trillion": true, "percent": true, "side": true, "negotiated": true}

// qualifier names which agreement or membership the head at ws[h] is: a
// capitalised run before it or ending at it ("the Puerto Rico debt deal",
// "the North American Free Trade Agreement", "Ukraine's NATO
// membership"), else the modifier right before it ("bad trade deals").
func qualifier(ws []word, i, h, lastCap int, obj string) (string, string) {
	switch obj {
	case "ban":
		q, show := whose(ws, h)
		if len(q) > 4 && strings.HasSuffix(q, "s") && !strings.Contains(q, " ") {
			q = strings.TrimSuffix(q, "s") // "a ban on Muslims" is "the Muslim ban"
		}
		return q, show
	case "resignation":
		return whose(ws, h)
	case "settlement", "membership":
	default:
		if !policyNeedsQual[obj] {
			return "", ""
		}
	}
	if ws[h].capital {
		k := h
		for k > i+1 && ws[k-1].capital && !ws[k-1].possessive && !ws[k-1].stop {
			k--
		}
		if k < h {
			return qualRun(ws[k:h])
		}
	}
	if lastCap > i {
		k := lastCap
		for k+1 < h && ws[k+1].capital && !ws[k].possessive {
			k++
		}
		return qualRun(ws[lastCap : k+1])
	}
	if h-1 > i {
		m := ws[h-1]
		low := strings.TrimPrefix(m.low, "free-")
		if !unspecific[low] && low != "to" && low != "for" && low != "of" && (low[0] < '0' || low[0] > '9') {
			return low, low
		}
	}
	return "", ""
}

// whose names what a ban bans or whose resignation is asked ("a ban on
// Muslims", "the Muslim ban", "Abe's resignation", "the resignation of
// President Kell"): a name after "on" or "of" (past titles, determiners and
// "all"), or a capitalised word right before the head. "" when the
// sentence names none: such an object makes no claim.
func whose(ws []word, h int) (string, string) {
	if h > 0 && ws[h-1].capital && !ws[h-1].stop {
		return joinRun(ws[h-1 : h])
	}
	if h+2 >= len(ws) || ws[h].stop || (ws[h+1].low != "on" && ws[h+1].low != "of") {
		return "", ""
	}
	j := h + 2
	for j < len(ws) && j < h+5 && (determiners[ws[j].low] || ws[j].low == "a" || ws[j].low == "all" ||
		ws[j].capital && isTitle(strings.TrimSuffix(ws[j].low, "."))) {
		j++
	}
	if j >= len(ws) || !ws[j].capital || terms.IsStop(ws[j].low) {
		return "", ""
	}
	k := j
	for k+1 < len(ws) && k-j < 2 && ws[k+1].capital && !ws[k].stop && !ws[k].possessive {
		k++
	}
	low, show := joinRun(ws[j : k+1])
	if c := canon(low); c != "" && !strings.Contains(c, " ") {
		low = c // "President Enrique Pena Nieto" -> "nieto"
	}
	return low, show
}

// qualRun is joinRun for a qualifier: a seat of government names the
// place an agreement was made ("the Paris agreement", "the Minsk
// accords"), not its country.
func qualRun(run []word) (string, string) {
	if len(run) == 1 && seats[run[0].low] {
		return run[0].low, run[0].raw
	}
	return joinRun(run)
}

func joinRun(run []word) (string, string) {
	low := make([]string, 0, len(run))
	raw := make([]string, 0, len(run))
	for _, w := range run {
		low = append(low, strings.TrimPrefix(w.low, "free-"))
		raw = append(raw, w.raw)
	}
	q := strings.Join(low, " ")
	if m := metonyms[q]; m != "" {
		return m, display(m)
	}
	return q, strings.Join(raw, " ")
}

// clauseEnds end the search for a negotiation's partner.
var clauseEnds = map[string]bool{"that": true, "which": true, "who": true, "but": true, "because": true,
	"while": true, "since": true, "said": true, "says": true, "although": true, "though": true, "if": true}

// partner names whom or what negotiations at ws[h] are with or about: the
// first name within six words after the head ("talks with Ostmark",
// "negotiations regarding its attack on Valdoria"), so that talks with
// different parties stay apart. "" when none is named.
func partner(ws []word, h int) (string, string) {
	if ws[h].stop || ws[h].quoteEnd {
		return "", ""
	}
	for x := h + 1; x < len(ws) && x <= h+6; x++ {
		w := ws[x]
		if clauseEnds[w.low] {
			break
		}
		if w.capital && !nonNames[w.low] && !isTitle(strings.TrimSuffix(w.low, ".")) && !terms.IsStop(w.low) {
			k := x
			for k+1 < len(ws) && k-x < 3 && ws[k+1].capital && !ws[k].stop && !ws[k].possessive {
				k++
			}
			return joinRun(ws[x : k+1])
		}
		if w.stop || w.quoteEnd {
			break
		}
	}
	return "", ""
}
