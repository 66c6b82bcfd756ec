package story

import (
	"math"
	"slices"
)

// Pair features: what the learned merge model (mergemodel.go) reads about
// two stories. The first story is the smaller (mergeFeatures orders them).

// Pair feature indices. pfBias is always 1.
const (
	pfBias     = iota
	pfLink     // mean cross similarity relative to the cohesions (with the time factor), capped at 3
	pfLinkRaw  // mean cross similarity (average link)
	pfCohSmall // the smaller story's cohesion
	pfCohLarge // the larger story's cohesion
	pfLogSmall // log of the smaller story's size
	pfLogLarge // log of the larger story's size
	pfSingle   // 1 when the smaller holds one article
	pfTerms    // centroid cosine of the term blocks
	pfEntities // centroid cosine of the entity blocks
	pfYears    // centroid cosine of the year blocks (0 when either names none)
	pfYearsB   // 1 when both name years
	pfNumbers  // centroid cosine of the number blocks
	pfMonth    // centroid cosine of the month blocks
	pfMonthB   // 1 when both have a month
	pfNovel    // share of the smaller's top entities the larger lacks
	pfCore     // share of the larger's top entities the smaller lacks
	pfContra   // share of comparable article pairs that share no number (contrafeat.go; 0 unless Options.MergeContra)
	pfContraB  // 1 when any article pair across the two is comparable (likewise)
	pfN        // number of features
)

// pairFeatureNames name the features in the generated weights file.
var pairFeatureNames = [pfN]string{
	"bias", "link", "linkraw", "cohsmall", "cohlarge", "logsmall", "loglarge", "single",
	"terms", "entities", "years", "yearsboth", "numbers", "month", "monthboth",
	"novel", "core", "contra", "contraboth",
}

// pairX is one pair's features.
type pairX [pfN]float64

// pairFeatures describes stories g and r as a pair (g the smaller).
func (c *Clusterer) pairFeatures(g, r *Story) pairX {
	var x pairX
	x[pfBias] = 1
	n := float64(g.Size) * float64(r.Size)
	if n <= 0 {
		return x
	}
	raw := c.mix(dot(g.Centroid, r.Centroid)/n, dot(g.EntCentroid, r.EntCentroid)/n)
	f, ok := c.timeFit(g, r)
	if !ok {
		f = 0
	}
	x[pfLink] = min(f*raw/math.Sqrt(c.cohesion(g)*c.cohesion(r)), 3)
	x[pfLinkRaw] = raw
	x[pfCohSmall] = c.cohesion(g)
	x[pfCohLarge] = c.cohesion(r)
	x[pfLogSmall] = math.Log(float64(max(g.Size, 1)))
	x[pfLogLarge] = math.Log(float64(max(r.Size, 1)))
	if g.Size <= 1 {
		x[pfSingle] = 1
	}
	x[pfTerms] = cosine(kindRange(g.Centroid, 't'), kindRange(r.Centroid, 't'))
	x[pfEntities] = cosine(kindRange(g.Centroid, 'e'), kindRange(r.Centroid, 'e'))
	gy, ry := kindRange(g.Centroid, 'y'), kindRange(r.Centroid, 'y')
	if len(gy) > 0 && len(ry) > 0 {
		x[pfYears] = cosine(gy, ry)
		x[pfYearsB] = 1
	}
	x[pfNumbers] = cosine(kindRange(g.Centroid, 'n'), kindRange(r.Centroid, 'n'))
	gm, rm := kindRange(g.Centroid, 'm'), kindRange(r.Centroid, 'm')
	if len(gm) > 0 && len(rm) > 0 {
		x[pfMonth] = cosine(gm, rm)
		x[pfMonthB] = 1
	}
	x[pfNovel] = novelShare(kindRange(g.Centroid, 'e'), r.Centroid, 5)
	x[pfCore] = novelShare(kindRange(r.Centroid, 'e'), g.Centroid, 5)
	if c.contraOn(g, r) {
		x[pfContra], x[pfContraB] = contraShare(g.Members, r.Members, c.opts.MergeContra)
	}
	return x
}

// novelShare is the share of the weight of the top heaviest features of
// the key-sorted v that the key-sorted w lacks.
func novelShare(v, w []Feature, top int) float64 {
	if len(v) == 0 {
		return 0
	}
	h := slices.Clone(v)
	sortByWeight(h)
	if len(h) > top {
		h = h[:top]
	}
	var all, novel float64
	for _, f := range h {
		all += f.W
		if _, ok := slices.BinarySearchFunc(w, f.Key, findKey); !ok {
			novel += f.W
		}
	}
	if all == 0 {
		return 0
	}
	return novel / all
}
