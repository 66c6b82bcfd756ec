package events

import (
	"strings"

	"github.com/storyline/storyline/internal/sentence"
)

// adverbRunAux reports a passive auxiliary before a run of adverbs that
// ends right before the participle at token i: "was illegally annexed",
// "is also charged", "was heavily and unjustly criticized", "has been
// widely, repeatedly condemned". The run holds at most three adverbs
// (words in -ly or passiveAdverbs), joined by nothing, "and" or a comma.
func adverbRunAux(toks []sentence.Token, i int) bool {
	adverbs := 0
	joined := false // the token after k is "and" or ","
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		lw := strings.ToLower(toks[k].Text)
		switch {
		case strings.HasSuffix(lw, "ly") && len(lw) > 4 || passiveAdverbs[lw]:
			adverbs++
			joined = false
			if adverbs > 3 {
				return false
			}
		case (lw == "and" || lw == ",") && adverbs > 0 && !joined:
			joined = true
		default:
			return adverbs > 0 && !joined && passiveAux[lw]
		}
	}
	return false
}

// subjectActTypes are the types whose act, named by a noun heading the
// sentence's subject, is reported even when no doer is named ("An attack
// on a border post killed four soldiers", "Protests against the decree
// spread to five cities"): the sentence states that the act took place.
var subjectActTypes = map[string]bool{"coerce": true, "assault": true, "fight": true, "protest": true}

// subjectModifiers may stand between the opening determiner and an act
// noun heading the subject ("A suicide bombing", "Renewed clashes").
var subjectModifiers = map[string]bool{"suicide": true, "deadly": true, "fresh": true, "heavy": true,
	"renewed": true, "new": true, "roadside": true, "car": true, "bomb": true, "mass": true,
	"violent": true, "fierce": true, "sporadic": true, "street": true, "overnight": true,
	"armed": true, "rocket": true, "mortar": true, "air": true, "coordinated": true,
	"further": true, "large": true, "massive": true, "bloody": true, "brutal": true}

// subjectAct reports an act noun (one word, or two: "suicide bombing")
// that heads the sentence's subject: only "a/an" and modifiers of
// subjectModifiers come before it ("The shooting occurred at ..." names
// an act again), a preposition or its verb follows it, and a past-tense
// verb comes within sixteen words (a headline "Attack on border post"
// states nothing). The noun's actor is then unnamed, not missing.
func subjectAct(t trigger, toks []sentence.Token, low []string, m match) bool {
	i := m.start
	if t.size > 2 || i > 3 || participle(low[m.end-1]) && !strings.HasSuffix(low[m.end-1], "ing") {
		return false // "a suicide bombing" is a noun, "the attack was" its report's subject
	}
	if last := low[m.end-1]; strings.HasSuffix(last, "er") || strings.HasSuffix(last, "ers") || subjectMeans[last] {
		return false // "A suicide bomber killed", "A car bomb exploded": the doer or the means, whose verb reports the act
	}
	if t.size == 2 && strings.HasSuffix(low[i], "ing") {
		return false // "Striking miners": a participle before its noun
	}
	dated := timeOpener(low, i) && harmAfter(low, m.end, i+16) // "Sunday's attack on the embassy killed"
	for k := 0; k < i && !dated; k++ {
		if !(k == 0 && (low[k] == "a" || low[k] == "an" || low[k] == "the" && harmAfter(low, m.end, i+16)) || subjectModifiers[low[k]]) {
			return false // "The shooting occurred at ...": an act named again, not reported
		}
	}
	if m.end >= len(low) {
		return false
	}
	if reportedAct(low, m.end) {
		return true // "Heavy fighting was reported near the border"
	}
	if nx := low[m.end]; !subjectLinks[low[m.end-1]] && !subjectLinks[nx] && !(strings.HasSuffix(nx, "ed") && len(nx) > 4) && !subjectVerbs[nx] {
		return false // "Riot police arrested", "Striking miners rejected": the noun modifies another
	}
	return pastVerbAfter(low, m.end, i+16)
}

