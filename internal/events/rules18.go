package events

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// Rules of the eighteenth pass (fifteenth session): acts a sentence only
// supposes, negates or schedules (modality, negation, future), from the
// spent real samples (real .. real-held11); fictional cases are in
// events18_test.go.

// noAct18 reports a trigger at m whose act the sentence does not report
// as done or announced: a verb a modal of possibility or condition governs
// with no one speaking, a gerund after "without", an act someone failed
// to do, a program "will be" doing, a candidate's rally, money accepted.
func noAct18(t trigger, typ string, toks []sentence.Token, low []string, ms []quotes.Mention, m match) bool {
	i := m.start
	return irrealis(typ, toks, low, i) || withoutGerund(low, i) || failedTo(low, i) || scheduledProgressive(typ, low, i) ||
		campaignRally(t, toks, low, ms, i) || moneyAccepted(t, low, m)
}

// modalOfPossibility are the modals that make a verb a supposition: unlike "will",
// they announce nothing unless someone is reported saying them ("said it
// would allow the inspectors back" is a promise, CAMEO's convention).
var modalOfPossibility = map[string]bool{"would": true, "could": true, "should": true, "might": true,
	"may": true, "can": true, "'d": true}

// verbGroupFillers may stand between a modal and its verb.
var verbGroupFillers = map[string]bool{"not": true, "n't": true, "never": true, "also": true,
	"still": true, "only": true, "rather": true, "then": true, "ever": true, "be": true,
	"have": true, "been": true, "just": true, "even": true, "easily": true, "well": true}

// modalBefore returns the index of a modal of possibility heading the verb
// group that ends at the verb at i (up to three fillers between: "would
// rather support", "could not have met"), or -1. "May" written with a
// capital inside a sentence is the month.
func modalBefore(toks []sentence.Token, low []string, i int) int {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := low[k]
		if modalOfPossibility[w] {
			if w == "may" && k > 0 && toks[k].Text != "may" {
				return -1
			}
			return k
		}
		if !verbGroupFillers[w] {
			return -1
		}
	}
	return -1
}

// irrealis reports a verb trigger at i governed by a modal of possibility
// when the sentence holds no verb of saying (a supposition, a policy the
// writer imagines: "Private owners could refuse service", "those who would
// rather support her"), or when the modal opens a relative clause
// ("a measure that would have required"), said or not. A threat stays:
// its condition is its content.
func irrealis(typ string, toks []sentence.Token, low []string, i int) bool {
	if typ == "threaten" {
		return false
	}
	k := modalBefore(toks, low, i)
	for j := i - 2; k < 0 && i > 0 && low[i-1] == "to" && j >= 1 && j >= i-5; j-- {
		if !isWord(low[j]) {
			break
		}
		k = modalBefore(toks, low, j) // "can ask them to support": the infinitive's governor is supposed
		if k >= 0 && k+1 < len(low) && low[k+1] == "have" {
			k = -1 // "may have been used to attack": a past act reported as likely
			break
		}
	}
	if k < 0 {
		return false
	}
	if k > 0 && (low[k-1] == "who" || low[k-1] == "which") {
		return true
	}
	return !reported(low)
}

// reportForms are forms of saying the verb tables leave out.
var reportForms = map[string]bool{"saying": true, "quoted": true, "telling": true, "adding": true,
	"stating": true, "announcing": true, "insisting": true, "tell": true, "threatened": true,
	"threatens": true, "vowed": true, "vows": true, "promised": true, "promises": true,
	"pledged": true, "pledges": true}

// reported reports a verb of saying, telling or claiming in the sentence.
func reported(low []string) bool {
	for _, w := range low {
		if reportVerbs[w] || speechVerbs[w] || claimVerbs[w] || sayWords[w] || reportForms[w] {
			return true
		}
	}
	return false
}

