package quotes

// Linking a tagged cue to its source when the nearest source run is not it
// (sixth session, chosen on PolNeAR dev and train-cv together): adjuncts
// tagged as sources, a participle's or an opening clause's subject, and an
// apposition set off by commas.

import "strings"

// maxAppositionGap is the most tokens between a source and the tagged
// source run set off by commas after it that appositionHead joins.
const maxAppositionGap = 15

// appositionHead returns the source run runs[k] (before its cue) joined
// with a source run before it when runs[k] is set off by commas after that
// one: "[S Scott Pruitt] , the attorney general , [S one of the states
// suing ,] [C said]" -> the whole, whose head names the speaker.
func (d *doc) appositionHead(runs []tagRun, k int) tagRun {
	r := runs[k]
	if k == 0 || d.toks[r.b-1].Text != "," {
		return r
	}
	p := runs[k-1]
	if p.kind != tagBSrc || r.a-p.b > maxAppositionGap || r.a == p.b || d.toks[p.b].Text != "," {
		return r
	}
	if d.sentenceAt(d.toks[p.a].Start) != d.sentenceAt(d.toks[r.a].Start) {
		return r
	}
	for i := p.b; i < r.a; i++ {
		if isQuoteRune(firstRune(d.toks[i].Text)) || d.inQuote(d.toks[i].Start) {
			return r
		}
	}
	return tagRun{tagBSrc, p.a, r.b}
}

// prepLed reports whether source run r opens with a preposition that
// introduces no speaker ("said [of RT]", "said in [the Oval Office]",
// "[aside from] saying"): a mis-tagged adjunct, not the source.
func (d *doc) prepLed(r tagRun) bool {
	return adjunctPreps[lower(d.toks[r.a].Text)]
}

// adjunctPreps open an adjunct, not a source ("by" and "according to" do
// introduce one).
var adjunctPreps = set("of", "under", "in", "on", "at", "from", "aside", "with", "into", "about",
	"during", "after", "before", "over", "across", "near", "since", "until")

// maxClauseRuns bounds how many runs back participleSubject looks for the
// clause's subject (and keeps Find linear on a sentence of thousands).
const maxClauseRuns = 8

// participleSubject returns the index of the source run that is the main
// clause's subject when cue runs[c] is a participle after a comma (",
// saying ...") and source runs[k], just before that comma, is another
// noun of the clause ("[S Fiorina] backed [S Cruz] Wednesday, [C saying]"):
// the first source run of the sentence before k, outside quotation marks,
// with no content run between it and the cue.
func (d *doc) participleSubject(runs []tagRun, k, c int) (int, bool) {
	cue := runs[c]
	w := lower(d.toks[cue.a].Text)
	if !strings.HasSuffix(w, "ing") || cue.a == 0 || d.toks[cue.a-1].Text != "," {
		return 0, false
	}
	si := d.sentenceAt(d.toks[cue.a].Start)
	first := -1
	for j := k - 1; j >= 0 && j >= k-maxClauseRuns; j-- {
		rj := runs[j]
		if d.sentenceAt(d.toks[rj.a].Start) != si || rj.kind == tagBCon {
			break
		}
		if rj.kind == tagBSrc && !d.inQuote(d.toks[rj.a].Start) {
			first = j
		}
	}
	if first < 0 {
		return 0, false
	}
	return first, true
}

// leadingCueSubject returns the source run of the main clause after an
// opening participial or adverbial clause whose cue runs[c] has no source
// ("[C Noting] [Q that ...] , [S Tester] [C added]", "After [C talking
// about] [Q security] , [S Mr. Netanyahu] suggested"): the cue lies within
// the sentence's first two words, and the next source run follows the
// unit's content (ending with runs[last]) after a comma; -1 when none.
func (d *doc) leadingCueSubject(runs []tagRun, c, last int) int {
	cue := runs[c]
	si := d.sentenceAt(d.toks[cue.a].Start)
	words := 0
	for i := cue.a - 1; i >= 0 && words <= 1 && d.sentenceAt(d.toks[i].Start) == si; i-- {
		if startsWord(d.toks[i].Text) {
			words++
		}
	}
	if words > 1 || last < c {
		return -1
	}
	for j := last + 1; j < len(runs) && j <= last+2; j++ {
		rj := runs[j]
		if d.sentenceAt(d.toks[rj.a].Start) != si {
			return -1
		}
		if rj.kind == tagBSrc {
			if d.toks[rj.a-1].Text != "," || d.inQuote(d.toks[rj.a].Start) {
				return -1
			}
			return j
		}
	}
	return -1
}

// coordinatedCue reports whether cue run c is a participle or a verb
// coordinated with an earlier one ("..., calling", "... and called"): its
// subject is the sentence's, not the noun right before it.
func (d *doc) coordinatedCue(c tagRun) bool {
	if c.a == 0 {
		return false
	}
	w, p := lower(d.toks[c.a].Text), lower(d.toks[c.a-1].Text)
	return p == "and" || strings.HasSuffix(w, "ing") && (p == "," || p == "and")
}

// fillerRun reports whether source run r is a lone adverb or time word
// ("on [S Friday] described", "but [S now] said"): not a subject.
func (d *doc) fillerRun(r tagRun) bool {
	return r.b-r.a == 1 && fillerWords[lower(d.toks[r.a].Text)]
}

var fillerWords = set("now", "then", "also", "still", "later", "earlier", "recently", "today", "yesterday",
	"tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "perhaps")

// conjRun reports whether source run r ends with a conjunction ("[S and]
// said", "[S Curiel and] said"): the cue is a coordinated verb whose
// subject is the clause's before.
func (d *doc) conjRun(r tagRun) bool {
	w := lower(d.toks[r.b-1].Text)
	return w == "and" || w == "but"
}

// coordSubject returns the nearest source run before runs[k] in its
// sentence (from byte lo) that is directly followed by a cue run, the
// subject of the first verb of a coordination; -1 when none.
func (d *doc) coordSubject(runs []tagRun, k, lo int) int {
	for j := k - 1; j >= 0 && j >= k-maxClauseRuns; j-- {
		rj := runs[j]
		if d.toks[rj.a].Start < lo {
			break
		}
		if rj.kind == tagBSrc && j+1 < len(runs) && runs[j+1].kind == tagBCue && runs[j+1].a-rj.b <= 1 && !d.inQuote(d.toks[rj.a].Start) && !d.conjRun(rj) {
			return j
		}
	}
	return -1
}
