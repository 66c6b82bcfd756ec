package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// Rules of the twelfth events pass (issue 3): words whose sense in news
// English names no act (a forecast, a fall, a welcome state), acts
// described rather than reported (land held by someone, a court-ordered
// stay) and arguments read from the wrong clause.

// describedNotDone reports a trigger that describes a thing or a state
// rather than reporting an act: a participle in a hyphenated compound
// ("court-ordered", "Western-backed"), land described by who holds it
// ("regions occupied by X since 2014 and annexed by Y"), "welcome" as an
// adjective ("are not welcome"), a fall named by "decline" ("sales
// declined 8.7%"), a warning that forecasts ("warned there could be more
// charges"), a charge named as a noun ("a DUI charge") and an obligation
// inside a relative clause ("talks with X, which must take into
// account ...").
func describedNotDone(t trigger, toks []sentence.Token, low []string, m match, ms []quotes.Mention, sub bool) bool {
	i := m.start
	return compoundParticiple(toks, low, i) || heldLand(toks, low, i, ms, 0) ||
		welcomeState(t, low, i) || fall(t, low, m) || forecast(t, low, m) ||
		chargeNoun(t, toks, low, i) || relativeMust(t, low, i, sub) || calledOff(t, low, m) || listedCharge(t, low, i) ||
		audienceWelcomed(t, low, m) || reception(t, low, m) || viewOffered(t, low, m) || ammunition(low, i) ||
		customerOffer(t, low, m) || purchaseOrders(t, low, i) || metTarget(t, low, m) || figureOfStrike(t, low, m) ||
		topicOfInquiry(t, low, i) || soughtOut(t, low, m)
}

// compoundParticiple reports a participle joined by a hyphen to the word
// before it ("court-ordered", "stimulus-backed", "Western-backed"; the
// tokenizer splits the hyphen off): an adjective, not a verb.
func compoundParticiple(toks []sentence.Token, low []string, i int) bool {
	if i < 2 || low[i-1] != "-" || !participle(low[i]) || !isWord(toks[i-2].Text) {
		return false
	}
	// "Berdymukhamedov - undermining": a spaced dash before a new phrase is
	// no compound; a spaced hyphen is, when a participle follows it
	return toks[i-1].Start == toks[i-2].End || strings.HasSuffix(low[i], "ed")
}

// controlVerbs describe who holds a place ("occupied by", "annexed by",
// "controlled by").
var controlVerbs = map[string]bool{"occupied": true, "annexed": true, "controlled": true,
	"held": true, "seized": true, "captured": true, "taken": true, "ruled": true,
	"governed": true, "administered": true, "claimed": true, "liberated": true}

// placeNouns extend landWords with nouns for places a participle may
// describe.
var placeNouns = map[string]bool{"peninsula": true, "city": true, "cities": true,
	"town": true, "towns": true, "village": true, "villages": true, "island": true,
	"islands": true, "province": true, "district": true, "country": true,
	"countries": true, "capital": true, "oblast": true, "oblasts": true}

// heldLand reports a control participle with a by-phrase right after land
// or a place ("regions occupied by Russian troops", "the Crimean
// Peninsula, annexed by Putin in 2014,"), or coordinated with one ("...
// since 2014 and annexed by Russia"): who holds the land, told as a
// description, not an act the sentence reports.
func heldLand(toks []sentence.Token, low []string, i int, ms []quotes.Mention, depth int) bool {
	if i < 1 || i+1 >= len(low) || low[i+1] != "by" || !controlVerbs[low[i]] {
		return false
	}
	p := low[i-1]
	switch {
	case landWords[p] || placeNouns[p]:
		return true
	case p == "," && i >= 2:
		if landWords[low[i-2]] || placeNouns[low[i-2]] {
			return true
		}
		for _, mm := range ms {
			if mm.End == toks[i-2].End && mm.Type == "LOC" {
				return true
			}
		}
	case p == "and" && depth == 0:
		for k := i - 2; k >= 1 && k >= i-10; k-- {
			if low[k] == "," || low[k] == ";" {
				break
			}
			if heldLand(toks, low, k, ms, 1) {
				return true
			}
		}
	}
	return false
}

