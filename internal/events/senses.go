package events

import "strings"

// Senses (fifth session, issue 3): trigger words whose other senses are
// common in general news, told apart by the words around them. Each rule
// comes from an error class of the real-news samples (NOTE.md), written
// for the class, not for one sentence.

// questionWords after "ask" make it a question, not an appeal ("asked
// whether the F.B.I. had ...", "asked if their discussion was private").
var questionWords = map[string]bool{"if": true, "whether": true, "what": true, "why": true,
	"how": true, "who": true, "where": true, "which": true, "about": true}

// obligationWords in a clause after "insisted" make it a demand ("insists
// that the annexations must be nullified"), as an act's trigger does
// ("insists that Kyiv withdraw"); without either the verb asserts
// ("insisted the problems had nothing to do with Greece").
var obligationWords = map[string]bool{"must": true, "should": true, "ought": true,
	"need": true, "needs": true, "required": true, "demand": true, "demands": true}

// fireShots are the words after "fired" that make it shooting ("fired
// two rockets", "fired on the crowd"); other words make it a dismissal
// ("fired head coach Maurice Cheeks", "was fired by the F.B.I.").
var fireShots = map[string]bool{"on": true, "at": true, "upon": true, "into": true,
	"toward": true, "towards": true, "from": true, "shots": true, "shot": true,
	"rockets": true, "rocket": true, "missiles": true, "missile": true, "shells": true,
	"mortars": true, "mortar": true, "artillery": true, "bullets": true, "rounds": true,
	"tear": true, "teargas": true, "rubber": true, "live": true, "warning": true,
	"volleys": true, "salvos": true, "projectiles": true, "grenades": true, "weapons": true,
	"guns": true, "a": true, "two": true, "three": true, "several": true, "dozens": true,
	"back": true, "across": true, "in": true, "over": true, "indiscriminately": true, "randomly": true,
	".": true, ",": true, "and": true}

// fireOpeners before "fire" make it shooting ("opened fire", "returned
// fire", "exchanged fire").
var fireOpeners = map[string]bool{"open": true, "opened": true, "opens": true, "opening": true,
	"return": true, "returned": true, "exchange": true, "exchanged": true, "under": true,
	"cease": true, "heavy": true, "artillery": true, "rocket": true, "sniper": true}

// releasedThings are what is released that is no person: "released a
// statement" or "the newly released memos" is no freeing (CAMEO 0841).
var releasedThings = map[string]bool{"statement": true, "statements": true, "report": true,
	"reports": true, "memo": true, "memos": true, "video": true, "videos": true,
	"footage": true, "data": true, "details": true, "figures": true, "document": true,
	"documents": true, "book": true, "album": true, "film": true, "photo": true,
	"photos": true, "images": true, "letter": true, "transcript": true, "transcripts": true,
	"results": true, "list": true, "budget": true, "names": true, "files": true,
	"emails": true, "recording": true, "recordings": true, "information": true,
	"findings": true, "guidelines": true, "version": true, "song": true, "record": true,
	"newly": true, "recently": true, "publicly": true, "photograph": true,
	"photographs": true, "picture": true, "pictures": true, "image": true, "patch": true,
	"update": true, "software": true, "movie": true, "single": true}

// metaphorFights before "battle", "war" or "fight" name a contest, not
// armed force ("a trade battle with China", "a legal fight").
var metaphorFights = map[string]bool{"trade": true, "legal": true, "court": true,
	"courtroom": true, "political": true, "custody": true, "tariff": true, "price": true,
	"uphill": true, "ratings": true, "title": true, "bidding": true, "takeover": true,
	"budget": true, "election": true, "electoral": true, "campaign": true, "culture": true,
	"verbal": true, "public-relations": true, "media": true, "bureaucratic": true,
	"regulatory": true, "currency": true, "tax": true, "turf": true, "cyber": true}

// retaliationWords after "promised" or "vowed" make the promise a threat
// ("Europe has promised swift retaliation").
var retaliationWords = map[string]bool{"retaliation": true, "reprisal": true,
	"reprisals": true, "revenge": true, "retribution": true, "vengeance": true,
	"consequences": true, "countermeasures": true, "counter-measures": true,
	"punishment": true, "response": true}

