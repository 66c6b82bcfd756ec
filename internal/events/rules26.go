package events

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner/gazetteer"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// Rules of the twenty-sixth pass (session 23, events8): a time opening a
// subject does not act, a place naming the side of its forces does, and
// some election and camera senses of force words report no force.

// openerTimes are the nouns of a time that may open a subject ("last week's
// bombing", "Friday night's raid", "the 2019 attack").
var openerTimes = map[string]bool{"week": true, "weekend": true, "month": true, "year": true,
	"night": true, "morning": true, "afternoon": true, "evening": true, "day": true,
	"yesterday": true, "today": true, "tonight": true}

// timeWord reports a word naming a time: a weekday, a month (not "may" or
// "march", also verbs), a time noun or a year.
func timeWord(w string) bool {
	if weekdays[w] || openerTimes[w] || monthNames[w] && w != "may" && w != "march" && len(w) > 3 {
		return true
	}
	return len(w) == 4 && isNumber(w) && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}

// timeName reports a name that is a time word in any case, without
// allocating (withoutTimes runs for every trigger's mentions).
func timeName(w string) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	var buf [9]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	b := buf[:len(w)]
	if weekdays[string(b)] || openerTimes[string(b)] || len(b) > 3 && monthNames[string(b)] && string(b) != "march" {
		return true
	}
	return len(b) == 4 && isNumber(w) && (b[0] == '1' && b[1] == '9' || b[0] == '2' && b[1] == '0')
}

// timeOpener reports that low[:i] is a time and nothing else, possibly
// possessive: "Sunday's", "last week's", "Friday night's", "the 2019",
// "Tuesday": a subject act noun after it is dated, not done by the time.
func timeOpener(low []string, i int) bool {
	if i == 0 {
		return false
	}
	seen := false
	for k := 0; k < i; k++ {
		w := low[k]
		if k == i-1 {
			if b, ok := strings.CutSuffix(w, "'s"); ok {
				w = b // "Sunday's" as one token
			} else if b, ok := strings.CutSuffix(w, "’s"); ok {
				w = b
			}
		}
		switch {
		case timeWord(w):
			seen = true
		case k == 0 && (w == "the" || w == "last" || w == "this" || w == "that"):
		case (w == "'s" || w == "’s" || w == "'" || w == "’") && seen && k == i-1:
		default:
			return false
		}
	}
	return seen
}

// timeSubjectHead reports a subject head found by subjectHead that is only
// the time opening the subject ("Sunday's attack ... killed": not Sunday).
func timeSubjectHead(toks []sentence.Token, i int, head string) bool {
	h := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(head), "'s"), "’s")
	if head == "" || !timeWord(h) {
		return false
	}
	low := make([]string, i) // only for a time head: subjectHead runs for every trigger
	for k := range low {
		low[k] = strings.ToLower(toks[k].Text)
	}
	return timeOpener(low, i)
}

// withoutTimes returns ms without the mentions that name a time
// ("Sunday's", "January"): a resolver may take them for names; in is
// returned as it is when it holds none.
func withoutTimes(text string, in []quotes.Mention) []quotes.Mention {
	var out []quotes.Mention
	for k, m := range in {
		if !timeName(strings.TrimSuffix(strings.TrimSuffix(text[m.Start:m.End], "'s"), "’s")) {
			if out != nil {
				out = append(out, m)
			}
			continue
		}
		if out == nil {
			out = append(make([]quotes.Mention, 0, len(in)), in[:k]...)
		}
	}
	if out == nil {
		return in
	}
	return out
}

// forceNouns are the state's forces a place before them names the side of
// ("Norland soldiers", "Velsk police").
var forceNouns = map[string]bool{"troops": true, "forces": true, "army": true, "soldiers": true,
	"police": true, "policemen": true, "navy": true, "warplanes": true, "jets": true,
	"warships": true, "gunboats": true, "helicopters": true, "artillery": true, "tanks": true,
	"guards": true, "paratroopers": true, "marines": true, "commandos": true, "gunships": true}

// cityForces serve cities as well as states.
var cityForces = map[string]bool{"police": true, "policemen": true, "guards": true}

// cityPolice reports a place the resolver typed a location, and that the
// gazetteer does not know as a country, before one of cityForces: a
// city's police ("Vancouver police", "Athens police"), not a state's side.
func cityPolice(m quotes.Mention, next string) bool {
	if !cityForces[next] || m.Type != core.Location {
		return false
	}
	st, ok := gazetteer.CountryOf(m.Name)
	return !ok || st != m.Name && !strings.Contains(m.Name, ".") // a capital ("Athens") maps to its country too; "U.S." stays one
}

