package events

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

// Rules that refine a trigger's type from its sentence, written from the
// PLOVER and CAMEO category definitions.

// adjectival reports a past participle used as an adjective after a
// determiner ("the jailed leader", "the besieged district"): not an act.
func adjectival(low []string, i int) bool {
	if i == 0 || !strings.HasSuffix(low[i], "ed") {
		return false
	}
	switch low[i-1] {
	case "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those":
		return true
	}
	return false
}

// militaryWords mark conventional military force (CAMEO 19, FIGHT) when a
// generic attack verb has armed forces on either side; civilianWords mark
// violence against civilians or non-military targets (CAMEO 18/20,
// ASSAULT), which wins when both occur.
var militaryWords = map[string]bool{"troops": true, "forces": true, "army": true, "soldiers": true,
	"military": true, "warplanes": true, "jets": true, "helicopters": true, "gunships": true,
	"artillery": true, "tanks": true, "navy": true, "warships": true, "positions": true,
	"base": true, "outpost": true, "convoy": true, "garrison": true, "frontline": true,
	"battalion": true, "brigade": true, "units": true, "fighters": true, "airbase": true,
	"stronghold": true, "strongholds": true, "bases": true, "outposts": true, "aircraft": true,
	"force": true, "hideouts": true, "hideout": true}

var civilianWords = map[string]bool{"civilians": true, "civilian": true, "worshippers": true,
	"villagers": true, "market": true, "school": true, "schools": true, "hospital": true,
	"wedding": true, "mosque": true, "church": true, "passengers": true, "bus": true,
	"residents": true, "homes": true, "journalist": true, "journalists": true, "protesters": true,
	"demonstrators": true, "crowd": true, "people": true, "children": true, "women": true,
	"students": true, "tourists": true, "pilgrims": true, "hostages": true, "shoppers": true,
	"mourners": true, "hotel": true, "family": true, "families": true, "refugees": true,
	"farmers": true, "pupils": true, "bomber": true, "bombers": true, "suicide": true, "roadside": true}

// combatants on the receiving side make a killing by armed forces combat
// ("troops killed six guerrillas in a firefight").
var combatants = map[string]bool{"guerrillas": true, "rebels": true, "militants": true,
	"insurgents": true, "fighters": true, "soldiers": true, "troops": true, "jihadists": true,
	"militiamen": true}

// forceHeads are the generic heads whose type the sides decide.
var forceHeads = map[string]bool{"attack": true, "strike": true, "bomb": true, "fire": true,
	"shoot": true, "raid": true, "ambush": true, "target": true, "launch": true, "carry": true,
	"hit": true, "seize": true, "storm": true}

// sentenceFacts are computed once per sentence for the rules below (a
// rule scanning the sentence per trigger would be quadratic on a long one).
type sentenceFacts struct {
	military, civilian bool
	lastCombatant      int    // index of the last combatant word, -1 when none
	lastCond           int    // index of the last "unless"/"if", -1 when none
	starts             []bool // tokens where a typed trigger starts
	sub                []bool // tokens in a leading adverbial or a relative clause
}

// subordinators open a leading adverbial clause.
var subordinators = map[string]bool{"after": true, "following": true, "when": true, "as": true,
	"while": true, "despite": true, "amid": true, "since": true, "before": true, "because": true,
	"although": true, "though": true, "if": true, "once": true, "until": true, "unless": true}

// relatives open a relative clause after a comma; so does a participle
// with a by-phrase (", angered by the killing,").
var relatives = map[string]bool{"which": true, "who": true, "whose": true, "where": true}

// subordinate marks the tokens of a leading adverbial clause (to the first
// comma) and of inserted clauses (", which ... ,", ", angered by ... ,").
func subordinate(low []string) []bool {
	sub := make([]bool, len(low)+1)
	if len(low) > 0 && subordinators[low[0]] {
		for k := 0; k < len(low) && low[k] != ","; k++ {
			sub[k] = true
		}
	}
	for k := 0; k+1 < len(low); k++ {
		if low[k] != "," {
			continue
		}
		// ", which ...", ", angered by ...": an inserted clause
		if !relatives[low[k+1]] && !(strings.HasSuffix(low[k+1], "ed") && k+2 < len(low) && low[k+2] == "by") {
			continue
		}
		for k++; k < len(low) && low[k] != "," && low[k] != ";"; k++ {
			sub[k] = true
		}
		k-- // the closing comma may open the next clause
	}
	return sub
}

