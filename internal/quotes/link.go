package quotes

// Linking a tagged cue to its source when the nearest source run is not it
// (sixth session, chosen on PolNeAR dev and train-cv together): adjuncts
// tagged as sources, a participle's or an opening clause's subject, and an
// apposition set off by commas.

import (
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/core"
)

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

// personLike reports whether at names a speaker by a pronoun, a person or
// organisation mention, or a role or group noun ("the minister",
// "officials"): not a place, a thing or a stray phrase.
func (d *doc) personLike(at attribution) bool {
	if at.sStart < 0 || at.sEnd > len(d.text) || at.sStart >= at.sEnd {
		return false
	}
	f := strings.Fields(lower(d.text[at.sStart:at.sEnd]))
	if len(f) == 0 {
		return false
	}
	last := strings.Trim(f[len(f)-1], ",.;:")
	if len(f) == 1 && (pronouns[last] || last == "who") {
		return true
	}
	if roleNouns[last] || groupNouns[last] {
		return true
	}
	if m := d.mentionEndingAt(at.sEnd); m >= 0 && d.mentions[m].End > at.sStart {
		t := d.mentions[m].Type
		return t == core.Person || t == core.Organisation
	}
	return false
}

// possessiveGap reports whether gap, the text between a name and the
// phrase after it, is a possessive marker ("’s", "' s"): the phrase is the
// name's, not another subject's.
func possessiveGap(gap string) bool {
	g := strings.ReplaceAll(strings.TrimSpace(gap), " ", "")
	return g == "'s" || g == "’s" || g == "'" || g == "’"
}

// relativeCueSubject returns the token of the relative pronoun ("who",
// "which") whose clause holds the cue at token c ("Tom Reyes, who last year
// [C threatened] ...", "the board, which met and [C says] ..."): the
// nearest one left of the cue in its sentence with no punctuation between;
// -1 when none.
func (d *doc) relativeCueSubject(c int) int {
	if w := lower(d.toks[c].Text); w == "whose" || !unicode.IsLower(firstRune(d.toks[c].Text)) {
		return -1
	}
	si := d.sentenceAt(d.toks[c].Start)
	for k := c - 1; k >= 0 && k >= c-15 && d.sentenceAt(d.toks[k].Start) == si; k-- {
		t := d.toks[k]
		if !startsWord(t.Text) || d.inQuote(t.Start) {
			return -1
		}
		if d.tags != nil && d.tags[k] != tagO {
			return -1
		}
		if w := lower(t.Text); w == "who" || w == "which" {
			if k > 0 && startsWord(d.toks[k-1].Text) || k+1 < c && subjectStart(d.toks[k+1].Text) {
				return -1
			}
			// Only the clause's auxiliaries and adverbs before the cue, or
			// a verb coordinated with it ("who came out and endorsed"),
			// not an object clause ("which prompted her to make").
			other := false
			for j := k + 1; j < c; j++ {
				w := lower(d.toks[j].Text)
				if pronouns[w] || w == "why" || w == "how" || w == "what" {
					return -1 // "which is why Roger Ailes has ...": a subject of its own
				}
				if !(auxWords[w] || modals[w] || beForms[w] || adverbial(w) || relAdjuncts[w]) {
					other = true
				}
			}
			j := c - 1
			for j > k && (auxWords[lower(d.toks[j].Text)] || adverbial(d.toks[j].Text)) {
				j--
			}
			if other && lower(d.toks[j].Text) != "and" {
				return -1
			}
			return k
		}
	}
	return -1
}

// adverbial reports whether w is an adverb or time word that may open a
// relative clause before its verb ("who last year threatened", "who in
// the past has").
func adverbial(w string) bool {
	w = lower(w)
	return fillerWords[w] || w == "last" || w == "in" || w == "on" || w == "this" || strings.HasSuffix(w, "ly") && len(w) > 4
}