// forceModifiers are common words that may open a sentence capitalised
// before a force noun ("Riot police", "Border guards", "Government
// troops"): never a side's name.
var forceModifiers = map[string]bool{"riot": true, "border": true, "security": true,
	"government": true, "army": true, "military": true, "special": true, "elite": true,
	"federal": true, "state": true, "local": true, "national": true, "armed": true,
	"masked": true, "unidentified": true, "regular": true, "foreign": true, "enemy": true,
	"rebel": true, "peacekeeping": true, "coalition": true, "allied": true, "traffic": true,
	"secret": true, "plainclothes": true, "uniformed": true, "naval": true, "air": true,
	"ground": true, "combat": true, "reserve": true, "many": true, "some": true, "most": true,
	"few": true, "several": true, "other": true, "more": true, "both": true, "all": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "dozens": true, "hundreds": true,
	"thousands": true, "no": true, "extra": true, "additional": true, "fresh": true,
	"heavily": true, "police": true, "prison": true, "palace": true, "presidential": true,
	"republican": true, "royal": true, "coast": true, "auxiliary": true, "tribal": true,
	"militia": true, "interior": true, "paramilitary": true, "undercover": true, "off-duty": true,
	"retreating": true, "advancing": true, "invading": true, "occupying": true, "israeli": true,
	"cuban": true, "these": true, "those": true, "their": true, "our": true, "your": true}

// sideOfForces reports a one-word capitalised name w opening the sentence
// before a force noun, which names the side the forces serve ("Norland
// soldiers shot back": Norland), not a common word taken for a name
// ("Riot police").
func sideOfForces(w, next string) bool {
	if !forceNouns[next] {
		return false
	}
	lw := strings.ToLower(w)
	if forceModifiers[lw] || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ly") {
		return false
	}
	return len(w) > 2 && w[1:] == strings.ToLower(w[1:])
}

// noAct26 reports a trigger at m whose act the sentence does not report:
// a forecast beaten, a camera's capture, a candidate's capture of a state.
func noAct26(t trigger, typ string, toks []sentence.Token, low []string, ms []quotes.Mention, m match) bool {
	return beatForecast(t, low, m) || mediaCapture(t, low, m) || candidateCapture(t, typ, toks, low, ms, m) || allegedAct(low, m.start)
}

// allegationNouns open a clause ("allegations that ...", "denied reports
// that ...") whose act is alleged, not reported done.
var allegationNouns = map[string]bool{"allegation": true, "allegations": true, "claim": true,
	"claims": true, "accusation": true, "accusations": true, "charge": true, "charges": true,
	"report": true, "reports": true, "rumour": true, "rumours": true, "rumor": true, "rumors": true,
	"suggestion": true, "suggestions": true, "assertion": true, "assertions": true,
	"suspicion": true, "suspicions": true, "speculation": true}

// verbLikeNouns are allegation nouns that are verbs too ("Reuters reports
// that ...", "Velsk claims that ..."): nouns only after nounOpeners.
var verbLikeNouns = map[string]bool{"report": true, "reports": true, "claim": true, "claims": true,
	"charge": true, "charges": true}

// nounOpeners before a verb-like noun make it a noun: a determiner, a
// possessive, an adjective of doubt or a verb of denial.
var nounOpeners = map[string]bool{"the": true, "a": true, "an": true, "these": true, "those": true,
	"such": true, "its": true, "his": true, "her": true, "their": true, "media": true, "press": true,
	"unconfirmed": true, "unfounded": true, "baseless": true, "false": true, "new": true,
	"earlier": true, "recent": true, "denied": true, "deny": true, "denies": true, "denying": true,
	"rejected": true, "reject": true, "rejects": true, "dismissed": true, "dismiss": true,
	"dismisses": true, "refuted": true, "rebuffed": true, "investigating": true, "investigate": true,
	"investigated": true, "probe": true, "probing": true}

// allegedAct reports a trigger at i inside a clause that an allegation
// noun and "that" open, within twelve tokens and no comma or clause break
// ("an investigation into an allegation that the rebels had taken over
// the city", "denied reports that its troops had attacked the convoy"):
// the sentence reports the allegation, not the act (an investigation of
// it, its denial or its rejection may be the event).
func allegedAct(low []string, i int) bool {
	for k := i - 1; k >= 1 && k >= i-12; k-- {
		switch low[k] {
		case ",", ";", ":", ".", "but", "and", "which", "who", "when", "after", "before", "while":
			return false
		case "that":
			n := low[k-1]
			if verbLikeNouns[n] {
				return k >= 2 && nounOpeners[low[k-2]] // "denied reports that", not "Reuters reports that"
			}
			return allegationNouns[n]
		}
	}
	return false
}