// beForms are forms of "be" and linking verbs before a predicate
// adjective.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "being": true, "'s": true, "’s": true, "'re": true,
	"’re": true, "seem": true, "seems": true, "feel": true, "feels": true, "felt": true,
	"remain": true, "remains": true, "remained": true}

// welcomeState reports "welcome" as a predicate adjective ("the words are
// certainly welcome"): a state, not a welcome given. "X made clear they
// are not welcome" stays (a rejection).
func welcomeState(t trigger, low []string, i int) bool {
	if low[i] != "welcome" || !hasHead(t, "welcome") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch {
		case beForms[low[k]]:
			return true
		case low[k] == "very" || low[k] == "more" || low[k] == "most" || strings.HasSuffix(low[k], "ly"):
			continue
		}
		return false
	}
	return false
}

// quantityWords name amounts that fall: "sales declined", "a decline in
// revenues".
var quantityWords = map[string]bool{"sales": true, "revenue": true, "revenues": true,
	"prices": true, "price": true, "shares": true, "stocks": true, "profit": true,
	"profits": true, "earnings": true, "output": true, "exports": true, "imports": true,
	"index": true, "production": true, "demand": true, "rate": true, "rates": true,
	"numbers": true, "population": true, "value": true, "volume": true, "income": true,
	"spending": true, "investment": true, "growth": true, "market": true, "stock": true}

// fallWords after "declined" measure a fall ("declined 8.7%", "declined
// sharply", "declined in value").
var fallWords = map[string]bool{"in": true, "by": true, "from": true, "sharply": true,
	"slightly": true, "steadily": true, "further": true, "significantly": true,
	"dramatically": true, "markedly": true, "modestly": true, "substantially": true,
	"percent": true, "more": true, "less": true, "to": false}

// fall reports "decline" meaning a fall, not a refusal: the noun ("heavy
// declines in revenues", "a 29% decline"), or the verb after an amount or
// before a number or a degree word ("sales declined 8.7%"). "declined to
// comment", "declined the offer" stay refusals.
func fall(t trigger, low []string, m match) bool {
	if t.size != 1 || !hasHead(t, "decline") {
		return false
	}
	i := m.start
	w := low[i]
	if w == "decline" || w == "declines" {
		if i > 0 && (nounDeterminers[low[i-1]] || strings.HasSuffix(low[i-1], "%") || numberWord(low[i-1]) || !isWord(low[i-1])) {
			return true // a noun: "a 29% decline", "heavy declines"
		}
		if i > 0 && (strings.HasSuffix(low[i-1], "y") || strings.HasSuffix(low[i-1], "ing")) && !auxiliaries[low[i-1]] {
			return true // "heavy declines", "continuing decline"
		}
	}
	if i > 0 && quantityWords[low[i-1]] {
		return true // "their sales declined"
	}
	if m.end >= len(low) {
		return true // "... declined." with nothing declined
	}
	next := low[m.end]
	return fallWords[next] || numberWord(next) || strings.HasSuffix(next, "%")
}

// forecast reports a warning that foretells rather than threatens: "warn"
// followed by "of" (a danger, not a consequence the speaker will bring:
// those are the longer "warn ... of ... retaliation" pattern), "there",
// "that there" or a modal ("leaders warned could escalate"), with no
// condition (if, unless, or else) in the rest of the sentence.
func forecast(t trigger, low []string, m match) bool {
	if t.size != 1 || t.typ != "threaten" || !hasHead(t, "warn") || m.end >= len(low) {
		return false
	}
	next := low[m.end]
	switch {
	case next == "of" && actOfWarning(low, m.end+1):
		return false // "warned of arrests": the warner's own act foretold, a threat
	case next == "of" || next == "there" || next == "could" || next == "may" || next == "might":
	case next == "that" && m.end+1 < len(low) && low[m.end+1] == "there":
	default:
		return false
	}
	for _, w := range low[m.end:] {
		if w == "if" || w == "unless" || w == "otherwise" || w == "else" {
			return false
		}
	}
	return true
}

