package story

import "math"

// The article-level number contradiction, a feature of the learned merge
// model (Options.MergeContra). Two events of one cast (two quakes of one
// island, two primaries of one race) share their names and words, and
// their centroids blur what each article says; but the articles of one
// event that name numbers mostly name some of the same (a toll, a
// magnitude, an age, a vote count), while those of two events name
// others. So the pair of stories is described by its article pairs:
// among the pairs of member vectors (Story.Members, the recent articles)
// that each name at least min distinct numbers, the share that name no
// number in common. Unlike the clashes (consolidate.go numberClash,
// eventclash.go), nothing gates it on the cast: the model weighs it
// against the link.

// contraShare is the share of comparable pairs (a from ga, b from gb, each
// naming at least min numbers, kind 'n') that share no number, and 1 as
// both when any pair is comparable (0, 0 when none is).
func contraShare(ga, gb [][]Feature, min int) (share, both float64) {
	if min <= 0 {
		return 0, 0
	}
	var nb [][]Feature
	for _, v := range gb {
		if n := kindRange(v, 'n'); len(n) >= min {
			nb = append(nb, n)
		}
	}
	if len(nb) == 0 {
		return 0, 0
	}
	var pairs, disjoint int
	for _, v := range ga {
		na := kindRange(v, 'n')
		if len(na) < min {
			continue
		}
		for _, w := range nb {
			pairs++
			if !sharesKey(na, w) {
				disjoint++
			}
		}
	}
	if pairs == 0 {
		return 0, 0
	}
	return float64(disjoint) / float64(pairs), 1
}

// contraOn reports whether the pair a, b is described and asked with the
// contradiction (Options.MergeContra, MergeContraDated).
func (c *Clusterer) contraOn(a, b *Story) bool {
	if c.opts.MergeContra <= 0 {
		return false
	}
	return c.opts.MergeContraDated || (a.First.IsZero() && b.First.IsZero())
}

// mergeProbOf is the merge model's probability for stories a and b with
// pair features x: by contraMergeWeights where the contradiction is on
// for the pair, else as mergeProb.
func (c *Clusterer) mergeProbOf(a, b *Story, x *pairX) float64 {
	if !c.contraOn(a, b) || c.opts.mergeW != nil {
		return c.mergeProb(x)
	}
	var z float64
	for i := range x {
		z += contraMergeWeights[i] * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}
