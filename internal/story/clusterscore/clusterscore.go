package clusterscore

import (
	"errors"
	"fmt"
)

// ErrMismatch reports predicted and gold label lists of different lengths.
var ErrMismatch = errors.New("clusterscore: predicted and gold lengths differ")

// Scores are the measures of one clustering.
type Scores struct {
	N                int // items scored
	GoldClusters     int
	PredClusters     int
	BCubedP, BCubedR float64
	BCubedF1         float64
	ARI              float64
}

// Score compares pred with gold, item by item (pred[i] and gold[i] are the
// cluster labels of item i).
func Score(pred, gold []string) (Scores, error) {
	if len(pred) != len(gold) {
		return Scores{}, fmt.Errorf("%w: %d and %d", ErrMismatch, len(pred), len(gold))
	}
	n := len(pred)
	s := Scores{N: n}
	if n == 0 {
		return s, nil
	}
	type pair struct{ p, g string }
	joint := map[pair]int{}
	pc := map[string]int{}
	gc := map[string]int{}
	for i := range pred {
		joint[pair{pred[i], gold[i]}]++
		pc[pred[i]]++
		gc[gold[i]]++
	}
	s.PredClusters, s.GoldClusters = len(pc), len(gc)
	// BCubed: for item i, precision = |pred cluster ∩ gold cluster| / |pred
	// cluster|; summing over the items of a joint cell gives c*c/|pred|.
	var p, r float64
	for k, c := range joint {
		p += float64(c) * float64(c) / float64(pc[k.p])
		r += float64(c) * float64(c) / float64(gc[k.g])
	}
	s.BCubedP, s.BCubedR = p/float64(n), r/float64(n)
	if s.BCubedP+s.BCubedR > 0 {
		s.BCubedF1 = 2 * s.BCubedP * s.BCubedR / (s.BCubedP + s.BCubedR)
	}
	// ARI from the contingency table.
	c2 := func(x int) float64 { return float64(x) * float64(x-1) / 2 }
	var sumJ, sumP, sumG float64
	for _, c := range joint {
		sumJ += c2(c)
	}
	for _, c := range pc {
		sumP += c2(c)
	}
	for _, c := range gc {
		sumG += c2(c)
	}
	total := c2(n)
	expected := sumP * sumG / total
	maxIdx := (sumP + sumG) / 2
	switch {
	case total == 0:
		s.ARI = 1
	case maxIdx == expected:
		// Both clusterings trivial (all one cluster or all singletons):
		// scikit-learn's convention is 1 when they agree.
		s.ARI = 1
		if sumJ != sumP || sumJ != sumG {
			s.ARI = 0
		}
	default:
		s.ARI = (sumJ - expected) / (maxIdx - expected)
	}
	return s, nil
}
