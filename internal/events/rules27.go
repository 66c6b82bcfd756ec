package events

import (
	"strings"

	"github.com/storyline/storyline/internal/sentence"
)

// Rules of the twenty-eighth pass (session 25, events10).

// actingPronouns are the subject pronouns that stand for someone acting
// ("They threatened to kill the hostages"); "it", "we", "I" and "you"
// are left out: "it" is mostly a thing or a statement's subject, the
// others speak in quotations.
var actingPronouns = map[string]bool{"he": true, "she": true, "they": true}

// pronounOpeners may stand before a clause whose subject is a pronoun:
// the sentence's start, a comma or a coordinating word.
var pronounOpeners = map[string]bool{",": true, "and": true, "but": true, "then": true, ";": true, "said": true}

// pronounAdverbs may stand between a subject pronoun and its verb.
var pronounAdverbs = map[string]bool{"also": true, "earlier": true, "later": true, "then": true,
	"again": true, "already": true, "once": true, "twice": true, "since": true}

// pronounGap reports a word that may stand between a subject pronoun and
// its act: "have", "had", an intent word or modal ("threatened", "would",
// "vowed"), the "to" of an infinitive, or an adverb in -ly.
func pronounGap(w string) bool {
	return haveAux[w] || intent[w] || w == "to" || pronounAdverbs[w] || strings.HasSuffix(w, "ly") && len(w) > 3
}

// pronounSubjectAct reports a verb act whose subject, right before it
// (across at most four of "have", an intent word, "to" or an adverb), is a pronoun the resolver
// left unnamed and which opens its clause: "They threatened to kill the
// hostages", "On Monday, they attacked the convoy". The act is reported
// with no actor rather than dropped: who acted stood in an earlier
// sentence.
func pronounSubjectAct(ev Event, t trigger, low []string, m match) bool {
	if ev.Actor != "" || ev.Subordinate || t.derived || ev.Type == "" || ev.Type == "-" {
		return false
	}
	k := m.start - 1
	for n := 0; k >= 0 && n < 4 && pronounGap(low[k]); n++ {
		k-- // "they have", "he also", "they threatened to", "she would"
	}
	if k < 0 || !actingPronouns[low[k]] || !pronounActTypes[ev.Type] || modalVerbs[low[m.start]] || quotedBefore(low, k) {
		return false
	}
	j := k + 1
	for j < m.start && (pronounAdverbs[low[j]] || strings.HasSuffix(low[j], "ly") && len(low[j]) > 3) {
		j++
	}
	if v := low[j]; !(strings.HasSuffix(v, "ed") || pastForms[v] || haveAux[v] || intent[v]) {
		return false // "They fight like it matters", "He protests every day": a habit, not an act reported
	}
	return k == 0 || pronounOpeners[low[k-1]]
}

// pronounActTypes are the acts a pronoun subject is reported doing: force,
// coercion, threats, demands, protests, accusations and rejections. A
// pronoun's meeting, support or agreement is mostly private or a figure
// of speech ("She met with an array of attorneys", "they supported her by
// a smaller margin").
var pronounActTypes = map[string]bool{"threaten": true, "assault": true, "fight": true,
	"coerce": true, "protest": true, "demand": true, "appeal": true, "disapprove": true,
	"reject": true, "sanction": true, "mobilize": true}

// quotedBefore reports a quotation mark among the words before k: the
// pronoun is a speaker's ("they will execute with aplomb").
func quotedBefore(low []string, k int) bool {
	for _, w := range low[:k] {
		if strings.ContainsAny(w, "\"“”‘'") && w != "'s" && w != "’s" {
			return true
		}
	}
	return false
}

// appealVerbs end an appeal trigger whose object is the one asked:
// "called on", "urged", "asked", "appealed to".
var appealVerbs = map[string]bool{"on": true, "upon": true, "urged": true, "urges": true,
	"urge": true, "asked": true, "asks": true, "ask": true, "to": true, "pressed": true, "presses": true}

// groupAddressee returns the group an appeal is made to when the layer
// found no named target: "called on the rebels to lay down their arms",
// "urged the two sides to resume talks" (the group noun right after the
// trigger, across "the" and one modifier, before "to"). "" when none.
func groupAddressee(ev Event, toks []sentence.Token, low []string, m match) string {
	if ev.Target != "" || ev.Type != "appeal" && ev.Type != "demand" || !appealVerbs[low[m.end-1]] {
		return ""
	}
	j := m.end
	if j < len(low) && (low[j] == "the" || low[j] == "all") {
		j++
	}
	if j+1 < len(low) && !groups[low[j]] && isWord(low[j]) && groups[low[j+1]] {
		j++ // "the Tamil rebels", "the warring factions"
	}
	if j+1 >= len(low) || !groups[low[j]] || low[j+1] != "to" || strings.EqualFold(toks[j].Text, ev.Actor) {
		return ""
	}
	return toks[j].Text
}

// freedCaptives returns the people an agentless passive release at token
// i frees when they are captives or a plural of people ("The hostages
// were freed", "Two journalists were released"); a single person
// released ("The man was released after his arrest") is mostly let out
// on bail, no yielding. ok is false when none.
func freedCaptives(t trigger, typ string, toks []sentence.Token, low []string, i int) (string, bool) {
	v := passiveVictim(toks, low, i)
	lv := strings.ToLower(v)
	if v == "" || !(freedPeople[lv] || humanPlural(lv)) || !(strings.HasSuffix(lv, "s") || strings.HasSuffix(lv, "men") || lv == "people" || lv == "children" || lv == "crew") || !releasedPeople(t, typ, v) {
		return "", false
	}
	return v, true
}
