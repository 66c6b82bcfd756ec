package quotes

import (
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/core"
)

// quoteAfterReported credits a quotation that opens its sentence and has
// no attribution of its own to the speaker of the reported speech in the
// sentence just before (in the same paragraph or the one before): "The
// port is reluctant to act, Schiff said. “The other factor ...”" and
// "..., pilot Jim Campbell told the Herald. “He was very badly hurt ...”"
// are Schiff's and Campbell's. Only quotes no rule credited, after a
// reporting verb of speech (say, tell, add, state, explain), with no
// other quotation between; or, when that sentence holds no unit, to the
// subject of a sentence that is only an attribution (cueOnlySentence:
// "Lind said in a statement. “…”"). units are sorted by start. Not in
// exclusive mode.
func (d *doc) quoteAfterReported(units []Quote) {
	for i := range units {
		q := &units[i]
		if !q.Direct || q.Speaker != "" || q.SpeakerStart >= 0 || q.Fragment {
			continue
		}
		si := d.sentenceAt(q.Start)
		if si < 1 || d.sentStart(si) < q.Start-1 || d.sentStart(si) > q.Start+1 {
			continue // not opening its sentence
		}
		last := d.sentenceAt(q.End - 1)
		if last < 0 || strings.TrimFunc(d.text[q.End:max(q.End, d.sentEnd(last))], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) != "" {
			continue // words after it: its own attribution or more text
		}
		var before *Quote
		quoted := false
		for j := i - 1; j >= 0 && d.sentenceAt(units[j].Start) >= si-1; j-- {
			u := &units[j]
			if u.Direct && !u.Fragment {
				before, quoted = nil, true // a quotation of its own: the carry rules' case
				break
			}
			if !u.Direct && before == nil {
				before = u
			}
		}
		if before == nil && !quoted {
			// "Lind said in a statement. “…”": a sentence that is only an
			// attribution, so the tagger made no unit of it.
			if at, ok := d.cueOnlySentence(si - 1); ok && strings.Count(d.text[d.sentEnd(si-1):q.Start], "\n") <= 2 {
				q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.Cue = at.speaker, at.sStart, at.sEnd, at.cue
			}
			continue
		}
		if before == nil || before.Kind == KindDirect || before.Direct || before.Speaker == "" || !speechLemma(before.Cue) || before.End > q.Start {
			continue
		}
		between := d.text[max(before.End, before.SpeakerEnd):q.Start]
		if strings.Count(between, "\n") > 2 || strings.ContainsFunc(between, isQuoteRune) {
			continue
		}
		q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.Cue = before.Speaker, before.SpeakerStart, before.SpeakerEnd, before.Cue
	}
}

// speechVerbs are the plain verbs of speech (lemmas).
var speechVerbs = set("say", "tell", "add", "state", "explain", "declare")

// speechLemma reports whether cue holds a plain verb of speech: say,
// tell, add, state, explain, declare.
func speechLemma(cue string) bool {
	for _, w := range strings.Fields(strings.ToLower(cue)) {
		if vi, ok := lookupVerb(w); ok && speechVerbs[vi.lemma] {
			return true
		}
	}
	return false
}

// cueOnlyTail are the words that may open what follows the verb of a
// sentence that is only an attribution: a prepositional or time adjunct
// ("said in a statement", "said on Monday", "told reporters").
var cueOnlyTail = set("in", "on", "to", "at", "during", "via", "through", "after", "before",
	"late", "earlier", "later", "this", "last", "yesterday", "today", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday")

// cueOnlySentence returns the speaker of sentence si when it is nothing
// but an attribution with a plain verb of speech and an adjunct: "Sam
// Lau, a spokesman for the board, said in a statement." No quotation, no
// that-clause, no comma or second verb after the verb.
func (d *doc) cueOnlySentence(si int) (attribution, bool) {
	if si < 0 {
		return attribution{}, false
	}
	a, b := d.sentStart(si), d.sentEnd(si)
	if a >= b || strings.ContainsFunc(d.text[a:b], isQuoteRune) {
		return attribution{}, false
	}
	toks := d.tokensIn(a, b)
	n := len(toks)
	if n < 3 || (toks[n-1].Text != "." && toks[n-1].Text != ":") {
		return attribution{}, false
	}
	v := -1
	for k := n - 2; k >= 1; k-- {
		if isCap(toks[k].Text) {
			continue
		}
		if vi, ok := lookupVerb(toks[k].Text); ok && speechVerbs[vi.lemma] {
			v = k
			break
		}
	}
	if v < 1 || n-2-v > 8 || !verbUse(toks, v) {
		return attribution{}, false
	}
	if v+1 < n-1 {
		w := lower(toks[v+1].Text)
		tell := strings.HasPrefix(lower(toks[v].Text), "t")
		if !cueOnlyTail[w] && !(tell && (objPronouns[w] || isCap(toks[v+1].Text))) {
			return attribution{}, false
		}
	}
	for _, t := range toks[v+1 : n-1] {
		w := lower(t.Text)
		if _, verb := lookupVerb(w); verb || w == "that" || w == "," || w == "whether" || w == "if" || clauseAux[w] {
			return attribution{}, false
		}
	}
	at, ok := d.subjectBefore(toks, v)
	if !ok || at.speaker == "" {
		return attribution{}, false
	}
	if m := d.mentionStartingAt(toks[0].Start); m >= 0 && d.mentions[m].Type == core.Person && at.sStart > d.mentions[m].End {
		// "Sam Lau, the spokesman for the Velsk Harbor Board said": the
		// description's closing comma is missing; the person opening the
		// sentence is its subject.
		if rest := strings.TrimLeft(d.text[d.mentions[m].End:], " "); strings.HasPrefix(rest, ",") {
			mm := d.mentions[m]
			at = attribution{speaker: mm.Name, sStart: mm.Start, sEnd: mm.End, cue: at.cue}
		}
	}
	return at, true
}

// clauseAux are finite auxiliaries: after the verb they open a clause.
var clauseAux = set("is", "was", "are", "were", "will", "would", "has", "have", "had", "could",
	"can", "should", "must", "may", "might", "did", "does", "do")
