package quotes

// Subjects of cues the tagger gave no source, or a wrong one (seventh
// session, each rule kept only when it raised speaker accuracy on PolNeAR
// dev and train-cv pooled, see NOTE.md): relative clauses, appositions and
// adjuncts set off by commas, subject pronouns before or inside the cue,
// names closing a content run, clause subjects past datelines and opening
// phrases.

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/sentence"
)

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
			// a verb coordinated with it ("who came out and endorsed"), or
			// a gerund after by, after, while ... ("who surprised him by
			// declaring"), not an object clause ("which prompted her to
			// make").
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
			if other && lower(d.toks[j].Text) != "and" && !d.subordinateGerund(c) {
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
// cue the tagger gave no source: past a dateline ("JACKSON, Miss. - ...")
// or an opening time phrase ("Hours later, Roe returned ..."), the
// sentence's subject (an opening I, we or it included), else the subject
// after an opening phrase up to its comma.
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
	if k := d.datelineEnd(toks); k > 0 && comma < k {
		// "JACKSON, Miss. - Judge Lind on Thursday issued ...": past the
		// dateline.
		comma = -1
		for j := k + 1; j < len(toks) && j < k+8; j++ {
			if toks[j].Text == "," {
				comma = j
				break
			}
		}
		if at, ok := d.subjectFrom(toks, k, true); ok {
			return at, true
		}
	}
	if comma > 0 && timeEnds[lower(toks[comma-1].Text)] {
		// "Hours later, Roe ...": an opening time phrase is no subject.
		if at, ok := d.subjectFrom(toks, comma+1, true); ok {
			return at, true
		}
	}
	if at, ok := d.openingSubject(si, limit, true); ok {
		return at, ok
	}
	if comma > 0 {
		return d.subjectFrom(toks, comma+1, true)
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

// antecedentRun returns the phrase before a relative clause or description
// set off by commas right before the cue at token c when the source run src
// lies inside that clause ("Lind, who rallied [S crews] in Velsk, [C said]":
// Lind), as a source run.
func (d *doc) antecedentRun(c int, src tagRun) (tagRun, bool) {
	if !d.clauseSubj {
		return tagRun{}, false
	}
	si := d.sentenceAt(d.toks[c].Start)
	lo := c
	for lo > 0 && lo > c-40 && d.sentenceAt(d.toks[lo-1].Start) == si {
		lo--
	}
	k := c - 1
	for k > lo && auxWords[lower(d.toks[k].Text)] {
		k--
	}
	toks := d.toks[lo:c]
	j := relativeClauseBefore(toks, k-lo)
	if j < 0 || src.a <= lo+j {
		return tagRun{}, false
	}
	at, ok := d.phraseEndingAt(toks, j)
	if !ok {
		return tagRun{}, false
	}
	return d.runOf(at)
}

// runOf returns the tokens of at's words as a source run.
func (d *doc) runOf(at attribution) (tagRun, bool) {
	if at.sStart < 0 {
		return tagRun{}, false
	}
	a := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= at.sStart })
	b := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= at.sEnd })
	if a >= b {
		return tagRun{}, false
	}
	return tagRun{tagBSrc, a, b}, true
}

// cuePreps close a cue whose next words are its object, not its source
// ("adding of Trump", "talking about Lind").
var cuePreps = set("of", "about", "for", "with", "on", "at", "against", "toward", "towards")

// honorifics are abbreviated titles the tokenizer splits from their full
// stop ("Mr . Obama").
var honorifics = set("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "prof", "rev", "st", "capt", "adm", "maj", "cmdr", "msgr", "fr")

// datelineEnd returns the index of the first token after a dateline
// opening toks (sentence.DatelineEnd: "WASHINGTON —", "JACKSON, Miss. -",
// "LOS ANGELES, Sept. 28 (UPI) —"), 0 when there is none.
func (d *doc) datelineEnd(toks []sentence.Token) int {
	if len(toks) < 2 {
		return 0
	}
	base := toks[0].Start
	end := sentence.DatelineEnd(d.text[base:min(len(d.text), toks[len(toks)-1].End)])
	if end == 0 {
		return 0
	}
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= base+end })
	if k >= len(toks) {
		return 0
	}
	return k
}

// subordinateGerund reports whether the cue at token c is a gerund after a
// subordinating preposition ("by declaring", "after strongly backing"):
// its subject is its clause's.
func (d *doc) subordinateGerund(c int) bool {
	if !strings.HasSuffix(lower(d.toks[c].Text), "ing") {
		return false
	}
	k := c - 1
	for k > 0 && adverbial(d.toks[k].Text) && !gerundPreps[lower(d.toks[k].Text)] {
		k--
	}
	return k >= 0 && gerundPreps[lower(d.toks[k].Text)]
}

