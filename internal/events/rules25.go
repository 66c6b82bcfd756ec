package events

import (
	"strings"

	"github.com/storyline/storyline/internal/quotes"
)

// Rules of the twenty-fifth pass (session 22, events7): attacks and
// clashes of words in political news, read from the CAMEO codebook's
// root 11 (criticize or denounce) against roots 18 and 19, and the errors
// of the spent calib16 and calib17 samples.

// reasonedAttack reports an attack (or assailing) given a reason or a
// verdict in its own clause, in a sentence with no means of force: "have
// attacked the levy as a violation of free trade", "attacked Velsk for
// refusing to pay", "attack each other for not doing enough". Blows are
// not given reasons that way; words are (CAMEO 111, criticize). The reason
// is "for" and a gerund, "not" or a possessive, or "as" and an article,
// after a verb form (not a noun: "the Paris attack as a wake-up call"), within eight
// words of the trigger and before a comma or a conjunction.
func reasonedAttack(t trigger, ev Event, low []string, m match, f sentenceFacts, w *wordsOfForce) bool {
	if ev.Type != "assault" && ev.Type != "fight" || !hasHead(t, "attack") && !hasHead(t, "assail") {
		return false
	}
	if f.military || f.heavy || f.unconventional {
		return false
	}
	w.read(low)
	if w.force {
		return false
	}
	for k := m.end; k+1 < len(low) && k < m.end+8; k++ {
		next := low[k+1]
		switch low[k] {
		case ".", ",", ";", ":", "and", "but", "when", "while", "after", "before", "because":
			return false
		case "for":
			return next == "not" || next == "failing" || next == "his" || next == "her" || next == "their" ||
				next == "its" || strings.HasSuffix(next, "ing") && len(next) > 5 && !ingNouns[next]
		case "as":
			return verbForm(low, m.start) && (next == "a" || next == "an") // "the Paris attack as a wake-up call" names an act
		}
	}
	return false
}

// verbForm reports a trigger word that is a verb for sure: a past or
// present participle, or a bare form after "to".
func verbForm(low []string, i int) bool {
	w := low[i]
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || i > 0 && low[i-1] == "to"
}

// ingNouns are words in -ing that are nouns after "for" ("attacked the
// mosque for the evening", "for morning prayers"), not a reason given.
var ingNouns = map[string]bool{"morning": true, "evening": true, "nothing": true, "something": true,
	"everything": true, "anything": true, "building": true, "buildings": true, "meeting": true,
	"wedding": true, "spring": true, "during": true}

// personDuel reports a clash, battle or fight between two persons the
// document names, in a sentence with no means of force and no armed
// forces: "rose in power after repeated clashes with Tom Kade". Two people
// who clash without weapons clash in words (a figure of speech, as
// figurativeForce's), not in arms. Attacks and assaults are left out:
// one person's attack on another is often a blow.
func personDuel(t trigger, ev Event, low []string, ms []quotes.Mention, f sentenceFacts, w *wordsOfForce, p *personRoles) bool {
	if ev.Type != "assault" && ev.Type != "fight" || !hasHead(t, "fight") && !hasHead(t, "battle") && !hasHead(t, "clash") {
		return false
	}
	if f.military || f.heavy || f.unconventional || ev.Actor == "" || ev.Target == "" || ev.Actor == ev.Target {
		return false
	}
	w.read(low)
	if w.force {
		return false
	}
	for _, x := range low {
		if armedWords[x] {
			return false // "since he began fighting President Rabbani's government": a war
		}
	}
	ps := p.of(ms)
	_, a := ps[ev.Actor]
	_, b := ps[ev.Target]
	return a && b
}

// armedWords name a state's or a faction's forces or a war: with one of
// them two named persons may fight in arms.
var armedWords = map[string]bool{"government": true, "regime": true, "army": true, "troops": true,
	"forces": true, "militia": true, "militias": true, "rebels": true, "guerrillas": true, "war": true,
	"warlord": true, "fighters": true, "offensive": true, "soldiers": true, "insurgents": true}

