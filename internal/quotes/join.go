package quotes

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// maxJoinGapWords is the most words the attribution between two parts of
// one quotation may have ("A,” said Rep. Jane Roe (D-N.Y.), head of the
// caucus. “B.”).
const maxJoinGapWords = 30

// maxAbsorbedWords is the longest unit lying in such a gap that is taken to
// be a mis-tagged piece of the attribution ("clapping" in “A,” she said,
// clapping. “B.”) and joined with the quotation; a unit within the
// attribution's own sentence is absorbed whatever its length (“A,” she
// said of [the election, in which ...]. “B.”: on PolNeAR dev and train-cv
// +0.0002 and +0.0005 overlap F1).
const maxAbsorbedWords = 12

// joinQuoted makes one unit of the parts of one quotation, as PolNeAR counts
// them: a unit ending in a quote, followed in the same paragraph by an
// attribution (a tagged source or cue) and a second quoted part that has no
// attribution of its own, after it or opening its own sentence (“A,” he
// said. “B.”, not “A,” he said. Roe added, “B.”); and a quotation going on in
// the next paragraph (a paragraph that ends inside quote marks, then one
// that opens with a mark). Units inside another unit are dropped. units are
// in text order; tags are the tagger's tags of d's tokens.
func (d *doc) joinQuoted(units []Quote, tags []int8) []Quote {
	out := units[:0:0]
	for i := 0; i < len(units); i++ {
		u := units[i]
		if n := len(out); n > 0 && u.Start >= out[n-1].Start && u.End <= out[n-1].End {
			continue // inside the previous unit
		}
		out = append(out, u)
		p := &out[len(out)-1]
		for {
			// The next quoted unit, past short pieces in between.
			j := i + 1
			for j < len(units) && !startsQuoted(units[j].Text) && !d.conjQuoted(*p, units[j]) && units[j].End <= p.End+maxJoinGapWords*12 &&
				(len(strings.Fields(units[j].Text)) <= maxAbsorbedWords || d.sentenceAt(units[j].End-1) == d.sentenceAt(p.End-1)) {
				j++
			}
			if j >= len(units) || !d.continuesQuote(*p, units[j], tags) {
				break
			}
			q := units[j]
			p.End = max(p.End, q.End)
			p.Text = d.text[p.Start:p.End]
			if p.SpeakerStart < 0 && p.Speaker == "" {
				p.Speaker, p.SpeakerStart, p.SpeakerEnd, p.Cue = q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.Cue
			}
			if si, ei := d.sentenceAt(p.Start), d.sentenceAt(p.End-1); si >= 0 {
				p.Sentence = d.sentenceText(si, ei)
			}
			i = j
		}
	}
	return out
}

// conjQuoted reports whether unit q, in the sentence where quoted unit p
// ends, opens with "and" or "but" (and at most one more word) before a
// quote mark: the quotation goes on past its attribution (“A,” Roe said,
// and still “B”).
func (d *doc) conjQuoted(p, q Quote) bool {
	f := strings.Fields(q.Text)
	if len(f) < 2 || d.sentenceAt(q.Start) != d.sentenceAt(p.End-1) {
		return false
	}
	if w := lower(f[0]); w != "and" && w != "but" {
		return false
	}
	return startsQuoted(f[1]) || len(f) > 2 && startsQuoted(f[2])
}

// startsQuoted reports whether s opens with a quote mark.
func startsQuoted(s string) bool { return isQuoteRune(firstRune(s)) }

