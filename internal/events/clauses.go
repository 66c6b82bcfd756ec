package events

// Rules of the tenth events pass (issue 3): clause structure that decides
// whether a trigger is an act and who does it, counted on the spent
// real-news samples and the seeds first (NOTE.md).

import (
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// neitherNor reports a subject "neither X nor Y" before the trigger at i
// ("neither Velsk nor its patrons support the plan"): "nor" and then
// "neither" within twelve tokens before it, with no clause break between.
func neitherNor(low []string, i int) bool {
	nor := false
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		switch low[k] {
		case "nor":
			nor = true
		case "neither":
			return nor
		case ";", ":", ".", "\"", "“", "”":
			return false
		}
	}
	return false
}

// clauseOpeners may stand before a participle that opens a clause.
var clauseOpeners = map[string]bool{",": true, "while": true, "when": true, "after": true,
	"before": true, "by": true, "and": true, "or": true, "as": true, "since": true,
	"without": true, "also": true, "is": true, "are": true, "was": true, "were": true}

// gerundObject reports a mention at byte p that is the object of a
// participle opening a clause (", supplying the Ostrava authorities",
// "while addressing the 10th Forum"), across a determiner or a number.
func gerundObject(toks []sentence.Token, p int) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > p })
	k := i - 1
	for skipped := 0; k >= 0 && skipped < 2; k-- {
		w := strings.ToLower(toks[k].Text)
		if !determiners[w] && w != "its" && w != "their" && w != "his" && w != "her" && !numberWord(w) {
			break
		}
		skipped++
	}
	if k < 1 {
		return false
	}
	w := toks[k].Text
	return len(w) > 4 && strings.HasSuffix(w, "ing") && strings.ToLower(w) == w && isWord(w) && clauseOpeners[strings.ToLower(toks[k-1].Text)]
}

// trimConjunction drops a sentence-initial conjunction that a capital
// letter joined to a name ("Neither Velsk" -> "Velsk").
func trimConjunction(name string) string {
	for _, c := range []string{"Neither ", "Either ", "Both "} {
		if rest, ok := strings.CutPrefix(name, c); ok && rest != "" {
			return rest
		}
	}
	return name
}

// firstConjunct reports the words between two mentions that make the
// first the one named first ("Indian and Pakistani troops", "neither
// Velsk nor its patrons").
func firstConjunct(gap string) bool {
	switch strings.ToLower(strings.TrimSpace(gap)) {
	case "and", "nor", "nor its", "nor their", "nor his", "nor her":
		return true
	}
	return false
}

// requestedThat reports an event whose trigger at token i is the bare
// verb of a that-clause right after an earlier appeal or demand
// ("recommended that they continue hostilities", "demanded that Velsk
// withdraw"): at most three words between "that" and the verb, none a
// break.
func requestedThat(out []Event, e Event, toks []sentence.Token, low []string, i int) bool {
	if i < 2 || strings.HasSuffix(low[i], "ed") || strings.HasSuffix(low[i], "s") {
		return false // "said that Velsk attacked": a report, not a request
	}
	for _, p := range out {
		if (p.Type != "appeal" && p.Type != "demand") || p.End >= e.Start {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if toks[k].End <= p.End {
				break
			}
			if low[k] == "that" {
				return toks[k].Start >= p.End && toks[k].Start-p.End <= 2
			}
			if !isWord(low[k]) || auxiliaries[low[k]] {
				break
			}
		}
	}
	return false
}

// cessations are verbs that ask for or report an act's end.
var cessations = map[string]bool{"cease": true, "ceases": true, "ceased": true,
	"stop": true, "stops": true, "stopped": true, "halt": true, "halts": true,
	"halted": true, "refrain": true, "refrained": true, "desist": true}

// ceased reports a trigger at i within four words after a verb of ending
// ("to cease attempts at undermining Norland", "stopped attacking"): the
// act is what ends, not a report of it. A break (comma, "and") ends the
// scan.
func ceased(low []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if cessations[low[k]] {
			return true
		}
		if !isWord(low[k]) || low[k] == "and" || low[k] == "but" {
			return false
		}
	}
	return false
}