// shotDose reports "shot" as a dose or a retort: "a shot of energy",
// "shot back in a column", "shot back that ...". A shot fired is "at"
// someone, or after "fired".
func shotDose(low []string, i int) bool {
	if i+1 >= len(low) {
		return false
	}
	if low[i+1] == "of" && i > 0 && (low[i-1] == "a" || low[i-1] == "another") {
		return true // "a shot of energy", "another shot of adrenaline"
	}
	if low[i+1] == "back" && i+2 < len(low) {
		switch low[i+2] {
		case "in", "with", "that", ":", ",", "\"", "“", "on":
			return true // "shot back in an article", "shot back that the claim was false"
		}
	}
	return false
}

// nounPassive reports a trigger line that opens on the act's noun and
// ends on its passive verb: "Sanctions were imposed on Velsk by Norland",
// "The attack on the embassy was carried out by rebels". The by-phrase
// after the verb names the actor and the first name after the noun the
// target (the active verb's actor and target rules read the wrong side).
func nounPassive(t trigger, low []string, m match) bool {
	if t.size < 3 || m.end-m.start < 3 {
		return false
	}
	switch {
	case low[m.end-1] == "imposed":
		return hasHead(t, "sanction") || hasHead(t, "embargo")
	case low[m.end-2] == "carried" && low[m.end-1] == "out":
		return hasHead(t, "attack") || hasHead(t, "raid") || hasHead(t, "assault") || hasHead(t, "bombing")
	}
	return false
}

// harmVerbs report what an act did to people or places.
var harmVerbs = map[string]bool{"killed": true, "wounded": true, "injured": true, "destroyed": true,
	"damaged": true, "claimed": true}

// harmAfter reports that the first past-tense verb in low[from:to], as
// pastVerbAfter finds it, is one of harm: "The attack on the embassy
// killed three guards" reports the attack, though "the" names it (subjectAct
// reads "The shooting occurred at ..." as an act named again).
func harmAfter(low []string, from, to int) bool {
	for k := from; k < len(low) && k <= to; k++ {
		w := low[k]
		switch w {
		case ",", ";", ":", "--", "(", "\"", "“", "”", "that", "which", "who",
			"was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "may", "might", "should", "must":
			return false
		}
		if strings.HasSuffix(w, "ed") && len(w) > 4 || subjectVerbs[w] {
			return harmVerbs[w] || w == "left" && leftCasualties(low, k)
		}
	}
	return false
}

// casualtyWords name the state an act left people in ("left four dead").
var casualtyWords = map[string]bool{"dead": true, "wounded": true, "injured": true, "killed": true, "homeless": true}

// leftCasualties reports "left" at i followed within six tokens of its
// clause by a casualty word: "The raid on the village left four dead",
// "left 12 people dead and 40 wounded" report the raid's harm as a harm
// verb would; "left the village in ruins" and "left for talks" do not.
func leftCasualties(low []string, i int) bool {
	for k := i + 1; k < len(low) && k <= i+6; k++ {
		switch w := low[k]; {
		case casualtyWords[w]:
			return true
		case w == "," || w == ";" || w == "." || w == "that" || w == "for" || w == "to":
			return false
		}
	}
	return false
}

// denyForms are the forms of "deny" before a gerund.
var denyForms = map[string]bool{"deny": true, "denied": true, "denies": true, "denying": true}

// deniedDoing reports a denial of having done an act: "Velsk denied firing
// missiles at Norland" reports neither a rejection (CAMEO 12 rejects a
// proposal or demand; a denial is a statement, CAMEO 016) nor the firing.
// The trigger is either "deny" right before a gerund or "having", or the
// gerund (or "having" and a participle) right after "deny".
func deniedDoing(t trigger, low []string, m match) bool {
	i := m.start
	if denyForms[low[i]] && t.size == 1 && t.typ == "reject" {
		return i+1 < len(low) && (low[i+1] == "having" || gerund(low[i+1]))
	}
	if i >= 1 && denyForms[low[i-1]] && gerund(low[i]) {
		return true // "denied firing missiles"
	}
	return i >= 2 && denyForms[low[i-2]] && low[i-1] == "having" // "denied having attacked"
}

