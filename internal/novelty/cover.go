package novelty

import (
	"math/bits"
	"sort"
)

// trace hashes stems into a sorted, distinct Trace.
func trace(stems []string) Trace {
	t := make(Trace, 0, len(stems))
	for _, s := range stems {
		t = append(t, stemHash(s))
	}
	sort.Slice(t, func(i, j int) bool { return t[i] < t[j] })
	w := 0
	for i, x := range t {
		if i == 0 || x != t[i-1] {
			t[w] = x
			w++
		}
	}
	return t[:w]
}

// stemHash is the 64-bit FNV-1a hash of a stem.
func stemHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// A cover says how much of a sentence's trace the storyline already holds.
type cover struct {
	// one is the largest share of the trace found in one prior trace,
	// two the largest share found in two prior traces together (the best
	// one and the one adding most to it).
	one, two float64
	// seen marks the stems of the trace found in any prior trace.
	seen []bool
}

// seenShare is the share of the trace's stems seen anywhere before.
func (c cover) seenShare() float64 {
	if len(c.seen) == 0 {
		return 0
	}
	n := 0
	for _, s := range c.seen {
		if s {
			n++
		}
	}
	return float64(n) / float64(len(c.seen))
}

// coverOf measures t against prior in one pass: per prior trace it merges
// the two sorted lists, keeping the match set as a bit set so that the
// second-best complement can be found afterwards without another merge.
// buf is scratch space, returned for reuse.
func coverOf(t Trace, prior []Trace, buf []uint64) (cover, []uint64) {
	c := cover{seen: make([]bool, len(t))}
	if len(t) == 0 {
		return c, buf
	}
	words := (len(t) + 63) / 64
	masks := buf[:0] // words per prior trace with any match
	best, bestAt := 0, -1
	for _, p := range prior {
		if len(p) == 0 || p[len(p)-1] < t[0] || p[0] > t[len(t)-1] {
			continue
		}
		at := len(masks)
		for w := 0; w < words; w++ {
			masks = append(masks, 0)
		}
		cur := masks[at:]
		n, i, j := 0, 0, 0
		for i < len(t) && j < len(p) {
			switch {
			case t[i] == p[j]:
				cur[i>>6] |= 1 << (i & 63)
				n++
				i++
				j++
			case t[i] < p[j]:
				i++
			default:
				j++
			}
		}
		if n == 0 {
			masks = masks[:at]
			continue
		}
		if n > best {
			best, bestAt = n, at
		}
	}
	if bestAt < 0 {
		return c, masks
	}
	bm := masks[bestAt : bestAt+words]
	add := 0
	for k := 0; k+words <= len(masks); k += words {
		a := 0
		for w := 0; w < words; w++ {
			a += bits.OnesCount64(masks[k+w] &^ bm[w])
		}
		add = max(add, a)
	}
	for i := range t {
		for k := i >> 6; k < len(masks); k += words {
			if masks[k]&(1<<(i&63)) != 0 {
				c.seen[i] = true
				break
			}
		}
	}
	c.one = float64(best) / float64(len(t))
	c.two = float64(best+add) / float64(len(t))
	return c, masks
}

// index reports whether stem hash h is in t and, when it is, its index.
func (t Trace) index(h uint64) (int, bool) {
	i := sort.Search(len(t), func(i int) bool { return t[i] >= h })
	return i, i < len(t) && t[i] == h
}
