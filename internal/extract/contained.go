package extract

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
)

// go-trafilatura turns a <div> of <br>-separated lines into one paragraph
// holding every line and then, again, a paragraph per line after the
// first: the article's text came out nearly twice ("<div>A<br>B<br>C</div>"
// gave "A B C", "B", "C"), and its quotes and events with it.

const (
	// minContainedWords is the fewest words a block needs before
	// dropContained compares it: short lines (a list item that starts
	// another, "Photo", a heading) repeat in real articles; at 6, film
	// titles of a list were dropped on the extraction benchmarks.
	minContainedWords = 10
	// minEqualWords is the fewest words of a block dropped for being equal
	// to an earlier one (go-trafilatura repeats the whole <br> paragraph
	// too); shorter repeated paragraphs stay, as the benchmarks' gold
	// keeps them.
	minEqualWords = 40
	// containedKey is the length of the prefix blocks are looked up by,
	// and containedProbe how many places of one prefix are checked, so a
	// page repeating one line thousands of times stays linear.
	containedKey   = 32
	containedProbe = 8
	// containedSlack is how far past the last match the next repeated
	// line may start (the space left of a "<br>" between lines).
	containedSlack = 64
)

// dropContained removes, as duplicates, blocks of at least
// minContainedWords words whose whole text already stands inside a longer
// earlier block, or equals one when it has minEqualWords words or more;
// everything else is kept in order.
func dropContained(a *core.Article, blocks []block) []block {
	at := map[string][]containedPos{} // prefix -> places in earlier blocks
	out := blocks[:0:0]
	cur := 0 // where the last kept block's text was last matched up to
	for _, b := range blocks {
		n := len(strings.Fields(b.text))
		if len(b.text) >= containedKey && n >= minContainedWords {
			equalToo := n >= minEqualWords
			// The lines go-trafilatura repeats follow each other inside
			// the paragraph kept last: look right after the last match
			// first (a short window, so the whole pass stays linear),
			// then wherever the text's prefix stood before.
			if len(out) > 0 {
				last := out[len(out)-1].text
				w := last[cur:min(len(last), cur+len(b.text)+containedSlack)]
				if i := strings.Index(w, b.text); i >= 0 && (len(last) > len(b.text) || equalToo) {
					cur += i + len(b.text)
					a.Removed = append(a.Removed, core.Removal{Text: b.text, Reason: core.ReasonDuplicate})
					continue
				}
			}
			if blk, end, ok := containedIn(out, at, b.text, equalToo); ok {
				if blk == len(out)-1 {
					cur = end // the next line is looked for after this one
				}
				a.Removed = append(a.Removed, core.Removal{Text: b.text, Reason: core.ReasonDuplicate})
				continue
			}
		}
		out = append(out, b)
		cur = 0
		// Index the new block at each word start.
		t := b.text
		for i := 0; i+containedKey <= len(t); i++ {
			if i == 0 || t[i-1] == ' ' {
				k := t[i : i+containedKey]
				if ps := at[k]; len(ps) < containedProbe {
					at[k] = append(ps, containedPos{block: len(out) - 1, off: i})
				}
			}
		}
	}
	return out
}

type containedPos struct{ block, off int }

// containedIn reports whether text stands inside a longer block of out (or
// equals one, with equalToo), and where: the block and the end offset.
func containedIn(out []block, at map[string][]containedPos, text string, equalToo bool) (blk, end int, ok bool) {
	for _, p := range at[text[:containedKey]] {
		s := out[p.block].text
		if (len(s) > len(text) || equalToo) && strings.HasPrefix(s[p.off:], text) {
			return p.block, p.off + len(text), true
		}
	}
	return 0, 0, false
}