func factsOf(lx *lexicon, low []string, found []match) sentenceFacts {
	f := sentenceFacts{lastCond: -1, lastCombatant: -1, starts: make([]bool, len(low)+1), sub: subordinate(low)}
	for i, w := range low {
		if combatants[w] {
			f.lastCombatant = i
		}
		f.civilian = f.civilian || civilianWords[w]
		f.military = f.military || militaryWords[w]
		if w == "unless" || w == "if" {
			f.lastCond = i
		}
	}
	for _, m := range found {
		if lx.all[m.trig].typ != "-" {
			f.starts[m.start] = true
		}
	}
	return f
}

// armedClash turns a generic attack into "fight" when the sentence names
// armed forces and no civilians ("government forces attacked rebel
// positions"; "gunmen attacked a bus" stays assault).
func armedClash(t trigger, m match, f sentenceFacts) bool {
	if t.typ != "assault" && t.typ != "coerce" || !f.military || f.civilian {
		return false
	}
	for _, h := range t.heads {
		if forceHeads[h] || killHeads[h] && f.lastCombatant >= m.end {
			return true
		}
	}
	return false
}

// killHeads are fight only when combatants are killed.
var killHeads = map[string]bool{"kill": true, "slay": true, "wound": true}

// civilProtest reports a "protest against" by a group of people rather
// than by a state or an official (PLOVER: collective civilian protest is
// PROTEST, a diplomatic protest DISAPPROVE).
func civilProtest(t trigger, actor string, ms []quotes.Mention) bool {
	if t.typ != "disapprove" {
		return false
	}
	isProtest := false
	for _, h := range t.heads {
		isProtest = isProtest || h == "protest"
	}
	if !isProtest || actor == "" {
		return false
	}
	la := strings.ToLower(actor)
	if protesters[la] || groups[la] {
		return true
	}
	for _, m := range ms {
		if m.Name == actor && m.Type == core.Person {
			return false
		}
	}
	if _, ok := quotes.State(actor); ok {
		return false
	}
	return actor == la // a common noun: "residents", "workers"
}

// vowHeads announce an act: "vowed to attack" is typed by the act (mood
// makes it a threat), "pledged to send aid" an agreement.
var vowHeads = map[string]bool{"vow": true, "pledge": true, "promise": true, "threaten": true,
	"offer": true, "decide": true, "plan": true, "vote": true}

// announces reports a one-word announcing trigger followed by "to" and
// another trigger ("vowed to attack"), or a light verb followed by the
// noun of an act ("ordered the arrest of", "announced the deployment of"):
// the other trigger then decides the type.
func announces(t trigger, m match, f sentenceFacts, low []string) bool {
	if t.size != 1 || m.end+1 >= len(low) {
		return false
	}
	for _, h := range t.heads {
		if vowHeads[h] && low[m.end] == "to" && f.starts[m.end+1] {
			return true
		}
		if lightHeads[h] && (low[m.end] == "the" || low[m.end] == "a" || low[m.end] == "an") {
			for k := m.end + 1; k <= m.end+2 && k < len(low); k++ {
				if f.starts[k] {
					return true
				}
			}
		}
	}
	return false
}

// lightHeads name an act by its noun: "ordered the expulsion of".
var lightHeads = map[string]bool{"order": true, "announce": true, "authorize": true, "claim": true,
	"authorise": true, "decree": true, "approve": true}

// irregulars are armed actors outside state forces: their storming or
// seizing is an assault (CAMEO 18), not a police raid.
var irregulars = map[string]bool{"gunmen": true, "gunman": true, "militants": true,
	"attackers": true, "assailants": true, "kidnappers": true, "terrorists": true,
	"jihadists": true, "pirates": true, "bombers": true}

// reducedRelative reports a participle with a by-phrase and no auxiliary
// ("troops backed by tanks stormed ..."): it modifies a noun, the main
// verb comes later.
func reducedRelative(low []string, i int) bool {
	return i > 0 && i+1 < len(low) && low[i+1] == "by" && strings.HasSuffix(low[i], "ed") &&
		!passiveAux[low[i-1]] && !haveAux[low[i-1]]
}