// gerundPreps open a gerund clause that shares its subject ("by saying").
var gerundPreps = set("by", "after", "before", "while", "without", "when", "since")

// sentenceSubject returns the grammatical subject of sentence si when it
// starts the sentence (after a leading adverbial up to a comma) and lies
// before byte limit: a pronoun, a mention or a description.
func (d *doc) sentenceSubject(si, limit int) (attribution, bool) {
	return d.openingSubject(si, limit, false)
}

// openingSubject is sentenceSubject; with firstPerson an opening I or we,
// or an it before a verb other than "be", is the subject too (clause
// subjects).
func (d *doc) openingSubject(si, limit int, firstPerson bool) (attribution, bool) {
	if si < 0 {
		return attribution{}, false
	}
	s := d.sents[si]
	toks := d.tokensIn(s.Start, min(s.End, limit))
	k := 0
	if len(toks) > 0 && leadWords[lower(toks[0].Text)] {
		for j := 1; j < len(toks) && j < 14; j++ {
			if toks[j].Text == "," {
				k = j + 1
				break
			}
		}
		if k == 0 {
			return attribution{}, false
		}
	}
	return d.subjectFrom(toks, k, firstPerson)
}

// subjectFrom returns the subject opening toks[k:]: a pronoun, a mention
// or a description (see sentenceSubject).
func (d *doc) subjectFrom(toks []sentence.Token, k int, firstPerson bool) (attribution, bool) {
	for n := 0; k < len(toks) && n < 8; k, n = k+1, n+1 {
		t := toks[k]
		w := lower(t.Text)
		if w == "he" || w == "she" || w == "they" {
			return attribution{speaker: d.resolvePronoun(w, t.Start), sStart: t.Start, sEnd: t.End}, true
		}
		if firstPerson && n == 0 && (w == "i" || w == "we") {
			return attribution{sStart: t.Start, sEnd: t.End}, true
		}
		if firstPerson && n == 0 && w == "it" && k+1 < len(toks) && !beForms[lower(toks[k+1].Text)] {
			at := attribution{sStart: t.Start, sEnd: t.End}
			if r := d.recentSource(w, t.Start); r >= 0 {
				at.speaker = d.mentions[r].Name
			}
			return at, true
		}
		if m := d.mentionStartingAt(t.Start); m >= 0 {
			mm := d.mentions[m]
			if mm.Type == core.Location {
				return attribution{}, false
			}
			// Skip "Clinton's campaign said": the possessor is not the subject.
			if rest := d.text[mm.End:min(len(d.text), mm.End+3)]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
				return attribution{}, false
			}
			return attribution{speaker: mm.Name, sStart: mm.Start, sEnd: mm.End}, true
		}
		if roleNouns[w] || groupNouns[w] {
			return d.phraseEndingAt(toks, k)
		}
		if w == "." && k > 0 && honorifics[lower(toks[k-1].Text)] {
			continue // "Mr . Obama"
		}
		if !(dets[w] || modifiers[w] || titleWords[w] || isCap(t.Text)) {
			return attribution{}, false
		}
	}
	return attribution{}, false
}

// innerAttribution returns the offset in quote text q just after an inner
// closing mark that an attribution follows (`A, " he said. " B`, `A,”
// said Ana Lind, a clerk`): the quote-mark rules paired marks of two kinds
// across it. 0 when there is none.
func innerAttribution(q string) int {
	for i := 1; i < len(q)-1; i++ {
		c := q[i]
		w := 1
		switch {
		case c == '"':
		case strings.HasPrefix(q[i:], "”"):
			w = len("”")
		default:
			continue
		}
		prev := strings.TrimRight(q[:i], " ")
		if prev == "" || !strings.ContainsAny(prev[len(prev)-1:], ",!?.") {
			continue
		}
		if innerCredit.MatchString(q[i+w:]) {
			return i + w
		}
	}
	return 0
}

// innerCredit matches an attribution opening text: "said X", "X said",
// "he added".
var innerCredit = regexp.MustCompile(`^\s*(?:(?:said|says|added|adds|continued|asked|wrote|noted|explained)\b|(?:(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\s+|(?:[A-Z][\w.’'-]*\s+){1,5})(?:said|says|added|adds|continued|asked|wrote|noted|explained)\b)`)
