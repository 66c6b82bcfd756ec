package story

import "context"

// Hooks for the external tests of this package (jointrain_test.go).

// SetJoinTrace makes c report every article's candidates to f: the
// stories, their join features and the story chosen (nil: a new story).
func SetJoinTrace(c *Clusterer, f func(d Doc, cands []*Story, xs [][]float64, chosen *Story)) {
	c.trace = func(d Doc, cands []*Story, xs []joinX, chosen *Story) {
		out := make([][]float64, len(xs))
		for i := range xs {
			out[i] = append([]float64(nil), xs[i][:]...)
		}
		f(d, cands, out, chosen)
	}
}

// WithJoinWeights returns o with the join model's weights replaced by w.
func WithJoinWeights(o Options, w []float64) Options {
	var x joinX
	copy(x[:], w)
	o.joinW = &x
	return o
}

// JoinFeatureNames names the join features, in order.
func JoinFeatureNames() []string { return joinFeatureNames[:] }

// TrainedJoinWeights returns the weights in joinweights.go.
func TrainedJoinWeights() []float64 { return append([]float64(nil), trainedJoinWeights[:]...) }

// ForEachOpenFragment calls f with every open fragment of every active
// story in st (the state of c), and the fragment's features.
func ForEachOpenFragment(ctx context.Context, c *Clusterer, st State, f func(root, g *Story, x []float64)) error {
	misses := 0
	for id := StoryID(1); misses < 1000; id++ {
		root, ok, err := st.Story(ctx, id)
		if err != nil {
			return err
		}
		if !ok {
			misses++
			continue
		}
		misses = 0
		if !root.Active || root.MergedInto != 0 {
			continue
		}
		for _, fid := range root.Frags {
			g, ok, err := st.Story(ctx, fid)
			if err != nil {
				return err
			}
			if !ok || g.MergedInto != root.ID || len(g.Centroid) == 0 {
				continue
			}
			x, _, err := c.fragFeatures(ctx, root, g)
			if err != nil {
				return err
			}
			f(root, g, append([]float64(nil), x[:]...))
		}
	}
	return nil
}

// FragFeatureNames names the fragment features, in order.
func FragFeatureNames() []string { return fragFeatureNames[:] }

// WithFragWeights returns o with the fragment model's weights replaced by w.
func WithFragWeights(o Options, w []float64) Options {
	var x fragX
	copy(x[:], w)
	o.fragW = &x
	return o
}

// ForEachStoryPair calls f with every active story of st (the state of c)
// and each other active story its centroid retrieves, once per unordered
// pair, with the pair's fragment features (the second story standing in
// for the rest).
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
	var x fragX
	copy(x[:], w)
	o.mergeW = &x
	return o
}