// pastVerbAfter reports a past-tense verb in low[from:to] before any
// aside, relative clause or auxiliary.
func pastVerbAfter(low []string, from, to int) bool {
	for k := from; k < len(low) && k <= to; k++ {
		w := low[k]
		switch w {
		case ",", ";", ":", "--", "(", "\"", "“", "”", "that", "which", "who":
			return false // an aside or a clause: the subject's verb is past it
		case "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "may", "might", "should", "must":
			return false // "the attack was condemned", "protests could spread": not the act's report
		}
		if strings.HasSuffix(w, "ed") && len(w) > 4 || subjectVerbs[w] {
			return true
		}
	}
	return false
}

// subjectLinks may follow an act noun heading a subject ("an attack on",
// "clashes between").
var subjectLinks = map[string]bool{"on": true, "in": true, "at": true, "against": true, "between": true,
	"near": true, "outside": true, "by": true, "of": true, "across": true, "along": true, "inside": true}

// subjectMeans are weapons: as a subject they do the act their verb names.
var subjectMeans = map[string]bool{"bomb": true, "bombs": true, "mortar": true, "mortars": true,
	"shell": true, "shells": true, "artillery": true, "rocket": true, "rockets": true, "missile": true, "missiles": true}

// subjectVerbs are irregular past forms a subject act noun takes ("the
// fighting broke out", "protests spread").
var subjectVerbs = map[string]bool{"broke": true, "spread": true, "left": true, "hit": true,
	"began": true, "shook": true, "tore": true, "swept": true, "came": true, "took": true,
	"drew": true, "brought": true, "saw": true, "went": true, "ran": true, "grew": true,
	"shut": true, "cut": true, "drove": true, "sent": true, "froze": true}

// unnamedSubjectAct reports an event whose act noun heads the sentence's
// subject with no doer named (subjectAct), clearing an actor that is only
// a modifier before the noun ("Renewed clashes erupted"). A civilian
// "protests against" is a protest, as civilProtest types it with a named
// crowd.
func unnamedSubjectAct(ev *Event, t trigger, toks []sentence.Token, low []string, m match) bool {
	if ev.Subordinate || t.derived || !subjectAct(t, toks, low, m) {
		return false
	}
	for k := 0; k < m.start; k++ {
		if ev.Actor == toks[k].Text && (subjectModifiers[low[k]] || timeWord(low[k]) && timeOpener(low, m.start)) {
			ev.Actor = "" // "Renewed clashes", "Sunday's attack"
		}
	}
	if ev.Actor != "" {
		return false
	}
	if ev.Type == "disapprove" && hasHead(t, "protest") {
		ev.Type = "protest" // "Protests against the decree spread"
	}
	return subjectActTypes[ev.Type]
}

// betweenAt is where between looks for its phrase: the trigger's end, or
// its last word when the pattern ends in "between" ("talks between X and
// Y").
func betweenAt(low []string, m match) int {
	if m.end > m.start+1 && low[m.end-1] == "between" {
		return m.end - 1
	}
	return m.end
}

// talksAside reports "talks between X and Y" that heads no subject: a
// goal ("to prepare for direct talks between X and Y"), a topic or a
// time ("during talks between"); only talks that open the sentence and
// take a past-tense verb ("Talks between X and Y resumed on Monday") are
// reported.
func talksAside(t trigger, low []string, m match) bool {
	if low[m.end-1] != "between" {
		return false
	}
	for k := 0; k < m.start; k++ {
		if !(k == 0 && (low[k] == "a" || low[k] == "an" || low[k] == "the") || subjectModifiers[low[k]] || talkModifiers[low[k]] || talkOpener(low, k, m.start)) {
			return true
		}
	}
	return !pastVerbAfter(low, m.end, m.start+20) && !talksUnderway(low, m.end, m.start+20)
}