// relativeAttribution names the relative pronoun at token k by the phrase
// before its comma, keeping the pronoun as the words naming the speaker.
func (d *doc) relativeAttribution(k int) attribution {
	t := d.toks[k]
	q := d.relativeSource(Quote{SpeakerStart: t.Start, SpeakerEnd: t.End})
	return attribution{speaker: q.Speaker, sStart: t.Start, sEnd: t.End}
}

// relAdjuncts may stand between a relative pronoun and its verb ("who in
// the past year has").
var relAdjuncts = set("the", "past", "year", "week", "month", "night", "time", "not", "first", "long")

// subjectStart reports whether w may open a subject noun phrase (a
// capitalised word, a determiner, quantifier or pronoun): after a
// relative pronoun, the pronoun is then the clause's object ("which
// police said", "who the board named").
func subjectStart(w string) bool {
	lw := lower(w)
	return isCap(w) || dets[lw] || quantifiers[lw] || pronouns[lw]
}

// pronounBeforeCue returns the token of a subject pronoun right before the
// cue at token c, past auxiliaries and adverbs ("she not only [C brushed
// off]", "they [C have long argued]"); -1 when none.
func (d *doc) pronounBeforeCue(c int) int {
	si := d.sentenceAt(d.toks[c].Start)
	for k, n := c-1, 0; k >= 0 && n < 5 && d.sentenceAt(d.toks[k].Start) == si; k, n = k-1, n+1 {
		w := lower(d.toks[k].Text)
		switch {
		case w == "he" || w == "she" || w == "they" || w == "we" || w == "i":
			if d.inQuote(d.toks[k].Start) != d.inQuote(d.toks[c].Start) {
				return -1
			}
			return k
		case auxWords[w] || beForms[w] || adverbial(w) || w == "not" || w == "only" || w == "n't" || w == "never" || w == "also" ||
			modals[w] && w != "to" && w != "you":
		default:
			return -1
		}
	}
	return -1
}

// clauseSubject returns the subject of sentence si before byte limit for a
// cue the tagger gave no source: the sentence's subject, else the subject
// after an opening phrase up to its comma ("Hours later, Roe returned
// ...").
func (d *doc) clauseSubject(si, limit int) (attribution, bool) {
	if si < 0 {
		return attribution{}, false
	}
	s := d.sents[si]
	toks := d.tokensIn(s.Start, min(s.End, limit))
	comma := -1
	for j := 1; j < len(toks) && j < 8; j++ {
		if toks[j].Text == "," {
			comma = j
			break
		}
	}
	if k := datelineEnd(toks); k > 0 && comma < k {
		// "JACKSON, Miss. - Judge Lind on Thursday issued ...": past the
		// dateline.
		comma = -1
		for j := k + 1; j < len(toks) && j < k+8; j++ {
			if toks[j].Text == "," {
				comma = j
				break
			}
		}
		if at, ok := d.subjectFrom(toks, k); ok {
			return at, true
		}
	}
	if comma > 0 && timeEnds[lower(toks[comma-1].Text)] {
		// "Hours later, Roe ...": an opening time phrase is no subject.
		if at, ok := d.subjectFrom(toks, comma+1); ok {
			return at, true
		}
	}
	if at, ok := d.sentenceSubject(si, limit); ok {
		return at, ok
	}
	if comma > 0 {
		return d.subjectFrom(toks, comma+1)
	}
	return attribution{}, false
}

// timeEnds close an opening time phrase ("Hours later,", "Two days
// ago,").
var timeEnds = set("later", "ago", "earlier", "before", "after", "afterward", "afterwards", "since", "then", "meanwhile", "today", "yesterday")