// withoutGerund reports a gerund trigger right after "without" ("acted
// without consulting the scientists"): the act was not done.
func withoutGerund(low []string, i int) bool {
	return i > 0 && low[i-1] == "without"
}

// failures name an act not done: "the failure of the U.S. to come to the
// aid of", "failed to reach a deal".
var failures = map[string]bool{"failure": true, "failed": true, "fail": true, "fails": true, "failing": true}

// failedTo reports a word of failure within eight words before the
// trigger at i, with a "to" between and no comma, colon or quotation mark
// ("the failure of the U.S. to come to the aid of"): the act was not done.
func failedTo(low []string, i int) bool {
	to := false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := low[k]
		if failures[w] {
			return to
		}
		if w == "to" {
			to = true
		}
		if !to && (nounDeterminers[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			return false // "fails to respond to Trump's Monday deadline": the deadline was set
		}
		switch w {
		case ",", ";", ":", "\"", "“", "”", "(", ")":
			return false
		}
	}
	return false
}

// campaignRally reports a "rally" trigger right after a person's name or
// "campaign" ("went to a Trump rally", "a campaign rally"): a candidate's
// meeting with supporters, no protest.
func campaignRally(t trigger, toks []sentence.Token, low []string, ms []quotes.Mention, i int) bool {
	if !hasHead(t, "rally") || i == 0 {
		return false
	}
	if low[i-1] == "campaign" {
		return true
	}
	for _, m := range ms {
		if m.End == toks[i-1].End && m.Type == core.Person {
			return true
		}
	}
	return false
}

// scheduledProgressive reports a trigger that is, or is the object of, a
// gerund after "will be" ("will be meeting", "Trump will be holding a
// rally in Salem"): a programme announced, not an act or a statement of
// intent. Threats stay.
func scheduledProgressive(typ string, low []string, i int) bool {
	if typ == "threaten" {
		return false
	}
	for j := i; j >= 2 && j >= i-3; j-- {
		w := low[j]
		if len(w) > 4 && strings.HasSuffix(w, "ing") {
			return low[j-1] == "be" && (low[j-2] == "will" || low[j-2] == "'ll")
		}
		if j < i && !determiners[w] && !nounDeterminers[w] {
			return false
		}
	}
	return false
}

// figurativeForce reports a fight, battle, clash or assault that a person
// or a party wages in a sentence with no means of force and a political
// role or a word of speech ("Reagan and Trump battled staunch opposition
// from the media", "RNC rules clash erupts", "has been launching an all
// out assault on decades of progress"): a figure of speech, no act of
// force and no criticism either (attacks are verbalAttack's).
func figurativeForce(t trigger, ev Event, low []string, ms []quotes.Mention, f sentenceFacts, w *wordsOfForce, p *personRoles) bool {
	if ev.Type != "assault" && ev.Type != "fight" || !hasHead(t, "fight") && !hasHead(t, "battle") && !hasHead(t, "clash") && !hasHead(t, "assault") {
		return false
	}
	return wagedInWords(ev, low, ms, f, w, p)
}

// moneyAccepted reports a one-word "accept" whose object, within six words
// and before any punctuation, is money ("accepted about $200,000 in
// indirect donations", "accepted a relatively low $3 million salary"):
// a payment taken, no agreement. Aid, loans and offers stay.
func moneyAccepted(t trigger, low []string, m match) bool {
	if t.size != 1 || !hasHead(t, "accept") {
		return false
	}
	for k := m.end; k < len(low) && k < m.end+6; k++ {
		w := low[k]
		if moneyWords[w] || strings.HasPrefix(w, "$") {
			return true
		}
		if w == "." || w == "," || w == ";" || w == "to" {
			return false
		}
	}
	return false
}

// moneyWords name money paid to someone.
var moneyWords = map[string]bool{"salary": true, "donations": true, "donation": true,
	"funding": true, "money": true, "contributions": true, "payments": true, "payment": true,
	"bribes": true, "bribe": true, "fees": true, "dollars": true, "cash": true}
