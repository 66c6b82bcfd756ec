package events

import (
	"strings"

	"github.com/storyline/storyline/internal/sentence"
)

// Rules of the eighth pass (issue 3): the conflict categories on real
// news, from the error classes of the conflict-types sample's tune half
// (internal/eval/events_conflict.go; classes and counts in NOTE.md) and
// the CAMEO root 12-20 definitions. Fictional cases in conflict_test.go.

// disasters are natural or accidental causes: a killing, injuring or
// damage whose subject is one of them is no act of force ("an earthquake
// hit southern Iran, killing at least 10 people").
var disasters = map[string]bool{"earthquake": true, "quake": true, "temblor": true,
	"tremor": true, "aftershock": true, "storm": true, "hurricane": true, "typhoon": true,
	"cyclone": true, "tornado": true, "flood": true, "floods": true, "flooding": true,
	"tsunami": true, "landslide": true, "mudslide": true, "avalanche": true,
	"eruption": true, "volcano": true, "heatwave": true, "drought": true,
	"epidemic": true, "outbreak": true, "crash": true, "accident": true, "collision": true,
	"derailment": true, "lightning": true, "blizzard": true, "blaze": true,
	"flames": true, "wildfire": true, "inferno": true}

// disasterCaused reports a force trigger with a disaster word among the
// twelve words before it in its sentence.
func disasterCaused(typ string, low []string, i int) bool {
	if typ != "assault" && typ != "fight" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if disasters[low[k]] {
			return true
		}
	}
	return false
}

// feelingVerbs before a participle make it a state ("felt threatened",
// "seemed attacked"), not an act.
var feelingVerbs = map[string]bool{"felt": true, "feel": true, "feels": true,
	"feeling": true, "seemed": true, "seem": true, "seems": true, "looked": true,
	"looks": true, "appeared": true, "appears": true, "became": true, "become": true}

// feltState reports a participle trigger after a feeling verb, alone or
// after "or"/"and" with another participle ("felt obstructed or
// threatened").
// The feeling verb is in lower case in the text (not "Felt agreed", a
// name).
func feltState(toks []sentence.Token, low []string, i int) bool {
	if !strings.HasSuffix(low[i], "ed") {
		return false
	}
	feeling := func(k int) bool {
		return feelingVerbs[low[k]] && toks[k].Text == low[k]
	}
	if i > 0 && feeling(i-1) {
		return true
	}
	return i > 2 && (low[i-1] == "or" || low[i-1] == "and") && strings.HasSuffix(low[i-2], "ed") && feeling(i-3)
}

// loomed reports a one-word "threaten" with no object: "when prosecutions
// threatened" (a danger looming, not a threat made).
func loomed(t trigger, low []string, m match) bool {
	if t.size != 1 || !hasHead(t, "threaten") {
		return false
	}
	return m.end >= len(low) || !isWord(low[m.end]) || low[m.end] == "and" || low[m.end] == "or"
}

// topicNouns after an act's noun make it a modifier naming the known act
// as a topic ("the shooting location", "the attack site", "shooting
// victims"), not a report of it.
var topicNouns = map[string]bool{"location": true, "site": true, "scene": true,
	"victim": true, "victims": true, "suspect": true, "suspects": true, "survivor": true,
	"survivors": true, "case": true, "trial": true, "investigation": true, "probe": true,
	"inquiry": true, "incident": true, "range": true, "witness": true, "witnesses": true,
	"anniversary": true, "memorial": true, "vigil": true, "footage": true, "video": true,
	"blocking": true, "squad": true, "squads": true}

// topicModifier reports a one-word noun trigger right before a topic noun
// ("the shooting location"); a noun form needs no determiner before
// victims and places ("Japanese kidnap victims").
func topicModifier(t trigger, low []string, m match) bool {
	if t.size != 1 || m.end >= len(low) || !topicNouns[low[m.end]] || strings.HasSuffix(low[m.start], "ed") {
		return false
	}
	if nounForm(t, low[m.start]) && bareTopics[low[m.end]] {
		return true
	}
	return m.start > 0 && nounDeterminers[low[m.start-1]] // not "are arresting suspects"
}

