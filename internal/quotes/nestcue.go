package quotes

// Unit rules for Options.Exclusive, one unit per attribution as PolNeAR
// counts them (ninth session, see NOTE.md): nested cues, coordinated
// reporting verbs, content sharing a cue, bare short quotations, headlines;
// and fillCueOnly, which runs on every path.

import (
	"strings"

	"github.com/storyline/storyline/internal/sentence"
)

// nestedCues returns tags where an attribution tagged inside another's
// reported content is part of that content, as PolNeAR counts it: in one
// sentence, a content run that follows a cue ("[C notes] [Q that the
// commission]") and is followed directly by a cue, with or without its
// source, and a second content run ("[C announced] [Q that there was an
// issue]") makes one content run with them: the first cue's speaker said
// all of it.
func (d *doc) nestedCues(tags []int8) []int8 {
	d.eachSentence(func(i, j int) { d.nestSentence(tags, i, j) })
	return tags
}

// eachSentence calls fn with the token range [i,j) of every sentence of
// d, in text order.
func (d *doc) eachSentence(fn func(i, j int)) {
	n := len(d.toks)
	for i := 0; i < n; {
		si := d.sentenceAt(d.toks[i].Start)
		j := i
		for j < n && d.sentenceAt(d.toks[j].Start) == si {
			j++
		}
		fn(i, j)
		i = j
	}
}

// nestSentence applies nestedCues to the sentence of tokens [i,j).
func (d *doc) nestSentence(tags []int8, i, j int) {
	cued := false // a cue outside quote marks seen before the content
	for k := i; k < j; k++ {
		t := tags[k]
		if (t == tagBCue || t == tagICue) && !d.inQuote(d.toks[k].Start) {
			cued = true
			continue
		}
		if t != tagICon && t != tagBCon || !cued {
			continue
		}
		if k+1 >= j || tags[k+1] == tagICon {
			continue // not the end of the content run
		}
		// k ends a content run: a gap of source and cue tokens only, at
		// least one cue, then content.
		g := k + 1
		cue := false
		for g < j {
			t := tags[g]
			if t == tagBCue || t == tagICue {
				cue = true
			} else if t != tagBSrc && t != tagISrc {
				break
			}
			if w := lower(d.toks[g].Text); !startsWord(w) || clauseEnders[w] || relativeWords[w] {
				break
			}
			g++
		}
		if !cue || g >= j || tags[g] != tagBCon || g == k+1 {
			continue
		}
		if d.clauseTail(tags, k) {
			continue
		}
		for m := k + 1; m <= g; m++ {
			tags[m] = tagICon
		}
		k = g - 1
	}
}

// clauseEnders close a clause or open the next one: a content run ending
// in one is followed by an attribution of its own ("... careless, and [S
// Democrats] [C accused] ...").
var clauseEnders = set("and", "but", "or", "nor", "while", "as", "when", "because", "since", "though", "although",
	"after", "before", "if", "where", "whereas", "unless", "until", "yet", "so")

// relativeWords open a relative clause: "[Q an architect] [S who] [C said]
// ..." is an attribution of the architect's, not part of the content.
var relativeWords = set("who", "whom", "whose", "which", "that", "where", "when")

// maxTailWords is how far back from its end a content run is searched for
// the start of another clause (see clauseTail).
const maxTailWords = 3

// clauseTail reports whether the content run ending at token k ends in a
// new clause whose subject the tagger took as content: a comma, a
// conjunction or a relative pronoun among its last maxTailWords tokens
// ("[Q that the reforms were not complete, and human] [S rights groups]
// [C warned]").
func (d *doc) clauseTail(tags []int8, k int) bool {
	for m := k; m >= 0 && m > k-maxTailWords; m-- {
		if tags[m] == tagBCon && m < k {
			break // the run's opening word ("that", "and") opens the content
		}
		w := lower(d.toks[m].Text)
		if clauseEnders[w] || relativeWords[w] || w == "," || w == ";" || w == ":" {
			return true
		}
		if tags[m] == tagBCon {
			break
		}
	}
	return false
}

// A unitCue is where a unit's cue lies: its first token (-1 for none), and
// whether it follows or precedes the unit's content.
type unitCue struct {
	cue           int
	after, before bool
}