// executedThings are what is executed that is no person ("execute code").
var executedThings = map[string]bool{"code": true, "order": true, "orders": true,
	"plan": true, "plans": true, "command": true, "commands": true, "program": true,
	"programs": true, "strategy": true, "trade": true, "trades": true, "contract": true,
	"will": true, "warrant": true, "warrants": true, "deal": true, "search": true,
	"transactions": true, "transaction": true, "a": true, "an": true}

// noComment after "declined to" is a source's silence, not a rejection.
var noComment = map[string]bool{"comment": true, "say": true, "elaborate": true,
	"speculate": true, "predict": true, "specify": true, "disclose": true,
	"identify": true, "name": true, "confirm": true, "be": true, "answer": true,
	"detail": true, "reveal": true, "discuss": true}

// demoNext are the words after "demonstrated" that make it a protest
// ("demonstrated in the capital", "demonstrated against the law").
var demoNext = map[string]bool{"in": true, "against": true, "outside": true, "at": true,
	"on": true, "for": true, "over": true, "near": true, "before": true, "across": true,
	"through": true, "throughout": true, "peacefully": true, "again": true, ".": true,
	",": true, "and": true, "daily": true, "on,": true, "in,": true}

// offeredViews after "offer" make it a view, not an offer.
var offeredViews = map[string]bool{"look": true, "glimpse": true, "insight": true,
	"insights": true, "view": true, "window": true, "reminder": true, "hint": true,
	"clue": true, "clues": true, "perspective": true, "snapshot": true,
	// seventeenth pass: words and feelings offered ("offered a somewhat
	// more reserved response", "offered a show of remorse")
	"response": true, "responses": true, "answer": true, "answers": true, "remorse": true,
	"show": true, "explanation": true, "explanations": true, "assessment": true,
	"analysis": true, "account": true, "opinion": true, "opinions": true, "thoughts": true,
	// nineteenth pass: accounts and comfort offered ("offered contradictory
	// descriptions", "rarely offers closure")
	"description": true, "descriptions": true, "closure": true, "comfort": true, "solace": true}

// capturedMinds after "captured the" are no prisoners.
var capturedMinds = map[string]bool{"imagination": true, "imaginations": true,
	"attention": true, "hearts": true, "heart": true, "spirit": true, "mood": true,
	"title": true, "crown": true, "award": true, "championship": true, "trophy": true}

// ailments fought are no enemies ("battled leukemia", "fought the blaze").
var ailments = map[string]bool{"illness": true, "cancer": true, "disease": true,
	"leukemia": true, "addiction": true, "depression": true, "injury": true,
	"injuries": true, "flames": true, "blaze": true, "blazes": true, "fire": true,
	"fires": true, "wildfire": true, "wildfires": true, "obesity": true, "infection": true,
	"virus": true, "tumor": true, "tumour": true, "alcoholism": true, "mental": true}

// medical words before "attack" make it a seizure of the body.
var medical = map[string]bool{"heart": true, "panic": true, "asthma": true, "anxiety": true}

// shelterWords after "sought" are safety, not a demand ("sought safety in a store").
var shelterWords = map[string]bool{"safety": true, "cover": true, "treatment": true,
	"care": true, "medical": true, "help": true, "solace": true}

// genericNoun words before an act's noun make it a kind of act or a
// supposed one, not a reported act ("in such deployments", "possible
// pardon offers", "previous strikes").
var genericNoun = map[string]bool{"such": true, "similar": true, "future": true,
	"past": true, "previous": true, "earlier": true, "possible": true,
	"potential": true, "alleged": true, "hypothetical": true, "any": true}

