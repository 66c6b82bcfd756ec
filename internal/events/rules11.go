package events

import (
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/quotes"
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
// "averting a war", "ensure the withdrawal", "arranging a meeting with X",
// "planning an attack" ("pursue talks" is intent, not here; "planned" and
// "scheduled" are often adjectives: "his planned visit" is intent).
var goalVerbs = map[string]bool{"prevent": true, "prevents": true, "prevented": true, "preventing": true,
	"avert": true, "averts": true, "averted": true, "averting": true,
	"avoid": true, "avoids": true, "avoided": true, "avoiding": true,
	"ensure": true, "ensures": true, "ensuring": true,
	"risk": true, "risks": true, "risking": true,
	"arrange": true, "arranges": true, "arranged": true, "arranging": true,
	"schedule": true, "schedules": true, "scheduling": true, "planning": true}

// goalObject reports a trigger that is the object of a goal verb,
// across a determiner, a possessor and modifiers ("to avert a costly
// war", "to achieve Norland's strategic defeat"): a goal, not an act.
// "achieve" is a goal only as an infinitive ("achieved a ceasefire" is
// done).
func goalObject(t trigger, low []string, i int) bool {
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
// Weekdays count too.
var timeNouns = map[string]bool{"yesterday": true, "today": true,
	"tonight": true, "week": true, "weekend": true, "month": true, "year": true, "night": true}

// datedReference reports a one-word trigger after a time possessive
// ("two officers involved in Saturday's shooting were arrested"): an act
// the article has reported before, named again as a reference.
func datedReference(t trigger, low []string, i int) bool {
	if t.size != 1 || i == 0 || timeOpener(low, i) && harmAfter(low, i+1, i+16) {
		return false // "Sunday's attack on the embassy killed three guards" reports it (rules26.go)
	}
	w := low[i-1]
	if (w == "'s" || w == "’s") && i >= 2 {
		w = low[i-2]
	} else if p := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"); p != w {
		w = p
	} else {
		return false
	}
	return timeNouns[w] || weekdays[w]
}

// dayParts follow a weekday in a time modifier ("the Friday night
// shooting").
var dayParts = map[string]bool{"night": true, "morning": true, "afternoon": true, "evening": true}

// datedModifier reports a one-word trigger after "the" and a weekday used
// as a modifier ("the victim of the Friday night shooting", "the Monday
// attack"): a known act named again, as with a time possessive.
func datedModifier(t trigger, low []string, i int) bool {
	if t.size != 1 || i < 2 {
		return false
	}
	k := i - 1
	if dayParts[low[k]] {
		k--
	}
	return k >= 1 && k < i && weekdays[low[k]] && low[k-1] == "the"
}

// weekdays name the days of the week (lower case).
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// timeOf are the phrases ending in "of" or "to" that make the noun phrase
// after them a time ("ahead of the summit", "in the wake of the attack",
// "prior to the shooting"), as reference's time words do.
var timeOf = map[[2]string]bool{{"ahead", "of"}: true, {"wake", "of"}: true, {"aftermath", "of"}: true,
	{"eve", "of"}: true, {"prior", "to"}: true, {"run-up", "to"}: true, {"lead-up", "to"}: true}

// timePhrase reports a one-word trigger after such a phrase and "the",
// "a" or "this" ("immediately prior to the shooting").
func timePhrase(t trigger, low []string, i int) bool {
	if t.size != 1 || i < 3 {
		return false
	}
	switch low[i-1] {
	case "the", "a", "an", "this", "that", "last":
		return timeOf[[2]string{low[i-3], low[i-2]}]
	}
	return false
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

// bareDerived reports a one-word trigger of the CAMEO-derived tier with no
// doer right before it: the tokens before it, past auxiliaries, modals,
// negations, adverbs and quotation marks, end in neither a mention, a
// pronoun nor a group noun ("Mobile phone service between Europe and
// Asia", "suffered smashed windows", "in Donald Trump's favor"). The
// CAMEO dictionary's verbs are political acts only with their actor as
// subject ("Norland's troops fired", "the navy says it fired", "North
// Korea will join"); a passive with a by-phrase keeps its agent.
func bareDerived(t trigger, toks []sentence.Token, low []string, i int, ms []quotes.Mention) bool {
	if !t.derived || t.size != 1 || i == 0 {
		return false
	}
	if low[i-1] == "to" || i >= 2 && low[i-2] == "to" {
		return false // "officers used a Taser to subdue him", "said it would be ready to use force": the clause's subject acts
	}
	k := i - 1
	verb := false // one light verb after a modal may come between ("it would use force")
	for ; k >= 0 && k >= i-18; k-- {
		w := low[k]
		if !verb && k == i-1 && k >= 1 && isWord(w) && (modalVerbs[low[k-1]] || low[k-1] == "will" || low[k-1] == "would") {
			verb = true
			continue
		}
		if asideDash(w) {
			for k > 0 && asideDash(low[k-1]) {
				k-- // "--" comes as two tokens
			}
			for k--; k > 0 && k > i-16 && !asideDash(low[k]); k-- {
			}
			for k > 0 && asideDash(low[k-1]) {
				k--
			}
			continue // "a gang of thieves -- two of them disguised as guards -- stole": on past the aside
		}
		if k >= 1 && (weekdays[w] || timeNouns[w]) && (low[k-1] == "on" || low[k-1] == "last" || low[k-1] == "this") {
			k-- // "thieves -- on Thursday stole"
			continue
		}
		if frequency[w] || auxiliaries[w] && w != "who" && w != "which" && w != "that" && w != "and" && w != "or" || modalVerbs[w] || negators[w] || headAdverbs[w] ||
			strings.HasSuffix(w, "ly") && len(w) > 4 || strings.HasSuffix(w, "n't") || w == "\"" || w == "“" || w == "”" || w == "'ll" || w == "been" || w == "be" {
			continue
		}
		break
	}
	if k < 0 {
		return true
	}
	w := low[k]
	if pronounHeads[w] && w != "there" && w != "here" && w != "what" || groups[w] || people[w] || protesters[w] || militaryWords[w] || alliesWords[w] {
		return false
	}
	if w == "'s" || w == "’s" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return true // "in Norland's favor": a possessed noun, no doer
	}
	if k >= 1 && isWord(toks[k].Text) && toks[k].Text == w && inMention(ms, toks[k-1].Start) {
		return false // "Ukrainian drones hit", "Norland's jets struck": a head noun its name modifies
	}
	if pluralNoun(w) && toks[k].Text == w {
		return false // "a gang of four thieves -- ... -- stole": a plural subject noun
	}
	if passiveAux[w] || w == "by" {
		return false // "had been commandeered hours earlier by pirates": the passive's agent decides
	}
	return len(mentionsIn(ms, toks[k].Start, toks[k].End+1)) == 0 && !inMention(ms, toks[k].Start)
}

// inMention reports a mention covering byte p.
func inMention(ms []quotes.Mention, p int) bool {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > p })
	return i < len(ms) && ms[i].Start <= p
}

// frequency adverbs sit between a subject and its verb ("Norland has
// always advocated").
var frequency = map[string]bool{"always": true, "often": true, "long": true, "ever": true,
	"once": true, "twice": true, "first": true, "since": true, "duly": true}

// asideDash reports a dash that opens or closes an aside.
func asideDash(w string) bool { return w == "-" || w == "--" || dash(w) }

// notPlural are words in -s that are no plural nouns.
var notPlural = map[string]bool{"its": true, "his": true, "hers": true, "ours": true, "theirs": true,
	"this": true, "thus": true, "does": true, "always": true, "perhaps": true, "whereas": true,
	"less": true, "news": true, "unless": true, "across": true, "towards": true, "afterwards": true}

// pluralNoun reports a lower-case word that looks like a plural noun
// ("thieves", "officials"), which may head a subject.
func pluralNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") &&
		!strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "ous") && isWord(w) && !notPlural[w]
}

// anyAct reports a trigger after "any", across one modifier
// ("any meeting with Mr. Dunn", "any military attack"): an act spoken of,
// not one reported.
func anyAct(t trigger, low []string, i int) bool {
	if i == 0 {
		return false
	}
	return low[i-1] == "any" || i >= 2 && low[i-2] == "any" && isWord(low[i-1])
}