// dropSharedCue drops indirect units whose cue follows them while the same
// cue has content of its own after it ("[Q this weekend's broadcast of
// Fox News Sunday], [S Pence] [C said] [Q his running mate ...]"): the
// content after the cue is what was said. links[i] is the cue of units[i].
func dropSharedCue(units []Quote, links []unitCue) []Quote {
	owned := map[int]bool{}
	for _, l := range links {
		if l.cue >= 0 && l.before {
			owned[l.cue] = true
		}
	}
	out := units[:0]
	for i, q := range units {
		if l := links[i]; l.after && !q.Direct && owned[l.cue] {
			continue
		}
		out = append(out, q)
	}
	return out
}

// fillAdjunct open a time, place or manner adjunct: the words after a cue
// in a sentence with no tagged content that open with one are no content.
var fillAdjunct = set("at", "during", "on", "in", "after", "before", "from", "by", "against", "since", "until",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "earlier", "last", "this")

// demonstrativeClause reports whether "this" or "last" at token k opens a
// clause rather than a time adjunct: the word after it is no time noun
// ("[C are convinced] this is the only country", not "this week").
func (d *doc) demonstrativeClause(k, j int) bool {
	if w := lower(d.toks[k].Text); w != "this" && w != "last" || k+1 >= j {
		return false
	}
	return !timeNouns[lower(d.toks[k+1].Text)]
}

// timeNouns follow "this" or "last" in a time adjunct.
var timeNouns = set("week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "spring", "summer",
	"fall", "autumn", "winter", "time", "season", "term", "session", "decade", "century", "quarter", "day", "hour",
	"minute", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
	"march", "april", "may", "june", "july", "august", "september", "october", "november", "december")

// splitCoordinated returns tags where reported content running over a
// coordinated reporting verb ("[S Rendell] [C said] [Q he had pneumonia
// twice and called it a common ailment]") ends before the conjunction,
// and the verb is a cue of its own with the words after it as its
// content: PolNeAR counts two attributions.
func (d *doc) splitCoordinated(tags []int8) []int8 {
	n := len(tags)
	for i := 1; i+2 < n; i++ {
		if tags[i] != tagICon || lower(d.toks[i].Text) != "and" || tags[i+1] != tagICon || tags[i+2] != tagICon {
			continue
		}
		w := d.toks[i+1].Text
		if w != lower(w) || !(strings.HasSuffix(w, "ed") || w == "said" || w == "told") || cueLevel(w) < 3 {
			continue
		}
		if d.inQuote(d.toks[i].Start) || d.sentenceAt(d.toks[i+2].Start) != d.sentenceAt(d.toks[i].Start) {
			continue
		}
		// At least two words of content before the conjunction.
		words := 0
		for k := i - 1; k >= 0 && (tags[k] == tagICon || tags[k] == tagBCon); k-- {
			if startsWord(d.toks[k].Text) {
				words++
			}
			if tags[k] == tagBCon {
				break
			}
		}
		if words < 2 {
			continue
		}
		tags[i] = tagO
		if d.toks[i-1].Text == "," {
			tags[i-1] = tagO
		}
		tags[i+1] = tagBCue
		tags[i+2] = tagBCon
		i += 2
	}
	return tags
}

// maxBareWords is the longest quotation with no cue that dropBareQuotes
// drops.
const maxBareWords = 3

// dropBareQuotes drops short quotations with no cue ("a “rigged”
// system", a title in quote marks): on PolNeAR dev and train-cv about 3
// in 10 are an attribution's content.
func dropBareQuotes(units []Quote) []Quote {
	out := units[:0]
	for _, q := range units {
		if q.Direct && q.Cue == "" && len(strings.Fields(q.Text)) <= maxBareWords {
			continue
		}
		out = append(out, q)
	}
	return out
}

