package quotes

import (
	"strings"
	"unicode"
)

// quoteAfterReported credits a quotation that opens its sentence and has
// no attribution of its own to the speaker of the reported speech in the
// sentence just before (in the same paragraph or the one before): "The
// port is reluctant to act, Schiff said. “The other factor ...”" and
// "..., pilot Jim Campbell told the Herald. “He was very badly hurt ...”"
// are Schiff's and Campbell's. Only quotes no rule credited, after a
// reporting verb of speech (say, tell, add, state, explain), with no
// other quotation between. units are sorted by start. Not in exclusive
// mode.
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
		for j := i - 1; j >= 0 && d.sentenceAt(units[j].Start) >= si-1; j-- {
			u := &units[j]
			if u.Direct && !u.Fragment {
				before = nil // a quotation of its own: the carry rules' case
				break
			}
			if !u.Direct && before == nil {
				before = u
			}
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

// speechLemma reports whether cue holds a plain verb of speech: say,
// tell, add, state, explain, declare.
func speechLemma(cue string) bool {
	for _, w := range strings.Fields(strings.ToLower(cue)) {
		if vi, ok := lookupVerb(w); ok {
			switch vi.lemma {
			case "say", "tell", "add", "state", "explain", "declare":
				return true
			}
		}
	}
	return false
}
