package events

import (
	"strings"

	"github.com/storyline/storyline/internal/sentence"
)

// Rules of the seventeenth pass (fourteenth session): forms the spent real
// samples (real .. real-held10) and the petrarch2 unit tests read as WEIS
// showed, each a general form of news English; fictional cases are in
// events17_test.go.

// noAct17 reports a trigger this pass's rules find naming no act: an
// offer that someone answers, a meeting or visit delayed.
func noAct17(t trigger, low []string, m match) bool {
	return offerAnswered(t, low, m) || delayedAct(t, low, m) || allowSense(t, low, m) || offeredWords(t, low, m)
}

// offeredWords reports a one-word "offer" whose object, within five words
// and before any preposition or punctuation, is a view or a word
// (offeredViews: "offered a somewhat more reserved response"); the
// nearer cases are senses.go's.
func offeredWords(t trigger, low []string, m match) bool {
	if t.size != 1 || !hasHead(t, "offer") {
		return false
	}
	for k := m.end; k < len(low) && k < m.end+5; k++ {
		w := low[k]
		if offeredViews[w] {
			return true
		}
		if !isWord(w) || preps[w] || w == "of" || w == "and" {
			return false
		}
	}
	return false
}

// allowObjects after "allow" make it no concession: a point granted
// ("allowed that some might be good people"), a thing or person made able
// ("allowed him to get in touch", "in order to allow this", "not allow
// them to pass"), a patient sent home ("then allowed home again"). A
// concession names whom or what it lets in ("allowed the inspectors to
// return", "will allow 13,000 refugees to return").
var allowObjects = map[string]bool{"that": true, "this": true, "it": true, "him": true,
	"her": true, "them": true, "us": true, "me": true, "you": true, "home": true}

// allowSense reports a one-word "allow" followed by one of allowObjects.
func allowSense(t trigger, low []string, m match) bool {
	return t.size == 1 && hasHead(t, "allow") && m.end < len(low) && allowObjects[low[m.end]]
}

// answerVerbs take an offer as their object: the sentence reports the
// answer (or the wait for one), and the offer is named again, not made
// ("turned down an offer from his attorneys", "decide whether to accept
// or reject the offer", "declined a Department of Defense offer").
var answerVerbs = map[string]bool{"accept": true, "accepts": true, "accepted": true, "accepting": true,
	"reject": true, "rejects": true, "rejected": true, "rejecting": true,
	"decline": true, "declines": true, "declined": true, "declining": true,
	"refuse": true, "refuses": true, "refused": true, "spurn": true, "spurned": true,
	"rebuff": true, "rebuffed": true, "down": true, "consider": true, "considers": true,
	"considered": true, "considering": true, "weigh": true, "weighs": true, "weighing": true,
	"weighed": true, "mull": true, "mulls": true, "mulled": true, "mulling": true, "review": true,
	"reviewed": true, "reviewing": true,
	"welcomed": true, "snubbed": true}

// offerAnswered reports the noun "offer(s)" after a determiner and
// modifiers (up to four words: "Lloyd's settlement offer", "a Department
// of Defense offer") that an answer verb takes.
func offerAnswered(t trigger, low []string, m match) bool {
	if t.size != 1 || !hasHead(t, "offer") || low[m.start] != "offer" && low[m.start] != "offers" {
		return false
	}
	det := false
	for k, n := m.start-1, 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		w := low[k]
		if answerVerbs[w] {
			return det && (w != "down" || k > 0 && (low[k-1] == "turned" || low[k-1] == "turn" || low[k-1] == "turns" || low[k-1] == "turning"))
		}
		switch {
		case w == "of":
			// "a Department of Defense offer"
		case nounDeterminers[w] && !preps[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
			det = true
		case !isWord(w) || auxiliaries[w] || passiveAux[w] || negators[w] || preps[w]:
			return false
		}
	}
	return false
}

// delayVerbs put a planned act off without calling it off; like the cancel
// verbs (cancelVerbs) they leave no meeting or visit done ("have delayed
// their meeting", "deferred the visit").
var delayVerbs = map[string]bool{"delayed": true, "delay": true, "delays": true,
	"deferred": true, "defer": true, "defers": true}

// delayedAct reports a one-word meeting, visit or talks noun that a delay
// verb takes across a determiner and up to two modifiers.
func delayedAct(t trigger, low []string, m match) bool {
	if t.size != 1 || participle(low[m.start]) {
		return false
	}
	for k, n := m.start-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		w := low[k]
		if delayVerbs[w] {
			return true
		}
		if !nounDeterminers[w] && !isWord(w) || preps[w] || auxiliaries[w] || passiveAux[w] {
			return false
		}
	}
	return false
}

// adjunctTimes may stand between a vow and its infinitive ("vowed on
// Thursday to wage war", "threatened again on Monday night to strike").
var adjunctTimes = map[string]bool{"on": true, "yesterday": true, "today": true, "tonight": true,
	"again": true, "also": true, "publicly": true, "repeatedly": true, "late": true, "early": true,
	"last": true, "this": true, "week": true, "night": true, "morning": true, "afternoon": true,
	"evening": true, "month": true}

// pastTimeAdjunct returns the index after a time adjunct of at most four
// words starting at i (weekdays and adjunctTimes), or i when none.
func pastTimeAdjunct(low []string, i int) int {
	k := i
	for k < len(low) && k < i+4 && (adjunctTimes[low[k]] || weekdays[low[k]]) {
		k++
	}
	if k > i && low[k-1] == "on" {
		return i // "vowed on" and no day: not a time adjunct
	}
	return k
}

// timeAdjunctBefore returns, for a trigger at i after "to", the index of
// the word before a time adjunct of at most four words ending at that
// "to" ("pledged again on Monday night to release" gives "pledged"), or
// i-1 when there is none.
func timeAdjunctBefore(low []string, i int) int {
	if i < 2 || low[i-1] != "to" {
		return i - 1
	}
	k := i - 2
	for k >= 0 && k > i-6 && (adjunctTimes[low[k]] || weekdays[low[k]]) {
		k--
	}
	if k == i-2 {
		return i - 1
	}
	return k
}

// tellForms take a listener and a reported clause ("told The Herald that").
var tellForms = map[string]bool{"told": true, "tells": true, "tell": true, "telling": true}

// toldGroup returns the group noun that heads the reported clause of
// "told <listener> that <group> <trigger>" when actor, the name resolved
// for the trigger at i, lies in the listener ("Pinder told The Ostrava
// Herald that police ordered ...": police, not the newspaper); "" when
// the sentence has no such form. Only a group noun (groups) replaces the
// listener: another subject is left to the general rules.
func toldGroup(text string, toks []sentence.Token, low []string, i int, actor string) string {
	if actor == "" || i < 4 {
		return ""
	}
	k := i - 1
	if low[k] == "the" {
		return ""
	}
	if !groups[low[k]] || toks[k].Text != low[k] {
		return "" // a group noun right before the trigger: "police ordered"
	}
	j := k - 1
	if j >= 0 && low[j] == "the" {
		j--
	}
	if j < 2 || low[j] != "that" {
		return ""
	}
	for p := j - 1; p >= 0 && p >= j-7; p-- {
		if tellForms[low[p]] {
			if p+1 <= j-1 && strings.Contains(text[toks[p+1].Start:toks[j-1].End], actor) {
				return toks[k].Text
			}
			return ""
		}
		if !isWord(low[p]) && low[p] != "." && strings.ContainsAny(low[p], ",;:\"“”") {
			return ""
		}
	}
	return ""
}
