package quotes

// Quotations running on unpaired: a paragraph that reopens a quotation
// ("“If you ask anyone, we feel ...") or a first person inside a quotation
// the mark rules could not pair is the speaker's of the quotation before it.

import (
	"strings"
	"unicode"
)

// carryOpenQuotes gives each unit of units (in text order) that has no
// speaker and either opens with a quotation mark (with two words after it
// at least) or has a first-person source inside a quotation still open in
// its paragraph the speaker of the latest quotation before it, when that
// one ends within two sentences before it or the text between reopens it
// (continuedBetween).
func (d *doc) carryOpenQuotes(units []Quote) {
	var prev *Quote
	for i := range units {
		q := &units[i]
		if q.Speaker == "" && prev != nil && prev.End <= q.Start && d.openQuoteUnit(*q) &&
			(d.sentenceAt(prev.End-1) >= d.sentenceAt(q.Start)-2 || continuedBetween(d.text, prev.End, q.Start)) {
			q.Speaker, q.SpeakerStart, q.SpeakerEnd = prev.Speaker, prev.SpeakerStart, prev.SpeakerEnd
		}
		if q.Direct && q.Speaker != "" && !q.Fragment {
			prev = q
		}
	}
}

// openQuoteUnit reports whether unit q, with no speaker, is quoted speech:
// it opens with a quotation mark and two words, with no source or a first
// person one, or its first-person source lies inside a quotation opened
// earlier in its paragraph and not closed.
func (d *doc) openQuoteUnit(q Quote) bool {
	first := q.SpeakerStart >= 0 && q.SpeakerEnd <= len(d.text) && q.SpeakerStart < q.SpeakerEnd && firstPersons[lower(d.text[q.SpeakerStart:q.SpeakerEnd])]
	if q.Direct && (q.SpeakerStart < 0 || first) {
		words := strings.FieldsFunc(q.Text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
		return len(words) >= 2
	}
	return first && openMarkBefore(d.text, q.SpeakerStart)
}

// openMarkBefore reports whether a quotation opened in the paragraph
// holding byte p is still open at p: the last curly opening mark before p
// has no closing mark after it, or straight marks before p are odd in
// number.
func openMarkBefore(text string, p int) bool {
	if p < 0 || p > len(text) {
		return false
	}
	para := text[strings.LastIndexByte(text[:p], '\n')+1 : p]
	if i := strings.LastIndex(para, "“"); i >= 0 {
		return !strings.Contains(para[i:], "”")
	}
	return strings.Count(para, "\"")%2 == 1
}
