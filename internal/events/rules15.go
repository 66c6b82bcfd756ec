package events

import "strings"

// Rules of the fifteenth pass (twelfth session): word senses the spent
// real samples (real .. real-held9) showed reading as acts. Each rule is a
// general sense of English news, not a phrase of one article; fictional
// cases are in events15_test.go.

// noAct15 reports a trigger this pass's rules find naming no act: deaths
// in a disaster, a win in a game or a vote, market demand, appeal as
// attraction, leaving a shop, a plan or deal killed, privacy requested.
func noAct15(t trigger, typ string, low []string, m match) bool {
	return disasterAfter(typ, low, m) || contestWon(t, typ, low) || marketDemand(t, low, m.start) ||
		attraction(t, low, m.start) || leftPlace(t, low, m) || killedThing(t, low, m) || privacyAsked(t, low, m) ||
		servicesOffered(t, low, m) || recordsDestroyed(t, low, m) || quantityRequired(t, low, m.start) ||
		careRefused(t, low, m) || typ != "threaten" && onlyIf(low, m.end)
}

// careWords after "refused" make it a patient's refusal ("refused
// medical attention"), no political rejection.
var careWords = map[string]bool{"medical": true, "treatment": true, "medication": true,
	"surgery": true, "attention": true, "food": true, "care": true, "hospitalization": true,
	"transport": true, "ambulance": true}

// careRefused reports "refused" or "declined" followed by care within two
// words.
func careRefused(t trigger, low []string, m match) bool {
	if t.size != 1 || !hasHead(t, "refuse") && !hasHead(t, "decline") {
		return false
	}
	for k := m.end; k < len(low) && k < m.end+2; k++ {
		if careWords[low[k]] {
			return true
		}
	}
	return false
}

// onlyIf reports "only if" later in the trigger's clause ("would have
// the country join the pact only if it becomes a better deal"): a
// supposed act, as an if-clause before the trigger makes one.
func onlyIf(low []string, end int) bool {
	for k := end; k+1 < len(low) && k < end+12; k++ {
		switch low[k] {
		case ".", ";", "\"", "“", "”", ":":
			return false
		}
		if low[k] == "only" && low[k+1] == "if" {
			return true
		}
	}
	return false
}

// recordKinds are destroyed as papers, not in an assault ("destroyed
// documents", "destroy the evidence").
var recordKinds = map[string]bool{"documents": true, "document": true, "records": true,
	"evidence": true, "emails": true, "e-mails": true, "files": true, "tapes": true,
	"data": true, "papers": true, "notes": true, "drives": true, "messages": true,
	"letters": true, "photos": true, "recordings": true}

// recordsDestroyed reports "destroy" with records as its object within
// three words.
func recordsDestroyed(t trigger, low []string, m match) bool {
	if !hasHead(t, "destroy") || t.size != 1 {
		return false
	}
	for k := m.end; k < len(low) && k < m.end+4; k++ {
		if recordKinds[low[k]] {
			return true
		}
		if !isWord(low[k]) && low[k] != "-" {
			return false
		}
	}
	return false
}

// quantityNouns before "required" or "needed" make it a quantity's need
// ("the amount required by the lender", "the votes needed to pass"), not
// a demand; so does "as" ("as required by law").
var quantityNouns = map[string]bool{"amount": true, "number": true, "level": true,
	"sum": true, "minimum": true, "maximum": true, "majority": true, "votes": true,
	"signatures": true, "time": true, "money": true, "funds": true, "funding": true,
	"threshold": true, "percent": true, "%": true, "as": true, "documents": true,
	"paperwork": true, "equipment": true, "skills": true, "capital": true, "supplies": true}

// quantityRequired reports "required" or "needed" right after a quantity
// noun or "as".
func quantityRequired(t trigger, low []string, i int) bool {
	if t.size != 1 || i == 0 || low[i] != "required" && low[i] != "needed" {
		return false
	}
	return quantityNouns[low[i-1]]
}

// servedGoods are what a business offers its customers ("the airline
// offers flights to Lima", "offers courses in accounting").
var servedGoods = map[string]bool{"flights": true, "routes": true, "courses": true,
	"classes": true, "tickets": true, "insurance": true, "coverage": true, "loans": true,
	"mortgages": true, "rates": true, "packages": true, "tours": true, "degrees": true,
	"seats": true, "rooms": true, "meals": true, "food": true, "drinks": true,
	"shipping": true, "delivery": true, "subscriptions": true, "apps": true, "games": true,
	"programs": true, "programmes": true, "training": true, "lessons": true, "views": true}

