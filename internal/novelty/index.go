package novelty

import (
	"math/bits"
	"sort"
)

// A postings index lists, for each stem hash, the traces of a storyline
// that hold it: their sequence numbers, ascending. Trace sequence numbers
// run from first (the oldest trace remembered, position 0 of what Traces
// returns) to next-1 (the newest). Lists may still hold the numbers of
// traces forgotten since (below first): lookups skip them, and compact
// drops them once they make up half the index.
//
// Memories that keep one up to date (NewMemMemory) let the Detector find a
// sentence's cover from the lists of its own stems, a cost set by how
// often its words were used, not by how many sentences are remembered;
// for other memories the Detector builds one per article, holding only
// that article's stems.
type postings struct {
	lists map[uint64][]int32
	first int32
	next  int32
	// live counts the entries of remembered traces, held every entry.
	live, held int
	// free holds emptied lists for reuse (indexArticle).
	free [][]int32
}

func newPostings() *postings {
	return &postings{lists: map[uint64][]int32{}}
}

// add appends trace t (sorted; repeated hashes counted once) as the newest.
func (p *postings) add(t Trace) {
	for i, h := range t {
		if i > 0 && h == t[i-1] {
			continue
		}
		p.lists[h] = append(p.lists[h], p.next)
		p.live++
		p.held++
	}
	p.next++
}

// forget drops the oldest traces, old (oldest first).
func (p *postings) forget(old []Trace) {
	for _, t := range old {
		for i, h := range t {
			if i == 0 || h != t[i-1] {
				p.live--
			}
		}
	}
	p.first += int32(len(old))
}

// compact rebuilds the index from traces, the remembered ones (oldest
// first), when forgotten entries make up most of it or the sequence
// numbers run high: the index then holds what it did, numbered from 0.
func (p *postings) compact(traces []Trace) {
	if p.held <= 2*p.live+4096 && p.next < 1<<30 {
		return
	}
	*p = postings{lists: make(map[uint64][]int32, len(p.lists)/2)}
	for _, t := range traces {
		p.add(t)
	}
}

// at returns the sequence numbers of the remembered traces holding h.
func (p *postings) at(h uint64) []int32 {
	l := p.lists[h]
	if len(l) > 0 && l[0] < p.first {
		l = l[sort.Search(len(l), func(i int) bool { return l[i] >= p.first }):]
	}
	return l
}

// indexArticle makes p the index of prior, restricted to the stems of the
// article's traces ts, with sequence numbers the positions in prior. The
// space of p's lists is reused from one article to the next (but for an
// article of more than 4,096 stems).
func (p *postings) indexArticle(prior []Trace, ts []Trace) {
	free := p.free[:0]
	for _, l := range p.lists {
		if cap(l) > 0 {
			free = append(free, l[:0])
		}
	}
	if p.lists == nil || len(p.lists) > 1<<12 {
		p.lists, free = map[uint64][]int32{}, free[:0]
	}
	clear(p.lists)
	p.first, p.next = 0, int32(len(prior))
	var filter [64]uint64 // one bit per (hash mod 4096): most prior stems stop here
	for _, t := range ts {
		for _, h := range t {
			if _, ok := p.lists[h]; ok {
				continue
			}
			filter[h>>6&63] |= 1 << (h & 63)
			var l []int32
			if len(free) > 0 {
				l, free = free[len(free)-1], free[:len(free)-1]
			}
			p.lists[h] = l
		}
	}
	clear(free[len(free):cap(free)])
	p.free = free
	for k, t := range prior {
		for i, h := range t {
			if filter[h>>6&63]&(1<<(h&63)) == 0 || i > 0 && h == t[i-1] {
				continue
			}
			if l, ok := p.lists[h]; ok {
				p.lists[h] = append(l, int32(k))
			}
		}
	}
}

