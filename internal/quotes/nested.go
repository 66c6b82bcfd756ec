package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
)

// Rules of the analyze path (not Exclusive, which PolNeAR scores) for
// quotation marks that hold names rather than statements, sources inside
// another speaker's quotation, and units that hold no statement.

// firstPersons are the pronouns by which a quoted speaker names themself.
var firstPersons = set("i", "we", "me", "us", "our", "my")

// quotedFirstPerson reports whether the source text[a:b] is a first-person
// pronoun inside quotation marks: the voice of whoever is quoted there
// ("“If you ask anyone on our team, we feel ...”").
func (d *doc) quotedFirstPerson(a, b int) bool {
	return a >= 0 && b <= len(d.text) && a < b && firstPersons[lower(d.text[a:b])] && d.inQuote(a)
}

// nameInMarks reports whether the direct quote text[a:b] is a name set in
// quotation marks inside running text (the man dubbed the “Oddfather”,
// Mark “Deep Throat” Felt, the epic “Australia,”): a word precedes the
// opening mark, every word of up to ten is capitalised or a short function
// word, the first is capitalised, and no sentence ends inside it. Such a
// span is no one's statement.
func (d *doc) nameInMarks(a, b int) bool {
	if a <= 0 || b > len(d.text) || a >= b {
		return false
	}
	// The word before the opening mark.
	i := a
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(d.text[:i])
		if isQuoteRune(r) || r == ' ' {
			i -= n
			continue
		}
		break
	}
	if r, _ := utf8.DecodeLastRuneInString(d.text[:i]); !unicode.IsLetter(r) {
		return false
	}
	words := strings.Fields(strings.Trim(d.text[a:b], " \"“”'‘’"))
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	caps := 0
	for k, w := range words {
		core := strings.TrimRight(w, ",")
		if k < len(words)-1 && core != w {
			return false // a comma inside: a list or a clause
		}
		if strings.ContainsAny(core, ".!?;:") {
			return false
		}
		r, _ := utf8.DecodeRuneInString(core)
		switch {
		case unicode.IsUpper(r):
			caps++
		case k == 0:
			return false
		case !nameFunctionWords[lower(core)]:
			return false
		}
	}
	return caps*2 > len(words)
}

// nameFunctionWords may stand lower-case inside a title or a name.
var nameFunctionWords = set("and", "of", "the", "in", "a", "an", "for", "on", "to", "de", "la", "von", "van", "al", "bin")

// noStatement reports whether an indirect unit's content is no statement:
// it lies inside the phrase opening its sentence, before the source
// ("Speaking to the paper ahead of [his visit to Velsk], Lind said"), it
// opens with a preposition ("countered [with a 9 - 2 run]", "pleaded
// guilty [to obstruction of justice]") or is a person's name with at most
// six words after it ("informed [Creighton Athletic Director Bruce
// Rasmussen]", "said [public relations executive Bina Mathews]").
func (d *doc) noStatement(q Quote) bool {
	if q.Direct {
		return false
	}
	if d.askedQuestion(q) {
		return true
	}
	if clausal(q.Text) {
		return false
	}
	f := strings.Fields(q.Text)
	if len(f) == 0 {
		return false
	}
	w0 := lower(strings.Trim(f[0], ",.;:"))
	switch w0 {
	case "with", "from", "for", "about", "into", "over", "of", "by", "at", "on", "in", "against", "among", "between":
		// "announced on 12 October that ...": the clause follows.
		for _, w := range f[1:min(len(f), 8)] {
			if lw := lower(strings.Trim(w, ",.;:")); lw == "that" || lw == "whether" {
				return false
			}
		}
		return true
	case "to":
		if len(f) > 1 {
			w1 := lower(f[1])
			if dets[w1] || strings.HasSuffix(w1, "ing") || isCap(f[1]) {
				return true
			}
		}
	}
	if len(f) > 2 && w0 == "not" && lower(f[1]) == "to" && lower(f[2]) == "be" {
		return true // "asked not to be identified"
	}
	if d.inOpeningAdjunct(q) {
		return true
	}
	before := strings.Fields(lower(d.text[max(0, q.Start-40):q.Start]))
	if n := len(before); n >= 1 && strings.HasSuffix(w0, "ing") {
		for _, w := range before[max(0, n-2):] {
			if w == "to" || w == "for" {
				return true // "pleaded guilty to [lying ...]", "fired for reportedly [lying ...]"
			}
		}
	}
	if (w0 == "a" || w0 == "an" || w0 == "the") && strings.HasSuffix(strings.TrimRight(d.text[:q.Start], " "), ",") {
		// "said Ann Holt, [a senior fellow at ...]": the speaker's apposition.
		e := len(strings.TrimRight(d.text[:q.Start], " ")) - 1
		if m := d.mentionEndingAt(e); m >= 0 && d.mentions[m].Type == core.Person {
			return true
		}
	}
	if w0 == "the" && len(f) > 1 && (strings.HasSuffix(lower(f[1]), "-year-old") || len(f) > 3 && f[2] == "-" && lower(f[3]) == "year") {
		return true // "said [the 29-year-old on the eve of the Open]": the speaker
	}
	for j := max(d.mentionBefore(q.Start)+1, 0); j < len(d.mentions) && d.mentions[j].Start < q.End; j++ {
		m := d.mentions[j]
		if m.Start < q.Start || m.Type != core.Person || d.parentheticalSource(q, m.Start, m.End) {
			continue
		}
		if len(strings.Fields(d.text[q.Start:m.Start])) > 4 || finiteAfterName(d.text[min(m.End, q.End):q.End]) {
			return false
		}
		return len(strings.Fields(d.text[min(m.End, q.End):q.End])) <= 6
	}
	return false
}