// abstractSuffixes end the nouns of a process or state ("development",
// "stability", "cooperation").
var abstractSuffixes = []string{"ment", "ity", "ion", "ness", "ance", "ence", "th", "ship"}

// abstractContribution reports "contribute to" a process or state ("his
// relations contribute to the development of partnership"): no aid given.
func abstractContribution(t trigger, low []string, m match) bool {
	if t.size != 1 || !hasHead(t, "contribute") || m.end+1 >= len(low) || low[m.end] != "to" {
		return false
	}
	w := low[m.end+1]
	if (w == "the" || w == "a" || w == "an" || w == "its" || w == "their") && m.end+2 < len(low) {
		w = low[m.end+2]
	}
	if w == "peace" || w == "efforts" || w == "progress" || w == "success" || w == "growth" {
		return true
	}
	for _, suf := range abstractSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// participleAdjunct reports a trigger that is a present participle right
// after a comma (or ", and"): an adjunct whose doer is the main clause's
// subject ("Norland shelled the city, killing 12", "working to punish
// Velsk, isolate it, and imposing sanctions").
func participleAdjunct(toks []sentence.Token, i int) bool {
	if i < 2 {
		return false
	}
	w := toks[i].Text
	if len(w) < 5 || !strings.HasSuffix(w, "ing") || strings.ToLower(w) != w {
		return false
	}
	prev := toks[i-1].Text
	return prev == "," || prev == "and" && toks[i-2].Text == ","
}

// asksNothing reports an "ask" whose words up to the next break hold no
// request ("asked Coleman, who said ...", "asked: \"Anybody ...?\""): a
// question, not an appeal. A request has "to", "for", "that" or "about"
// before the break; no break within twelve words decides nothing.
func asksNothing(low []string, i int) bool {
	for k := i; k < len(low) && k < i+12; k++ {
		switch low[k] {
		case "to", "for", "that", "about", "not":
			return false
		case ",", ":", ";", "\"", "“", "”", "?": // not ".": "asked Mr. Comey to"
			return true
		}
	}
	return i >= len(low)
}

// possibilityNouns name an act as possible, wise or feared, not done
// ("the wisdom of launching attacks", "the potential for killing
// civilians").
var possibilityNouns = map[string]bool{"potential": true, "possibility": true,
	"wisdom": true, "prospect": true, "prospects": true, "risk": true, "risks": true,
	"likelihood": true, "feasibility": true, "merits": true, "idea": true,
	"proposal": true, "proposals": true, "plan": true, "plans": true}

// possibleAct reports a trigger right after "of" or "for" that a noun of
// possibility governs, across one modifier.
func possibleAct(low []string, i int) bool {
	for k := i - 1; k >= 1 && k >= i-2; k-- {
		if (low[k] == "of" || low[k] == "for") && possibilityNouns[low[k-1]] {
			return true
		}
		if !isWord(low[k]) {
			return false
		}
	}
	return false
}

// blazeDeterminers before "fire" make it a blaze, not gunfire ("a fire
// at a supermarket", "the fire spread").
var blazeDeterminers = map[string]bool{"a": true, "the": true, "an": true,
	"huge": true, "massive": true, "large": true, "big": true, "major": true}

// blaze reports a force trigger that is a blaze ("investigate a fire at
// a supermarket") or follows one among the twelve words before it ("the
// fire spread through the store, which was destroyed").
func blaze(typ string, low []string, i int) bool {
	if typ != "assault" && typ != "fight" {
		return false
	}
	for k := i; k >= 1 && k >= i-12; k-- {
		if low[k] == "fire" && blazeDeterminers[low[k-1]] {
			return true
		}
	}
	return false
}

// sayingVerbs after "must" make a hedge of the speaker's, not a demand
// ("I must say", "we must admit").
var sayingVerbs = map[string]bool{"say": true, "admit": true, "confess": true,
	"add": true, "note": true, "stress": true}

// laterClauseSubject names the subject of the clause a participle adjunct
// hangs on when that clause is not the sentence's first: a mention right
// after ", and", ", but" or ";" before the participle, followed by a
// lower-case word (its verb), is that subject ("X did A, and Khan has
// emerged as a foil, pushing back against Y" -> Khan). A mention followed
// by a comma or a conjunction is a list item, not a subject.
func laterClauseSubject(text string, toks []sentence.Token, ms []quotes.Mention, s sentence.Sentence, i int) string {
	for k := i - 2; k >= 1; k-- {
		if toks[k].Start < s.Start {
			return ""
		}
		w := strings.ToLower(toks[k].Text)
		if !(w == ";" || (w == "and" || w == "but") && toks[k-1].Text == ",") {
			continue
		}
		if w != ";" && listBefore(toks, ms, k-1) {
			continue // "Norland, Velsk, and Ostrava held drills": a list, not a clause
		}
		j := k + 1
		if j < i && determiners[strings.ToLower(toks[j].Text)] {
			j++
		}
		if j >= i {
			return ""
		}
		in := mentionsIn(ms, toks[j].Start, toks[i].Start)
		if len(in) == 0 || in[0].Start != toks[j].Start {
			return ""
		}
		e := j
		for e < i && toks[e].Start < in[0].End {
			e++
		}
		if e >= i {
			return ""
		}
		next := toks[e].Text
		if next == "" || strings.ToLower(next) != next || !isWord(next) || next == "and" || next == "or" {
			return ""
		}
		return actorName(text, in[0])
	}
	return ""
}

// listBefore reports a comma at toks[c] closing a list item: the mention
// that ends right before it is itself preceded by a comma ("A, B, and C").
func listBefore(toks []sentence.Token, ms []quotes.Mention, c int) bool {
	if c < 1 {
		return false
	}
	end := toks[c-1].End
	in := mentionsIn(ms, 0, end)
	if len(in) == 0 || in[len(in)-1].End != end {
		return false
	}
	start := in[len(in)-1].Start
	for k := c - 1; k >= 1; k-- {
		if toks[k].Start == start {
			return toks[k-1].Text == ","
		}
	}
	return false
}

// possessivePronouns own a noun act ("his visit", "their planned strike").
var possessivePronouns = map[string]bool{"his": true, "her": true, "its": true, "their": true}

// possessiveSubject names the owner of a noun act after a possessive
// pronoun, across at most one lower-case modifier: the subject of the
// clause the pronoun leans on, not the latest name before it ("Speaking
// with the Herald ahead of his visit to Velsk, Dunn said ..." -> Dunn). In
// a phrase fronted before the first comma that is the main clause's
// subject right after that comma. Elsewhere, and when that finds no
// mention, "" (the general rules decide).
func possessiveSubject(text string, toks []sentence.Token, ms []quotes.Mention, s sentence.Sentence, i int) string {
	k := i - 1
	if k >= 1 && !possessivePronouns[strings.ToLower(toks[k].Text)] && isWord(toks[k].Text) && strings.ToLower(toks[k].Text) == toks[k].Text {
		k-- // "his planned visit"
	}
	if k < 0 || !possessivePronouns[strings.ToLower(toks[k].Text)] {
		return ""
	}
	first := 0
	for first < len(toks) && toks[first].Start < s.Start {
		first++
	}
	comma := -1
	for j := first; j < len(toks) && toks[j].Start < s.End; j++ {
		if toks[j].Text == "," {
			comma = j
			break
		}
	}
	if comma > i {
		// the act lies in a fronted phrase: the main clause's subject follows the comma
		j := comma + 1
		if j < len(toks) && determiners[strings.ToLower(toks[j].Text)] {
			j++
		}
		if j >= len(toks) {
			return ""
		}
		if in := mentionsIn(ms, toks[j].Start, s.End); len(in) > 0 && in[0].Start == toks[j].Start {
			return actorName(text, in[0])
		}
		return ""
	}
	// After the comma the latest name is the likelier owner ("X condemned
	// Y for its attack"): the general rules decide.
	return ""
}
