package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/sentence"
)

// noStance turns fillStance off (TestDiagStanceDiff compares with and
// without it).
var noStance bool

// stanceVerbs are the inflected forms of verbs of belief, wish, intent and
// expectation that PolNeAR annotates as cues ("The IMF expects that ...",
// "Clinton wants to sign up ...") and the tagger often leaves untagged.
var stanceVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(
		"expect expects expected want wants wanted plan plans planned hope hopes hoped " +
			"believe believes believed think thinks thought fear fears feared worry worries worried " +
			"suspect suspects suspected intend intends intended vow vows vowed pledge pledges pledged " +
			"promise promises promised seek seeks sought aim aims aimed predict predicts predicted " +
			"estimate estimates estimated insist insists insisted argue argues argued warn warns warned " +
			"claim claims claimed acknowledge acknowledges acknowledged admit admits admitted " +
			"doubt doubts doubted assume assumes assumed know knows knew learn learns learned " +
			"threaten threatens threatened refuse refuses refused decline declines declined " +
			"agree agrees agreed propose proposes proposed urge urges urged demand demands demanded " +
			"say says said") {
		m[w] = true
	}
	return m
}()

// stanceAux are words that may stand between a subject and its verb.
var stanceAux = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("will would also now still has have had does did do not n't may might " +
		"could should can must never already long clearly reportedly apparently really just even 'd 's 've 'll") {
		m[w] = true
	}
	return m
}()

// fillStance gives a sentence the tagger left untagged (every token O) a
// unit when it holds "SUBJECT [aux] VERB that|to ..." with a stance verb
// ("The IMF expects that output will expand", "Clinton wants to sign up
// ...", "Many experts suspect those losses were ...") or ends in a
// postposed attribution (fillPostposed): the subject is the source, the
// verb and its auxiliaries the cue, the rest of the sentence the content.
// Only the first stance verb is tried, and only with a plain subject
// (stanceSubject). Exclusive mode only (tagUnits): PolNeAR annotates
// beliefs and intents as attributions; the analyze path lists statements.
// tags is copied before it is changed.
func (d *doc) fillStance(tags []int8) []int8 {
	if tags == nil || noStance {
		return tags
	}
	copied := false
	for _, s := range d.sents {
		lo := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= s.Start })
		hi := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= s.End })
		if hi-lo < 4 {
			continue
		}
		tagged := false
		for i := lo; i < hi; i++ {
			if tags[i] != tagO {
				tagged = true
				break
			}
		}
		if tagged {
			continue
		}
		if !copied {
			tags = append([]int8(nil), tags...)
			copied = true
		}
		if d.fillPostposed(tags, lo, hi) {
			continue
		}
		for i := lo + 1; i < hi-2; i++ {
			w := d.toks[i].Text
			if !stanceVerbs[w] || d.inQuote(d.toks[i].Start) {
				continue
			}
			next := strings.ToLower(d.toks[i+1].Text)
			if next != "that" && next != "to" && !(stanceClause[w] && clauseOpener(d.toks[i+1].Text)) {
				continue
			}
			// Cue: the verb and the auxiliaries before it.
			c := i
			for c-1 >= lo && stanceAux[strings.ToLower(d.toks[c-1].Text)] {
				c--
			}
			// Source: back to the clause start (a comma, a conjunction,
			// the sentence start).
			a := c
			for a-1 >= lo {
				t := d.toks[a-1].Text
				tl := strings.ToLower(t)
				if t == "," || t == ";" || t == ":" || t == "—" || t == "-" || t == "(" || tl == "and" || tl == "but" || tl == "while" || tl == "as" || tl == "if" || tl == "because" || tl == "when" || tl == "although" || tl == "though" || tl == "since" || tl == "so" {
					break
				}
				a--
			}
			for k := c - 1; k > a; k-- {
				if subjectPronoun[strings.ToLower(d.toks[k].Text)] {
					a = k // "the party he now aims to": he
					break
				}
			}
			if a == c || c-a > 6 || !stanceSubject(d.toks[a:c], w, next, c < i) {
				break
			}
			e := hi
			for e-1 > i+1 && isPunctTok(d.toks[e-1].Text) {
				e--
			}
			for k := a; k < c; k++ {
				tags[k] = tagISrc
			}
			tags[a] = tagBSrc
			for k := c; k <= i; k++ {
				tags[k] = tagICue
			}
			tags[c] = tagBCue
			for k := i + 1; k < e; k++ {
				tags[k] = tagICon
			}
			tags[i+1] = tagBCon
			break
		}
	}
	return tags
}

// stanceClause are verbs that take a bare clause ("suspect those losses
// were ...").
var stanceClause = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("think thinks thought believe believes believed suspect suspects suspected " +
		"expect expects expected fear fears feared say says said predict predicts predicted " +
		"argue argues argued insist insists insisted warn warns warned claim claims claimed " +
		"acknowledge acknowledges acknowledged admit admits admitted doubt doubts doubted estimate estimates estimated") {
		m[w] = true
	}
	return m
}()