// chargeNoun reports "charge" as a noun typed as an accusation: "a DUI
// charge", "more than 50 charges", "charges that he was driving": a legal
// charge named, not an accusation made (a charge brought is a coercion
// the charging verb reports).
func chargeNoun(t trigger, toks []sentence.Token, low []string, i int) bool {
	if t.size != 1 || t.typ != "disapprove" || !hasHead(t, "charge") {
		return false
	}
	w := low[i]
	if w != "charge" && w != "charges" {
		return false
	}
	if i == 0 {
		return true // a headline's "Charges ..."
	}
	p := low[i-1]
	if auxiliaries[p] || negators[p] || subjectPronouns[p] || modalVerbs[p] || p == "to" || strings.HasSuffix(p, "ly") {
		return false // "they charge", "will charge", "to charge"
	}
	if strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") && (i < 2 || low[i-2] == "," || nounDeterminers[low[i-2]]) {
		return false // "..., prosecutors charge.": a plural subject and its verb
	}
	return true // "on DUI charge", "more than 50 charges", "as well as charges that"
}

// relativeMust reports a bare "must" demand inside a relative clause
// ("talks with Ukraine, which must take into account ..."): a condition
// the clause puts on its noun, not a demand anyone makes of anyone.
func relativeMust(t trigger, low []string, i int, sub bool) bool {
	if t.size != 1 || !hasHead(t, "must") {
		return false
	}
	return sub || i > 0 && (low[i-1] == "which" || low[i-1] == "who")
}

// thatClauseTarget reports a that-clause with a pronoun subject right
// after a trigger ("recommended that they continue hostilities and ...
// Russia's defeat"): the one asked is the pronoun, so a name found later
// in the clause is no target.
func thatClauseTarget(low []string, end int) bool {
	return end+1 < len(low) && low[end] == "that" && pronounHeads[low[end+1]] && low[end+1] != "that"
}

// detainedByOrder reports "ordered X held/jailed/detained": a court's or
// an official's order to detain is a coercion (CAMEO 173), not a demand.
func detainedByOrder(t trigger, low []string, m match) bool {
	if !hasHead(t, "order") || t.size != 1 {
		return false
	}
	for k := m.end; k < len(low) && k <= m.end+3; k++ {
		switch low[k] {
		case "held", "jailed", "detained", "arrested", "imprisoned", "deported", "expelled":
			return k > m.end
		case ",", ".", ";", "to", "that":
			return false
		}
	}
	return false
}

// cancelVerbs call off a planned act ("nixed a visit", "cancelled the
// talks"); their participles say it was called off ("the meeting could
// be canceled").
var cancelVerbs = map[string]bool{"nixed": true, "nix": true, "nixes": true,
	"cancelled": true, "canceled": true, "cancel": true, "cancels": true, "scrapped": true,
	"scrap": true, "scraps": true, "shelved": true, "scuttled": true, "axed": true,
	"postponed": true, "postpone": true, "postpones": true}

// calledOff reports an act noun that a verb of cancelling takes ("Trump
// nixed a February visit to the U.K.", "called off the talks") or that is
// said to be called off ("the meeting could be canceled at any time"):
// the act did not happen.
func calledOff(t trigger, low []string, m match) bool {
	if t.size != 1 || participle(low[m.start]) {
		return false
	}
	for k, n := m.start-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		w := low[k]
		if cancelVerbs[w] || w == "off" && k > 0 && (low[k-1] == "called" || low[k-1] == "call" || low[k-1] == "calls") {
			return true
		}
		if !nounDeterminers[w] && !isWord(w) && !numberWord(w) || preps[w] || auxiliaries[w] || passiveAux[w] {
			break
		}
	}
	for k := m.end; k < len(low) && k <= m.end+3; k++ {
		w := low[k]
		if cancelVerbs[w] && participle(w) && k > m.end && (passiveAux[low[k-1]] || low[k-1] == "be") {
			return true
		}
		if w == "called" && k+1 < len(low) && low[k+1] == "off" && k > m.end && passiveAux[low[k-1]] {
			return true
		}
	}
	return false
}

// listedCharge reports an offence listed after a charge across commas and
// adjectives the narrower chargedAct does not cross ("charged with one
// count of attempted willful, deliberate, premeditated murder"): the
// charge, not the act.
func listedCharge(t trigger, low []string, i int) bool {
	if t.size != 1 || !crimeNouns[low[i]] || i > 0 && (low[i-1] == "the" || low[i-1] == "a") {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		w := low[k]
		if (w == "of" || w == "with") && chargeWords[low[k-1]] {
			return true
		}
		if w != "," && !hyphenWord(w) || auxiliaries[w] || passiveAux[w] || preps[w] || nounDeterminers[w] || w == "and" || w == "or" {
			return false
		}
	}
	return false
}

