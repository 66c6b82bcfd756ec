package story

import "context"

// Hooks for the external tests of this package (mergetrain_test.go).

// PairFeatureNames names the pair features, in order.
func PairFeatureNames() []string { return pairFeatureNames[:] }

// ForEachStoryPair calls f with every active story of st (the state of c)
// and each other active story its centroid retrieves, once per unordered
// pair, with the pair's features (mergeFeatures).
func ForEachStoryPair(ctx context.Context, c *Clusterer, st State, f func(a, b *Story, x []float64)) error {
	misses := 0
	seen := map[[2]StoryID]bool{}
	for id := StoryID(1); misses < 1000; id++ {
		a, ok, err := st.Story(ctx, id)
		if err != nil {
			return err
		}
		if !ok {
			misses++
			continue
		}
		misses = 0
		if !a.Active || a.MergedInto != 0 || len(a.Centroid) == 0 {
			continue
		}
		cands, err := c.candidates(ctx, a.Centroid)
		if err != nil {
			return err
		}
		for _, b := range cands {
			if b.ID == a.ID || !b.Active || b.MergedInto != 0 {
				continue
			}
			k := [2]StoryID{min(a.ID, b.ID), max(a.ID, b.ID)}
			if seen[k] {
				continue
			}
			seen[k] = true
			x := c.mergeFeatures(a, b)
			f(a, b, append([]float64(nil), x[:]...))
		}
	}
	return nil
}

// WithMergeWeights returns o with the merge model's weights replaced by w.
func WithMergeWeights(o Options, w []float64) Options {
	var x pairX
	copy(x[:], w)
	o.mergeW = &x
	return o
}

// TrainedMergeWeights returns the weights in mergeweights.go.
func TrainedMergeWeights() []float64 { return append([]float64(nil), trainedMergeWeights[:]...) }

// WithMergeSeen returns o with f told each story's best candidate at the
// learned merges (p, features, merged).
func WithMergeSeen(o Options, f func(s, t *Story, p float64, x []float64, merged bool)) Options {
	o.mergeSeen = func(s, t *Story, p float64, x pairX, merged bool) { f(s, t, p, x[:], merged) }
	return o
}

// WithConsolSeen returns o with f told each merge consolidation makes.
func WithConsolSeen(o Options, f func(s, t *Story, r float64)) Options {
	o.consolSeen = f
	return o
}