// nounForm reports a one-word trigger in a noun form: not a participle or
// gerund of its verb ("deployments", "pardon", not "deployed").
func nounForm(t trigger, w string) bool {
	return t.size == 1 && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// brokenWords before a pledge or a promise undo it.
var brokenWords = map[string]bool{"broke": true, "broken": true, "breaking": true,
	"break": true, "violated": true, "violating": true, "betrayed": true, "abandoned": true}

// otherSense reports a trigger read in a sense that names no act of its
// type, from the words around it.
func otherSense(t trigger, low []string, caps []bool, m match, f sentenceFacts) bool {
	next := func(k int) string {
		if m.end+k < len(low) {
			return low[m.end+k]
		}
		return "."
	}
	prev := ""
	if m.start > 0 {
		prev = low[m.start-1]
	}
	for k := m.start; k+1 < m.end; k++ {
		if low[k] == "first" && low[k+1] == "aid" {
			return true // "provide first aid"
		}
	}
	if t.size == 1 && genericNoun[prev] && nounForm(t, low[m.start]) {
		return true // "in such deployments", "possible pardon", "previous strikes"
	}
	if (prev == "on" || brokenWords[prev]) && (t.typ == "agree" || t.typ == "express-intent") && t.size == 1 {
		return true // "reneged on pledges to give up", "broke its promise"
	}
	if m.start >= 2 && low[m.start-1] == "to" && (low[m.start-2] == "declined" || low[m.start-2] == "declines" || low[m.start-2] == "declining") && noComment[low[m.start]] {
		return true // "declined to say whether": no comment
	}
	for _, h := range t.heads {
		switch h {
		case "decline":
			if t.size == 1 && (next(0) == "to" && noComment[next(1)] || isWord(next(0)) && next(0) != "to" && !nounDeterminers[next(0)] && !determiners[next(0)]) {
				return true // "declined to comment", "in declining health"
			}
		case "refuse":
			if t.size == 1 && next(0) == "to" && noComment[next(1)] && next(1) != "be" {
				return true // "refused to disclose the amount": no comment; not "refused to be photographed"
			}
		case "press":
			if m.start+1 < len(low) && pressNouns[low[m.start+1]] {
				return true // "the White House press corps to ...": the press, not pressure
			}
		case "target":
			if t.size == 1 && next(0) == "to" && !nounDeterminers[prev] {
				return true // "narrow and targeted to protect": designed, not attacked
			}
		case "accuse":
			if t.typ == "disapprove" && t.size == 1 && (next(0) == "of" || next(0) == "in") && !passiveAux[prev] {
				return true // "two men accused in killing X": the accused, not an accuser; "was accused of" keeps its by-phrase
			}
		case "give":
			if t.size == 2 && m.end-m.start == 2 && low[m.start+1] == "in" && next(0) != "to" && isWord(next(0)) {
				return true // "the speech he gave in November"; not "gave in to pressure"
			}
		case "contribute":
			if next(0) == "reporting" || next(0) == "to" && next(1) == "this" {
				return true // a byline: "contributed reporting from Washington"
			}
		case "ask":
			// a question, not an appeal: "asked whether", "asked Mr. Comey
			// if", "when asked"
			if t.size == 1 && (asksQuestion(low, m.end) || prev == "when" || asksNothing(low, m.end)) {
				return true
			}
			if next(0) == "not" && next(1) == "to" && next(2) == "be" {
				return true // "asked not to be identified": a source's wish
			}
		case "insist":
			if t.size == 1 && next(0) != "on" && next(0) != "upon" && !obliges(low, f.starts, m.end) {
				return true // "insisted it was a unique case"
			}
		case "agree":
			// agreeing with a view, not to an act: "officials agree that",
			// "a jury agreed, and ...", "Drake coach Mark Phelps agreed."
			if t.size == 1 && (next(0) == "that" || !isWord(next(0)) || viewClause(next(0), next(1))) {
				return true // "sources agreed it would be cost-effective": "that" left out
			}
		case "seek":
			if t.size == 1 && (next(0) == "to" || shelterWords[next(0)] || next(0) == "asylum") {
				return true // "sought to influence": an attempt; "sought safety"
			}
		case "fire":
			if t.typ != "fight" && t.typ != "assault" || t.size > 2 {
				continue
			}
			after := next(0)
			if m.end-m.start > 1 {
				after = low[m.start+1] // "fire ... at": the word after "fired", not after "at"
			}
			if !fireOpeners[prev] && !fireShots[after] {
				return true // "fired head coach Maurice Cheeks"
			}
			if passiveAux[prev] || after == "by" || after == "as" {
				return true // "was fired by the F.B.I."
			}
			if firedOnDate(low, m) {
				return true // "O'Brien, fired on June 8, is suing" (rules20.go)
			}
		case "demonstrate":
			if t.typ == "protest" && t.size == 1 && !strings.HasPrefix(low[m.start], "demonstration") && !demoNext[next(0)] {
				return true // "the files demonstrated that", "demonstrated bad judgment"
			}
		case "seize":
			if next(0) == "on" || next(0) == "upon" {
				return true // "seized on the memos": made use of
			}
		case "offer":
			if t.size == 1 && (offeredViews[next(0)] || offeredViews[next(1)] || offeredViews[next(2)]) {
				return true // "they offer an extraordinary look at"
			}
		case "capture":
			if t.size == 1 && (next(0) == "the" || possessives[next(0)]) && capturedMinds[next(1)] {
				return true // "captured the imagination of a generation"
			}
		case "release":
			if t.typ != "retreat" || t.size > 1 {
				continue
			}
			if releaseKinds[prev] {
				return true // "the security bulletin release", "a press release"
			}
			for k := max(0, m.start-2); k < min(len(low), m.end+4); k++ {
				if releasedThings[low[k]] {
					return true // "released a statement", "the newly released memos"
				}
			}
			if !freesPeople(low, caps, m.end) && !peopleReleased(low, caps, m.start) {
				return true // "the Fix It tool released by Microsoft", "catch and release"
			}
		case "battle", "war", "fight":
			if metaphorFights[prev] {
				return true // "a trade battle with China"
			}
			for k := m.end; k < min(len(low), m.end+3); k++ {
				if ailments[low[k]] {
					return true // "battled mental illness", "fought the blaze"
				}
			}
			if h == "fight" && t.size == 1 && next(0) == "to" && isWord(next(1)) && !nounDeterminers[next(1)] && next(1) != "the" {
				return true // "would fight to maintain the protections": a struggle
			}
		case "rally":
			if t.typ == "protest" && nounForm(t, low[m.start]) && (prev == "campaign" || prev == "election" || prev == "political" || m.start >= 2 && low[m.start-2] == "at" || datedAt(low, caps, m.start)) {
				return true // "spoke at a rally in Michigan", "at a March 5 rally": a campaign event
			}
		case "attack":
			if medical[prev] {
				return true // "a heart attack"
			}
		case "alert":
			if t.typ == "mobilize" && t.size == 1 && m.end < len(low) && (next(0) == "him" || next(0) == "her" || next(0) == "them" || next(0) == "us" || next(0) == "me" || m.end < len(caps) && caps[m.end]) {
				return true // "alerted him", "alerted Senator X": informing, not readying forces
			}
		case "allow":
			if t.typ == "concede" && t.size == 1 && (prev == "that" || prev == "which" || strings.HasSuffix(low[m.start], "ing")) {
				return true // "a regulation allowing agencies to", "changes that allowed"
			}
		case "face":
			if prev != "or" {
				return true // "Greece faces a due date"; "or face legal action" is an ultimatum
			}
		case "execute":
			if executedThings[next(0)] || next(0) == "the" && (executedThings[next(1)] || executedThings[next(2)]) {
				return true // "execute code", "executing the exciting plans"
			}
		}
	}
	return false
}

// datedAt reports "at a" before a noun with only a date or names between
// ("said at a March 5, 2016 rally", "at a Trump rally"), as "at a rally".
func datedAt(low []string, caps []bool, i int) bool {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if low[k-1] == "at" && (low[k] == "a" || low[k] == "the") {
			return k < i-1
		}
		if w := low[k]; w != "," && !smallNumber(w) && !(len(w) == 4 && smallNumber(w[:2]) && smallNumber(w[2:])) && !caps[k] {
			// a name, a day of the month or a year may stand between
			return false
		}
	}
	return false
}