// headlineUnit returns units with a unit for a headline of the form "NAME:
// what was said" ("Politifact: Donald Trump Is Right, ...") on the first
// line of the text, in place of the units the tagger found on that line
// (often a piece of it, with a name inside as speaker): the colonLabel rule
// of the hand-written reported speech. A first line the tagger found
// nothing on that reads "SUBJECT VERB-s REST" (headlineAct: "Judge rejects
// request to unseal file") gets a unit for REST (PolNeAR dev 2 of 2 such
// units matched, train 13 of 18), and so does "LABEL: REST" with a label
// colonLabel does not take (headlineLabel: "Clinton camp: ...").
func (d *doc) headlineUnit(units []Quote) []Quote {
	end := strings.IndexByte(d.text, '\n')
	if end < 0 {
		return units
	}
	toks := d.tokensIn(0, end)
	if len(toks) == 0 || dets[lower(toks[0].Text)] {
		return units // "The Latest: ...", "A Curious Plan to ...: ...": a label
	}
	line := sentence.Sentence{Start: 0, End: end, Text: d.text[:end]}
	mk := func(at attribution, a, b, minToks int) (Quote, bool) {
		a, b = trimContent(d.text, a, b)
		if b <= a || len(d.tokensIn(a, b)) < minToks {
			return Quote{}, false
		}
		q := Quote{Cue: at.cue, SpeakerStart: at.sStart, SpeakerEnd: at.sEnd, Kind: KindReported}
		q.Text, q.Start, q.End = d.text[a:b], a, b
		q.Speaker, q.Sentence = at.speaker, line.Text
		return q, true
	}
	q, ok := d.colonLabel(toks, line, mk)
	if !ok {
		// Only when the tagger found nothing on the line: a label with
		// lower-case words ("Clinton camp: ..."), or "Judge rejects request
		// to unseal file", a subject, a verb in -s the train lexicon rates
		// as a cue, what it says or does.
		if len(units) > 0 && units[0].Start < end {
			return units
		}
		if k, found := headlineLabel(toks); found {
			a, b := toks[0].Start, toks[k-1].End
			at := attribution{speaker: possessive(d.text[a:b]), sStart: a, sEnd: b, cue: ":"}
			if q, ok = mk(at, toks[k].End, end, 3); ok {
				return append([]Quote{q}, units...)
			}
			return units
		}
		v, e, found := headlineAct(toks, headlineMinPrec)
		if !found {
			return units
		}
		a, b := toks[0].Start, toks[v-1].End
		at := attribution{speaker: possessive(d.text[a:b]), sStart: a, sEnd: b, cue: toks[v].Text}
		if m := d.mentionEndingAt(b); m >= 0 && d.mentions[m].Start >= a {
			at.speaker = d.mentions[m].Name
		}
		if q, ok = mk(at, toks[v+1].Start, toks[e-1].End, 1); !ok {
			return units
		}
		return append([]Quote{q}, units...)
	}
	k := 0
	for k < len(units) && units[k].End <= end {
		k++
	}
	return append([]Quote{q}, units[k:]...)
}

// fillCueOnly returns tags where a sentence with a tagged cue but no
// content gets content: the words after the cue (and after a source run
// following it, which ends at its first comma) to the sentence end, or,
// when no word follows the cue and its source, the words before them (on
// PolNeAR dev with the first model of this rule, 29 more units matched
// and 26 more did not).
func (d *doc) fillCueOnly(tags []int8) []int8 {
	out := append([]int8(nil), tags...)
	d.eachSentence(func(i, j int) {
		cueEnd, con := -1, false
		for k := i; k < j; k++ {
			switch tags[k] {
			case tagBCon, tagICon:
				con = true
			case tagBCue, tagICue:
				cueEnd = k + 1
			}
		}
		cueStart := -1
		for k := i; k < j; k++ {
			if tags[k] == tagBCue || tags[k] == tagBSrc {
				cueStart = k
				break
			}
		}
		words := 0
		for k := max(cueEnd, i); k < j; k++ {
			if startsWord(d.toks[k].Text) && tags[k] == tagO {
				words++
			}
		}
		if cueEnd > 0 && cueEnd < j && lower(d.toks[cueEnd].Text) == "by" {
			c := cueEnd - 1
			for c > i && tags[c] == tagICue {
				c--
			}
			if _, ok := d.passiveAgent(tagRun{tagBCue, c, cueEnd}); ok && cueStart == c {
				words = 0 // the agent follows ("X is supported by Y"): X is the content
			}
		}
		if !con && cueEnd > 0 && words == 0 && cueStart > i {
			end := cueStart
			for end > i && !startsWord(d.toks[end-1].Text) {
				end--
			}
			for k := i; k < end; k++ {
				out[k] = tagICon
			}
			if end > i {
				out[i] = tagBCon
			}
		}
		if !con && cueEnd > 0 && words > 0 {
			first := true
			from := cueEnd
			if from < j && tags[from] == tagBSrc {
				// "According to officials in Velsk, the talks will resume":
				// the source runs to its first comma at most.
				for from < j && (tags[from] == tagBSrc || tags[from] == tagISrc) && d.toks[from].Text != "," {
					from++
				}
				if from < j && d.toks[from].Text == "," {
					from++
				}
			}
			if from < j && fillAdjunct[lower(d.toks[from].Text)] && !d.demonstrativeClause(from, j) {
				from = j // an adjunct, not what was said ("[C made the pledge] at a conference")
			}
			if from < j && d.toks[from].Text == "," {
				// An attribution set off by commas inside the sentence ("The
				// pier, [S Roe] [C said], will close"): the words before it
				// are what was said too, and the comma is no content.
				if end, ok := d.frontHalf(tags, i, cueStart); ok {
					out[i] = tagBCon
					for k := i + 1; k < end; k++ {
						out[k] = tagICon
					}
					from++
				}
			}
			for k := from; k < j; k++ {
				w := d.toks[k].Text
				if tags[k] != tagO && tags[k] != tagISrc {
					break
				}
				if k == j-1 && !startsWord(w) {
					break
				}
				if first {
					out[k] = tagBCon
					first = false
				} else {
					out[k] = tagICon
				}
			}
		}
	})
	return out
}