// visitorWelcomed reports "welcomed X to <a place>" ("welcomed Macron
// and his wife to the White House"): hosting a visit (consult), not
// approval. "welcomed the decision to withdraw" stays.
func visitorWelcomed(t trigger, toks []sentence.Token, low []string, m match, target string) bool {
	if !hasHead(t, "welcome") || t.size != 1 || target == "" {
		return false
	}
	for k := m.end; k+1 < len(low) && k <= m.end+12; k++ {
		switch low[k] {
		case "to":
			r, _ := utf8.DecodeRuneInString(toks[k+1].Text)
			return low[k+1] == "the" || unicode.IsUpper(r)
		case ";", ".", "that", "as", "for":
			return false
		}
	}
	return false
}

// audiences welcomed by a host are no one acted on ("welcomed everyone to
// the event").
var audiences = map[string]bool{"everyone": true, "everybody": true, "all": true,
	"guests": true, "visitors": true, "attendees": true, "participants": true,
	"delegates": true, "fans": true, "viewers": true, "audience": true, "listeners": true}

// audienceWelcomed reports a host welcoming an audience: no act.
func audienceWelcomed(t trigger, low []string, m match) bool {
	if !hasHead(t, "welcome") || t.size != 1 || m.end >= len(low) {
		return false
	}
	k := m.end
	if low[k] == "the" && k+1 < len(low) {
		k++
	}
	return audiences[low[k]]
}

// receptionNouns after "met with" tell how something was received.
var receptionNouns = map[string]bool{"criticism": true, "resistance": true,
	"opposition": true, "skepticism": true, "scepticism": true, "approval": true,
	"praise": true, "applause": true, "silence": true, "derision": true, "disbelief": true,
	"anger": true, "outrage": true, "laughter": true, "success": true, "failure": true,
	"indifference": true, "scorn": true, "ridicule": true, "jeers": true, "cheers": true,
	"backlash": true, "condemnation": true, "dismay": true, "suspicion": true, "delight": true}

// reception reports "met with" a reception ("the statements met with
// criticism from X"): how something was received, not a meeting.
func reception(t trigger, low []string, m match) bool {
	if !hasHead(t, "meet") || m.end >= len(low) {
		return false
	}
	k := m.end
	if low[k] == "with" {
		k++
	} else if low[m.end-1] != "with" {
		return false
	}
	for n := 0; k < len(low) && n < 3; k, n = k+1, n+1 {
		if receptionNouns[low[k]] {
			return true
		}
		if !isWord(low[k]) || nounDeterminers[low[k]] && low[k] != "some" && low[k] != "much" && low[k] != "little" {
			return false
		}
	}
	return false
}

// viewOffered reports an offer of a view, an opinion or of (almost) no
// information: "a contrary view is offered by X", "police offered almost
// no details" (offeredViews holds the nouns).
func viewOffered(t trigger, low []string, m match) bool {
	if !hasHead(t, "offer") || t.size != 1 {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
		if offeredViews[low[k]] || low[k] == "opinion" || low[k] == "explanation" {
			return true // "a contrary view is offered by"
		}
	}
	if m.end+1 < len(low) && (low[m.end] == "almost" || low[m.end] == "virtually" || low[m.end] == "few" || low[m.end] == "little") {
		return low[m.end+1] == "no" || low[m.end] == "few" || low[m.end] == "little"
	}
	return false
}

// ammunition reports "shell" as a cartridge or a casing ("loaded a shell
// into the chamber", "empty shell boxes"): a thing, not shelling.
func ammunition(low []string, i int) bool {
	if low[i] != "shell" && low[i] != "shells" || i == 0 {
		return false
	}
	p := low[i-1]
	return p == "a" || p == "empty" || p == "spent" || p == "one" || numberWord(p) ||
		i+1 < len(low) && (low[i+1] == "casing" || low[i+1] == "casings" || low[i+1] == "boxes" || low[i+1] == "box" || low[i+1] == "into")
}

// customers are the public a business offers goods to.
var customers = map[string]bool{"anyone": true, "everyone": true, "everybody": true,
	"customers": true, "users": true, "consumers": true, "buyers": true, "shoppers": true,
	"subscribers": true, "owners": true, "passengers": true, "patients": true, "free": true}

