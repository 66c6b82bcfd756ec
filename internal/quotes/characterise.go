package quotes

import "strings"

// A characterisation is what a source called something or someone: "Trump
// has called climate change a hoax", "Clinton called her vote a mistake",
// "Democrats also described the showdown as ominous". A reader asking who
// said what wants it listed as the source's reported speech (PolNeAR
// annotates it so: cue "called", content "climate change a hoax"), though
// the naming verb is no reporting verb and the content no clause.

// namingForms are the forms of the verbs of naming and characterising
// that may end such a unit's cue.
var namingForms = set("call", "calls", "called", "calling", "describe", "describes", "described", "describing",
	"label", "labels", "labeled", "labelled", "labeling", "labelling", "dub", "dubs", "dubbed", "dubbing",
	"brand", "brands", "branded", "branding", "term", "terms", "termed", "terming",
	"characterize", "characterizes", "characterized", "characterizing",
	"characterise", "characterises", "characterised", "characterising")

// describeForms take their description after "as" ("described Y as Z");
// the other naming verbs take it bare ("called Y Z") or after "as".
var describeForms = set("describe", "describes", "described", "describing",
	"characterize", "characterizes", "characterized", "characterizing",
	"characterise", "characterises", "characterised", "characterising")

// objectPronouns may be the object of "called" right before its
// complement ("called him divisive", "calling them rapists").
var objectPronouns = set("him", "her", "them", "it", "himself", "herself", "themselves", "itself", "me", "us")

// notComplement are words that, right after the object of "call", make
// it a call of another kind: a preposition or particle ("called him on
// Friday", "called Roe back", "called it quits"), a time ("called him
// yesterday", "called the police the next day").
var notComplement = set("to", "for", "on", "upon", "off", "out", "in", "into", "up", "back", "at", "from", "with",
	"about", "by", "after", "before", "during", "over", "around", "and", "or", "but", "when", "while", "if",
	"that", "who", "which", "as", "quits", "again", "twice", "once", "yesterday", "today", "tonight", "tomorrow",
	"last", "this", "next", "early", "late", "later", "earlier", "recently", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "day", "days", "week", "weeks", "month", "months", "year",
	"years", "night", "morning", "afternoon", "evening", "weekend", "moment", "minute", "hour", "hours", "time",
	"same", "following", "few", "number", "lot", "meeting", "halt", "press", "news", "vote", "truce", "strike")

// clauseStops open a clause after the object and its description.
var clauseStops = set("because", "since", "although", "though", "while", "when", "whenever", "after", "before",
	"if", "unless", "until", "that", "who", "whom", "which", "where", "so", "and", "but", "or")

// namingPrepositions end a phrase whose noun a following article opens
// no complement of ("her vote in favor of the Iraq War").
var namingPrepositions = set("of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "into", "over",
	"under", "against", "between", "among", "through", "during", "after", "before", "than", "like")

// Characterisation reports whether a unit whose cue is cue and whose
// content is content reads as a characterisation: the cue ends on a
// verb of naming (called, described, labeled, dubbed, branded, termed,
// characterized) in the active voice, and the content holds the object
// and what it was called: "Y as Z" (of at least three words), or for a
// verb other than describe and characterize, "Y a/an/the Z" with the
// article after the object ("climate change a hoax"; not "a meeting", not
// "the next day") or an object pronoun and its complement ("him
// divisive", "them rapists"; not "him on Friday", "it quits").
func Characterisation(cue, content string) bool {
	cw := strings.Fields(lower(cue))
	if len(cw) == 0 || len(cw) > 4 {
		return false
	}
	// The verb ends the cue, or stands before a word of its object the
	// tagger took into the cue ("[C has called climate] [Q change a hoax]").
	j := len(cw) - 1
	if !namingForms[strings.Trim(cw[j], ",.;:")] && j > 0 && namingForms[cw[j-1]] {
		j--
	}
	verb := strings.Trim(cw[j], ",.;:")
	if !namingForms[verb] {
		return false
	}
	for _, w := range cw[:j] {
		switch w {
		case "is", "are", "was", "were", "be", "been", "being", "to":
			return false // passive ("was described as"), or "refused to call": someone else's act
		}
	}
	f := append(cw[j+1:], strings.Fields(content)...)
	// The object and its description end before a clause opener and after
	// a comma ("had called the hearing because they felt the FBI ...",
	// "called Oz a quack, fake and charlatan").
	for i, w := range f {
		f[i] = lower(strings.Trim(w, `"'“”‘’,.;:!?()`))
		if i > 0 && clauseStops[f[i]] {
			f = f[:i]
			break
		}
		if strings.ContainsAny(w[max(0, len(w)-4):], ",;:") {
			f = f[:i+1]
			break
		}
	}
	if len(f) < 2 {
		return false
	}
	switch f[0] {
	case "a", "an", "another", "", "what", "which", "whom", "who", "for", "on", "upon", "off", "out", "up", "in",
		"into", "to", "back", "attention", "at", "as":
		return false // "called a meeting", "what he calls X", "called for", "called on"
	}
	if i := indexWord(f, "as"); i >= 1 && i < len(f)-1 && len(f) >= 3 {
		return true // "the showdown as ominous", "the plan as a betrayal"
	}
	if describeForms[verb] {
		return false
	}
	if objectPronouns[f[0]] && !notComplement[f[1]] && !strings.HasSuffix(f[1], "ly") && !strings.HasSuffix(f[1], "ing") {
		return true
	}
	for i := 1; i+1 < len(f) && i <= 8; i++ {
		if f[i] != "a" && f[i] != "an" && f[i] != "the" {
			continue
		}
		if namingPrepositions[f[i-1]] || notComplement[f[i-1]] || notComplement[f[i+1]] {
			continue
		}
		return true
	}
	return false
}

// indexWord returns the index of the first w in f, or -1.
func indexWord(f []string, w string) int {
	for i, x := range f {
		if x == w {
			return i
		}
	}
	return -1
}