// talkOpener reports a single plain word opening the sentence right
// before "talks between" ("Marathon talks between ...", "Secret talks
// between ..."): a modifier of the talks, unless it is a word that makes
// them a time, a topic or no talks ("During", "After", "No").
func talkOpener(low []string, k, start int) bool {
	if k != 0 || start != 1 || talkOpenerNot[low[k]] {
		return false
	}
	for _, r := range low[k] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// talkOpenerNot may open a sentence before "talks" without modifying them.
var talkOpenerNot = map[string]bool{"during": true, "after": true, "before": true, "since": true, "until": true,
	"at": true, "in": true, "on": true, "for": true, "of": true, "by": true, "with": true, "without": true,
	"amid": true, "despite": true, "following": true, "and": true, "but": true, "or": true, "if": true,
	"when": true, "while": true, "as": true, "no": true, "any": true, "future": true, "possible": true,
	"planned": true, "proposed": true, "their": true, "his": true, "her": true, "its": true, "our": true, "such": true}

// talksUnderway reports talks that the subject's first verb tells are
// going on ("Talks between X and Y are aimed at ...", "... are going
// well", "... continue"), as pastVerbAfter reports talks held; talks
// expected, planned or due are not held yet and stay out.
func talksUnderway(low []string, from, to int) bool {
	for k := from; k < len(low) && k <= to; k++ {
		switch w := low[k]; w {
		case ",", ";", ":", "--", "(", "\"", "“", "”", "that", "which", "who",
			"was", "were", "has", "have", "had", "will", "would", "could", "may", "might", "should", "must":
			return false
		case "continue", "resume", "focus", "centre", "center":
			return true
		case "is", "are":
			return k+1 < len(low) && talksUnderwayAfter[low[k+1]]
		}
	}
	return false
}

// talksUnderwayAfter follow "are" in talks going on.
var talksUnderwayAfter = map[string]bool{"aimed": true, "going": true, "continuing": true, "focused": true,
	"focusing": true, "centred": true, "centered": true, "underway": true, "under": true, "being": true, "stalled": true,
	"deadlocked": true}

// talkModifiers may stand before "talks between" opening a sentence.
var talkModifiers = map[string]bool{"direct": true, "peace": true, "formal": true, "high-level": true,
	"face-to-face": true, "bilateral": true, "preliminary": true, "indirect": true}

// passiveVictim returns the person noun heading the subject of the
// passive participle at token i when no name stands there ("One person
// was arrested", "A journalist was detained", "Two soldiers were
// wounded"), "" otherwise: the victim of an act whose doer goes unnamed.
// The subject is short and opens the sentence or a reported clause; an
// act in a time, condition or relative clause ("when a man was shot") is
// background.
func passiveVictim(toks []sentence.Token, low []string, i int) string {
	h := passiveHead(low, i)
	if h < 0 {
		return ""
	}
	if w := low[h]; victimNouns[w] || personNouns[w] || freedPeople[w] || groups[w] && !orgLike[w] {
		return toks[h].Text
	}
	return ""
}

// passiveHead returns the index of the head noun of the subject of the
// agentless passive whose participle is at i ("One person was
// arrested": person), or -1 when the passive's subject is not a plain
// noun phrase of its own clause (see passiveVictim).
func passiveHead(low []string, i int) int {
	k := i - 1
	for k > 0 && !passiveAux[low[k]] && i-k <= 4 {
		k-- // "was heavily and unjustly criticized"
	}
	if k <= 0 || !passiveAux[low[k]] {
		return -1
	}
	if low[k] == "been" && k > 1 && haveAux[low[k-1]] {
		k-- // "have been detained"
	}
	if j := appositionStart(low, k); j > 0 {
		k = j // "three girls, all under 18, were stabbed": the noun before the apposition
	}
	for q := k - 2; ; q-- {
		if q < 0 || victimOpens[low[q]] {
			break // "One person was arrested", "The NYPD said one person was arrested"
		}
		if k-1-q > 8 || victimStops[low[q]] || strings.HasSuffix(low[q], "ed") && len(low[q]) > 4 && !adjectiveEd[low[q]] {
			return -1 // "when a man was shot", "who ... killed one man has been charged": background, or another verb's object
		}
	}
	return k - 1
}

// victimNouns name persons an act is done to, beyond personNouns and
// freedPeople.
var victimNouns = map[string]bool{"person": true, "persons": true, "journalist": true,
	"soldiers": true, "policeman": true, "policemen": true, "officers": true, "guard": true,
	"protester": true, "demonstrator": true, "activist": true, "leader": true, "worker": true,
	"diplomat": true, "official": true, "priest": true, "editor": true, "reporter": true,
	"reporters": true, "villager": true, "civilian": true, "teenagers": true, "youths": true,
	"youth": true, "child": true, "farmer": true, "tourist": true, "tourists": true,
	"girls": true, "boys": true, "guide": true, "guides": true, "pilots": true, "nurse": true, "nurses": true, "doctor": true,
	"doctors": true, "farmers": true, "villagers": true, "priests": true, "missionary": true,
	"missionaries": true, "engineer": true, "engineers": true, "teacher": true, "teachers": true}

// orgLike are group words that name bodies, not persons a victim may be.
var orgLike = map[string]bool{"government": true, "ministry": true, "parliament": true, "army": true,
	"military": true, "court": true, "cabinet": true, "regime": true, "junta": true, "union": true,
	"unions": true, "coalition": true, "opposition": true, "navy": true, "authorities": true}

// victimOpens may open the clause of a passive victim: a report ("police
// said one person was arrested"), a moment told, a comma or "and" between
// clauses.
var victimOpens = map[string]bool{"said": true, "say": true, "says": true, "moment": true,
	",": true, "and": true, "but": true, ";": true, ":": true}

// victimStops open a clause that names an act as background or
// circumstance ("when a man was shot"), or a relative clause.
var victimStops = map[string]bool{"who": true, "which": true, "that": true, "when": true,
	"where": true, "while": true, "after": true, "as": true, "before": true, "since": true,
	"because": true, "if": true, "whether": true, "until": true, "unless": true}

// adjectiveEd are -ed words that modify a victim noun ("an unarmed man").
var adjectiveEd = map[string]bool{"unarmed": true, "armed": true, "retired": true, "wounded": true,
	"injured": true, "aged": true, "elderly": true, "detained": true, "jailed": true, "unidentified": true}

// struckPacts are struck as agreements are made ("struck a joint
// fundraising deal").
var struckPacts = map[string]bool{"deal": true, "deals": true, "agreement": true,
	"accord": true, "pact": true, "bargain": true, "compromise": true, "truce": true,
	"settlement": true, "contract": true}

// strikeSense reports "strike" or "hit" (one word) naming no act of force:
// a labour strike named as a noun that does not head a reported act ("the
// prospect of an actors strike", "a credible strike threat", "the
// writers strike was settled"; "A dock workers' strike paralysed the
// port" heads its sentence and stays, typed protest by laborStrike); a
// person struck or hit by a vehicle (a road accident, unless a bomb is
// named); a deal, a high or a low struck; a court striking down a law;
// "struck that" (impressed) and the adjective "striking".
func strikeSense(t trigger, low []string, m match) bool {
	if t.size == 1 && hasHead(t, "kill") && m.start >= 2 && low[m.start-1] == "and" && (low[m.start-2] == "struck" || low[m.start-2] == "hit") {
		return vehicleStruck(low) // "the driver struck and killed a pedestrian"
	}
	if t.size != 1 || !hasHead(t, "strike") && !hasHead(t, "hit") {
		return false
	}
	w := low[m.start]
	next := func(k int) string {
		if m.end+k < len(low) {
			return low[m.end+k]
		}
		return ""
	}
	if hasHead(t, "strike") {
		if (w == "strike" || w == "strikes") && laborStrikeNoun(low, m.start) && !subjectActPlain(low, m) {
			return true
		}
		switch next(0) {
		case "down", "that":
			return true // "struck down the ban", "I was struck that"
		case "a", "an", "the":
			switch next(1) {
			case "deal", "agreement", "bargain", "compromise", "high", "low", "record", "blow":
				return true // "struck a deal", "struck a ten-month high" (a blow is a figure too)
			}
			if next(2) == "high" || next(2) == "low" {
				return true // "struck a new high"
			}
			for k := 1; k <= 4; k++ {
				if struckPacts[next(k)] {
					return true // "struck a trade deal", "struck a joint fundraising deal", "struck a new three-year agreement"
				}
				if !isWord(next(k)) && !strings.Contains(next(k), "-") {
					break
				}
			}
		}
		if w == "striking" && m.start > 0 && (low[m.start-1] == "always" || low[m.start-1] == "is" || low[m.start-1] == "most" || low[m.start-1] == "more" || low[m.start-1] == "very") {
			return true // "it's always striking when": an adjective
		}
		if w == "struck" && m.start > 0 && low[m.start-1] == "deal" {
			return true // "the deal struck between"
		}
	}
	return vehicleStruck(low)
}

// laborStrike reports a labour strike named by a one-word "strike" noun
// that strikeSense kept: a work stoppage, a protest (CAMEO 143), not an
// attack.
func laborStrike(t trigger, low []string, m match) bool {
	w := low[m.start]
	return t.size == 1 && hasHead(t, "strike") && (w == "strike" || w == "strikes") && laborStrikeNoun(low, m.start)
}

// laborStrikeNoun reports a labour word right before a "strike" noun at
// token i ("actors strike", "workers' strike", "the union's strike") or a
// topic noun right after it ("strike threat", "strike vote", "strike
// concerns").
func laborStrikeNoun(low []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if laborWords[low[k]] {
			return true
		}
		if low[k] != "'" && low[k] != "’" && low[k] != "'s" && low[k] != "’s" {
			break
		}
	}
	if i+1 < len(low) && strikeTopics[low[i+1]] {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch low[k] {
		case "authorize", "authorise", "broke", "threatened", "threatening", "call", "called", "calling":
			return true // "authorize a strike", "broke the strike"
		case "a", "the", "its", "their":
			continue
		}
		break
	}
	return false
}