// servicesOffered reports an offer of a business's goods
// (servedGoods within three words), as commercialOffer does for its list.
func servicesOffered(t trigger, low []string, m match) bool {
	if !hasHead(t, "offer") || t.size != 1 {
		return false
	}
	for k := m.end; k < len(low) && k < m.end+4; k++ {
		if servedGoods[low[k]] {
			return true
		}
		if x := low[k]; x == "." || x == "," || x == ";" || x == "to" {
			break
		}
	}
	return false
}

// disasterDeaths name what kills people in an accident or a disaster:
// the disasters of disasterCaused and a fire.
func disasterDeath(w string) bool {
	return disasters[w] || w == "fire" || w == "fires" || w == "disaster" || w == "fireball" || w == "stampede" || w == "shipwreck"
}

// disasterAfter reports a force trigger followed by "in" or "by" and a
// disaster within five words ("Eight killed in casino blaze", "were
// injured in a crash on the motorway"): an accident, not an assault.
func disasterAfter(typ string, low []string, m match) bool {
	if typ != "assault" && typ != "fight" || m.end >= len(low) || low[m.end] != "in" && low[m.end] != "by" {
		return false
	}
	for k, n := m.end+1, 0; k < len(low) && n < 5; k++ {
		if disasterDeath(low[k]) {
			return true
		}
		if low[k] == "-" {
			continue // "a hit - and - run crash": the hyphens join one word
		}
		if !isWord(low[k]) && !strings.Contains(low[k], "-") {
			return false
		}
		n++
	}
	return false
}

// winVerbs win a game or a vote when the sentence names one ("Ostrava
// beat Velsk by nine wickets", "she defeated Dunn in the primary").
var winVerbs = []string{"beat", "defeat", "crush", "thrash", "trounce", "rout"}

// contestWords name a game, a tournament or a vote.
var contestWords = map[string]bool{"match": true, "matches": true, "tournament": true,
	"championship": true, "championships": true, "cup": true, "final": true, "finals": true,
	"league": true, "game": true, "games": true, "wickets": true, "wicket": true, "seed": true,
	"seeded": true, "title": true, "open": true, "medal": true, "season": true, "election": true,
	"elections": true, "primary": true, "primaries": true, "polls": true, "votes": true,
	"ballot": true, "nomination": true, "contest": true, "semifinal": true, "semi-final": true,
	"derby": true, "race": true, "caucus": true, "caucuses": true, "runoff": true, "innings": true,
	"runs": true, "goals": true, "points": true, "strokes": true, "sets": true}

// contestWon reports a win verb typed as force in a sentence that names
// a game or a vote (or a sports word or a score).
func contestWon(t trigger, typ string, low []string) bool {
	if !playTypes[typ] {
		return false
	}
	win := false
	for _, h := range winVerbs {
		win = win || hasHead(t, h)
	}
	if !win {
		return false
	}
	for _, w := range low {
		if contestWords[w] {
			return true
		}
	}
	return sporting(low)
}

// demandMarkets before "demand" make it buyers' demand ("rising demand",
// "consumer demand"), not a demand made.
var demandMarkets = map[string]bool{"rising": true, "falling": true, "growing": true,
	"strong": true, "stronger": true, "weak": true, "weaker": true, "weakening": true,
	"slowing": true, "slow": true, "sluggish": true, "robust": true, "soaring": true,
	"surging": true, "flat": true, "consumer": true, "customer": true, "customers": true,
	"domestic": true, "global": true, "world": true, "export": true, "import": true,
	"oil": true, "energy": true, "market": true, "seasonal": true, "peak": true,
	"firm": true, "firmer": true, "healthy": true, "higher": true, "lower": true,
	"increased": true, "reduced": true, "declining": true, "buying": true, "investor": true,
	"industrial": true, "fuel": true, "power": true, "electricity": true, "housing": true,
	"credit": true, "loan": true, "travel": true, "pent-up": true, "underlying": true}

// marketDemand reports "demand" after a word of markets ("rising demand",
// "supply and demand").
func marketDemand(t trigger, low []string, i int) bool {
	if !hasHead(t, "demand") || t.size != 1 || low[i] != "demand" || i == 0 {
		return false
	}
	return demandMarkets[low[i-1]] || low[i-1] == "and" && i >= 2 && low[i-2] == "supply"
}

// attractionWords before "appeal" make it attraction ("broad appeal",
// "voter appeal"), not a request.
var attractionWords = map[string]bool{"broad": true, "wide": true, "widespread": true,
	"popular": true, "mass": true, "voter": true, "electoral": true, "sex": true, "curb": true,
	"crossover": true, "universal": true, "emotional": true, "enduring": true,
	"commercial": true, "aesthetic": true, "visual": true, "star": true, "nostalgic": true,
	"populist": true, "limited": true, "lasting": true, "instant": true, "niche": true}

