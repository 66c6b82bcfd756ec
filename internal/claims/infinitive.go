package claims

import "strings"

// Stances stated through an infinitive: a pledge ("vowed to hold
// elections", "pledged to lift the sanctions") is the holder's own stance
// on what the verb does to the object; an urging ("urged Democrats to vote
// for the deal", "called on Ostmark to resume talks") is a demand for it,
// or opposition when the verb undoes it ("pushed senators to reject the
// deal"). The verb after "to" decides which way the stance goes.

// pledgeVerbs state the holder's own commitment; urgeVerbs ask it of
// someone named between the verb and "to" ("call" only as "call on").
var pledgeVerbs = map[string]bool{"vow": true, "vows": true, "vowed": true, "vowing": true, "pledge": true,
	"pledges": true, "pledged": true, "pledging": true, "promise": true, "promises": true, "promised": true,
	"promising": true, "swore": true, "sworn": true, "seek": true, "seeks": true, "seeking": true, "sought": true,
	// a threat is a pledge ("threatened to scrap the deal", "threatens to
	// impose sanctions"); a want is one too ("wants to open talks").
	"threaten": true, "threatens": true, "threatened": true, "threatening": true,
	"want": true, "wants": true, "wanted": true, "wanting": true}

// agreeVerbs accept what follows "to": a thing ("agreed to a deal") or
// an act ("agreed to hold talks").
var agreeVerbs = map[string]bool{"agree": true, "agrees": true, "agreed": true, "agreeing": true}

var urgeVerbs = map[string]bool{"urge": true, "urges": true, "urged": true, "urging": true, "push": true,
	"pushes": true, "pushed": true, "pushing": true, "press": true, "pressed": true, "presses": true,
	"pressing": true, "pressured": true, "pressuring": true, "encourage": true,
	"encouraged": true, "encourages": true, "encouraging": true, "lobby": true, "lobbied": true,
	"lobbying": true, "call": true, "calls": true, "called": true, "calling": true, "appeal": true,
	"appealed": true, "appeals": true, "appealing": true}

// doVerbs bring about or keep their object; undoVerbs stop, end or refuse
// it. A verb in neither table states no stance on its object ("urged them
// to discuss the deal's costs").
var doVerbs = map[string]bool{"support": true, "back": true, "endorse": true, "accept": true, "approve": true,
	"ratify": true, "sign": true, "join": true, "hold": true, "resume": true, "continue": true, "pursue": true,
	"seek": true, "reach": true, "start": true, "begin": true, "open": true, "enter": true, "engage": true,
	"restore": true, "implement": true, "honor": true, "honour": true, "respect": true, "keep": true,
	"maintain": true, "impose": true, "extend": true, "tighten": true, "conclude": true, "finalize": true,
	"finalise": true, "complete": true, "pass": true, "renew": true, "broker": true, "strike": true,
	"observe": true, "allow": true, "call": true, "welcome": true, "agree": true, "expand": true,
	"strengthen": true, "uphold": true, "adopt": true, "embrace": true, "defend": true, "protect": true,
	"stay": true, "remain": true, "rejoin": true, "participate": true, "attend": true}

var undoVerbs = map[string]bool{"reject": true, "oppose": true, "block": true, "stop": true, "kill": true,
	"scrap": true, "abandon": true, "end": true, "lift": true, "ease": true, "suspend": true, "cancel": true,
	"postpone": true, "delay": true, "halt": true, "veto": true, "fight": true, "quit": true, "leave": true,
	"exit": true, "refuse": true, "renounce": true, "boycott": true, "scuttle": true, "sink": true,
	"derail": true, "repeal": true, "withdraw": true, "tear": true, "dismantle": true, "undo": true,
	"condemn": true, "rebuff": true, "spurn": true, "break": true, "violate": true, "jettison": true,
	"ditch": true, "dump": true, "trash": true, "rip": true, "terminate": true, "revoke": true}

