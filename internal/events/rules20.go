package events

import "strings"

// Twentieth pass (issue 3, plover3): general readings found by probing
// fictional wire sentences of the test half's types (NOTE.md).

// timeSkip returns the index after a time adjunct that stands between a
// trigger's head at i-1 and its next word at i ("called Thursday on
// Velsk", "called yesterday for talks", wire style), when the word after
// it matches e (at most four words of weekdays and adjunctTimes); else i.
func timeSkip(e elem, low []string, i int) int {
	if i >= len(low) || !adjunctTimes[low[i]] && !weekdays[low[i]] || e.match(low[i]) {
		return i
	}
	for k := i + 1; k < len(low) && k <= i+4; k++ {
		if e.match(low[k]) {
			return k
		}
		if !adjunctTimes[low[k]] && !weekdays[low[k]] {
			break
		}
	}
	return i
}

// seizedProperty are things seized that are property, not ground or
// people: seizing them is coercion (CAMEO 171, "seize or damage
// property"), not a battle.
var seizedProperty = map[string]bool{"ship": true, "ships": true, "tanker": true, "tankers": true,
	"vessel": true, "vessels": true, "boat": true, "boats": true, "trawler": true, "trawlers": true,
	"freighter": true, "freighters": true, "yacht": true, "cargo": true, "cargoes": true,
	"shipment": true, "shipments": true, "assets": true, "property": true, "properties": true,
	"goods": true, "vehicles": true, "trucks": true, "lorries": true, "equipment": true}

// seizesProperty reports a one-word seizure or capture whose object,
// within four words, is property ("the navy seized a Velsk fishing
// boat"); ground and positions stay fights, people are capturesPeople's.
func seizesProperty(t trigger, low []string, m match) bool {
	if t.size != 1 || m.end-m.start != 1 || !hasHead(t, "seize") && !hasHead(t, "capture") {
		return false
	}
	for k := m.end; k < len(low) && k < m.end+5; k++ {
		if seizedProperty[low[k]] {
			return true
		}
		if low[k] == "," || low[k] == "." || low[k] == ";" || low[k] == "from" || low[k] == "in" || low[k] == "near" {
			return false
		}
	}
	return false
}

// relativeVerb reports a trigger that is the verb of a relative clause
// with no comma before it: "who" or "which" right before the trigger or
// before one or two auxiliaries ("demonstrators who were demanding new
// elections", "the militia which had attacked the town"): the clause
// describes a noun of the main clause, whose own verb is the main event.
func relativeVerb(low []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch {
		case low[k] == "who" || low[k] == "which":
			return k > 0 && low[k-1] != "," && isWord(low[k-1]) && !reportWords[low[k-1]]
		case passiveAux[low[k]] || haveAux[low[k]] || low[k] == "been" || low[k] == "being":
			continue
		}
		return false
	}
	return false
}

// reportWords before "who"/"which" open an indirect question ("asked who
// had attacked"), not a relative clause.
var reportWords = map[string]bool{"asked": true, "ask": true, "know": true, "knew": true,
	"unclear": true, "decide": true, "determine": true, "investigating": true, "on": true,
	"about": true, "of": true, "to": true, "and": true, "or": true, "but": true}

// monthNames, lower-case, with their common abbreviations.
var monthNames = map[string]bool{"january": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// firedOnDate reports "fired on" followed by a date ("O'Brien, fired on
// June 8, is suing"): a dismissal dated, not shooting.
func firedOnDate(low []string, m match) bool {
	k := m.start + 2
	if m.end-m.start != 2 || k >= len(low) || low[m.start+1] != "on" {
		return false
	}
	w := strings.TrimSuffix(low[k], ".")
	return monthNames[w] || weekdays[w] || strings.Trim(w, "0123456789") == ""
}

// namedCrime reports the bare noun "murder" or "murders" naming the crime
// rather than an act done in the sentence ("the June 24, 2005 murder",
// "attempted murder of a man", "rising murder rates", "murder of a peace
// officer" in a list of charges): in the spent real samples all such
// events were wrong (4 of 4). The verb stays: "murdered", "to murder",
// "they murder".
func namedCrime(t trigger, low []string, m match) bool {
	if t.size != 1 || m.end-m.start != 1 || low[m.start] != "murder" && low[m.start] != "murders" {
		return false
	}
	if m.start == 0 {
		return true
	}
	switch p := low[m.start-1]; {
	case p == "to" || p == "not" || p == "n't" || modalWords[p] || subjectPronouns[p] && p != "that":
		return false
	}
	return true
}

// legalAppeal reports the noun "appeal" or "appeals" that asks no one
// anything: a court appeal or an attraction ("await his appeal", "an
// aggressive appeal of the ruling", "Jackman's international appeal will
// help"), as opposed to "an appeal for calm", "appeals to Velsk" and
// "despite repeated appeals" (a plea named without its object).
func legalAppeal(t trigger, low []string, m match) bool {
	if t.size != 1 || m.end-m.start != 1 || low[m.start] != "appeal" && low[m.start] != "appeals" || m.start == 0 {
		return false
	}
	p := low[m.start-1]
	if p == "to" || p == "not" || modalWords[p] || subjectPronouns[p] && p != "that" || p == "repeated" || p == "despite" {
		return false
	}
	if m.end < len(low) {
		switch low[m.end] {
		case "for", "to", "from", "by":
			return false
		}
	}
	return m.end < len(low) && isWord(low[m.end])
}

// campaignWords before "debate" make it a candidates' debate, a campaign
// event and no consultation between the parties (CAMEO 04).
var campaignWords = map[string]bool{"presidential": true, "primary": true, "gop": true,
	"republican": true, "democratic": true, "democrat": true, "televised": true,
	"vice-presidential": true, "mayoral": true, "candidates": true, "tv": true, "leadership": true}

// campaignDebate reports a "debate" trigger with a campaign word within
// the three words before it ("the last Republican presidential debate",
// "Saturday night's GOP debate"): spent samples 2 wrong, none right.
func campaignDebate(t trigger, low []string, m match) bool {
	if !hasHead(t, "debate") {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
		if campaignWords[low[k]] {
			return true
		}
	}
	return false
}

// onPatrol reports a "patrol" noun after "on" and at most one modifier
// ("INS Mysore, on anti-piracy patrol in the area, ..."): a state of the
// forces named, not a deployment made (spent samples: 1 wrong; "launched
// anti-piracy patrols" and "are patrolling the shipping lanes" stay).
func onPatrol(t trigger, low []string, m match) bool {
	if !hasHead(t, "patrol") || low[m.start] != "patrol" && low[m.start] != "patrols" {
		return false
	}
	return m.start >= 1 && low[m.start-1] == "on" || m.start >= 2 && low[m.start-2] == "on"
}