// customerOffer reports a business offering goods to the public ("will
// offer a free case to anyone who has purchased", "offer free wi-fi
// access to all users", "a plan that would offer everyone better
// coverage"): trade, not an offer between parties (PLOVER AGREE).
func customerOffer(t trigger, low []string, m match) bool {
	if !hasHead(t, "offer") || t.size != 1 {
		return false
	}
	for k := m.end; k < len(low) && k <= m.end+8; k++ {
		if customers[low[k]] && (k == m.end || low[k-1] == "to" || low[k-1] == "all" || low[k-1] == "its" || low[k] == "free" && k == m.end) {
			return true
		}
		if low[k] == "," || low[k] == ";" || low[k] == "." {
			return false
		}
	}
	return false
}

// purchaseOrders reports "orders" counted or new ("35 new orders from an
// airline", "677 orders from 47 customers"): purchases, not commands.
func purchaseOrders(t trigger, low []string, i int) bool {
	if !hasHead(t, "order") || low[i] != "orders" && low[i] != "order" || i == 0 {
		return false
	}
	p := low[i-1]
	return numberWord(p) || p == "new" || p == "firm" || p == "purchase" || p == "aircraft" || p == "export"
}

// targetNouns are met as goals, not people: "meet the requirements",
// "would meet its financial targets".
var targetNouns = map[string]bool{"requirements": true, "requirement": true, "targets": true,
	"target": true, "expectations": true, "standards": true, "standard": true, "criteria": true,
	"goals": true, "goal": true, "needs": true, "obligations": true, "costs": true,
	"conditions": true, "quota": true, "quotas": true, "forecasts": true, "estimates": true}

// metTarget reports "meet" with a goal as its object: no meeting.
func metTarget(t trigger, low []string, m match) bool {
	if !hasHead(t, "meet") && !hasHead(t, "would") {
		return false
	}
	if low[m.end-1] != "meet" && low[m.end-1] != "meets" && low[m.end-1] != "met" {
		return false
	}
	for k := m.end; k < len(low) && k <= m.end+8; k++ {
		if targetNouns[low[k]] {
			return true
		}
		if !isWord(low[k]) || preps[low[k]] && low[k] != "of" {
			return false
		}
	}
	return false
}

// mustDemand decides a bare "must" demand whose subject right before
// "must" is a name: the demand is the speaker's (a mention before a speech
// verb anywhere in the sentence: "Norland said Velsk must withdraw",
// "Velsk must withdraw, Norland said") and the subject is its target.
// With no speaker the sentence states an obligation ("Under the law, Dunn
// must certify ...", "Norland must decide next month"), not a demand
// anyone makes: ok is false. A pronoun or common-noun subject keeps the
// actor found before (changed false).
func mustDemand(text string, toks []sentence.Token, ms []quotes.Mention, s sentence.Sentence, i int) (actor, target string, changed, ok bool) {
	if i == 0 {
		return "", "", false, true
	}
	var subj *quotes.Mention
	for k := range ms {
		if ms[k].End == toks[i-1].End {
			subj = &ms[k]
		}
	}
	if subj == nil {
		// eighteenth pass: with no one saying it, a common noun's or a
		// pronoun's "must" is an obligation stated too ("The poor must know
		// ...", "A leader must fight ..."); a that-clause reports one
		// ("issued a reminder that it must cooperate")
		return "", "", false, mustReported(toks, s, i)
	}
	for _, m := range mentionsIn(ms, s.Start, s.End) {
		if m.Name != subj.Name && speaker(text, m, s) {
			return actorName(text, m), actorName(text, *subj), true, true
		}
	}
	for _, t := range toks {
		if t.Start >= s.Start && t.End <= s.End && (reportVerbs[strings.ToLower(t.Text)] || speechVerbs[strings.ToLower(t.Text)] || claimVerbs[strings.ToLower(t.Text)]) {
			return "", "", false, true // a speaker the simple reading misses: the actor found before stays
		}
	}
	return "", "", false, false
}