// frontHalf reports whether the words of sentence tokens [i,cueStart)
// are the first half of what a parenthetical attribution starting at
// cueStart reports ("The old pier, [S Roe] [C said], will close"): all
// untagged or content, outside quotation marks, opening with no occasion
// ("Asked about it,"), a comma right before cueStart and at
// least one word before it, no other comma. It returns the end of the
// half (the comma's index).
func (d *doc) frontHalf(tags []int8, i, cueStart int) (int, bool) {
	end := cueStart - 1
	if end <= i || d.toks[end].Text != "," {
		return 0, false
	}
	if i > 0 && tags[i-1] != tagO {
		return 0, false // content runs on into the sentence from before it
	}
	if w := lower(d.toks[i].Text); frontAdjuncts[w] || strings.HasSuffix(w, "ing") && len(w) > 4 {
		return 0, false // "Asked about it, [S he] [C said], ...": the occasion, not what was said
	}
	words := 0
	for k := i; k < end; k++ {
		w := d.toks[k].Text
		if tags[k] != tagO && tags[k] != tagBCon && tags[k] != tagICon || w == "," || d.inQuote(d.toks[k].Start) || isQuoteRune(firstRune(w)) {
			return 0, false
		}
		if startsWord(w) {
			words++
		}
	}
	return end, words > 0
}

// frontAdjuncts open an occasion or circumstance before a parenthetical
// attribution rather than what was said.
var frontAdjuncts = set("asked", "when", "while", "after", "before", "during", "responding", "according", "in", "at", "as")

// parentheticalFront returns tags where a sentence opening with untagged
// words, then an attribution set off by commas and reported content after
// it ("The new ferry, [S the office] [C said] on Monday, was the biggest
// yet, although [Q it may take weeks]"), has all of it as content: the
// words before the attribution (frontHalf) and every word after its comma.
// The content after it must be unquoted and hold no other source or cue.
func (d *doc) parentheticalFront(tags []int8) []int8 {
	d.eachSentence(func(i, j int) {
		s := i
		for s < j && (tags[s] == tagO || tags[s] == tagBCon || tags[s] == tagICon) {
			s++
		}
		if s >= j || tags[s] != tagBSrc {
			return
		}
		end, ok := d.frontHalf(tags, i, s)
		if !ok {
			return
		}
		k := s + 1
		for k < j && tags[k] == tagISrc {
			k++
		}
		if k >= j || tags[k] != tagBCue {
			return
		}
		k++
		for k < j && tags[k] == tagICue {
			k++
		}
		adj := k
		for extra := 0; k < j && tags[k] == tagO && d.toks[k].Text != "," && extra < 3; extra++ {
			k++ // "on Monday"
		}
		if k >= j-1 || d.toks[k].Text != "," || tags[k] != tagO {
			return
		}
		con, last := false, -1
		for m := k + 1; m < j; m++ {
			t := tags[m]
			if t != tagO && t != tagBCon && t != tagICon || d.inQuote(d.toks[m].Start) || isQuoteRune(firstRune(d.toks[m].Text)) {
				return
			}
			con = con || t != tagO
			if startsWord(d.toks[m].Text) {
				last = m
			}
		}
		if !con || last < 0 {
			return
		}
		tags[i] = tagBCon
		for m := i + 1; m < end; m++ {
			tags[m] = tagICon
		}
		for m := adj; m < k; m++ {
			tags[m] = tagICue // the occasion goes with the attribution, so the halves join
		}
		tags[k+1] = tagBCon
		for m := k + 2; m <= last; m++ {
			tags[m] = tagICon
		}
	})
	return tags
}
