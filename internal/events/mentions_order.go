package events

import (
	"sort"

	"github.com/storyline/storyline/internal/quotes"
)

// orderedMentions returns ms when its mentions lie inside text, in text
// order and without overlap, as every resolver in storyline gives them.
// Otherwise (a caller passing its own list) it returns a sorted copy that
// keeps, of overlapping mentions, the one that starts first (the longer on
// a tie) and drops spans outside text, so the rules that slice text between
// mentions never see a reversed span.
func orderedMentions(text string, ms []quotes.Mention) []quotes.Mention {
	ok := true
	for i, m := range ms {
		if m.Start < 0 || m.End < m.Start || m.End > len(text) || (i > 0 && m.Start < ms[i-1].End) {
			ok = false
			break
		}
	}
	if ok {
		return ms
	}
	out := make([]quotes.Mention, 0, len(ms))
	for _, m := range ms {
		if m.Start >= 0 && m.End >= m.Start && m.End <= len(text) {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	kept := out[:0]
	for _, m := range out {
		if len(kept) > 0 && m.Start < kept[len(kept)-1].End {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}