// honorifics end with a full stop the tokenizer splits off ("Mr", ".").
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true,
	"sgt": true, "st": true, "jr": true, "capt": true, "adm": true, "prof": true}

// stop reports a full stop or semicolon at token k that ends a clause
// (not the stop of "Mr.").
func stop(low []string, k int) bool {
	return low[k] == ";" || low[k] == "." && (k == 0 || !honorifics[low[k-1]])
}

// asksQuestion reports a question word within the few tokens after "ask"
// (before any "to"): "asked whether", "asked Mr. Comey if".
func asksQuestion(low []string, i int) bool {
	for k := i; k < len(low) && k < i+10; k++ {
		switch {
		case low[k] == "to" || low[k] == "," || stop(low, k):
			return false
		case questionWords[low[k]]:
			return true
		}
	}
	return false
}

// pushWords before "for" make the act after it sought, not done ("push
// for sanctions", "pressed for talks").
var pushWords = map[string]bool{"push": true, "pushed": true, "pushing": true, "pushes": true,
	"press": true, "pressed": true, "pressing": true, "lobby": true, "lobbied": true,
	"lobbying": true, "campaign": true, "campaigned": true, "campaigning": true,
	"argue": true, "argued": true, "arguing": true, "clamor": true, "clamour": true}

// sought reports an act named after "push for" or "pressed for": the
// act is what someone seeks, not what happened.
func sought(low []string, i int) bool {
	return i >= 2 && low[i-1] == "for" && pushWords[low[i-2]] ||
		i >= 3 && low[i-2] == "for" && pushWords[low[i-3]] && isWord(low[i-1])
}