// laborWords name those who strike from work.
var laborWords = map[string]bool{"workers": true, "writers": true, "actors": true, "union": true,
	"unions": true, "teachers": true, "nurses": true, "doctors": true, "miners": true, "drivers": true,
	"dockers": true, "pilots": true, "employees": true, "staff": true, "labor": true, "labour": true,
	"guild": true, "sanitation": true, "rail": true, "transit": true, "postal": true, "players": true}

// strikeTopics after "strike" make it a modifier of a thing talked about.
var strikeTopics = map[string]bool{"threat": true, "threats": true, "vote": true, "votes": true,
	"concerns": true, "authorization": true, "authorisation": true, "fund": true, "pay": true,
	"deadline": true, "talk": true, "fears": true, "ballot": true}

// subjectActPlain reports a "strike" noun heading its sentence's subject
// with a past-tense verb after it ("A dock workers' strike paralysed the
// port"): only a determiner, a possessor and labour words before it.
func subjectActPlain(low []string, m match) bool {
	for k := 0; k < m.start; k++ {
		if !(k == 0 && (low[k] == "a" || low[k] == "an") || laborWords[low[k]] || subjectModifiers[low[k]] || low[k] == "'" || low[k] == "’" || low[k] == "dock" || low[k] == "general") {
			return false
		}
	}
	return pastVerbAfter(low, m.end, m.start+12)
}

