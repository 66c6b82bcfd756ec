package entity

// A company the tagger typed MISC (twenty-first session): taggers learn
// a maker's name from its models ("the Zorvex 717", "a Zorvex jet") and
// type the name MISC even where it stands alone for the company ("Zorvex
// has announced", "Zorvex spokesman Ana Lind", "aircraft maker
// Zorvex"). A one-word surface voted MISC that a mention shows to be a
// company or an actor (it speaks, decides, hires, has a spokesman or
// executives) is an organisation in its article; the store's article
// vote does the rest. Nationalities, countries, the gazetteer's names,
// calendar words, group adjectives, given names and words of the
// article's person names stay as typed.

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// actorVerbs are verbs after a name that only a person or a body does
// ("Zorvex said", "Zorvex has announced"): no product, event or
// nationality speaks or decides.
var actorVerbs = map[string]bool{"said": true, "says": true, "announced": true, "announces": true,
	"confirmed": true, "confirms": true, "denied": true, "denies": true, "hired": true, "hires": true,
	"challenged": true, "agreed": true, "decided": true, "declined": true, "plans": true, "planned": true,
	"hopes": true, "hoped": true, "expects": true, "expected": true, "warned": true, "warns": true,
	"reported": true, "reports": true, "sued": true, "appealed": true, "protested": true,
	"wins": true, "won": true, "offered": true, "offers": true, "unveiled": true, "unveils": true}

// staffWords after a name make it a body's ("Zorvex spokesman", "Zorvex
// executives"): a product or an event has none.
// Its employees and shares are a company's too ("Zorvex shares"); not
// "headquarters", "factory", "plant" or "workers", which follow a place as
// often ("its Vell headquarters").
var staffWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"spokespeople": true, "executive": true, "executives": true, "employees": true, "shares": true}

// actorAfter reports whether the name ending at end is followed by an
// actor's verb, after "has", "had" or "have" when one stands between
// ("Zorvex has announced").
func actorAfter(text string, end int) bool {
	w, next := nextWord(text, end)
	switch w {
	case "has", "had", "have":
		w, _ = nextWord(text, next)
	}
	return actorVerbs[w]
}

// companiesNotMisc retypes as organisations the one-word surfaces voted
// MISC that a mention shows to be a company or an actor (see the file
// comment).
func companiesNotMisc(text string, ms []ner.Mention, types map[string]core.EntityType) {
	var nameWords map[string]bool
	var buf [32]string // on the stack for an article of few MISC names
	misc := appendMisc(buf[:0], ms)
	for i, m := range ms {
		name := strings.TrimSpace(m.Text)
		if name == "" || strings.ContainsAny(name, " -") || m.End > len(text) || m.Start < 0 || !taggedMisc(misc, name) || adjectival(name) {
			continue
		}
		if w, _ := nextWord(text, m.End); !staffWords[w] && !actorAfter(text, m.End) &&
			!companyBefore(text, m.Start) && !companyApposition(text, m.End) && !companyList(text, m.Start) &&
			!executiveOf(text, m.Start) && !companyAfter(text, m.End) && !companyPartner(text, ms, i, types) &&
			!companySetOff(text, m.Start, m.End) && !rivalOf(text, m.Start) && !companyAgent(text, m.Start) {
			continue
		}
		k := surfaceKey(m.Text)
		if types[k] != core.Misc || KnownGivenName(name) || calendarWord(name) {
			continue
		}
		if demonym(name) {
			continue
		}
		if lower := strings.ToLower(name); lower != name && strings.Contains(text, lower) {
			continue // "Demonstrators said": a common noun opening a sentence
		}
		if strings.HasSuffix(name, "s") && !strings.HasSuffix(name, "ss") && !strings.HasSuffix(name, "us") && opensSentence(text[:m.Start]) {
			continue // "Rabbis said": a plural noun opening a sentence
		}
		if _, ok := gazetteer.CountryOf(name); ok || gazetteer.Lookup(name) != 0 {
			continue
		}
		if nameWords == nil {
			nameWords = personNameWords(types)
		}
		if nameWords[k] {
			continue
		}
		types[k] = core.Organisation
	}
}

// adjectiveEnds are the endings of adjectives and peoples' names
// ("Texan", "Kurdish", "Chechens", "Islamic", "Democrat").
var adjectiveEnds = []string{"ic", "ish", "ese", "ian", "ians", "an", "ans", "ens", "crat", "crats"}

// adjectival reports whether w (any case) reads as an adjective or a
// people's name rather than a company's: a group adjective or a word
// ending as adjectives do (adjectiveEnds). It builds no string.
func adjectival(w string) bool {
	for _, suf := range adjectiveEnds {
		if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return true
		}
	}
	for a := range groupAdjectives {
		if strings.EqualFold(a, w) {
			return true
		}
	}
	return false
}

// appendMisc appends to dst the texts of the mentions of ms typed MISC,
// trimmed: read once, so that taggedMisc asks only those and
// companiesNotMisc stays linear in the mentions of an article with few
// MISC names.
func appendMisc(dst []string, ms []ner.Mention) []string {
	for _, o := range ms {
		if o.Type == core.Misc {
			dst = append(dst, strings.TrimSpace(o.Text))
		}
	}
	return dst
}

// taggedMisc reports whether a mention with the text name is typed MISC
// (misc: appendMisc): only such a surface can be voted MISC (a cheap
// test before the cues, which fold and lower-case words).
func taggedMisc(misc []string, name string) bool {
	for _, o := range misc {
		if strings.EqualFold(o, name) {
			return true
		}
	}
	return false
}

// companySetOff reports whether the name at text[start:end] is set off by
// commas after a company noun ("the aircraft manufacturer, Zorvex, has
// won"), "maker" only after a product word as companyBefore asks.
func companySetOff(text string, start, end int) bool {
	if !strings.HasPrefix(strings.TrimLeft(text[end:], " "), ",") {
		return false
	}
	before := strings.TrimRight(text[:start], " ")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	return companyBefore(text, len(before)-1)
}

// agentVerbs are the participles before "by" whose agent is a company or
// a body ("compensated by Zorvex", "built by Zorvex"): no product,
// nationality or event pays, builds or buys ("powered by", "inspired by"
// and "led by" are left out: engines, faiths and people).
var agentVerbs = map[string]bool{"compensated": true, "paid": true, "built": true, "manufactured": true,
	"acquired": true, "bought": true, "owned": true, "operated": true, "supplied": true, "designed": true,
	"hired": true, "employed": true, "funded": true, "sponsored": true, "sued": true, "fined": true}

// companyAgent reports whether the name at pos is the agent of one of
// agentVerbs ("the airline was compensated by Zorvex").
func companyAgent(text string, pos int) bool {
	w, at := prevWord(text, pos)
	if w != "by" {
		return false
	}
	p, _ := prevWord(text, at)
	return agentVerbs[p]
}

// rivalOf reports whether "rival" stands right before the name, or before
// it and a comma ("its European rival Zorvex", "Kellco's rival, Zorvex,"):
// a maker's competitor is a maker. A plural is a people or a party
// ("rival Kurds"), not asked; a name ending in "us" or "ss" is no plural
// ("Kellco's rival, Zorbus,").
func rivalOf(text string, pos int) bool {
	if w, _ := nextWord(text, pos); strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "ss") {
		return false // "rival Kurds"; not "rival Zorbus" (a name in -us or -ss)
	}
	before := strings.TrimRight(text[:pos], " ")
	before = strings.TrimRight(strings.TrimSuffix(before, ","), " ")
	w, _ := prevWord(text, len(before))
	return w == "rival" || w == "rivals" || w == "competitor"
}
