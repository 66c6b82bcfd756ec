package events

// Rules of the nineteenth pass (sixteenth session): general classes of
// wrong events found in the spent real samples (real .. real-held12), each
// probed with fictional sentences first (events19_test.go): an act inside
// an indirect question, a reporter's request for comment, a rule that
// requires.

// noAct19 reports a trigger at m that names no act of the story: an act
// asked about ("whether to ban him"), a request for comment or its
// refusal, a rule's requirement.
func noAct19(t trigger, typ string, low []string, m match, f sentenceFacts) bool {
	return askedAbout(low, m.start) || pressRequest(t, typ, low, m) || ruleRequires(t, typ, low, m.start) ||
		vowedToGoOn(t, low, m, f) || pollFigure(typ, low, m) || electoralCapture(t, typ, low, m) ||
		accidentAfter(typ, low, m) || theftAct(t, typ, low) || placeVisit(t, typ, low, m) ||
		figurativeShot(typ, low, m)
}

// fameWords after "shot to" tell a rise, not gunfire ("shot to prominence
// in 1994").
var fameWords = map[string]bool{"prominence": true, "fame": true, "stardom": true,
	"celebrity": true, "notoriety": true, "power": true}

// prizeWords after "shot at" name a chance, not a target ("his best shot
// at the nomination").
var prizeWords = map[string]bool{"nomination": true, "title": true, "presidency": true,
	"victory": true, "win": true, "championship": true, "playoffs": true, "crown": true,
	"medal": true, "redemption": true, "glory": true}

// figurativeShot reports an assault or fight whose trigger is the word
// "shot" used for a rise ("shot to prominence"), a chance ("best shot at
// the nomination") or a game's skill ("shot blocking").
func figurativeShot(typ string, low []string, m match) bool {
	if typ != "assault" && typ != "fight" || low[m.start] != "shot" {
		return false
	}
	i := m.start
	if i+1 < len(low) && (low[i+1] == "blocking" || low[i+1] == "blocker" || low[i+1] == "clock") || shotDose(low, i) {
		return true
	}
	if i+2 < len(low) && low[i+1] == "to" && fameWords[low[i+2]] {
		return true
	}
	if i+1 < len(low) && low[i+1] == "at" {
		for k := i + 2; k < len(low) && k <= i+4; k++ {
			if prizeWords[low[k]] {
				return true
			}
		}
	}
	return false
}

// visitedPlaces are visited without meeting anyone: a web site, a page, a
// scene ("people visiting legitimate Web sites", "tried to visit the
// site").
var visitedPlaces = map[string]bool{"site": true, "sites": true, "website": true,
	"websites": true, "web": true, "page": true, "pages": true, "webpage": true}

// placeVisit reports a consult of "visit" whose object, within three words
// (across a determiner and modifiers), is one of visitedPlaces.
func placeVisit(t trigger, typ string, low []string, m match) bool {
	if typ != "consult" || t.size != 1 || !hasHead(t, "visit") {
		return false
	}
	for k := m.end; k < len(low) && k < m.end+3; k++ {
		if visitedPlaces[low[k]] {
			return true
		}
		if !isWord(low[k]) || preps[low[k]] {
			return false
		}
	}
	return false
}

// theftWords mark a theft told in the sentence ("jewel thieves ... have
// struck", "Paris thieves nab $2 million").
var theftWords = map[string]bool{"thief": true, "thieves": true, "robber": true,
	"robbers": true, "burglar": true, "burglars": true, "robbery": true,
	"robberies": true, "heist": true} // not "stealing": "lynched two men accused of stealing cattle"

// harmHeads are acts against a person: a thief who shoots or beats someone
// still assaults.
var harmHeads = map[string]bool{"kill": true, "shoot": true, "shot": true, "stab": true,
	"beat": true, "wound": true, "murder": true, "injure": true, "rape": true,
	"kidnap": true, "abduct": true, "attack": true, "assault": true, "hostage": true,
	"take": true, "hold": true, "pistol-whip": true, "tie": true, "threaten": true,
	"lynch": true, "hang": true, "behead": true, "torture": true, "execute": true}

// theftAct reports force of a theft (a strike, a car set on fire or
// rammed, loot nabbed) in a sentence that names the theft: a common
// crime against property, no event by the samples' conventions (robbery is
// NONE); harm to a person stays.
func theftAct(t trigger, typ string, low []string) bool {
	if typ != "assault" && typ != "fight" && !(typ == "coerce" && hasHead(t, "nab")) {
		return false // an arrest of the thieves stays; "nab" is the thieves' grab
	}
	for _, h := range t.heads {
		if harmHeads[h] {
			return false
		}
	}
	for _, w := range low {
		if theftWords[w] {
			return true
		}
	}
	return false
}