// bareTopics follow an act's noun as a compound with no determiner.
var bareTopics = map[string]bool{"victim": true, "victims": true, "site": true,
	"scene": true, "location": true, "anniversary": true, "memorial": true, "survivors": true,
	"squad": true, "squads": true}

// cyberWords make an attack a cyber attack, coercion in CAMEO (176) and
// PLOVER (COERCE, mode cyber): "the site was hit by an IFrame attack".
var cyberWords = map[string]bool{"cyber": true, "cyberattack": true, "cyberattacks": true,
	"hacker": true, "hackers": true, "malware": true,
	"iframe": true, "website": true, "websites": true, "vulnerability": true,
	"server": true, "servers": true, "computers": true, "phishing": true,
	"ransomware": true, "botnet": true, "spyware": true, "exploit": true,
	"exploiting": true, "denial-of-service": true, "ddos": true, "web": true,
	"patch": true, "browser": true, "browsers": true, "software": true, "antivirus": true,
	// nineteenth pass: "a new flaw has been targeted by attacks" ("hacked" is also "hacked to death")
	"flaw": true, "flaws": true, "vulnerabilities": true, "exploits": true,
	"zero-day": true, "trojan": true}

// lazyScan looks for a word of a set in a sentence once, when a trigger
// first needs it (a scan per trigger is quadratic in a huge sentence).
type lazyScan struct {
	words       map[string]bool
	done, found bool
}

func (c *lazyScan) in(low []string) bool {
	if !c.done {
		c.done = true
		for _, w := range low {
			if c.words[w] {
				c.found = true
				break
			}
		}
	}
	return c.found
}

// policeWords name the police or armed forces as a side.
var policeWords = map[string]bool{"police": true, "cops": true, "officers": true,
	"policemen": true, "troops": true, "soldiers": true, "army": true, "patrol": true}

// background reports a one-word noun trigger named as an earlier act
// with one modifier between ("a previous DUI arrest") or as a time after
// "prior to" ("prior to his latest arrest").
func background(t trigger, low []string, i int) bool {
	if t.size != 1 || !nounForm(t, low[i]) {
		return false
	}
	if i >= 2 && genericNoun[low[i-2]] && isWord(low[i-1]) && !nounDeterminers[low[i-1]] {
		return true
	}
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if low[k] == "to" && low[k-1] == "prior" {
			return true
		}
		if !nounDeterminers[low[k]] && !isWord(low[k]) {
			return false
		}
	}
	return false
}

func hasHead(t trigger, h string) bool {
	for _, x := range t.heads {
		if x == h {
			return true
		}
	}
	return false
}

// releaseKinds before "release" name a published thing ("the bulletin
// release", "a press release"), not freed people.
var releaseKinds = map[string]bool{"bulletin": true, "press": true, "news": true,
	"product": true, "software": true, "album": true, "film": true, "movie": true,
	"version": true, "patch": true, "security": true, "data": true, "earnings": true,
	"dvd": true, "game": true, "book": true, "record": true, "theatrical": true}

// pressNouns after "press" make it the news media ("the press corps").
var pressNouns = map[string]bool{"corps": true, "conference": true, "conferences": true,
	"release": true, "releases": true, "secretary": true, "briefing": true,
	"office": true, "freedom": true, "coverage": true, "room": true, "pool": true,
	"gallery": true, "statement": true, "aide": true, "officer": true}

// appositiveAdverbs open an aside on the subject: "Sukanya, presently
// deployed on patrols, found herself ...".
var appositiveAdverbs = map[string]bool{"presently": true, "currently": true,
	"recently": true, "already": true, "previously": true, "once": true,
	"long": true, "still": true, "now": true, "then": true}