// haveForms own a quality ("has broad appeal", "had only one appeal").
var haveForms = map[string]bool{"has": true, "have": true, "had": true, "having": true,
	"lacks": true, "lack": true, "lacked": true, "lacking": true}

// ownedFillers may stand between a have-form and the noun it owns.
var ownedFillers = map[string]bool{"a": true, "an": true, "the": true, "its": true,
	"his": true, "her": true, "their": true, "only": true, "one": true, "little": true,
	"much": true, "no": true, "some": true, "great": true, "real": true, "more": true,
	"less": true, "any": true, "special": true, "obvious": true, "strong": true, "clear": true}

// attraction reports the noun "appeal" as attraction: after a word of
// attraction or owned ("the senator has broad appeal", "her only appeal
// for the voters").
func attraction(t trigger, low []string, i int) bool {
	if !hasHead(t, "appeal") || t.size != 1 || low[i] != "appeal" || i == 0 {
		return false
	}
	if attractionWords[low[i-1]] {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if haveForms[low[k]] {
			return true
		}
		if !ownedFillers[low[k]] && !attractionWords[low[k]] {
			return false
		}
	}
	return false
}

// everydayPlaces are left by someone walking out of them, not in protest
// ("walking out of a store").
var everydayPlaces = map[string]bool{"store": true, "shop": true, "house": true,
	"home": true, "restaurant": true, "bar": true, "pub": true, "hospital": true,
	"office": true, "building": true, "hotel": true, "bank": true, "club": true,
	"church": true, "station": true, "car": true, "apartment": true, "mall": true,
	"supermarket": true, "theater": true, "theatre": true, "cafe": true, "elevator": true,
	"gym": true, "prison": true, "jail": true, "door": true, "doors": true, "kitchen": true}

// leftPlace reports "walk out of" an everyday place ("Johnson was walking
// out of the store"): a walk, not a walkout.
func leftPlace(t trigger, low []string, m match) bool {
	if !hasHead(t, "walk") || m.end+1 >= len(low) || low[m.end-1] != "out" || low[m.end] != "of" {
		return false
	}
	for k := m.end + 1; k < len(low) && k <= m.end+3; k++ {
		if everydayPlaces[low[k]] {
			return true
		}
		if !isWord(low[k]) {
			return false
		}
	}
	return false
}

// killableThings are killed as plans, not as people ("killed the deal").
var killableThings = map[string]bool{"deal": true, "deals": true, "bill": true,
	"bills": true, "plan": true, "plans": true, "proposal": true, "proposals": true,
	"measure": true, "idea": true, "project": true, "program": true, "programme": true,
	"legislation": true, "story": true, "chance": true, "chances": true, "rumor": true,
	"rumors": true, "rumour": true, "rumours": true, "momentum": true, "merger": true,
	"bid": true, "agreement": true, "amendment": true, "initiative": true, "hopes": true,
	"engine": true, "lights": true, "reform": true, "contract": true, "pipeline": true}

// passiveFillers stand between a passive subject and its participle.
var passiveFillers = map[string]bool{"was": true, "were": true, "is": true, "are": true,
	"be": true, "been": true, "being": true, "had": true, "has": true, "have": true,
	"effectively": true, "reportedly": true, "quietly": true, "finally": true, "all": true,
	"but": true, "essentially": true, "virtually": true}

// killedThing reports "kill" with a plan or a deal as its object or its
// passive subject ("the Senate killed the bill", "the deal had been killed
// by the Pentagon").
func killedThing(t trigger, low []string, m match) bool {
	if !hasHead(t, "kill") || t.size != 1 {
		return false
	}
	for k := m.end; k < len(low) && k <= m.end+3; k++ {
		if killableThings[low[k]] {
			return true
		}
		if !ownedFillers[low[k]] && low[k] != "off" && low[k] != "this" && low[k] != "that" && low[k] != "any" {
			break
		}
	}
	k := m.start - 1
	for k >= 0 && passiveFillers[low[k]] {
		k--
	}
	return k >= 0 && k < m.start-1 && killableThings[low[k]]
}

// privacyAsked reports privacy asked for ("the family requested
// privacy"): a source's wish, as anonymity is (notAnAct).
func privacyAsked(t trigger, low []string, m match) bool {
	if t.size != 1 || m.end >= len(low) || !hasHead(t, "request") && !hasHead(t, "ask") {
		return false
	}
	return low[m.end] == "privacy" || m.end+1 < len(low) && low[m.end] == "for" && low[m.end+1] == "privacy"
}
