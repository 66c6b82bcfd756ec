package story

import (
	"math"
)

// rawFeatures are an article's features before weighting: counts per key.
type rawFeatures struct {
	keys   []Key     // distinct, sorted
	counts []float64 // parallel to keys
	places []Feature // lead places, sorted, weight 1
	actors []Feature // entity keys with mentions (at most 5), sorted
}

// weigh turns raw counts into a unit-length TF-IDF vector of at most
// MaxDocTerms features, sorted by key.
func (c *Clusterer) weigh(r rawFeatures, df []int, n int) []Feature {
	return c.weighU(r, df, n, 1)
}

// weighU is weigh with the weights of features of document frequency one
// scaled by unseen.
func (c *Clusterer) weighU(r rawFeatures, df []int, n int, unseen float64) []Feature {
	v := make([]Feature, 0, len(r.keys))
	for i, k := range r.keys {
		idf := math.Log(float64(n+1+c.opts.IDFPrior)/float64(df[i]+1)) + 1
		w := (1 + math.Log(r.counts[i])) * idf
		switch k.Kind() {
		case 'e':
			w *= c.opts.EntityWeight
		case 'y':
			w *= c.opts.YearWeight
		case 'n':
			w *= c.opts.NumberWeight
		case 'm':
			w *= c.opts.MonthWeight
		case 'b':
			w *= c.opts.BigramWeight
		}
		if df[i] <= 1 {
			w *= unseen
		}
		if w > 0 {
			v = append(v, Feature{k, w})
		}
	}
	v = topK(v, c.opts.MaxDocTerms)
	normalise(v)
	return v
}

// seen is weigh with the features no earlier document had (df of one)
// scaled by Options.UnseenWeight.
func (c *Clusterer) seen(r rawFeatures, df []int, n int) []Feature {
	return c.weighU(r, df, n, c.opts.UnseenWeight)
}

// byWeight orders features heaviest first, ties by key.
func byWeight(a, b Feature) int {
	switch {
	case a.W > b.W:
		return -1
	case a.W < b.W:
		return 1
	}
	return cmpKey(a.Key, b.Key)
}

func cmpKey(a, b Key) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func byKey(a, b Feature) int { return cmpKey(a.Key, b.Key) }

func findKey(x Feature, k Key) int { return cmpKey(x.Key, k) }

// topK keeps the k heaviest features (ties on key) of the key-sorted v,
// key-sorted. v is reordered.
func topK(v []Feature, k int) []Feature {
	if len(v) <= k {
		return v
	}
	// Find the k-th heaviest weight by selection (linear), keep what is
	// heavier, then fill up with features at that weight in key order.
	ws := make([]float64, len(v))
	for i, f := range v {
		ws[i] = f.W
	}
	kth := selectKth(ws, k-1)
	out := v[:0:0]
	out = make([]Feature, 0, k)
	for _, f := range v {
		if f.W > kth {
			out = append(out, f)
		}
	}
	for _, f := range v { // v is key-sorted: ties keep the smallest keys
		if len(out) >= k {
			break
		}
		if f.W == kth {
			out = append(out, f)
		}
	}
	sortByKey(out)
	return out
}

// selectKth returns the value that would be at index k of ws sorted in
// descending order (quickselect with median-of-three pivots; ws is
// reordered).
func selectKth(ws []float64, k int) float64 {
	lo, hi := 0, len(ws)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		a, b, c := ws[lo], ws[mid], ws[hi]
		pivot := max(min(a, b), min(max(a, b), c))
		i, j := lo, hi
		for i <= j {
			for ws[i] > pivot {
				i++
			}
			for ws[j] < pivot {
				j--
			}
			if i <= j {
				ws[i], ws[j] = ws[j], ws[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return ws[k]
		}
	}
	return ws[k]
}

// norm is the Euclidean length of v.
func norm(v []Feature) float64 {
	var s float64
	for _, f := range v {
		s += f.W * f.W
	}
	return math.Sqrt(s)
}

func normalise(v []Feature) {
	var s float64
	for _, f := range v {
		s += f.W * f.W
	}
	if s == 0 {
		return
	}
	s = math.Sqrt(s)
	for i := range v {
		v[i].W /= s
	}
}

// cosine of two key-sorted vectors.
func cosine(a, b []Feature) float64 {
	var dot, na, nb float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].Key == b[j].Key:
			dot += a[i].W * b[j].W
			i++
			j++
		case a[i].Key < b[j].Key:
			i++
		default:
			j++
		}
	}
	for _, f := range a {
		na += f.W * f.W
	}
	for _, f := range b {
		nb += f.W * f.W
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// addInto returns the key-sorted sum of a and scale*b, truncated to k
// features once it holds more than 2k (amortising the truncation).
func addInto(a, b []Feature, scale float64, k int) []Feature {
	out := make([]Feature, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || (i < len(a) && a[i].Key < b[j].Key):
			out = append(out, a[i])
			i++
		case i >= len(a) || b[j].Key < a[i].Key:
			out = append(out, Feature{b[j].Key, scale * b[j].W})
			j++
		default:
			out = append(out, Feature{a[i].Key, a[i].W + scale*b[j].W})
			i++
			j++
		}
	}
	if len(out) > 2*k {
		out = topK(out, k)
	}
	return out
}

// heaviest returns the keys of the n heaviest features (ties on key).
func heaviest(v []Feature, n int) []Key {
	w := append([]Feature(nil), v...)
	sortByWeight(w)
	if len(w) > n {
		w = w[:n]
	}
	out := make([]Key, len(w))
	for i, f := range w {
		out[i] = f.Key
	}
	return out
}

// leadWords returns the start of text holding its first n words: news puts
// the event first, and the cost per article stays bounded.
func leadWords(text string, n int) string {
	inWord := false
	for i, r := range text {
		space := r == ' ' || r == '\n' || r == '\t' || r == '\r'
		if !space && !inWord {
			if n == 0 {
				return text[:i]
			}
			n--
		}
		inWord = !space
	}
	return text
}