// forecastWords are what a result beats without force ("beat
// expectations", "beat analysts' estimates", "beat the odds").
var forecastWords = map[string]bool{"expectations": true, "expectation": true, "estimates": true,
	"estimate": true, "forecasts": true, "forecast": true, "projections": true, "predictions": true,
	"odds": true, "consensus": true, "deadline": true, "record": true, "records": true,
	"polls": true, "spread": true}

// beatForecast reports "beat" whose object, within four words, is a
// forecast, odds or a record.
func beatForecast(t trigger, low []string, m match) bool {
	if !hasHead(t, "beat") {
		return false
	}
	for k := m.end; k < len(low) && k <= m.end+3; k++ {
		if forecastWords[low[k]] {
			return true
		}
		if !isWord(low[k]) && low[k] != "'" && low[k] != "’" && low[k] != "'s" && low[k] != "’s" {
			return false
		}
	}
	return false
}

// mediaWords record what they capture ("Footage captured", "captured on
// camera").
var mediaWords = map[string]bool{"footage": true, "video": true, "videos": true, "camera": true,
	"cameras": true, "photo": true, "photos": true, "photograph": true, "photographs": true,
	"photographer": true, "photographers": true, "image": true, "images": true, "recording": true,
	"recordings": true, "film": true, "cctv": true, "lens": true, "picture": true, "pictures": true,
	"tape": true, "videotape": true, "livestream": true, "dashcam": true, "bodycam": true}

// mediaCapture reports a capture by a camera or a recording, or one "on
// camera/video/film/tape": a picture taken, not a capture by force.
func mediaCapture(t trigger, low []string, m match) bool {
	if !hasHead(t, "capture") {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
		if mediaWords[low[k]] {
			return true
		}
		if !isWord(low[k]) {
			break
		}
	}
	for k := m.end; k+1 < len(low) && k <= m.end+4; k++ {
		if (low[k] == "on" || low[k] == "in" || low[k] == "by") && mediaWords[low[k+1]] {
			return true
		}
	}
	return false
}

// candidateCapture reports a capture, seizure, taking or winning of a
// named place by a person the resolver named, in a sentence that names no
// armed forces and no weapon: a candidate carrying a state ("Brell
// captured Texas"), not a conquest.
func candidateCapture(t trigger, typ string, toks []sentence.Token, low []string, ms []quotes.Mention, m match) bool {
	if typ != "fight" && typ != "coerce" || !(hasHead(t, "capture") || hasHead(t, "seize") || hasHead(t, "take") || hasHead(t, "win")) || m.end >= len(toks) {
		return false
	}
	for _, w := range low {
		if armedWords[w] || militaryWords[w] || irregulars[w] || armedGroups[w] || bombWords[w] || w == "rebel" || w == "general" || w == "commander" {
			return false
		}
	}
	var person, place bool
	head := toks[m.start].Start
	for _, mn := range ms {
		if mn.End <= head && mn.Type == core.Person && onlyAdverbs(toks, mn.End, head) {
			person = true // "Brell captured", "Brell easily captured"
		}
		if mn.Start == toks[m.end].Start && mn.Type != core.Person {
			place = true
		}
	}
	if !place {
		w := toks[m.end].Text
		place = w != strings.ToLower(w) && isWord(w)
	}
	return person && place
}

// onlyAdverbs reports that the tokens between byte offsets a and b are
// adverbs in -ly, or none.
func onlyAdverbs(toks []sentence.Token, a, b int) bool {
	for _, tk := range toks {
		if tk.Start >= a && tk.Start < b && !strings.HasSuffix(strings.ToLower(tk.Text), "ly") {
			return false
		}
	}
	return true
}

// perfectNegated reports a negated perfect before the verb at i ("has
// not endorsed", "have never met", "hasn't agreed"): that the act has not
// happened yet, PLOVER's negation mode ("fighting has not re-emerged",
// an event to leave out), not a refusal. "did not agree to the proposal"
// and "will not sign" stay refusals (REJECT, as CAMEO codes them).
func perfectNegated(low []string, i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		switch low[k] {
		case "hasn't", "haven't", "hadn't", "hasn’t", "haven’t", "hadn’t":
			return true
		case "not", "never", "n't", "n’t":
			a := low[k-1]
			return a == "has" || a == "have" || a == "had" || a == "yet" && k >= 2 && (low[k-2] == "has" || low[k-2] == "have")
		}
	}
	return false
}