// cuePronoun returns the subject pronoun the tagger put inside a cue run
// ("[C he’s hoping]", "[C did they note]", "[C we know]"): the cue's own
// subject.
func (d *doc) cuePronoun(cue tagRun) (attribution, bool) {
	for k := cue.a; k < cue.b && k <= cue.a+1; k++ {
		t := d.toks[k]
		w := lower(t.Text)
		for _, c := range []string{"’s", "'s", "’re", "'re", "’ve", "'ve", "’ll", "'ll", "’d", "'d", "’m", "'m"} {
			if b, ok := strings.CutSuffix(w, c); ok {
				w = b
				break
			}
		}
		switch w {
		case "he", "she", "they", "it":
			return attribution{speaker: d.resolvePronoun(w, t.Start), sStart: t.Start, sEnd: t.Start + len(w)}, true
		case "i", "we", "you":
			return attribution{sStart: t.Start, sEnd: t.Start + len(w)}, true
		}
		if k > cue.a || !invertAux[w] {
			break
		}
	}
	return attribution{}, false
}

// invertAux open an inverted clause before its subject ("did they note").
var invertAux = set("did", "does", "do", "have", "has", "had", "will", "would", "can", "could", "should", "is", "was", "are", "were")

// contentSubject returns the name closing a content run right before the
// cue at token c, after a comma or conjunction ("[Q that ... rights,
// Clinton] [C has vowed]"): the tagger ran the content over the next
// clause's subject.
func (d *doc) contentSubject(c int) (tagRun, bool) {
	k := c - 1
	for k > 0 && (auxWords[lower(d.toks[k].Text)] || adverbial(d.toks[k].Text) && !isCap(d.toks[k].Text)) {
		k--
	}
	if k <= 0 || d.tags == nil || d.tags[k] != tagICon || d.inQuote(d.toks[k].Start) {
		return tagRun{}, false
	}
	m := d.mentionEndingAt(d.toks[k].End)
	if m < 0 || d.mentions[m].Type == core.Location {
		return tagRun{}, false
	}
	j := k
	for j > 0 && d.toks[j-1].Start >= d.mentions[m].Start {
		j--
	}
	for j > 0 && titleWords[lower(d.toks[j-1].Text)] {
		j--
	}
	if j == 0 || d.tags[j-1] != tagICon && d.tags[j-1] != tagBCon {
		return tagRun{}, false
	}
	if w := lower(d.toks[j-1].Text); w != "," && w != "but" && w != "and" && w != "—" && w != "–" {
		return tagRun{}, false
	}
	return tagRun{tagBSrc, j, k + 1}, true
}

// participleClauseSubject returns, for a participle cue after a comma at
// token c (", asking ..."), the subject opening the clause it hangs on when
// that clause follows "but", "and" or a semicolon in the sentence ("...,
// but Wallace brought him back, asking ..."): a name or pronoun the tagger
// did not tag.
func (d *doc) participleClauseSubject(c int) (tagRun, bool) {
	if c < 2 || !strings.HasSuffix(lower(d.toks[c].Text), "ing") || d.toks[c-1].Text != "," {
		return tagRun{}, false
	}
	si := d.sentenceAt(d.toks[c].Start)
	for k := c - 2; k > 0 && k >= c-30 && d.sentenceAt(d.toks[k].Start) == si; k-- {
		w := lower(d.toks[k].Text)
		if d.inQuote(d.toks[k].Start) {
			return tagRun{}, false
		}
		if w != "but" && w != ";" && !(w == "and" && d.toks[k-1].Text == ",") {
			continue
		}
		j := k + 1
		if j >= c {
			return tagRun{}, false
		}
		t := d.toks[j]
		if lw := lower(t.Text); lw == "he" || lw == "she" || lw == "they" {
			return tagRun{tagBSrc, j, j + 1}, true
		}
		m := d.mentionStartingAt(t.Start)
		if m < 0 || d.mentions[m].Type == core.Location {
			return tagRun{}, false
		}
		e := j
		for e < c && d.toks[e].End <= d.mentions[m].End {
			e++
		}
		if e >= c || isCap(d.toks[e].Text) || !unicode.IsLower(firstRune(d.toks[e].Text)) {
			return tagRun{}, false // the name must be followed by its verb
		}
		return tagRun{tagBSrc, j, e}, true
	}
	return tagRun{}, false
}