// mustReported reports a verb of saying anywhere in sentence s, or a
// "that" before the "must" at token i, for a "must" whose subject is no
// name.
func mustReported(toks []sentence.Token, s sentence.Sentence, i int) bool {
	for k, t := range toks {
		if t.Start < s.Start || t.End > s.End {
			continue
		}
		w := strings.ToLower(t.Text)
		if reportVerbs[w] || speechVerbs[w] || claimVerbs[w] || reportForms[w] || k < i && w == "that" {
			return true
		}
	}
	return false
}

// claimVerbs report a statement as speech verbs do ("declared Tuesday
// that China must ...").
var claimVerbs = map[string]bool{"declared": true, "announced": true, "insisted": true,
	"argued": true, "stressed": true, "warned": true, "demanded": true, "urged": true,
	"declares": true, "announces": true, "insists": true, "argues": true, "stresses": true,
	"warns": true, "demands": true, "urges": true, "say": true, "claimed": true, "claims": true}

// hostsAndDemands applies mustDemand and visitorWelcomed to ev (a host's
// welcome to a visitor is consult, "Norland said Velsk must withdraw" is
// Norland's demand of Velsk) and reports whether ev stays.
func hostsAndDemands(ev *Event, t trigger, text string, toks []sentence.Token, low []string, ms []quotes.Mention, s sentence.Sentence, m match) bool {
	if t.size == 1 && hasHead(t, "must") && ev.Type == "demand" {
		a, b, changed, ok := mustDemand(text, toks, ms, s, m.start)
		if !ok {
			return false
		}
		if changed {
			ev.Actor, ev.Target = a, b
		}
	}
	if ev.Type == "support" && visitorWelcomed(t, toks, low, m, ev.Target) {
		ev.Type = "consult" // "welcomed Macron to the White House": a visit hosted
	}
	return true
}

// actOfWarning reports an act noun within three words from token i
// ("warned of arrests", "warned of possible sanctions").
func actOfWarning(low []string, i int) bool {
	for k := i; k < len(low) && k < i+3; k++ {
		w := low[k]
		if eventNouns[w] || eventNouns[strings.TrimSuffix(w, "s")] {
			return true
		}
		if !isWord(w) {
			return false
		}
	}
	return false
}

// figureOfStrike reports "strike" in a figure of speech: "struck up a
// conversation", "struck it rich", "struck gold", "struck a chord",
// "struck out" (baseball).
func figureOfStrike(t trigger, low []string, m match) bool {
	if !hasHead(t, "strike") || t.size != 1 || m.end >= len(low) {
		return false
	}
	switch low[m.end] {
	case "up", "gold", "out":
		return true
	case "it":
		return m.end+1 < len(low) && (low[m.end+1] == "rich" || low[m.end+1] == "big" || low[m.end+1] == "lucky")
	case "a":
		if m.end+1 < len(low) {
			switch low[m.end+1] {
			case "chord", "balance", "note", "tone", "pose", "nerve":
				return true
			}
		}
	}
	return false
}

// inquiryWords take an act as their topic: "was investigating the June 20
// shooting", "arrested in connection with the attack", "witnessed the
// killing": the act is named again, its doer is not the subject.
var inquiryWords = map[string]bool{"investigating": true, "investigate": true,
	"investigated": true, "investigates": true, "probing": true, "probed": true,
	"solve": true, "solving": true, "solved": true, "witnessed": true, "witnessing": true,
	"describing": true, "described": true, "recalled": true, "recalling": true,
	"regarding": true, "concerning": true, "about": true, "into": true}

// topicOfInquiry reports a one-word act noun that an inquiry word or "in
// connection with" takes across a determiner and modifiers.
func topicOfInquiry(t trigger, low []string, i int) bool {
	if t.size != 1 || participle(low[i]) {
		return false
	}
	for k, n := i-1, 0; k >= 1 && n < 5; k, n = k-1, n+1 {
		switch low[k] {
		case "the", "a", "an", "this", "that", "last":
			p := low[k-1]
			return inquiryWords[p] || p == "with" && k >= 3 && low[k-2] == "connection" && low[k-3] == "in"
		}
		if !isWord(low[k]) && !numberWord(low[k]) && low[k] != "-" {
			return false
		}
	}
	return false
}

// soughtOut reports "sought out" someone: finding, not a request.
func soughtOut(t trigger, low []string, m match) bool {
	return hasHead(t, "seek") && t.size == 1 && m.end < len(low) && low[m.end] == "out"
}
