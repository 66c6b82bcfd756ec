package story

// A hub is the story an article's turn compares with many others: the
// story it joined, against the stories near it (merges) and their open
// fragments (re-homing). Its centroids go into hash tables once, and each
// comparison then walks the other story's centroids only, instead of
// merging both. The sums are the same, in the same (key) order.

// hubTable holds one vector for dot products by lookup.
type hubTable struct {
	src  []Feature // the vector held, by identity (see holds)
	tab  []Feature // open addressing, linear probing; key 0 is free
	mask uint64
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
	for _, f := range v {
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

// dotFirst is dot(v, t's vector): v's weight first in each product.
func (t *hubTable) dotFirst(v []Feature) float64 {
	var d float64
	for _, f := range v {
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
