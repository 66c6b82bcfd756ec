package events

import (
	"strings"

	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// Rules of the twenty-second pass (session 18, plover4): readings of the
// conflict types that the held14 tune half showed on wire and political
// news, each from a CAMEO or PLOVER definition.

// deniedClaim reports a one-word rejection (deny, reject, dismiss, rule
// out ...) whose object is a claim, a report or a role: "denied any role
// in the attacks", "rejected attacks from his rivals that he was not a
// conservative". CAMEO codes these as denials (016, a public statement:
// root 01, which has no PLOVER category), not as the rejection of a
// proposal, demand or plan that root 12 (REJECT) is. The objects are the
// CAMEO verb dictionary's own: a statement pattern of the derived tier
// (cameo_triggers.txt, type "-") must match at the trigger, with no
// preposition or punctuation between the verb and the object noun (the
// CAMEO gap would let "rejected the proposal in the report" through).
//
// It returns the end of the statement pattern (token index), or 0: the
// caller lets no trigger inside it stand ("denied any role in the
// attacks" reports no attack).
func deniedClaim(lx *lexicon, t trigger, low []string, m match) int {
	if t.typ != "reject" || t.size != 1 || t.derived {
		return 0
	}
	for _, k := range lx.byHead[low[m.start]] {
		d := lx.all[k]
		if !d.derived || d.typ != "-" || d.size != 2 {
			continue
		}
		end, ok := matchAt(d, low, m.start)
		if !ok {
			continue
		}
		clean := true
		for q := m.start + 1; q < end-1; q++ {
			if preps[low[q]] || !isWord(low[q]) || low[q] == "that" || low[q] == "and" || low[q] == "or" {
				clean = false
				break
			}
		}
		if clean {
			return deniedTail(low, end)
		}
	}
	return 0
}

// reflexives are the pronouns of an act done to oneself.
var reflexives = map[string]bool{"himself": true, "herself": true, "themselves": true, "itself": true, "myself": true, "yourself": true, "ourselves": true}

// selfInflicted reports a killing or shooting the actor does to himself
// ("Florida boy kills himself", "shot herself"): a suicide, no assault
// (CAMEO 18 and 20 are violence against others). "blew himself up" (a
// suicide bombing, CAMEO 183) has another head; "killed himself and two
// guards" harms others and stays.
func selfInflicted(t trigger, low []string, m match) bool {
	if t.size != 1 || m.end >= len(low) || !reflexives[low[m.end]] {
		return false
	}
	if !hasHead(t, "kill") && !hasHead(t, "shoot") && !hasHead(t, "stab") && !hasHead(t, "hang") && !hasHead(t, "shot") {
		return false
	}
	if m.end+1 < len(low) {
		switch low[m.end+1] {
		case "and", "along", "together", ",":
			return false
		}
	}
	return true
}

// messageNouns are things said or published: an attack whose doer is one
// of them is an attack in words (CAMEO 111, criticise), not force.
var messageNouns = map[string]bool{"tweet": true, "tweets": true, "ad": true, "ads": true,
	"advert": true, "advertisement": true, "advertisements": true, "commercial": true,
	"commercials": true, "statement": true, "statements": true, "speech": true, "speeches": true,
	"editorial": true, "editorials": true, "column": true, "columns": true, "op-ed": true,
	"article": true, "articles": true, "letter": true, "letters": true, "post": true,
	"posts": true, "remarks": true, "comments": true, "mailer": true, "mailers": true,
	"book": true, "memo": true, "pamphlet": true, "leaflet": true, "leaflets": true}

// messageActor reports an actor that is a message ("His tweet followed
// another that attacked Clinton"; "the ad attacks the governor"): the
// attack is one of words.
func messageActor(actor string) bool {
	f := strings.Fields(strings.ToLower(actor))
	return len(f) > 0 && messageNouns[f[len(f)-1]]
}

// warnedForecast reports a one-word "warn" followed by a that-clause
// ("the bank warned that profit growth would slow") whose verb tells a
// trend (trendVerbs), in which no other trigger of the sentence lies and
// no condition is set: the warner
// foretells, it threatens no act of its own (CAMEO 13 needs the act
// threatened: "warned that it would retaliate", "warned that troops would
// be sent", "warned that boats would be impounded if ..." stay threats).
// "that" may follow a day or an addressee within four words ("warned on
// Tuesday that", "warned investors that").
func warnedForecast(lx *lexicon, t trigger, low []string, m match, found []match) bool {
	if t.size != 1 || t.typ != "threaten" || !hasHead(t, "warn") {
		return false
	}
	that := -1
	for q := m.end; q < len(low) && q < m.end+5; q++ {
		if low[q] == "that" {
			that = q
			break
		}
		if !isWord(low[q]) {
			return false
		}
	}
	if that < 0 {
		return false
	}
	for _, w := range low[that:] {
		if w == "if" || w == "unless" || w == "otherwise" || w == "else" || w == "or" {
			return false
		}
	}
	trend := false
	for q := that + 1; q < len(low) && q <= that+6; q++ {
		if trendVerbs[low[q]] {
			trend = true
			break
		}
	}
	if !trend {
		return false
	}
	for _, f := range found {
		if f.start > that && lx.all[f.trig].typ != "-" {
			return false
		}
	}
	return true
}

// trendVerbs tell how a quantity or a situation will move: a warning
// that one will is a forecast ("profit growth would slow", "he risked the
// same fate").
var trendVerbs = map[string]bool{"slow": true, "slows": true, "slowed": true, "fall": true,
	"falls": true, "fell": true, "rise": true, "rises": true, "rose": true, "decline": true,
	"declines": true, "declined": true, "drop": true, "drops": true, "dropped": true,
	"grow": true, "grows": true, "grew": true, "increase": true, "increases": true,
	"increased": true, "shrink": true, "shrinks": true, "weaken": true, "weakens": true,
	"weakened": true, "worsen": true, "worsens": true, "worsened": true, "deteriorate": true,
	"deteriorates": true, "deteriorated": true, "collapse": true, "collapses": true,
	"risk": true, "risks": true, "risked": true, "spread": true, "spreads": true, "soar": true,
	"plunge": true, "slump": true, "suffer": true, "suffers": true, "suffered": true}

// deniedTail extends a denial's object over its "in/for/of ..." phrase,
// the act whose role is denied ("any role in the Sept. 11, 2001, attacks"),
// to the end of the clause (", and", "but", ";"), a relative clause
// ("unrest which it blamed on the government" stays an accusation) or
// twelve words.
func deniedTail(low []string, end int) int {
	if end >= len(low) {
		return end
	}
	switch low[end] {
	case "in", "for", "of", "behind", "over":
	default:
		return end
	}
	q := end + 1
	for ; q < len(low) && q < end+12; q++ {
		if low[q] == ";" || low[q] == "but" || relativeWords[low[q]] || low[q] == "," && q+1 < len(low) && (low[q+1] == "and" || low[q+1] == "but" || low[q+1] == "while" || low[q+1] == "saying") {
			break
		}
	}
	return q
}

// suspendedFrom returns who suspends or expels in an agentless passive
// sanction ("Nigeria was suspended from the Commonwealth", "two diplomats
// were expelled from Velsk"): the body or state
// named in the trigger's "from" phrase (its mention, else its head noun,
// "the regional alliance"), or "" when the trigger has no such phrase. A
// body suspending a member is a sanction it imposes (CAMEO 16).
func suspendedFrom(text string, toks []sentence.Token, low []string, m match, ms []quotes.Mention, s sentence.Sentence) string {
	for q := m.start + 1; q < m.end-1; q++ {
		if low[q] == "from" {
			if a := fromActor(text, toks, q, ms, s); a != "" {
				return a
			}
			return toks[m.end-1].Text
		}
	}
	if m.end == m.start+1 {
		return fromActor(text, toks, m.end, ms, s) // "two diplomats were expelled from Velsk"
	}
	return ""
}

// namedReference reports a one-word trigger read as a noun after a time
// word, a determiner and one name or number that modifies it ("before the
// Paris attacks", "since the 2003 invasion"): an earlier act named as a
// time, as reference does without the modifier.
func namedReference(t trigger, toks []sentence.Token, low []string, i int) bool {
	if t.size != 1 || i < 3 || !timeWords[low[i-3]] {
		return false
	}
	switch low[i-2] {
	case "the", "last", "this", "that":
	default:
		return false
	}
	w := toks[i-1].Text
	if w == "" || !isWord(w) && !strings.ContainsAny(w, "0123456789") {
		return false
	}
	r := w[0]
	return r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

// relativeWords open a relative clause.
var relativeWords = map[string]bool{"which": true, "who": true, "whom": true, "that": true, "whose": true}

// placeTargets are places and things force is used against: the subject
// of an agentless passive of force ("the town was shelled", "rebel
// positions were bombed", "the embassy was attacked") is its target.
var placeTargets = map[string]bool{"town": true, "towns": true, "village": true, "villages": true,
	"city": true, "cities": true, "positions": true, "position": true, "embassy": true,
	"consulate": true, "base": true, "bases": true, "convoy": true, "checkpoint": true,
	"outpost": true, "post": true, "camp": true, "camps": true, "building": true,
	"headquarters": true, "compound": true, "ship": true, "vessel": true, "tanker": true,
	"plane": true, "aircraft": true, "airport": true, "hospital": true, "school": true,
	"mosque": true, "church": true, "market": true, "bus": true, "train": true,
	"district": true, "neighbourhood": true, "neighborhood": true, "area": true, "areas": true,
	"capital": true, "port": true, "airbase": true, "barracks": true, "stronghold": true}

// passivePlace returns the place or thing heading the subject of the
// agentless passive at token i ("The town was shelled overnight"), ""
// otherwise; the subject must stand as passiveVictim's does.
func passivePlace(toks []sentence.Token, low []string, i int) string {
	if h := passiveHead(low, i); h >= 0 && placeTargets[low[h]] {
		return toks[h].Text
	}
	return ""
}