// clauseOpener reports whether t can open a bare clause: a determiner, a
// subject pronoun or a capitalised word.
func clauseOpener(t string) bool {
	switch strings.ToLower(t) {
	case "the", "a", "an", "this", "these", "those", "he", "she", "they", "we", "it", "i", "there", "his", "her", "their", "its", "our", "many", "most", "some":
		return true
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// stanceNouns are stance verb forms that are also nouns ("a plan to",
// "fears that"): they count only after a subject that is no noun's
// modifier.
var stanceNouns = map[string]bool{"plan": true, "plans": true, "hope": true, "hopes": true, "fear": true,
	"fears": true, "claim": true, "claims": true, "doubt": true, "doubts": true, "promise": true,
	"promises": true, "pledge": true, "pledges": true, "vow": true, "vows": true, "estimate": true,
	"estimates": true, "demand": true, "demands": true, "worry": true, "worries": true, "aim": true,
	"aims": true, "want": true, "wants": true, "refuse": true, "decline": true, "declines": true,
	"urge": true, "urges": true, "threaten": true}

// stanceDeterminers cannot end a subject (nor open one, but for the
// definite and possessive determiners).
var stanceDeterminers = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "your": true, "this": true, "these": true, "those": true,
	"that": true, "any": true, "no": true, "every": true, "each": true, "whose": true, "there": true,
	"it": true, "of": true, "for": true, "with": true, "from": true, "in": true, "on": true, "at": true,
	"by": true, "to": true, "about": true}

// stanceSubject reports whether src can be the subject of the stance verb
// v followed by next: it opens with a letter and no preposition, holds
// no finite verb, and does not end in a determiner or a possessive; a
// verb that is also a noun needs an auxiliary before it or a subject
// ending in a pronoun or a capitalised word.
func stanceSubject(src []sentence.Token, v, next string, aux bool) bool {
	first := strings.ToLower(src[0].Text)
	if r, _ := utf8.DecodeRuneInString(src[0].Text); !unicode.IsLetter(r) || stanceDeterminers[first] && first != "the" && first != "his" && first != "her" && first != "its" && first != "their" && first != "our" && first != "my" && first != "this" && first != "these" && first != "those" {
		return false
	}
	for _, t := range src {
		tl := strings.ToLower(t.Text)
		switch tl {
		case "is", "are", "was", "were", "be", "been", "being", "am", "who", "which", "that", "what":
			return false
		}
		if stanceVerbs[tl] || lookupVerbForm(tl) {
			return false
		}
	}
	last := src[len(src)-1].Text
	ll := strings.ToLower(last)
	if stanceDeterminers[ll] || strings.HasSuffix(ll, "'s") || strings.HasSuffix(ll, "’s") || strings.HasSuffix(ll, "'") || strings.HasSuffix(ll, "’") {
		return false
	}
	if stanceNouns[v] && !aux {
		if next != "to" {
			return false
		}
		r, _ := utf8.DecodeRuneInString(last)
		if !unicode.IsUpper(r) && !subjectPronoun[ll] {
			return false
		}
	}
	return true
}

// lookupVerbForm reports whether w is an inflected reporting verb.
func lookupVerbForm(w string) bool {
	_, ok := lookupVerb(w)
	return ok
}

func isPunctTok(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// fillPostposed tags an untagged sentence ending in ", SUBJECT [aux]
// VERB." ("..., The Post has learned.") with a reporting or stance verb:
// the words before the comma are its content.
func (d *doc) fillPostposed(tags []int8, lo, hi int) bool {
	e := hi
	for e-1 > lo && isPunctTok(d.toks[e-1].Text) {
		e--
	}
	if e == hi || e-lo < 6 {
		return false
	}
	v := e - 1
	w := d.toks[v].Text
	if !stanceVerbs[w] && !lookupVerbForm(w) || stanceNouns[w] || w != strings.ToLower(w) || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") && w != "said" && w != "told" && w != "wrote" && w != "thought" && w != "knew" {
		return false
	}
	c := v
	for c-1 > lo && stanceAux[strings.ToLower(d.toks[c-1].Text)] {
		c--
	}
	a := c
	for a-1 > lo && d.toks[a-1].Text != "," {
		a--
	}
	if a-1 <= lo || d.toks[a-1].Text != "," || a == c || c-a > 6 || !stanceSubject(d.toks[a:c], w, "", true) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(d.toks[a].Text); !unicode.IsUpper(r) && !subjectPronoun[strings.ToLower(d.toks[a].Text)] {
		return false
	}
	for _, t := range d.toks[a:c] {
		if tl := t.Text; tl == strings.ToLower(tl) && (strings.HasSuffix(tl, "ed") || strings.HasSuffix(tl, "ing")) {
			return false
		}
	}
	for k := lo; k < e; k++ {
		if d.inQuote(d.toks[k].Start) {
			return false
		}
	}
	ce := a - 1
	for k := lo; k < ce; k++ {
		tags[k] = tagICon
	}
	tags[lo] = tagBCon
	for k := a; k < c; k++ {
		tags[k] = tagISrc
	}
	tags[a] = tagBSrc
	for k := c; k <= v; k++ {
		tags[k] = tagICue
	}
	tags[c] = tagBCue
	return true
}
