package story

// A hub is the story an article's turn compares with many others: the
// story it joined, against the stories near it (merges) and their open
// fragments (re-homing). Its centroids go into hash tables once, and each
// comparison then walks the other story's centroids only, instead of
// merging both. The sums are the same, in the same (key) order.

// hubTable holds one vector for dot products by lookup. Most keys looked
// up are not in it (the vectors compared share a few of their features), so
// a bit filter of 8 bits per table entry answers most lookups from 1/16 of
// the table's memory, with a branch that is rarely taken, and only the keys
// that pass it probe the table.
type hubTable struct {
	src   []Feature // the vector held, by identity (see holds)
	tab   []Feature // open addressing, linear probing; key 0 is free
	mask  uint64
	bits  []uint64 // filter: bit filterBit(key) set for each key held
	shift uint     // 64 - log2(len(bits)*64)
}

// holds reports whether t holds v itself. Centroids are replaced, never
// changed in place, so the identity of the backing array stands for the
// content (and t keeps the array alive, so its address is not reused).
func (t *hubTable) holds(v []Feature) bool {
	return len(v) == len(t.src) && len(v) > 0 && &v[0] == &t.src[0]
}

func (t *hubTable) set(v []Feature) {
	n := 16
	for n < 2*len(v) {
		n *= 2
	}
	if cap(t.tab) >= n {
		t.tab = t.tab[:n]
		clear(t.tab)
	} else {
		t.tab = make([]Feature, n)
	}
	t.mask = uint64(n - 1)
	nb := n / 8 // words of 64 bits: 8 bits per table entry
	if cap(t.bits) >= nb {
		t.bits = t.bits[:nb]
		clear(t.bits)
	} else {
		t.bits = make([]uint64, nb)
	}
	t.shift = uint(64 - bitLen(uint64(nb*64)-1))
	for _, f := range v {
		b := filterBit(f.Key, t.shift)
		t.bits[b>>6] |= 1 << (b & 63)
		i := slotOf(f.Key, t.mask)
		for t.tab[i].Key != 0 {
			i = (i + 1) & t.mask
		}
		t.tab[i] = f
	}
	t.src = v
}

func slotOf(k Key, mask uint64) uint64 {
	return (uint64(k) * 0x9E3779B97F4A7C15 >> 32) & mask
}

// filterBit is k's bit in the filter: the top bits of another product than
// slotOf's, so that keys that share a slot seldom share a bit.
func filterBit(k Key, shift uint) uint64 {
	return uint64(k) * 0xD6E8FEB86659FD93 >> shift
}

// bitLen is the number of bits needed to write x.
func bitLen(x uint64) int {
	n := 0
	for ; x != 0; x >>= 1 {
		n++
	}
	return n
}

// dotFirst is dot(v, t's vector): v's weight first in each product.
func (t *hubTable) dotFirst(v []Feature) float64 {
	var d float64
	bits, shift := t.bits, t.shift
	for _, f := range v {
		b := filterBit(f.Key, shift)
		if bits[b>>6]&(1<<(b&63)) == 0 {
			continue // not held: the product is not in the sum
		}
		for i := slotOf(f.Key, t.mask); ; i = (i + 1) & t.mask {
			e := &t.tab[i]
			if e.Key == f.Key {
				d += f.W * e.W
				break
			}
			if e.Key == 0 {
				break
			}
		}
	}
	return d
}

// hubDot is dot(a, b) where b is the hub's vector (a table of hub tables:
// tab). Short vectors are merged as usual.
func hubDot(tab *hubTable, a, b []Feature) float64 {
	if len(b) < 48 || len(a) == 0 {
		return dot(a, b)
	}
	if !tab.holds(b) {
		tab.set(b)
	}
	return tab.dotFirst(a)
}

// hubs picks the hub of a comparison of two stories' centroids: a story
// that was in the comparison before (the one the loop turns around); the
// tables then hold its centroids. The first comparison merges as usual.
type hubs struct {
	last     [2]*Story
	all, ent hubTable
}

// crossDots returns dot(a.Centroid, b.Centroid) and dot(a.EntCentroid,
// b.EntCentroid), looking the hub's features up.
func (c *Clusterer) crossDots(a, b *Story) (all, ent float64) {
	h := &c.buf.hubs
	switch {
	case h.last[0] == a || h.last[1] == a:
		all, ent = hubDot(&h.all, b.Centroid, a.Centroid), hubDot(&h.ent, b.EntCentroid, a.EntCentroid)
	case h.last[0] == b || h.last[1] == b:
		all, ent = hubDot(&h.all, a.Centroid, b.Centroid), hubDot(&h.ent, a.EntCentroid, b.EntCentroid)
	default:
		all, ent = dot(a.Centroid, b.Centroid), dot(a.EntCentroid, b.EntCentroid)
	}
	h.last = [2]*Story{a, b}
	return all, ent
}