// coverScratch is coverIndexed's reusable space.
type coverScratch struct {
	// per trace position, for a t of up to 64 stems: which of t's stems
	// the trace holds (0 between calls)
	mask []uint64

	slot   []int32 // per trace position: its candidate's slot, -1 when none
	cands  []int32 // candidate trace positions, in the order first met
	counts []int32 // per slot: stems of t the trace holds
	masks  []uint64
}

// coverIndexed is coverOf from a postings index of the prior traces: only
// the traces sharing a stem with t are visited, through t's lists. The
// result is coverOf's: the best single trace is the one holding most of
// t's stems, the oldest among equals.
func coverIndexed(t Trace, ix *postings, sc *coverScratch) cover {
	c := cover{seen: make([]bool, len(t))}
	if len(t) == 0 || ix == nil || ix.next <= ix.first {
		return c
	}
	if len(t) <= 64 {
		return coverIndexed64(t, ix, sc, c)
	}
	words := (len(t) + 63) / 64
	n := int(ix.next - ix.first)
	for len(sc.slot) < n {
		sc.slot = append(sc.slot, -1)
	}
	sc.cands, sc.counts, sc.masks = sc.cands[:0], sc.counts[:0], sc.masks[:0]
	for i, h := range t {
		l := ix.at(h)
		if len(l) == 0 {
			continue
		}
		c.seen[i] = true
		bit := uint64(1) << (i & 63)
		for _, s := range l {
			k := s - ix.first
			sl := sc.slot[k]
			if sl < 0 {
				sl = int32(len(sc.cands))
				sc.slot[k] = sl
				sc.cands = append(sc.cands, k)
				sc.counts = append(sc.counts, 0)
				for w := 0; w < words; w++ {
					sc.masks = append(sc.masks, 0)
				}
			}
			sc.masks[int(sl)*words+i>>6] |= bit
			sc.counts[sl]++
		}
	}
	best, bestSlot := 0, -1
	for sl, k := range sc.cands {
		if n := int(sc.counts[sl]); n > best || n == best && k < sc.cands[bestSlot] {
			best, bestSlot = n, sl
		}
	}
	for _, k := range sc.cands {
		sc.slot[k] = -1
	}
	if bestSlot < 0 {
		return c
	}
	bm := sc.masks[bestSlot*words : (bestSlot+1)*words]
	add := 0
	for k := 0; k+words <= len(sc.masks); k += words {
		a := 0
		for w := 0; w < words; w++ {
			a += bits.OnesCount64(sc.masks[k+w] &^ bm[w])
		}
		add = max(add, a)
	}
	c.one = float64(best) / float64(len(t))
	c.two = float64(best+add) / float64(len(t))
	return c
}

// coverIndexed64 is coverIndexed for a trace t of at most 64 stems: one
// mask word per prior trace, kept by position; t's stems are distinct, so
// a trace holds as many of them as its mask has bits.
func coverIndexed64(t Trace, ix *postings, sc *coverScratch, c cover) cover {
	n := int(ix.next - ix.first)
	if len(sc.mask) < n {
		sc.mask = append(sc.mask, make([]uint64, n-len(sc.mask))...)
	}
	mask := sc.mask[:n]
	cands := sc.cands[:0]
	for i, h := range t {
		l := ix.at(h)
		if len(l) == 0 {
			continue
		}
		c.seen[i] = true
		bit := uint64(1) << i
		for _, s := range l {
			k := s - ix.first
			if mask[k] == 0 {
				cands = append(cands, k)
			}
			mask[k] |= bit
		}
	}
	sc.cands = cands
	best, bestAt := 0, int32(-1)
	for _, k := range cands {
		if x := bits.OnesCount64(mask[k]); x > best || x == best && k < bestAt {
			best, bestAt = x, k
		}
	}
	if bestAt < 0 {
		return c
	}
	bm := mask[bestAt]
	add := 0
	for _, k := range cands {
		add = max(add, bits.OnesCount64(mask[k]&^bm))
		mask[k] = 0
	}
	c.one = float64(best) / float64(len(t))
	c.two = float64(best+add) / float64(len(t))
	return c
}
