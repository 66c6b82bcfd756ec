package claims

import (
	"strings"

	"github.com/storyline/storyline/internal/story/terms"
)

// Policies as objects: a wall, tariffs, impeachment, amnesty,
// deportations, surveillance, a minimum wage, a special prosecutor. The
// generic ones (policyNeedsQual) name no claim unless the sentence says
// which one they are ("a $15 minimum wage"); the words must be the nouns,
// not a name ("Wall Street"). A policy claim's holder must be a name that
// is no adjective and no common noun read off a sentence's start.

// policyForms are the surface forms each policy stem stands for.
var policyForms = map[string]map[string]bool{
	"wall":       {"wall": true, "walls": true},
	"tariff":     {"tariff": true, "tariffs": true},
	"impeach":    {"impeachment": true},
	"amnesti":    {"amnesty": true},
	"deport":     {"deportation": true, "deportations": true},
	"surveil":    {"surveillance": true},
	"wage":       {"wage": true},
	"prosecutor": {"prosecutor": true},
}

// policyNeedsQual are the policy objects that make a claim only with a
// qualifier.
var policyNeedsQual = map[string]bool{"wage": true, "prosecutor": true}

// policyObjects are the canonical policy objects.
var policyObjects = map[string]bool{"wall": true, "tariffs": true, "impeachment": true, "amnesty": true,
	"deportation": true, "surveillance": true, "wage": true, "prosecutor": true}

// adjectiveHolder reports whether a one-word holder is an adjective
// ("republican calls", "islamic", "presidential officials"): such a word
// modifies the noun that holds the stance and names no one.
func adjectiveHolder(h string) bool {
	if strings.Contains(h, " ") || isCountry(h) || metonyms[h] != "" {
		return false
	}
	for _, suf := range []string{"an", "ic", "al", "ial"} {
		if strings.HasSuffix(h, suf) {
			return true
		}
	}
	return false
}

// policyObject reports whether ws[j] is a policy noun in a form that
// names one.
func policyObject(ws []word, j int) bool {
	w := ws[j]
	forms, ok := policyForms[w.stem]
	if !ok || !forms[w.low] || w.capital {
		return false
	}
	if j+1 < len(ws) && !w.stop && !w.quoteEnd {
		n := ws[j+1]
		if !n.capital && !terms.IsStop(n.low) && !breakers[n.low] && !preps[n.low] && !strings.HasSuffix(n.low, "ly") {
			return false // "the tariff exemption": the exemption heads the phrase
		}
	}
	return true
}

// policyQualified is the display of a qualified policy: "the Keystone
// pipeline", "a border wall".
func policyQualified(obj, show string) string {
	noun := obj
	if p := objectPhrase[obj]; p != "" && obj != "deportation" {
		noun = p[len(p)-len(obj):]
	}
	if show != "" && show[0] >= 'A' && show[0] <= 'Z' {
		return "the " + show + " " + noun
	}
	return "a " + show + " " + noun
}

// policyHolderOff reports whether the holder found for a policy stance at
// ws[i] is likely no holder: an adjective, a common noun, a name that
// modifies the noun before the stance ("The GOP candidate has insisted"),
// a name outside a relative clause of a common noun ("a platform that
// calls for"), or an agreement ("the North American Free Trade Agreement and called
// for").
func policyHolderOff(ws []word, i int, holder string, doc *article, s string) bool {
	if adjectiveHolder(holder) || commonHolder(holder, doc, s) || modifiedPlural(ws, i) {
		return true
	}
	if i > 1 && (ws[i-1].low == "that" || ws[i-1].low == "which") && !ws[i-2].capital && !ws[i-2].stop {
		return true // "a party platform that calls for": the platform, unnamed
	}
	f := strings.Fields(holder)
	switch f[len(f)-1] {
	case "agreement", "treaty", "accord", "accords", "deal", "pact":
		return true
	}
	for j := i - 1; j > 0 && j >= i-3; j-- {
		w := ws[j]
		if w.stop || w.capital || w.quoteEnd {
			return false
		}
		if !terms.IsStop(w.low) && !strings.HasSuffix(w.low, "ly") && !strings.HasSuffix(w.low, "ed") && !verbContext[w.low] {
			return ws[j-1].capital && !ws[j-1].stop && !ws[j-1].possessive
		}
	}
	return false
}