// vehicleStruck reports a sentence naming a vehicle or its driver and no
// bomb: who was struck or hit was run down, an accident (the judged
// samples count car accidents as no act).
func vehicleStruck(low []string) bool {
	vehicle := false
	for _, w := range low {
		if bombWords[w] {
			return false
		}
		vehicle = vehicle || vehicleWords[w]
	}
	return vehicle
}

// vehicleWords name road vehicles and their drivers.
var vehicleWords = map[string]bool{"car": true, "cars": true, "vehicle": true, "vehicles": true,
	"driver": true, "motorist": true, "truck": true, "suv": true, "van": true, "hit-and-run": true,
	"pickup": true, "sedan": true, "camry": true, "motorcycle": true, "taxi": true, "crosswalk": true}

// bombWords name explosives: a car bomb strikes as an attack.
var bombWords = map[string]bool{"bomb": true, "bombs": true, "explosive": true, "explosives": true,
	"bomber": true, "ied": true, "blast": true, "rammed": true, "ramming": true}

// idleDeployment reports the noun "deployment(s)" naming no deployment
// done: one wished, planned, asked for or spoken of ("want Germany to
// broaden deployments overseas", "clamored for permanent deployment of
// troops", "any military expense or deployment is subject to its
// approval", "quality, deployment and compatibility criteria"). Within
// four words before it, a verb of doing in the past ("announced the
// deployment", "ordered the immediate deployment") reports it; a word of
// wish, a preposition, "to", "or", "and" or a comma first makes it idle.
// With neither it stays.
func idleDeployment(t trigger, low []string, m match) bool {
	if t.size != 1 || !hasHead(t, "deployment") {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
		w := low[k]
		switch {
		case deploymentWishes[w] || idleOpeners[w] || preps[w] && w != "of":
			return true
		case strings.HasSuffix(w, "ed") && len(w) > 4 || deploymentDoers[w]:
			return false // "announced the deployment"
		}
	}
	return false
}