// parentheticalSource reports whether the name at [a,b) is unit q's own
// source set off by commas inside its content ("The pier, [Mayor Roe]
// said, will close"): not a bare name the content is about.
func (d *doc) parentheticalSource(q Quote, a, b int) bool {
	if q.SpeakerStart <= q.Start || q.SpeakerEnd >= q.End || a < q.SpeakerStart || b > q.SpeakerEnd {
		return false
	}
	return strings.HasSuffix(strings.TrimSpace(d.text[q.Start:q.SpeakerStart]), ",")
}

// finiteAfterName reports whether the words right after a name (rest, up
// to three, before any comma) make it a clause's subject: an auxiliary,
// copula, modal or negation ("[Lind had backed the plan]", "[Lind's
// statement didn't settle it]"), so that the unit is a statement, not a
// bare name. A past form is not enough: "[Khan remarked in January that:]"
// is an attribution the tagger took for content.
func finiteAfterName(rest string) bool {
	if i := strings.IndexByte(rest, ','); i >= 0 {
		rest = rest[:i]
	}
	f := strings.Fields(rest)
	for _, w := range f[:min(len(f), 3)] {
		w = lower(strings.Trim(w, "\"'“”‘’.;:!?"))
		if beForms[w] && w != "being" && w != "be" || finiteAux[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

var finiteAux = set("has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
	"did", "does", "not", "never")

// retakeQuotedSource re-attributes a unit whose source lies inside
// quotation marks while the unit does not (a nickname taken for a speaker:
// "derided him as ... after he nicknamed him “Little Rocket Man,”"): the
// sentence's subject before the unit, or no one.
func (d *doc) retakeQuotedSource(q Quote) Quote {
	if q.SpeakerStart < 0 || !d.inQuote(q.SpeakerStart) || d.inQuote(q.Start) {
		return q
	}
	q.Speaker, q.SpeakerStart, q.SpeakerEnd = "", -1, -1
	if at, ok := d.sentenceSubject(d.sentenceAt(q.Start), q.Start); ok && (at.sStart < 0 || !d.inQuote(at.sStart)) {
		q.Speaker, q.SpeakerStart, q.SpeakerEnd = at.speaker, at.sStart, at.sEnd
	}
	return q
}

// dropNamesInMarks drops the direct quotes that are names in quotation
// marks (nameInMarks).
func (d *doc) dropNamesInMarks(direct []Quote) []Quote {
	out := direct[:0]
	for _, q := range direct {
		if d.nameInMarks(q.Start, q.End) {
			continue
		}
		out = append(out, q)
	}
	return out
}

// splitPossessive names a source run that starts at the "s" of a
// possessive the tokeniser split off its owner ("McDermott’ s teammates"
// runs from "s"): the owner's name and the possessed words ("Doug
// McDermott's teammates").
func (d *doc) splitPossessive(a, b int) (attribution, bool) {
	if a <= 0 || b > len(d.text) || b-a < 3 || d.text[a:a+2] != "s " {
		return attribution{}, false
	}
	owner := -1
	for _, ap := range []string{"’ ", "' ", "’", "'"} {
		if strings.HasSuffix(d.text[:a], ap) {
			owner = a - len(ap)
			break
		}
	}
	if owner <= 0 {
		return attribution{}, false
	}
	m := d.mentionEndingAt(owner)
	if m < 0 || d.mentions[m].End != owner || d.mentions[m].Type == core.Location {
		return attribution{}, false
	}
	rest := strings.TrimSpace(d.text[a+2 : b])
	return attribution{speaker: d.mentions[m].Name + "'s " + rest, sStart: d.mentions[m].Start, sEnd: b}, true
}

// contentOpeners open what a cue reports when it follows the cue.
var contentOpeners = set("that", "not", "to", "whether", "if", "he", "she", "they", "it", "we", "i",
	"there", "his", "her", "their", "its", "a", "an", "the", "this", "these", "those")

// cueTakesContent reports whether the attribution at names its speaker
// before its cue and the cue is followed, before end, by content of its
// own ("Ana Kesh warned that the strike could spread", "He asked not to
// be identified"): such a sentence reports its own statement and does not
// credit the quotation before it.
func (d *doc) cueTakesContent(at attribution, end int) bool {
	if at.cue == "" || at.sStart < 0 || at.sEnd > end || end > len(d.text) {
		return false
	}
	i := strings.Index(d.text[at.sEnd:end], at.cue)
	if i < 0 {
		return false
	}
	rest := strings.Fields(d.text[at.sEnd+i+len(at.cue) : end])
	return len(rest) > 0 && contentOpeners[lower(strings.Trim(rest[0], ",.;:"))]
}

// relativeSource resolves a source that is a bare relative pronoun ("its
// allies, who said ...") to the phrase before its comma, or to no one.
func (d *doc) relativeSource(q Quote) Quote {
	if q.SpeakerStart < 0 || q.SpeakerEnd > len(d.text) {
		return q
	}
	span := d.text[q.SpeakerStart:q.SpeakerEnd]
	w, rest, _ := strings.Cut(span, " ")
	if w = lower(w); w != "who" && w != "which" {
		return q
	}
	if n, _, _ := strings.Cut(rest, " "); n != "" && !relVerb(n) {
		return q // "who some experts said", "which police said": the subject follows
	}
	si := d.sentenceAt(q.SpeakerStart)
	if si < 0 {
		return q
	}
	toks := d.tokensIn(d.sentStart(si), q.SpeakerStart+len(w))
	if rest == "" {
		q.Speaker = ""
	}
	k := len(toks) - 1
	if k < 2 || toks[k-1].Text != "," {
		return q
	}
	e := k - 2
	if m := d.mentionEndingAt(toks[e].End); m >= 0 && d.mentions[m].Type == core.Location {
		// "experts in the United States, who": the experts.
		j := e
		for j > 0 && toks[j].Start > d.mentions[m].Start {
			j--
		}
		for j > 0 && dets[lower(toks[j-1].Text)] {
			j--
		}
		if j < 2 {
			return q
		}
		switch lower(toks[j-1].Text) {
		case "in", "of", "from", "at", "across":
			e = j - 2
		default:
			return q
		}
	}
	if at, ok := d.phraseEndingAt(toks, e); ok && at.speaker != "" {
		q.Speaker = at.speaker
	}
	return q
}

// continueReported credits a quotation closing a sentence that has no
// cue of its own to the speaker of the reported speech in the sentence
// just before, in the same paragraph: free indirect speech ("Lind said
// she backed the plan. Morrow's offer on the port is “very serious.”").
// Only quotes no rule credited, and only after a say-verb.
func (d *doc) continueReported(direct, units []Quote) {
	for i := range direct {
		q := &direct[i]
		if q.Speaker != "" || q.SpeakerStart >= 0 {
			continue
		}
		si := d.sentenceAt(q.Start)
		if si < 1 || d.sentenceAt(q.End-1) != si || q.End > d.sentEnd(si) || d.sentStart(si) >= q.Start-1 || strings.TrimFunc(d.text[q.End:d.sentEnd(si)], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) != "" {
			continue
		}
		var before *Quote
		own := false
		for j := range units {
			switch d.sentenceAt(units[j].Start) {
			case si - 1:
				before = &units[j]
			case si:
				own = true
			}
		}
		if own || before == nil || before.Kind == KindDirect || before.Speaker == "" || !saysLemma(before.Cue) || before.End > q.Start || strings.Contains(d.text[before.End:q.Start], "\n") {
			continue
		}
		q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.Cue = before.Speaker, before.SpeakerStart, before.SpeakerEnd, before.Cue
	}
}

// inOpeningAdjunct reports whether q's content lies inside a participle or
// prepositional phrase opening its sentence, ending at the comma before
// the main clause that holds its source ("Speaking in an interview ahead
// of [his visit to Velsk], Lind expressed ..."): the phrase frames the
// statement, it is not what was said.
func (d *doc) inOpeningAdjunct(q Quote) bool {
	si := d.sentenceAt(q.Start)
	if si < 0 || q.SpeakerStart < q.End || d.sentenceAt(q.SpeakerStart) != si {
		return false
	}
	toks := d.tokensIn(d.sents[si].Start, q.Start)
	if len(toks) == 0 {
		return false // the content opens the sentence: fronted content
	}
	w0 := lower(toks[0].Text)
	if !adjuncts[w0] && !(strings.HasSuffix(w0, "ing") && len(w0) > 5) {
		return false
	}
	for _, t := range toks {
		if t.Text == "," || t.Text == ";" {
			return false // the phrase ended before the content
		}
	}
	return strings.HasPrefix(strings.TrimLeft(d.text[q.End:], " "), ",")
}

// askedQuestion reports whether q's content is the question put to its
// source ("When asked [whether the port would reopen], Lind said",
// "[Asked if the delay worried him], he replied"): the asker is no
// speaker, and the words are not the source's.
func (d *doc) askedQuestion(q Quote) bool {
	before := strings.Fields(lower(d.text[max(0, q.Start-40):q.Start]))
	if n := len(before); n >= 2 && before[n-1] == "asked" && (before[n-2] == "when" || before[n-2] == "if" || before[n-2] == "once") {
		return true
	}
	si := d.sentenceAt(q.Start)
	if si < 0 {
		return false
	}
	lead := strings.Fields(lower(d.text[d.sents[si].Start:min(q.End, d.sents[si].End)]))
	return len(lead) > 1 && lead[0] == "asked" && (lead[1] == "if" || lead[1] == "whether" || lead[1] == "about" || lead[1] == "why" || lead[1] == "how" || lead[1] == "what") &&
		q.Start <= d.sents[si].Start+len("asked whether ")+1
}

// relVerb reports whether w, the word after a relative pronoun, opens its
// verb ("who will retire", "who praised"), so that the pronoun is the
// clause's subject, not its object ("which police said").
func relVerb(w string) bool {
	w = lower(w)
	if pronouns[w] {
		return false
	}
	if auxWords[w] || modals[w] || beForms[w] || strings.HasSuffix(w, "ed") {
		return true
	}
	_, ok := lookupVerb(w)
	return ok
}

// nameFirstPerson names a unit whose source is a bare "I" or "we" left
// unnamed: inside a quotation, by the quotation's speaker (“As secretary I
// [C championed] ...,” Lind said); else by a transcript label opening its
// paragraph ("LIND: Well, I [C think] ..."). The words naming the speaker
// stay the pronoun.
func (d *doc) nameFirstPerson(q Quote, direct []Quote) Quote {
	if q.Speaker != "" || q.SpeakerStart < 0 || q.SpeakerEnd > len(d.text) || !firstPersons[lower(d.text[q.SpeakerStart:q.SpeakerEnd])] {
		return q
	}
	if d.inQuote(q.SpeakerStart) {
		for _, dq := range direct {
			if dq.Start <= q.SpeakerStart && q.SpeakerEnd <= dq.End && dq.Speaker != "" && (dq.SpeakerStart < dq.Start || dq.SpeakerStart >= dq.End) {
				q.Speaker = dq.Speaker
				return q
			}
		}
		return q
	}
	p := strings.LastIndexByte(d.text[:q.SpeakerStart], '\n') + 1
	for p < q.SpeakerStart && (d.text[p] == ' ' || d.text[p] == '\t') {
		p++
	}
	if at, ok := d.transcriptLabel(p, q.SpeakerStart); ok && at.sEnd <= q.SpeakerStart {
		q.Speaker = at.speaker
	}
	return q
}