// gerund reports a word in -ing that is no noun of ingNouns.
func gerund(w string) bool {
	return strings.HasSuffix(w, "ing") && len(w) > 5 && !ingNouns[w]
}

// candidateRally reports a protest read from the noun "rally" or
// "rallies" whose actor is a person the document names, in a sentence
// with no word of protest or opposition: "He is holding a rally in San
// Jose", "holding multiple rallies a day", "during her victory rally". A
// named person's rally with nothing protested is a candidate's meeting
// with supporters, no demonstration (CAMEO 141 is a rally for a cause, a
// protest; the spent calib samples judge campaign rallies no act).
// Rallies of groups, parties and crowds stay, and so does any rally
// "against" something or of "the opposition".
func candidateRally(t trigger, ev Event, low []string, m match, ms []quotes.Mention, p *personRoles) bool {
	if ev.Type != "protest" || !hasHead(t, "rally") || !nounForm(t, low[m.start]) || ev.Actor == "" {
		return false
	}
	if _, ok := p.of(ms)[ev.Actor]; !ok {
		return false
	}
	for _, w := range low {
		if protestCues[w] || strings.HasPrefix(w, "protest") || strings.HasPrefix(w, "demonstrat") || strings.HasPrefix(w, "anti-") {
			return false
		}
	}
	return true
}

// protestCues name what a protest rally is held against or by whom.
var protestCues = map[string]bool{"against": true, "opposition": true, "march": true, "marched": true,
	"marchers": true, "police": true, "riot": true, "riots": true, "demand": true, "demanding": true,
	"demanded": true, "strike": true, "boycott": true, "independence": true, "government": true,
	"regime": true, "resign": true, "resignation": true, "calling": true, "denounce": true, "denounced": true}

// goalTarget reports the trigger "target" in a sense that names no
// attack: a goal ("its 1996 net profit target", "meeting its revenue
// targets", "set ambitious reduction targets"), something made the object
// of an act ("Faulding target of patent lawsuit"), or an audience aimed at
// ("targeting Latino and black voters", "a ad targeting Iowa", "plans to
// target Indiana voters via mail"). Military targets bombarded or struck
// stay: only goal words, goal verbs, "of" and audiences count.
func goalTarget(t trigger, low []string, m match) bool {
	if t.size != 1 || !hasHead(t, "target") {
		return false
	}
	i := m.start
	w := low[i]
	if w == "target" || w == "targets" {
		if i+1 < len(low) && (low[i+1] == "of" || low[i+1] == "date" || low[i+1] == "range" || low[i+1] == "price" || low[i+1] == "rate") {
			return true // "Faulding target of patent lawsuit", "a target range"
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if goalWords[low[k]] || targetGoalVerbs[low[k]] {
				return true // "net profit target", "meet its targets"
			}
			if !isWord(low[k]) && !isNumber(low[k]) {
				break
			}
		}
	}
	for k := i + 1; k < len(low) && k <= i+5; k++ {
		if aimedAt[low[k]] {
			return true // "targeting Latino and black voters"
		}
		if low[k] == "." || low[k] == ";" {
			break
		}
	}
	for _, x := range low {
		if x == "ad" || x == "ads" || x == "advertising" || x == "advertisement" || x == "mailers" {
			return true // "a ad targeting Iowa", "ads targeting the state"
		}
	}
	return false
}

// isNumber reports a token of digits (a year, an amount).
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != '.' && r != ',' && r != '%' {
			return false
		}
	}
	return true
}