// invertedCondition reports a trigger in a conditional opened by an
// inverted "should" ("should Mr. Trump decide to reimpose sanctions"):
// the act is supposed. caps[k] says token k is capitalised.
func invertedCondition(low []string, caps []bool, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if stop(low, k) {
			return false
		}
		switch low[k] {
		case ",", ";", ":", "\"", "“", "”":
			return false
		case "should":
			if k+1 < i && (subjectPronouns[low[k+1]] && low[k+1] != "that" && low[k+1] != "which" && low[k+1] != "who" || low[k+1] == "the" || caps[k+1]) {
				return true
			}
			return false
		}
	}
	return false
}

// obliges reports whether the clause after "insist" at token i demands:
// an obligation word or an act's trigger comes before any form of "be"
// or "have" or a modal of prediction ("insists that Kyiv withdraw",
// "insisted the problems had nothing to do with it").
func obliges(low []string, starts []bool, i int) bool {
	for k := i; k < len(low) && k < i+20; k++ {
		w := low[k]
		switch {
		case k == i && (w == "." || w == "," || w == "“" || w == "\""):
			return false // "Dunn will visit in July, the envoy has insisted.": an attribution
		case w == "." || w == ";":
			return true
		case obligationWords[w] || starts[k]:
			return true
		case (haveAux[w] || w == "has") && k+1 < len(low) && low[k+1] == "to":
			return true // "has to withdraw"
		case (passiveAux[w] || haveAux[w] || assertWords[w]) && low[k-1] != "to":
			return false // not "for a peace agreement to be viable, ... must"
		}
	}
	return true
}

// assertWords in the clause after "insisted" make it a claim.
var assertWords = map[string]bool{"will": true, "would": true, "can": true, "could": true,
	"'s": true, "’s": true, "was": true, "had": true, "did": true, "does": true, "do": true}

// retaliates reports a promise or vow whose object is retaliation ("has
// promised swift retaliation"): a threat.
func retaliates(t trigger, low []string, m match) bool {
	vow := false
	for _, h := range t.heads {
		vow = vow || h == "promise" || h == "vow" || h == "pledge"
	}
	if !vow || t.size != 1 {
		return false
	}
	for k := m.end; k < len(low) && k < m.end+3; k++ {
		if retaliationWords[low[k]] {
			return true
		}
		if !isWord(low[k]) {
			return false
		}
	}
	return false
}

// plansOther reports a plan or decision to do something that is no act
// of any type ("planned to apply for asylum", "plans to pursue civil
// litigation"): an act planned is typed by the act (announces), a plan
// of anything else is no event.
func plansOther(t trigger, low []string, m match, f sentenceFacts) bool {
	if t.size != 1 || m.end+1 >= len(low) || low[m.end] != "to" || f.starts[m.end+1] {
		return false
	}
	for _, h := range t.heads {
		if h == "plan" || h == "decide" || h == "vote" {
			return true
		}
	}
	return false
}

// degreeWords before a participle make it an adjective ("most threatened").
var degreeWords = map[string]bool{"most": true, "more": true, "less": true, "least": true,
	"very": true, "highly": true, "heavily": true, "so": true, "too": true}

