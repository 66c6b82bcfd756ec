package story

import (
	"math"
	"slices"
)

// The learned join decision (Options.JoinModel). For each candidate story
// an arriving article is scored against, a small vector of join features
// describes the pair: the hand score and its parts, per-kind cosines, the
// story's size and cohesion, what the article names that the story lacks,
// and where the candidate stands among the others. A logistic regression
// over them (joinmodel.go, weights trained on ECB+ train by
// TestTrainJoinModel) gives the probability that the article belongs to
// the candidate's event.

// Join feature indices. jfBias is always 1.
const (
	jfBias      = iota
	jfScore     // hand score (linkJoinScore with time factors), capped at 3
	jfLink      // mean similarity with the story's articles (mixed)
	jfAll       // mean whole-vector similarity
	jfEnt       // mean entity-vector similarity
	jfCohesion  // the story's cohesion
	jfLogSize   // log of the story's size
	jfSingle    // 1 when the story holds one article
	jfTerms     // centroid cosine of the term blocks
	jfEntities  // centroid cosine of the entity blocks
	jfYears     // centroid cosine of the year blocks (0 when either lacks years)
	jfYearsBoth // 1 when both name years
	jfNumbers   // centroid cosine of the number blocks
	jfMonth     // centroid cosine of the month blocks
	jfMonthBoth // 1 when both have a month
	jfNovel     // share of the article's top entities the story lacks
	jfTop       // 1 for the candidate of the highest hand score
	jfRatio     // hand score over the highest hand score
	jfMargin    // (score - best other score) / max of the two
	jfNearest   // cosine with the story's nearest kept member
	jfCands     // log(1 + number of candidates passing the hand bar)
	jfCoreEnt   // share of the story's top entities the article lacks
	jfCoreTerms // share of the story's top terms the article lacks
	jfN         // number of features
)

// joinFeatureNames name the features in the weights file.
var joinFeatureNames = [jfN]string{
	"bias", "score", "link", "all", "ent", "cohesion", "logsize", "single",
	"terms", "entities", "years", "yearsboth", "numbers", "month", "monthboth",
	"novel", "top", "ratio", "margin", "nearest", "cands", "coreent", "coreterms",
}

// joinX is one candidate's join features.
type joinX [jfN]float64

// joinFeatures fills the features of candidate near[i] for an article with
// scoring vector q (link vectors ql); near holds every candidate that
// passed the time test with its hand score, links their mean similarities
// (average link), best the index of the highest hand score and passing
// how many passed the hand test.
func (c *Clusterer) joinFeatures(q []Feature, ql linkVecs, near []scored, links []float64, i int, best, passing int) joinX {
	var x joinX
	s := near[i].s
	x[jfBias] = 1
	x[jfScore] = min(near[i].score, 3)
	x[jfLink] = links[i]
	if n := float64(s.Size); n > 0 {
		x[jfAll] = dot(ql.all, s.Centroid) / n
		x[jfEnt] = dot(ql.ent, s.EntCentroid) / n
	}
	x[jfCohesion] = c.cohesion(s)
	x[jfLogSize] = math.Log(float64(max(s.Size, 1)))
	if s.Size <= 1 {
		x[jfSingle] = 1
	}
	x[jfTerms] = cosine(kindRange(q, 't'), kindRange(s.Centroid, 't'))
	x[jfEntities] = cosine(kindRange(q, 'e'), kindRange(s.Centroid, 'e'))
	qy, sy := kindRange(q, 'y'), kindRange(s.Centroid, 'y')
	if len(qy) > 0 && len(sy) > 0 {
		x[jfYears] = cosine(qy, sy)
		x[jfYearsBoth] = 1
	}
	x[jfNumbers] = cosine(kindRange(q, 'n'), kindRange(s.Centroid, 'n'))
	qm, sm := kindRange(q, 'm'), kindRange(s.Centroid, 'm')
	if len(qm) > 0 && len(sm) > 0 {
		x[jfMonth] = cosine(qm, sm)
		x[jfMonthBoth] = 1
	}
	x[jfNovel] = novelEntityShare(q, s.Centroid, c.opts.NovelTop)
	if i == best {
		x[jfTop] = 1
	}
	top := near[best].score
	if top > 0 {
		x[jfRatio] = near[i].score / top
	}
	other := 0.0
	for j, o := range near {
		if j != i && o.score > other {
			other = o.score
		}
	}
	if m := max(near[i].score, other); m > 0 {
		x[jfMargin] = (near[i].score - other) / m
	}
	for _, m := range s.Members {
		x[jfNearest] = max(x[jfNearest], cosine(q, m))
	}
	x[jfCands] = math.Log1p(float64(passing))
	x[jfCoreEnt] = novelShare(kindRange(s.Centroid, 'e'), q, 5)
	x[jfCoreTerms] = novelShare(kindRange(s.Centroid, 't'), q, 10)
	return x
}

// novelShare is the share of the weight of the top heaviest features of
// the key-sorted v that the key-sorted w lacks.
func novelShare(v, w []Feature, top int) float64 {
	if len(v) == 0 {
		return 0
	}
	h := append([]Feature(nil), v...)
	sortByWeight(h)
	if len(h) > top {
		h = h[:top]
	}
	var all, novel float64
	for _, f := range h {
		all += f.W
		if !hasKey(w, f.Key) {
			novel += f.W
		}
	}
	if all == 0 {
		return 0
	}
	return novel / all
}

// hasKey reports whether the key-sorted v holds k.
func hasKey(v []Feature, k Key) bool {
	i, ok := slices.BinarySearchFunc(v, k, findKey)
	return ok && i < len(v)
}