// appositive reports a participle trigger opening an aside after a comma
// and an adverb: not the sentence's main act.
func appositive(low []string, i int) bool {
	return i >= 2 && strings.HasSuffix(low[i], "ed") && appositiveAdverbs[low[i-1]] && low[i-2] == ","
}

// labelled reports a trigger in a label before a colon that opens a
// headline ("Millom double murder: Man charged with ..."): the topic,
// not the act reported.
func labelled(low []string, i int) bool {
	for k := i + 1; k < len(low) && k <= 5; k++ {
		if low[k] == ":" {
			return true
		}
		if !isWord(low[k]) {
			return false
		}
	}
	return false
}

// chargedAct reports an act named in a charge across a few modifiers:
// "guilty of 1st degree murder", "convicted of the June 20, 2005
// attempted murder", "convictions for kidnapping and attempted murder",
// "found guilty by the jury of third-degree murder", "murder and
// kidnapping charges" (notAnAct takes the adjacent case).
func chargedAct(t trigger, low []string, i int) bool {
	if t.size != 1 || strings.HasSuffix(low[i], "ed") {
		return false // "arrested on charges of homicide killed his mother": a verb
	}
	if crimeNouns[low[i]] && chargeAfter(low, i) {
		return true
	}
	if hasHead(t, "charge") && facesCharge(low, i) {
		return true // "Brell will face murder charges": the charged, not the charging
	}
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		w := low[k]
		if (w == "of" || w == "with") && chargeWords[low[k-1]] || w == "for" && (low[k-1] == "convictions" || low[k-1] == "conviction") {
			return true
		}
		if (w == "of" || w == "with") && crimeNouns[low[i]] && chargedEarlier(low, k) {
			return true // "found guilty by the same jury last month of murder"
		}
		if (w == "and" || w == "or" || w == ",") && crimeNouns[low[k-1]] && crimeNouns[low[i]] {
			continue // "kidnapping and attempted murder": one list of charges
		}
		if crimeNouns[w] {
			continue
		}
		// only a charge's modifiers lie between ("1st degree", "attempted"):
		// a determiner names a known act ("charged with the Kraft
		// shooting"), a preposition, comma or gerund another phrase
		if !hyphenWord(w) && w != "-" && !numberWord(w) || nounDeterminers[w] || preps[w] || strings.HasSuffix(w, "ing") ||
			auxiliaries[w] || passiveAux[w] || w == "and" || w == "but" || w == "or" {
			return false
		}
	}
	return false
}

// crimeNouns name offences as charged ("murder", "kidnapping"): as a
// one-word trigger in a charge they name the charge, not an act.
var crimeNouns = map[string]bool{"murder": true, "murders": true, "homicide": true,
	"manslaughter": true, "kidnapping": true, "kidnappings": true, "assault": true,
	"rape": true, "arson": true, "robbery": true, "abduction": true, "torture": true,
	"attempted": true, "vehicular": true, "aggravated": true, "felony": true}

// chargeNouns after a crime noun make it a charge ("murder charges", "the
// murder trial").
var chargeNouns = map[string]bool{"charge": true, "charges": true, "count": true,
	"counts": true, "trial": true, "conviction": true, "convictions": true,
	"indictment": true, "case": true, "suspect": true, "suspects": true}

// chargeAfter reports a crime noun at i heading a charge: "murder
// charges", "murder and kidnapping charges".
func chargeAfter(low []string, i int) bool {
	for k := i + 1; k < len(low) && k <= i+4; k++ {
		switch w := low[k]; {
		case chargeNouns[w]:
			return true
		case crimeNouns[w] || w == "and" || w == "or" || w == "-":
			continue
		default:
			return false
		}
	}
	return false
}

