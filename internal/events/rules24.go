package events

import (
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/sentence"
)

// Rules of the twenty-fourth pass (events6, the held15 tune half: wire
// news of the non-force categories): a crowd counted before its name
// ("Thousands of Tamils demonstrated") acts, and an agentless passive
// release of a group is an event ("the police have been released"). The
// pass's words are in args.go (hijackers, a killer), rules.go
// (irregulars) and triggers.txt.

// crowdQuantities count a crowd that opens a subject ("Thousands of").
var crowdQuantities = map[string]bool{"thousands": true, "hundreds": true, "dozens": true,
	"scores": true, "tens": true, "millions": true}

// countedCrowd reports a mention spanning [p, end) that follows "of" and a
// crowd quantity opening the sentence ("Thousands of Tamils", "Tens of
// thousands of Kurds"; at most one word before the quantity): the counted
// people are the subject, not the object of a preposition ("a protest by
// thousands of Tamils" is not at the sentence's start). A name followed
// by a noun for people only modifies it ("Hundreds of anti-Trump
// protesters").
func countedCrowd(toks []sentence.Token, s sentence.Sentence, p, end int) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > p })
	if i < 2 || !strings.EqualFold(toks[i-1].Text, "of") || !crowdQuantities[strings.ToLower(toks[i-2].Text)] {
		return false
	}
	first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= s.Start })
	q := i - 2
	if q >= 2 && strings.EqualFold(toks[q-1].Text, "of") && crowdQuantities[strings.ToLower(toks[q-2].Text)] {
		q -= 2 // "Tens of thousands of Kurds"
	}
	if q-first > 1 {
		return false // only "Thousands of", "Some thousands of" open the sentence
	}
	j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= end })
	if j < len(toks) {
		w := toks[j].Text
		if lw := strings.ToLower(w); w == lw && (groups[lw] || protesters[lw] || people[lw] || humanPlural(lw)) {
			return false // "Hundreds of anti-Trump protesters": the name modifies the crowd's noun
		}
	}
	return true
}

// releasedPeople reports an agentless passive release (retreat) of a
// group of people ("the police have been released", "the hostages were
// freed"): who was freed is the target, the unnamed captor acts. A named
// person released is mostly let out of prison or on bail ("Gomes had been
// released"), no yielding, and stays no event; so does a thing released
// ("the memos are released").
func releasedPeople(t trigger, typ, target string) bool {
	if typ != "retreat" && typ != "concede" || !freeing(t) {
		return false
	}
	lt := strings.ToLower(target)
	return groups[lt] || protesters[lt] || people[lt] || freedPeople[lt] || humanPlural(lt)
}

// peopleReleased reports a passive release at token i whose subject, just
// before the auxiliaries, names people ("the police have been released",
// "two hostages were freed", "Ivo Marr has been released"): the object a
// release needs (freesPeople) stands before it. "The memos were released"
// names no people.
func peopleReleased(low []string, caps []bool, i int) bool {
	k := i - 1
	if k < 0 || !passiveAux[low[k]] || !strings.HasSuffix(low[i], "ed") {
		return false // "is releasing a new ad": the progressive is active
	}
	for k >= 0 && (passiveAux[low[k]] || haveAux[low[k]]) {
		k--
	}
	if k < 0 {
		return false
	}
	w := low[k]
	return k < len(caps) && caps[k] || groups[w] || people[w] || freedPeople[w] || humanPlural(w)
}

// viewSubjects and viewVerbs open a clause that a bare "agree" takes as a
// view with "that" left out ("agreed it would be cost-effective").
var viewSubjects = map[string]bool{"it": true, "this": true, "there": true, "he": true, "she": true, "they": true}

var viewVerbs = map[string]bool{"would": true, "will": true, "was": true, "is": true, "were": true,
	"are": true, "had": true, "has": true, "should": true, "could": true, "must": true, "might": true}

// viewClause reports a clause of subject pronoun a and verb b after
// "agree": a view agreed with, like "agree that".
func viewClause(a, b string) bool { return viewSubjects[a] && viewVerbs[b] }

// hostageModifier reports "held hostage" right after a noun with no
// auxiliary and before a preposition or the clause's end ("All passengers
// held hostage aboard the plane have been freed"): a reduced passive
// naming the victims, whose captor the sentence does not name here; the
// noun does not act.
func hostageModifier(t trigger, low []string, m match) bool {
	if !hasHead(t, "hold") || low[m.start] != "held" || m.start == 0 || m.end >= len(low) || !strings.HasPrefix(low[m.end-1], "hostage") {
		return false // "held a summit": another act
	}
	prev := low[m.start-1]
	if !isWord(prev) || passiveAux[prev] || haveAux[prev] || auxiliaries[prev] || subjectPronouns[prev] {
		return false // "were held hostage", "they held hostage"
	}
	next := low[m.end]
	return next != "by" && (preps[next] || next == "aboard" || next == "," || next == ".") // "held hostage by Iran": the captor named
}