// goalWords before "target(s)" make it a goal.
var goalWords = map[string]bool{"profit": true, "net": true, "revenue": true, "output": true,
	"growth": true, "inflation": true, "emission": true, "emissions": true, "reduction": true,
	"sales": true, "production": true, "budget": true, "deficit": true, "spending": true,
	"earnings": true, "collection": true, "collections": true, "savings": true, "fundraising": true,
	"enrollment": true, "performance": true, "monetary": true, "tax": true, "export": true,
	"import": true, "jobs": true, "debt": true, "cost": true, "money": true, "supply": true,
	"ambitious": true, "official": true, "annual": true, "interim": true, "fiscal": true}

// targetGoalVerbs before "target(s)" set, meet or miss a goal.
var targetGoalVerbs = map[string]bool{"meet": true, "meeting": true, "met": true, "miss": true,
	"missed": true, "missing": true, "set": true, "sets": true, "setting": true, "revised": true,
	"revise": true, "exceed": true, "exceeded": true, "achieve": true, "achieved": true,
	"reach": true, "reached": true, "fail": true, "failed": true, "beat": true, "surpassed": true,
	"raised": true, "lowered": true, "cut": true}

// aimedAt are those a campaign or a firm aims at.
var aimedAt = map[string]bool{"voters": true, "audience": true, "audiences": true,
	"consumers": true, "customers": true, "borrowers": true, "buyers": true, "viewers": true,
	"readers": true, "donors": true, "shoppers": true, "demographic": true, "demographics": true,
	"millennials": true}

// raidHarm are the words after a raid that tell of people killed or hurt.
// "Dead" and "died" alone are left out: "arrested in a police raid has been
// found dead in his cell" tells a later death, not the raid's.
var raidHarm = map[string]bool{"killed": true, "killing": true, "kills": true, "wounded": true, "wounding": true,
	"injured": true, "injuring": true}

// deadlyRaid reports a raid (CAMEO 17 as a search or seizure) that the
// rest of its sentence, within twenty words, tells killed or hurt people:
// force against people, an assault (CAMEO 18/19) - "The raid on the
// village killed four people", "Monday's raid on the village left four
// dead", "troops raided the village, killing four". A raid that made
// arrests or seized goods stays coercion.
func deadlyRaid(t trigger, low []string, m match) bool {
	if !hasHead(t, "raid") {
		return false
	}
	for k := m.end; k < len(low) && k < m.end+20; k++ {
		if raidHarm[low[k]] || low[k] == "left" && leftCasualties(low, k) {
			return true
		}
	}
	return false
}

// conflictEnds name what a call to end a conflict asks for.
var conflictEnds = map[string]bool{"ceasefire": true, "cease-fire": true, "truce": true, "armistice": true}

// conflictFights follow "an end to" in a call to end a conflict.
var conflictFights = map[string]bool{"fighting": true, "war": true, "conflict": true, "hostilities": true,
	"violence": true, "clashes": true, "bloodshed": true}

// partyCallsPeace reports a request (a demand or an appeal) for a
// ceasefire or an end to the fighting made by a party to the fighting:
// the PLOVER manual (3.8.2) codes it AGREE, an expression of intent, not
// REQUEST. A party is an armed actor (rebels, troops, militants ...) or
// one whose own fighting the call names ("an end to the fighting with the
// rebels"); a third party's call ("the council called for a ceasefire")
// stays a request.
func partyCallsPeace(actor string, low []string, m match) bool {
	a := strings.ToLower(actor)
	armed := militaryWords[a] || irregulars[a] || a == "rebels" || a == "guerrillas" || a == "insurgents" || a == "fighters" || a == "militia" || a == "militias"
	for k := m.end; k < len(low) && k < m.end+8; k++ {
		w := low[k]
		if w == "," || w == ";" || w == "." || w == "but" {
			return false
		}
		if conflictEnds[w] {
			return armed
		}
		if w == "end" && k+1 < len(low) && low[k+1] == "to" {
			for j := k + 2; j < len(low) && j < k+6; j++ {
				if conflictFights[low[j]] {
					return armed || j+1 < len(low) && low[j+1] == "with"
				}
			}
			return false
		}
	}
	return false
}