// fronted reports a participle or adjective-like "-ed" word after a
// preposition or a possessive and before a noun ("pave the way for
// improved ties", "the D.N.C.'s hacked email servers"): it describes the
// noun, it reports no act.
func fronted(low []string, i int) bool {
	if i == 0 || i+1 >= len(low) || !strings.HasSuffix(low[i], "ed") {
		return false
	}
	p, n := low[i-1], low[i+1]
	if degreeWords[p] && isWord(n) && !preps[n] && !nounDeterminers[n] && n != "by" && n != "to" && n != "than" {
		return true // "our most threatened wildlife"
	}
	if !(possessives[p] || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") || p == "for" || p == "of" || p == "with" || p == "to" || p == "into" || p == "about") {
		return false
	}
	return isWord(n) && !preps[n] && !nounDeterminers[n] && !determiners[n] && !auxiliaries[n] &&
		!subjectPronouns[n] && n != "by" && !strings.HasSuffix(n, "ly") && !strings.HasSuffix(n, "ed")
}

// sportsWords mark a sentence about a game: its attacks, defeats, shots
// and assists are play, not acts of the PLOVER categories.
var sportsWords = map[string]bool{"rebounds": true, "assists": true, "touchdown": true,
	"touchdowns": true, "quarterback": true, "inning": true, "innings": true,
	"playoff": true, "playoffs": true, "semifinal": true, "semifinals": true,
	"quarterfinal": true, "quarterfinals": true, "halftime": true, "scoreboard": true,
	"overtime": true, "pitcher": true, "goalkeeper": true, "hat-trick": true, "nba": true,
	"nfl": true, "mlb": true, "nhl": true, "three-pointer": true, "yards": true,
	"bullpen": true, "shortstop": true, "linebacker": true, "cornerback": true,
	"jabs": true, "knockout": true, "heavyweight": true, "undercard": true,
	"free-throw": true, "layup": true, "layups": true, "dunk": true, "homer": true,
	"homers": true, "rbi": true, "puck": true, "penalty-kick": true, "points": true,
	// eighteenth pass: officials and events of a game
	"referee": true, "referees": true, "umpire": true, "umpires": true,
	"wicket": true, "wickets": true, "prix": true, "olympic": true, "olympics": true}

// sporting reports a sentence about a game: a sports word, or a score
// ("65 - 53", "13-13").
func sporting(low []string) bool {
	for k, w := range low {
		if sportsWords[w] {
			return true
		}
		if k+2 < len(low) && low[k+1] == "-" && smallNumber(w) && smallNumber(low[k+2]) {
			return true
		}
		if a, b, ok := strings.Cut(w, "-"); ok && smallNumber(a) && smallNumber(b) {
			return true
		}
		if gameRound(low, k) || raceTime(w) {
			return true
		}
	}
	return false
}

// gameRound reports an ordinal before "round" at k+1 that no "of" follows
// ("in the sixth round", "a seventh-round stoppage"; not "the third round
// of talks").
func gameRound(low []string, k int) bool {
	w := low[k]
	if r, ok := strings.CutSuffix(w, "-round"); ok {
		return ordinal(r)
	}
	if k+1 >= len(low) || low[k+1] != "round" || !ordinal(w) {
		return false
	}
	return k+2 >= len(low) || low[k+2] != "of"
}

// ordinal reports an ordinal number word or numeral ("sixth", "11th").
func ordinal(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "final", "opening":
		return w != "final" && w != "opening"
	}
	for _, suf := range []string{"th", "st", "nd", "rd"} {
		if n, ok := strings.CutSuffix(w, suf); ok && smallNumber(n) {
			return true
		}
	}
	return false
}

// raceTime reports a time of a race or a game clock: minutes, a colon,
// seconds and hundredths or thousandths ("4:19.762", "1:02.35").
func raceTime(w string) bool {
	m, rest, ok := strings.Cut(w, ":")
	if !ok || !smallNumber(m) {
		return false
	}
	sec, frac, ok := strings.Cut(rest, ".")
	return ok && len(sec) == 2 && smallNumber(sec) && len(frac) >= 2 && len(frac) <= 3 && smallNumber(frac)
}

// smallNumber reports a number of one to three digits (a score, not a year).
func smallNumber(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// playTypes are the types a game's words take ("defeated", "shot",
// "attacks", "assists", "free throws"); arrests and protests at games stay.
var playTypes = map[string]bool{"fight": true, "assault": true, "aid": true,
	"concede": true, "retreat": true, "support": true, "disapprove": true,
	"threaten": true, "sanction": true, "reject": true, "mobilize": true, "coerce": true,
	// seventeenth pass: a game's meetings and visits ("a third round
	// meeting with the top seed", "visit the Hawks before signing")
	"consult": true}
