package story

import (
	"context"
	"slices"
)

// candidates looks the article's heaviest features up in the inverted index
// and returns the stories with the highest partial dot products, in ID order.
// Its cost is bounded by QueryTerms x PostingLimit, whatever the number of
// stories kept.
func (c *Clusterer) candidates(ctx context.Context, v []Feature) ([]*Story, error) {
	q := c.buf.query[:0]
	for _, f := range v {
		if retrievable(f.Key) {
			q = append(q, f)
		}
	}
	sortByWeight(q)
	if len(q) > c.opts.QueryTerms {
		q = q[:c.opts.QueryTerms]
	}
	c.buf.query = q
	// Partial dot products, summed in query order.
	var part []partial
	var err error
	if mem, ok := c.st.(*memState); ok {
		part = c.partialsMem(mem, q)
	} else if part, err = c.partials(ctx, q); err != nil {
		return nil, err
	}
	c.buf.partial = part
	top := topPartials(part, c.opts.Candidates)
	slices.SortFunc(top, func(a, b partial) int { return cmpStory(a.id, b.id) })
	out := make([]*Story, 0, len(top))
	for _, p := range top {
		s, ok, err := c.st.Story(ctx, p.id)
		if err != nil {
			return nil, err
		}
		if ok && s.Active && s.MergedInto == 0 {
			out = append(out, s)
		}
	}
	return out, nil
}

// indexKeys are the n heaviest retrievable features of a centroid
// (heaviest first, ties on the lower key), found in one pass with a heap of
// n, without copying the centroid.
func indexKeys(v []Feature, n int) []Key {
	if n <= 0 {
		return nil
	}
	h := make([]Feature, 0, n) // min-heap: h[0] is the lightest kept
	for _, f := range v {
		if !retrievable(f.Key) {
			continue
		}
		if len(h) < n {
			h = append(h, f)
			for i := len(h) - 1; i > 0; { // sift up
				p := (i - 1) / 2
				if byWeight(h[p], h[i]) > 0 {
					break
				}
				h[p], h[i] = h[i], h[p]
				i = p
			}
			continue
		}
		if byWeight(f, h[0]) >= 0 {
			continue
		}
		h[0] = f
		for i := 0; ; { // sift down
			l, m := 2*i+1, i
			if l < len(h) && byWeight(h[l], h[m]) > 0 {
				m = l
			}
			if r := l + 1; r < len(h) && byWeight(h[r], h[m]) > 0 {
				m = r
			}
			if m == i {
				break
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	sortByWeight(h)
	out := make([]Key, len(h))
	for i, f := range h {
		out[i] = f.Key
	}
	return out
}

// partials sums the partial dot products through State.Lookup; at marks a
// story's place in part.
func (c *Clusterer) partials(ctx context.Context, q []Feature) ([]partial, error) {
	if c.buf.at == nil {
		c.buf.at = map[StoryID]int32{}
	}
	at, part := c.buf.at, c.buf.partial[:0]
	clear(at)
	for _, f := range q {
		ids, _, err := c.st.Lookup(ctx, f.Key, c.opts.PostingLimit)
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			if i, ok := at[id]; ok {
				part[i].w += f.W
			} else {
				at[id] = int32(len(part))
				part = append(part, partial{id, f.W})
			}
		}
	}
	return part, nil
}

// partialsMem is partials over a memState, reading its posting lists
// directly: a story's place in part is marked by its index slot (an array,
// not a map), and no list is sorted.
func (c *Clusterer) partialsMem(m *memState, q []Feature) []partial {
	b := &c.buf
	if len(b.mark) < len(m.slots) {
		b.mark = append(b.mark, make([]uint32, len(m.slots)-len(b.mark))...)
		b.pos = append(b.pos, make([]int32, len(m.slots)-len(b.pos))...)
	}
	if b.stamp++; b.stamp == 0 { // wrapped
		clear(b.mark)
		b.stamp = 1
	}
	part, sl := b.partial[:0], b.slots
	for _, f := range q {
		sl = m.lookupSlots(sl[:0], f.Key, c.opts.PostingLimit)
		for _, x := range sl {
			if b.mark[x] == b.stamp {
				part[b.pos[x]].w += f.W
			} else {
				b.mark[x], b.pos[x] = b.stamp, int32(len(part))
				part = append(part, partial{m.slots[x].id, f.W})
			}
		}
	}
	b.slots = sl
	return part
}

type partial struct {
	id StoryID
	w  float64
}

// before orders partial dot products: heaviest first, ties on the lower ID.
func (a partial) before(b partial) bool {
	return a.w > b.w || (a.w == b.w && a.id < b.id)
}

// topPartials moves the k first of part in before order to its front, in
// that order, and returns them: one pass keeping a sorted top k, as most
// stories fall below it.
func topPartials(part []partial, k int) []partial {
	if k <= 0 {
		return part[:0]
	}
	n := 0 // part[:n] is the top so far, sorted
	for i := range part {
		x := part[i]
		if n == k && !x.before(part[n-1]) {
			continue
		}
		j := min(n, k-1) // where x goes; the last is dropped when full
		for j > 0 && x.before(part[j-1]) {
			part[j] = part[j-1]
			j--
		}
		if n < k {
			n++
			// part[n-1] was moved or is x's own slot (i >= n-1).
		}
		part[j] = x
	}
	return part[:n]
}

func cmpStory(a, b StoryID) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// buffers are scratch space reused from one article to the next.
type buffers struct {
	query   []Feature
	at      map[StoryID]int32
	partial []partial
	slots   []uint32 // partialsMem's
	mark    []uint32
	pos     []int32
	stamp   uint32
	hubs    hubs // hub.go
	// extract's (extract.go)
	feats          []Feature
	other          map[Key]int32
	keys           []Key
	counts         []float64
	actors, places []Feature
}