// accidentVerbs after "after", "when" or "while" tell how a death came
// about by accident ("killed after falling 2,000ft while climbing",
// "killed when a tunnel collapsed").
var accidentVerbs = map[string]bool{"falling": true, "fell": true, "slipped": true,
	"slipping": true, "drowned": true, "drowning": true, "collapsed": true,
	"collapsing": true, "plunged": true, "plunging": true, "crashed": true}

// accidentAfter reports an assault or fight followed by "after", "when" or
// "while" and, within four words, one of accidentVerbs.
func accidentAfter(typ string, low []string, m match) bool {
	if typ != "assault" && typ != "fight" || m.end >= len(low) {
		return false
	}
	switch low[m.end] {
	case "after", "when", "while":
	default:
		return false
	}
	for k := m.end + 1; k < len(low) && k <= m.end+4; k++ {
		if accidentVerbs[low[k]] {
			return true
		}
		if !isWord(low[k]) {
			return false
		}
	}
	return false
}

// electoralPrizes taken are won at the polls, not by force ("helped
// Republicans take control of the House", "capturing wins in South
// Carolina").
var electoralPrizes = map[string]bool{"house": true, "senate": true, "congress": true,
	"majority": true, "seats": true, "seat": true, "wins": true, "votes": true,
	"delegates": true, "nomination": true, "primary": true, "primaries": true,
	"statehouse": true, "governorship": true, "presidency": true}

// electoralCapture reports a fight of "seize", "capture" or "take" whose
// prize, within four words after the trigger's head (across "control of
// the"), is one of electoralPrizes.
func electoralCapture(t trigger, typ string, low []string, m match) bool {
	if typ != "fight" || !(hasHead(t, "seize") || hasHead(t, "capture") || hasHead(t, "take")) {
		return false
	}
	for k := m.start + 1; k < len(low) && k <= m.start+5; k++ {
		if electoralPrizes[low[k]] {
			return true
		}
		if !isWord(low[k]) {
			return false
		}
	}
	return false
}

// goOnVerbs after "vowed to" keep a course already taken ("vowed to remain
// on the streets", "pledged to continue pursuing other legal actions"):
// no new commitment to anyone.
var goOnVerbs = map[string]bool{"continue": true, "remain": true, "stay": true, "keep": true,
	"persist": true, "carry": true, "press": true}

// vowedToGoOn reports a one-word promise, pledge or vow followed by "to"
// and one of goOnVerbs with no other act named in the next four words
// ("vowed to continue the talks" is left to the talks).
func vowedToGoOn(t trigger, low []string, m match, f sentenceFacts) bool {
	if t.size != 1 || !(hasHead(t, "vow") || hasHead(t, "pledge") || hasHead(t, "promise")) {
		return false
	}
	k := pastTimeAdjunct(low, m.end)
	if k+1 >= len(low) || low[k] != "to" || !goOnVerbs[low[k+1]] {
		return false
	}
	for j := k + 2; j < len(low) && j <= k+5; j++ {
		if f.starts[j] {
			return false
		}
	}
	return true
}

// ignoreVerbs after "vowed to" refuse what another decided ("vowed to
// ignore the ruling"): a rejection, not a promise.
var ignoreVerbs = map[string]bool{"ignore": true, "disregard": true, "flout": true}

// vowedToIgnore reports an agreement trigger that is a one-word vow,
// pledge or promise followed by "to" and one of ignoreVerbs.
func vowedToIgnore(t trigger, low []string, m match) bool {
	if t.size != 1 || !(hasHead(t, "vow") || hasHead(t, "pledge") || hasHead(t, "promise")) {
		return false
	}
	k := pastTimeAdjunct(low, m.end)
	return k+1 < len(low) && low[k] == "to" && ignoreVerbs[low[k+1]]
}

// pollFigure reports a stance whose holder is a share of those polled
// ("39 percent blame his supporters", "male troops backed Trump, 57
// percent to 22 percent"): a poll's figure, no act of anyone named.
func pollFigure(typ string, low []string, m match) bool {
	switch typ {
	case "support", "disapprove", "reject", "agree":
	default:
		return false
	}
	i := m.start
	if i > 1 && (low[i-1] == "percent" || low[i-1] == "%") {
		return true
	}
	for k := m.end; k+2 < len(low) && k < m.end+6; k++ {
		if (low[k] == "percent" || low[k] == "%") && low[k+1] == "to" {
			return true
		}
	}
	return false
}