// chargedWords are the participles of a court's or prosecutor's act
// that may govern a charge at a distance ("found guilty by the jury of").
var chargedWords = map[string]bool{"guilty": true, "convicted": true, "charged": true,
	"accused": true, "indicted": true, "acquitted": true}

// chargedEarlier reports a charge participle within eight words before
// the preposition at k, with no clause break between.
func chargedEarlier(low []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if chargedWords[low[j]] {
			return true
		}
		if !hyphenWord(low[j]) && !numberWord(low[j]) {
			return false // a comma, quotation mark or other break
		}
	}
	return false
}

// facesCharge reports a form of "face" within four words before the
// charge noun at i ("faces two counts", "will face murder and kidnapping
// charges").
func facesCharge(low []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch low[k] {
		case "face", "faces", "faced", "facing":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// hyphenWord reports a word of letters, possibly joined by hyphens
// ("third-degree").
func hyphenWord(w string) bool {
	return isWord(strings.ReplaceAll(w, "-", ""))
}

// threatMakers before a noun "threat" make it a threat made ("made some
// veiled threats", "issued a threat").
var threatMakers = map[string]bool{"make": true, "made": true, "makes": true, "making": true,
	"issue": true, "issued": true, "issues": true, "issuing": true, "repeat": true,
	"repeated": true, "renew": true, "renewed": true, "deliver": true, "delivered": true,
	"carry": true, "carried": true, "send": true, "sent": true, "voice": true, "voiced": true,
	"raise": true, "raised": true, "raises": true, "raising": true}

// idleThreat reports a one-word noun "threat" that no one is said to make:
// "the threat of mass protests", "the most serious threat ranking", "a
// nuclear threat or provocation" (a danger, not a threat made). A threat
// is made when a verb of making or a possessor ("Norland's threat")
// governs it within three words.
func idleThreat(t trigger, low []string, i int) bool {
	if t.size != 1 || (low[i] != "threat" && low[i] != "threats") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if threatMakers[low[k]] || threatKinds[low[k]] || low[k] == "'s" || low[k] == "’s" {
			return false
		}
	}
	return true
}

// threatKinds before a noun "threat" name a threat someone made ("a
// telephoned bomb threat", "death threats").
var threatKinds = map[string]bool{"bomb": true, "death": true, "terror": true,
	"telephoned": true, "phoned": true, "written": true, "verbal": true, "anonymous": true}

// informs reports "to alert X": telling, not raising an alert status.
func informs(t trigger, low []string, i int) bool {
	return t.typ == "mobilize" && t.size == 1 && low[i] == "alert" && i > 0 && low[i-1] == "to"
}

// deferrals before a gerund trigger put the act off or only propose it
// ("postpones imposing tariffs", "suggested imposing duties").
var deferrals = map[string]bool{"postpone": true, "postpones": true, "postponed": true,
	"postponing": true, "delay": true, "delays": true, "delayed": true, "delaying": true,
	"suggest": true, "suggests": true, "suggested": true, "suggesting": true,
	"propose": true, "proposes": true, "proposed": true, "proposing": true,
	"consider": true, "considers": true, "considered": true, "considering": true,
	"weigh": true, "weighs": true, "weighed": true, "weighing": true, "avoid": true,
	"avoided": true, "avoids": true, "risk": true, "risks": true, "risked": true}

// deferred reports a gerund trigger after a deferral.
func deferred(low []string, i int) bool {
	return i > 0 && strings.HasSuffix(low[i], "ing") && deferrals[low[i-1]]
}

// untilLater reports a negated meeting or discussion that only happened
// later ("did not meet him until 2008") or a discussion denied ("had not
// discussed sanctions"): no refusal.
func untilLater(t trigger, low []string, m match) bool {
	if !hasHead(t, "meet") && !hasHead(t, "discuss") && !hasHead(t, "talk") {
		return false
	}
	if hasHead(t, "discuss") {
		return true
	}
	for k := m.end; k < len(low) && k < m.end+6; k++ {
		if low[k] == "until" || low[k] == "till" {
			return true
		}
	}
	return false
}

// streetFighters are civilian crowds: their fights with the police are
// riots (CAMEO 145), not military force.
var streetFighters = map[string]bool{"youths": true, "youth": true, "students": true,
	"rioters": true, "crowd": true, "crowds": true, "residents": true, "fans": true,
	"demonstrators": true, "protesters": true, "protestors": true, "mob": true,
	"anarchists": true, "hooligans": true, "people": true}

// riotsWithPolice reports a fight by a civilian crowd in a sentence that
// names the police (police: a lazyScan of policeWords).
func riotsWithPolice(typ, actor string, low []string, police *lazyScan) bool {
	return typ == "fight" && streetFighters[strings.ToLower(actor)] && police.in(low)
}

// shooters are lone armed attackers: their fire at people is an assault
// (CAMEO 18), unless the sentence names armed forces or police.
var shooters = map[string]bool{"gunman": true, "gunmen": true, "shooter": true,
	"shooters": true, "assailant": true, "assailants": true, "attacker": true, "attackers": true}

// numberWord reports a token that opens with a digit ("1st", "2005").
func numberWord(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// adjectiveActor reports a lower-case word before a noun trigger that is
// no group acting ("fatal", "latest"), unlike "police" or "rebel".
func adjectiveActor(w string) bool {
	if groups[w] || irregulars[w] || armedGroups[w] || militaryWords[w] || protesters[w] {
		return false
	}
	pl := w + "s"
	return !groups[pl] && !irregulars[pl] && !armedGroups[pl]
}

// personNouns after a place name make the place a modifier of the person
// who acts ("a 35-year-old Ostrava man stabbed ...").
var personNouns = map[string]bool{"man": true, "woman": true, "men": true, "women": true,
	"boy": true, "girl": true, "teen": true, "teenager": true, "resident": true,
	"residents": true, "native": true, "driver": true, "couple": true, "mother": true,
	"father": true, "student": true, "students": true, "worker": true, "workers": true,
	"jury": true, "judge": true, "deputy": true, "officer": true, "employee": true,
	"gunman": true, "suspect": true, "owner": true, "jurors": true}

// placeModifier returns the person noun that a named actor modifies when
// the name comes right before it, at most ten words before the trigger at
// i ("Ostrava man stabbed"), else actor.
func placeModifier(text string, toks []sentence.Token, i int, actor string) string {
	if actor == "" {
		return actor
	}
	for k := max(0, i-10); k+1 < i; k++ {
		n := k + 1
		if lw := toks[n].Text; n+1 < i && lw == strings.ToLower(lw) && isWord(lw) && !preps[lw] && personNouns[strings.ToLower(toks[n+1].Text)] {
			n++ // "a Kraft plant worker": one noun between
		}
		if !personNouns[strings.ToLower(toks[n].Text)] || toks[k].Text == "" {
			continue
		}
		if end := toks[k].End; end >= len(actor) && end <= len(text) && text[end-len(actor):end] == actor {
			return toks[n].Text
		}
	}
	return actor
}

// repellers before an attack's noun make the act the defence against it,
// force (CAMEO 19): "the navy thwarted a multi-boat pirate attack".
var repellers = map[string]bool{"thwart": true, "thwarted": true, "thwarting": true,
	"thwarts": true, "foil": true, "foiled": true, "foiling": true, "foils": true,
	"repel": true, "repelled": true, "repelling": true, "repels": true, "repulse": true,
	"repulsed": true, "repulsing": true, "repulses": true}

// repelled reports an attack noun with a repelling verb at most seven words
// before it.
func repelled(t trigger, low []string, i int) bool {
	if t.size != 1 || !hasHead(t, "attack") && !hasHead(t, "assault") && !hasHead(t, "raid") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		if repellers[low[k]] {
			return true
		}
	}
	return false
}