// endsQuoted reports whether unit p ends at or just before a closing quote
// mark, or inside quote marks.
func (d *doc) endsQuoted(p Quote) bool {
	if p.End <= p.Start {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(p.Text); isQuoteRune(r) {
		return true
	}
	if d.inQuote(p.End - 1) {
		return true
	}
	for i, n := p.End, 0; i < len(d.text) && n < 3; n++ {
		r, size := utf8.DecodeRuneInString(d.text[i:])
		if isQuoteRune(r) {
			return true
		}
		if !strings.ContainsRune(".,;:!?", r) {
			return false
		}
		i += size
	}
	return false
}

// continuesQuote reports whether quoted unit q goes on with unit p's
// quotation (see joinQuoted).
func (d *doc) continuesQuote(p, q Quote, tags []int8) bool {
	if q.Start < p.End || !startsQuoted(q.Text) && !d.conjQuoted(p, q) || !d.endsQuoted(p) {
		return false
	}
	gap := d.text[p.End:q.Start]
	if strings.Contains(gap, "\n") {
		// A quotation going on in the next paragraph: joining these cost
		// as many matches on PolNeAR dev as it saved.
		return false
	}
	words := 0
	for _, f := range strings.Fields(gap) {
		if startsWord(f) {
			words++
		}
	}
	if words == 0 || words > maxJoinGapWords {
		return false
	}
	// No other quotation opens in the gap.
	k := sort.Search(len(d.spans), func(i int) bool { return d.spans[i].open > p.End })
	if k < len(d.spans) && d.spans[k].open < q.Start {
		return false
	}
	// The gap holds the attribution; q has none of its own after it.
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= p.End })
	attributed, cues := false, 0
	ps, qs := d.sentenceAt(p.End-1), d.sentenceAt(q.Start)
	for ; i < len(d.toks) && d.toks[i].Start < q.Start; i++ {
		if t := tags[i]; t == tagBSrc || t == tagISrc || t == tagBCue || t == tagICue {
			attributed = true
			if qs != ps && d.sentenceAt(d.toks[i].Start) == qs {
				// An attribution opening q's own sentence (“A,” he said.
				// Roe added, “B.”): q is another's, or another unit.
				return false
			}
		}
		if tags[i] == tagBCue && strings.HasSuffix(lower(d.toks[i].Text), "ing") && !d.cueTakesGapContent(i, q.Start, tags) {
			cues++
		}
	}
	// A participle cue in the gap (“A,” Roe said, adding, “B”): q has
	// its own attribution.
	if !attributed || cues > 0 {
		return false
	}
	end := d.sentEnd(d.sentenceAt(q.End - 1))
	for ; i < len(d.toks) && d.toks[i].Start < end; i++ {
		if d.toks[i].Start < q.End && d.inQuote(d.toks[i].Start) {
			continue
		}
		if t := tags[i]; t == tagBCue || t == tagBSrc {
			return false
		}
	}
	return true
}

// cueTakesGapContent reports whether the cue opening at token i is followed,
// before byte end, by content tagged in its own sentence: the participle
// has an object of its own (“A,” he said, referring to [the plan]. “B.”;
// “A,” said Roe, who has been challenging [the firm] for years. “B.”), so
// it does not introduce the quotation after it.
func (d *doc) cueTakesGapContent(i, end int, tags []int8) bool {
	if _, ok := lookupVerb(d.toks[i].Text); ok {
		return false
	}
	si := d.sentenceAt(d.toks[i].Start)
	for k := i + 1; k < len(d.toks) && d.toks[k].Start < end; k++ {
		if d.sentenceAt(d.toks[k].Start) != si {
			return false
		}
		if tags[k] == tagBCon || tags[k] == tagICon {
			return true
		}
	}
	return false
}

// joinBareAfter makes one unit of a unit and a direct quotation with no
// attribution of its own that opens the next sentence of the same paragraph
// (“Roe said the bridge would close. “It is not safe.””): PolNeAR annotates
// the quotation as going on with the content before it (train: 84 such
// quotations with one gold unit with the unit before, 25 with a unit of
// their own, 14 with none). Exclusive mode only, after dropBareQuotes;
// units are in text order.
func (d *doc) joinBareAfter(units []Quote) []Quote {
	out := units[:0:0]
	for _, q := range units {
		if n := len(out); n > 0 && d.bareAfter(out[n-1], q) {
			p := &out[n-1]
			p.End = q.End
			p.Text = d.text[p.Start:p.End]
			if si, ei := d.sentenceAt(p.Start), d.sentenceAt(p.End-1); si >= 0 {
				p.Sentence = d.sentenceText(si, ei)
			}
			continue
		}
		out = append(out, q)
	}
	return out
}

// bareAfter reports whether q is a direct quotation with no cue of its own
// opening the sentence after the one where p ends, in p's paragraph.
func (d *doc) bareAfter(p, q Quote) bool {
	if !q.Direct || q.Cue != "" || q.Start < p.End || p.End <= p.Start || !startsQuoted(q.Text) {
		return false
	}
	if strings.Contains(d.text[p.End:q.Start], "\n") {
		return false
	}
	return d.sentenceAt(q.Start) == d.sentenceAt(p.End-1)+1
}