// askedAbout reports a trigger inside an indirect question opened by
// "whether" ("debated whether to ban him", "questions about whether he
// was seeking a ban", "unclear whether it was an attack"): even an act
// named by a noun is only asked about, unlike after "if", where a noun
// may name a fact ("if he fails to respond to Trump's deadline"). The
// clause runs to the next comma, semicolon, colon or quotation mark, as in
// hypothetical; an act after a preposition of time within it names a
// time, a fact ("whether he will pull out by a May 12 deadline he has
// set").
func askedAbout(low []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		switch low[k] {
		case "whether":
			return true
		case ",", ";", "\"", "“", "”", ":", "--", "—":
			return false
		case "by", "before", "after", "until", "since":
			return false // "whether he will pull out by a deadline he has set": a time named
		}
	}
	return false
}

// pressWords after a request name a reporter's question, not a demand
// ("a request for comment", "a request seeking comment", "an interview
// request").
var pressWords = map[string]bool{"comment": true, "comments": true, "interview": true,
	"interviews": true}

// pressRequest reports a demand named by "request(s)" or "seek" that a
// reporter made ("did not respond to a request for comment", "calls
// seeking comment", "declined an interview request") or a refusal of one ("declined an interview request from the
// Herald"): newswire routine, no demand and no rejection.
func pressRequest(t trigger, typ string, low []string, m match) bool {
	i := m.start
	switch {
	case typ == "demand" && (hasHead(t, "request") || hasHead(t, "requests") || hasHead(t, "seek")):
		if i > 0 && pressWords[low[i-1]] {
			return true
		}
		for k := m.end; k < len(low) && k < m.end+3; k++ {
			if pressWords[low[k]] {
				return true
			}
		}
	case typ == "reject" && t.size == 1:
		for k := m.end; k < len(low) && k < m.end+5; k++ {
			w := low[k]
			if w == "request" || w == "requests" {
				return k > 0 && pressWords[low[k-1]] || k+2 < len(low) && pressWords[low[k+2]] || k+1 < len(low) && pressWords[low[k+1]]
			}
			if !isWord(w) {
				return false
			}
		}
	}
	return false
}

// ruleNouns are written rules: as the subject of "require" or "call for"
// they state what a text provides, not a demand someone makes ("GOP rules
// require delegates to vote", "practices that call for independent
// reviews").
var ruleNouns = map[string]bool{"rule": true, "rules": true, "law": true, "laws": true,
	"regulation": true, "regulations": true, "practice": true, "practices": true,
	"guideline": true, "guidelines": true, "provision": true, "provisions": true,
	"statute": true, "statutes": true, "constitution": true, "bylaws": true,
	"code": true, "policy": true, "policies": true, "procedures": true, "standards": true}

// ruleRequires reports a demand of "require(s)" or "call(s) for" whose
// subject, just before it (across "that", "which", an adverb or a
// quotation mark), is one of ruleNouns; an act such a rule requires
// ("the constitution requires the president to consult parliament"); and
// an act in a clause of requirement ("lifted the requirement that
// agencies consult experts"): what a text provides, not what anyone did.
func ruleRequires(t trigger, typ string, low []string, i int) bool {
	if typ == "demand" && (hasHead(t, "require") || hasHead(t, "call")) {
		return ruleSubject(low, i)
	}
	if i > 0 && low[i-1] == "to" {
		for k := i - 2; k >= 1 && k >= i-6; k-- {
			if w := low[k]; w == "require" || w == "requires" || w == "required" {
				return ruleSubject(low, k)
			}
			if !isWord(low[k]) {
				break
			}
		}
	}
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		if low[k] == "that" {
			return mandateNouns[low[k-1]]
		}
		if !isWord(low[k]) {
			break
		}
	}
	return false
}

// mandateNouns before "that" open a clause of requirement.
var mandateNouns = map[string]bool{"requirement": true, "requirements": true,
	"stipulation": true, "provision": true, "rule": true, "mandate": true}

// ruleSubject reports one of ruleNouns just before the verb at i (across
// "that", "which", an adverb or a quotation mark).
func ruleSubject(low []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := low[k]
		if ruleNouns[w] {
			return true
		}
		switch w {
		case "that", "which", "also", "still", "generally", "often", "now", "usually", "already", "\"", "”", "'":
			continue
		}
		return false
	}
	return false
}
