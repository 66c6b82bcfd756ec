package events

import (
	"strings"

	"github.com/storyline/storyline/internal/sentence"
)

// Rules of the eleventh events pass (issue 3): fewer events that a reader
// would take for acts when the sentence reports none.

// pronounHeads are words that head a subject without naming anyone: an
// unresolved pronoun ("They must also involve ...") or an indefinite one
// ("someone shot him") is no actor a reader can use.
var pronounHeads = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true,
	"it": true, "they": true, "this": true, "that": true, "these": true, "those": true,
	"one": true, "someone": true, "somebody": true, "anyone": true, "anybody": true,
	"everyone": true, "everybody": true, "nobody": true, "none": true, "something": true,
	"there": true, "here": true, "what": true, "which": true, "who": true}

// derivedGerund reports a one-word trigger of the CAMEO-derived tier in
// -ing form that no form of "be" carries ("punishing import duties", "a
// compelling narrative", "discouraging them from investing"): the CAMEO
// dictionary lists verbs, and outside a progressive an -ing word is an
// adjective, a gerund or a participle adjunct whose doer the sentence
// rarely names. "Norland is punishing its neighbour" stays.
func derivedGerund(t trigger, low []string, i int) bool {
	if !t.derived || t.size != 1 || !strings.HasSuffix(low[i], "ing") || len(low[i]) < 6 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch low[k] {
		case "is", "are", "was", "were", "been", "be", "'s", "’s", "'re", "’re":
			return false
		}
		if !strings.HasSuffix(low[k], "ly") && low[k] != "not" && low[k] != "still" && low[k] != "also" {
			break
		}
	}
	return true
}

// goalVerbs take an act as a goal, not as done: "to prevent an attack",
// "averting a war", "ensure the withdrawal" ("pursue talks" is intent,
// not here).
var goalVerbs = map[string]bool{"prevent": true, "prevents": true, "prevented": true, "preventing": true,
	"avert": true, "averts": true, "averted": true, "averting": true,
	"avoid": true, "avoids": true, "avoided": true, "avoiding": true,
	"ensure": true, "ensures": true, "ensuring": true,
	"risk": true, "risks": true, "risking": true}

// goalObject reports a one-word trigger that is the object of a goal verb,
// across a determiner, a possessor and modifiers ("to avert a costly
// war", "to achieve Norland's strategic defeat"): a goal, not an act.
// "achieve" is a goal only as an infinitive ("achieved a ceasefire" is
// done).
func goalObject(t trigger, low []string, i int) bool {
	if t.size != 1 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := low[k]
		if goalVerbs[w] || w == "achieve" && k > 0 && low[k-1] == "to" {
			return true
		}
		if bare := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"); !isWord(bare) && w != "'s" && w != "’s" || preps[w] || auxiliaries[w] || negators[w] {
			return false
		}
	}
	return false
}

// linkingVerbs hold a state, not an act, in a participle after them:
// "stand united", "remained divided", "stood accused".
var linkingVerbs = map[string]bool{"stand": true, "stands": true, "stood": true, "standing": true,
	"remain": true, "remains": true, "remained": true, "remaining": true}

// linkedState reports a one-word -ed trigger right after a linking verb in
// lower case ("Norland and Velsk stand united"); with an agent after it
// the act is reported ("schools remain occupied by students").
func linkedState(t trigger, toks []sentence.Token, low []string, i int) bool {
	if t.size != 1 || i == 0 || !strings.HasSuffix(low[i], "ed") || !linkingVerbs[low[i-1]] || toks[i-1].Text != low[i-1] {
		return false
	}
	return i+1 >= len(low) || low[i+1] != "by"
}

// timeNouns possess a known act in a time phrase ("Saturday's shooting",
// "last week's summit", "yesterday's protests").
var timeNouns = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "yesterday": true, "today": true,
	"tonight": true, "week": true, "weekend": true, "month": true, "year": true, "night": true}

// datedReference reports a one-word trigger after a time possessive
// ("two officers involved in Saturday's shooting were arrested"): an act
// the article has reported before, named again as a reference.
func datedReference(t trigger, low []string, i int) bool {
	if t.size != 1 || i == 0 {
		return false
	}
	w := low[i-1]
	if (w == "'s" || w == "’s") && i >= 2 {
		w = low[i-2]
	} else if p := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"); p != w {
		w = p
	} else {
		return false
	}
	return timeNouns[w]
}

// venueSpeech are verbs of speech; an act noun after them and "at" is the
// setting of the speech ("said at a rally in Ohio").
var venueSpeech = map[string]bool{"said": true, "says": true, "told": true, "repeated": true,
	"added": true, "declared": true, "announced": true, "spoke": true, "speaking": true,
	"remarked": true, "insisted": true, "stated": true, "vowed": true, "promised": true}

// venueNoun reports a one-word trigger in an "at a/the ..." phrase right
// after a verb of saying ("Rubio said at a March 5 rally in Florida",
// "he repeated at a rally"): where the words were spoken, not an act.
func venueNoun(t trigger, low []string, i int) bool {
	if t.size != 1 {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if low[k] == "at" {
			return venueSpeech[low[k-1]] && k < i-1
		}
		if low[k] == "," || low[k] == "." || low[k] == ";" || venueSpeech[low[k]] {
			return false
		}
	}
	return false
}

// chargedWith reports a one-word "charge" typed as an accusation whose
// "with" comes past the trigger pattern's four-word gap ("police have
// arrested and charged Ann Lee Moss, 61, with two counts of murder"): a
// legal charge (CAMEO 173, coercion), as "charge ... with" is.
func chargedWith(t trigger, low []string, m match) bool {
	if t.size != 1 || t.typ != "disapprove" || !hasHead(t, "charge") || m.start+1 >= len(low) || low[m.start] == "charge" || low[m.start] == "charges" {
		return false
	}
	for k := m.end; k < len(low) && k <= m.end+10; k++ {
		switch low[k] {
		case "with":
			return true
		case ".", ";", "that", "of":
			return false
		}
	}
	return false
}