// infinitive reads a pledge or an urging at ws[i]: the stance it states
// and the index of the verb after "to", whose phrase holds the object; ok
// is false when ws[i] is neither or no stance verb follows.
func infinitive(ws []word, i int) (stance string, verb int, ok bool) {
	w := ws[i]
	pledge, urge := pledgeVerbs[w.low], urgeVerbs[w.low]
	if !pledge && !urge && !agreeVerbs[w.low] || w.stop {
		return "", 0, false
	}
	if pledge && (w.stem == "seek" || w.low == "sought") && (i+1 >= len(ws) || ws[i+1].low != "to") {
		return "", 0, false
	}
	j := i + 1
	if agreeVerbs[w.low] {
		if j+1 >= len(ws) || ws[j].low != "to" || ws[j].stop {
			return "", 0, false
		}
		if n := ws[j+1]; determiners[n.low] || n.low == "a" || n.low == "an" || objects[n.stem] != "" && n.low != "talk" {
			return "support", i, true // "agreed to a deal": phrase() passes "to"
		}
		pledge = true // "agreed to hold talks"
	}
	if urge && j < len(ws) && ws[j].low == "for" && !strings.HasPrefix(w.low, "call") {
		return "demand", i, true // "pushed for talks", "lobbied for the deal"
	}
	if urge {
		if strings.HasPrefix(w.low, "call") || strings.HasPrefix(w.low, "appeal") {
			// "called on Ostmark to", "appealed to voters to"
			if j >= len(ws) || ws[j].low != "on" && ws[j].low != "upon" && !(ws[j].low == "to" && w.low[0] == 'a') {
				return "", 0, false
			}
			j++
		}
		// the one urged: a few words up to "to", no clause edge
		start := j
		for j < len(ws) && j-start < 5 && ws[j].low != "to" && ws[j].low != "not" {
			if ws[j].stop || ws[j].quoteEnd || clauseEnds[ws[j].low] || j > start && preps[ws[j].low] {
				return "", 0, false
			}
			j++
		}
		if j == start {
			return "", 0, false
		}
	}
	not := false
	if j < len(ws) && ws[j].low == "not" {
		not, j = true, j+1 // "urged them not to sign"
	}
	if j >= len(ws) || ws[j].low != "to" || ws[j].stop {
		return "", 0, false
	}
	j++
	if j < len(ws) && strings.HasSuffix(ws[j].low, "ly") && !ws[j].stop {
		j++ // "vowed to swiftly end"
	}
	if j >= len(ws) {
		return "", 0, false
	}
	v := ws[j].low
	if not {
		if doVerbs[v] {
			return "oppose", j, true
		}
		return "", 0, false
	}
	switch {
	case v == "vote" && j+1 < len(ws) && !ws[j].stop:
		switch ws[j+1].low {
		case "for":
			return doStance(urge), j + 1, true // phrase() passes "for"
		case "against":
			return "oppose", j + 1, true
		}
		return "", 0, false
	case (v == "call" || v == "called") && j+1 < len(ws) && ws[j+1].low == "off":
		return "oppose", j + 1, true // "threatened to call off the deal"
	case doVerbs[v]:
		return doStance(urge), j, true
	case v == "take" && j+1 < len(ws) && ws[j+1].low == "part" && !ws[j].stop:
		return doStance(urge), j + 1, true // "agreed to take part in talks"
	case undoVerbs[v]:
		return "oppose", j, true
	case ws[j].stem == "negoti":
		return doStance(urge), j - 1, true // "vowed to negotiate": the verb is the object
	}
	return "", 0, false
}

func doStance(urge bool) string {
	if urge {
		return "demand"
	}
	return "support"
}

// gerundStance reads a gerund right after a stance verb ("supported
// staying in the Iran deal", "opposes leaving the accord"): ok when the
// gerund does or undoes its object, flip when it undoes it.
func gerundStance(ws []word, j int) (flip, ok bool) {
	if j >= len(ws) || !strings.HasSuffix(ws[j].low, "ing") || ws[j].stop {
		return false, false
	}
	base := strings.TrimSuffix(ws[j].low, "ing")
	for _, b := range []string{base, base + "e", undouble(base)} {
		if doVerbs[b] {
			return false, true
		}
		if undoVerbs[b] {
			return true, true
		}
	}
	return false, false
}

// undouble undoes a doubled final consonant ("stopp" -> "stop").
func undouble(s string) string {
	if n := len(s); n > 2 && s[n-1] == s[n-2] {
		return s[:n-1]
	}
	return s
}