// idleOpeners before a deployment make it spoken of, not done.
var idleOpeners = map[string]bool{"to": true, "or": true, "and": true, ",": true, "any": true,
	"possible": true, "future": true, "potential": true, "proposed": true, "planned": true}

// deploymentDoers govern a deployment done or ordered (present forms; the
// past ones are taken by their -ed ending).
var deploymentDoers = map[string]bool{"announces": true, "orders": true, "began": true, "begins": true,
	"completes": true, "approves": true, "sent": true}

// deploymentWishes are words that wish or seek a deployment.
var deploymentWishes = map[string]bool{"clamored": true, "clamoured": true, "called": true,
	"wanted": true, "want": true, "wants": true, "urged": true, "proposed": true, "planned": true,
	"requested": true, "demanded": true, "sought": true, "discussed": true, "considered": true}

// talkOpenerActor reports an actor that is only the word opening the
// sentence before "talks between" ("Peace talks between the two
// governments", "Marathon talks between ..."): the talks' sides are
// named after "between" or not at all.
func talkOpenerActor(actor string, toks []sentence.Token, low []string, m match) bool {
	if actor == "" || m.start != 1 || m.end-m.start < 2 || low[m.end-1] != "between" || actor != toks[0].Text {
		return false
	}
	return talkModifiers[low[0]] || subjectModifiers[low[0]] || talkOpener(low, 0, m.start)
}

// passiveAccused reports a finite agentless passive of "accuse" ("Brell
// has been accused in parliament of taking too much power", "the
// minister was accused of lying"): an accusation (CAMEO 112, PLOVER
// ACCUSE "both judicially and informally") of the named subject by
// someone the sentence does not name. A reduced relative ("Brell,
// accused of ...") is background and stays out (the caller's passive
// needs an auxiliary).
func passiveAccused(t trigger, typ string, low []string, m match) bool {
	if typ != "disapprove" || !hasHead(t, "accuse") || m.end-m.start != 1 || m.start == 0 {
		return false
	}
	return passiveAux[low[m.start-1]] || m.start > 1 && low[m.start-1] == "been" && passiveAux[low[m.start-2]]
}
