package story

import (
	"context"
	"math"
	"time"
)

// Average link. A story's centroid sums its articles' unit vectors, so the
// dot product of an article with it, over the story's size, is the mean
// cosine between the article and the story's articles (average link), at
// the cost of one cosine. EntCentroid does the same for the entity
// features alone (Options.EntityMix), and PairSum sums the similarities of
// the story's pairs of articles as they joined, so the story's own
// cohesion (the mean similarity within) is known without its members.
//
// Decisions are then relative to cohesion: an article joins a story when
// its mean similarity with the story's articles is a large enough share
// (Options.LinkJoin) of what is usual inside that story, two stories merge
// when their mean cross similarity is a large share (LinkMerge) of their
// cohesions, and a fragment splits off when its link to the rest of its
// story is a small share (LinkSplit). A tight story takes only articles
// that fit it as well as its own do; a loose one (a running subject
// reported from many angles) takes what is as far as its own articles are
// from each other. So two similar events of one subject (two arrests of
// two players of one team) stay apart while the loose reports of one
// event come together, with no single similarity threshold for both.

// linkVecs are the two vectors an article is scored by.
type linkVecs struct {
	all, ent []Feature // ent: the entity features, unit length
}

func newLinkVecs(v []Feature) linkVecs {
	e := only(v, 'e')
	normalise(e)
	return linkVecs{v, e}
}

// dot of two key-sorted vectors.
func dot(a, b []Feature) float64 {
	var d float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		// The steps are conditional moves, not branches: which side
		// advances is unpredictable.
		ka, kb := a[i].Key, b[j].Key
		if ka == kb {
			d += a[i].W * b[j].W
		}
		if ka <= kb {
			i++
		}
		if kb <= ka {
			j++
		}
	}
	return d
}

// mix weighs the whole-vector and entity parts of a similarity.
func (c *Clusterer) mix(all, ent float64) float64 {
	m := c.opts.EntityMix
	return (1-m)*all + m*ent
}

// avgLink is the mean similarity of the article with s's articles.
func (c *Clusterer) avgLink(q linkVecs, s *Story) float64 {
	if s.Size <= 0 {
		return 0
	}
	n := float64(s.Size)
	return c.mix(dot(q.all, s.Centroid)/n, dot(q.ent, s.EntCentroid)/n)
}

// crossLink is the mean similarity between the articles of two stories.
func (c *Clusterer) crossLink(a, b *Story) float64 {
	if a.Size <= 0 || b.Size <= 0 {
		return 0
	}
	n := float64(a.Size) * float64(b.Size)
	all, ent := c.crossDots(a, b) // the dot products, through hub.go's tables
	return c.mix(all/n, ent/n)
}

// cohesion is the mean similarity between s's articles; LinkPrior for a
// story of one article (nothing to measure yet) or without a pair sum.
func (c *Clusterer) cohesion(s *Story) float64 {
	return c.cohesionOf(s.PairSum, s.Size)
}

func (c *Clusterer) cohesionOf(pairSum float64, size int) float64 {
	if size < 2 || pairSum <= 0 {
		// One article, or a story stored before pair sums were kept.
		return c.opts.LinkPrior
	}
	pairs := float64(size) * float64(size-1) / 2
	return max(pairSum/pairs, 0.02)
}

// linkJoinScore is an article's mean similarity a with s relative to the
// cohesion of s (1 when it fits s as well as s's own articles fit each
// other, against LinkPrior for the article's side).
func (c *Clusterer) linkJoinScore(a float64, s *Story) float64 {
	if s.Size < 2 && c.opts.LinkPair > 0 {
		// Two articles alone: no cohesion to compare with yet.
		return a / c.opts.LinkPair * c.opts.LinkJoin
	}
	return a / math.Sqrt(c.cohesion(s)*c.opts.LinkPrior)
}

// linkAdd records in s an article with vectors q joining it: its pairs
// with s's articles, and its entity vector.
func (c *Clusterer) linkAdd(s *Story, q linkVecs) {
	if s.Size > 0 {
		s.PairSum += c.avgLink(q, s) * float64(s.Size)
	}
	if len(q.ent) > 0 {
		s.EntCentroid = addInto(s.EntCentroid, q.ent, 1, c.opts.CentroidTerms/4)
	}
}

// linkMerge folds gone's cohesion and entity centroid into surv (before
// their centroids are summed and sizes added).
func (c *Clusterer) linkMerge(surv, gone *Story) {
	x := c.crossLink(surv, gone)
	surv.PairSum += gone.PairSum + x*float64(surv.Size)*float64(gone.Size)
	surv.EntCentroid = addInto(surv.EntCentroid, gone.EntCentroid, 1, c.opts.CentroidTerms/4)
}

// shouldMerge reports whether stories a and b are one by average link.
func (c *Clusterer) shouldMerge(ctx context.Context, a, b *Story) (bool, error) {
	x := c.crossLink(a, b)
	if x < c.opts.LinkFloor || !c.cohesionFitsMerge(a, b, x) {
		return false, nil
	}
	bar := c.opts.LinkMerge
	if min(a.Size, b.Size) == 1 && max(a.Size, b.Size) >= c.opts.AbsorbMin && c.opts.LinkAbsorb > 0 {
		bar = c.opts.LinkAbsorb
	}
	if a.SplitFrom == b.ID || b.SplitFrom == a.ID {
		// They were one and came apart: only stronger evidence than
		// what split them joins them again.
		bar = max(bar, c.opts.LinkRemerge)
	}
	f, ok := c.timeFit(a, b)
	if !ok {
		return false, nil
	}
	pf, err := c.placeFit(ctx, a, b)
	if err != nil {
		return false, err
	}
	return f*pf*x/math.Sqrt(c.cohesion(a)*c.cohesion(b)) >= bar, nil
}

// timeFit is what publication times say about stories a and b being one,
// as a factor on their link, as for an article joining a story: ok is false
// when both are dated and further apart than MaxGap (their gap, or the
// excess of their joint span over MaxSpan, whichever is more: spanGap); the factor decays to
// one half at MaxGap, and is undatedFactor when only one is dated. Past
// MaxGap, up to GapOverrideMax, and when one of them holds two articles or
// more, the factor is 0.5/GapOverride (a link must be twice as strong as
// the bar asks, as for an article; the learned merges, which scale a
// probability, never pass it).
func (c *Clusterer) timeFit(a, b *Story) (f float64, ok bool) {
	switch {
	case a.First.IsZero() && b.First.IsZero():
		return 1, true
	case a.First.IsZero():
		return c.undatedFactor(true, b), true
	case b.First.IsZero():
		return c.undatedFactor(true, a), true
	}
	var gap time.Duration
	switch {
	case a.Last.Before(b.First):
		gap = b.First.Sub(a.Last)
	case b.Last.Before(a.First):
		gap = a.First.Sub(b.Last)
	}
	gap = c.spanGap(gap, earlier(a.First, b.First), later(a.Last, b.Last))
	if gap > c.opts.MaxGap {
		if c.opts.GapOverride > 0 && gap <= c.opts.GapOverrideMax && max(a.Size, b.Size) >= 2 {
			return 0.5 / c.opts.GapOverride, true
		}
		if c.namedBackFit(a, b) {
			return c.opts.NamedDay, true // namedback.go
		}
		return 0, false
	}
	return 1 - 0.5*float64(gap)/float64(c.opts.MaxGap), true
}

// undatedFactor is the factor on the score of an article, or of an
// undated story, against story s when one side is dated and the other not
// (undated: whether the article or story is the undated side): time cannot
// confirm the match, so the score is divided by UndatedBar, but only by
// the share of s's articles that differ from it: an undated article
// against a story of dated and undated reports of one event (some outlets
// date their pages, some do not) pays in proportion to the dated ones.
// Stories stored before Undated was counted read as all dated.
func (c *Clusterer) undatedFactor(undated bool, s *Story) float64 {
	other := 1.0 // share of s's articles on the other side of the divide
	if undated && s.Size > 0 {
		other = 1 - float64(min(max(s.Undated, 0), s.Size))/float64(s.Size)
	}
	return 1 / (1 + (c.opts.UndatedBar-1)*other)
}

// splitScore is the link of fragment f to the rest of its root relative
// to the cohesions of both; it also returns the rest's pair sum and entity
// centroid. ok is false when either side is too small to tell.
func (c *Clusterer) splitScore(f *Story, rest, restEnt []Feature, nRest int, root *Story) (r, restPairs float64, ok bool) {
	if f.Size < c.opts.DetachMin || nRest < c.opts.SplitRest {
		return 0, 0, false
	}
	n := float64(f.Size) * float64(nRest)
	x := c.mix(dot(f.Centroid, rest)/n, dot(f.EntCentroid, restEnt)/n)
	restPairs = max(root.PairSum-f.PairSum-x*n, 0)
	w := c.cohesionOf(restPairs, nRest)
	return x / math.Sqrt(c.cohesion(f)*w), restPairs, true
}

// seenFeatures returns the features of the key-sorted v that an earlier
// article had too (document frequency above one, keys and df parallel and
// key-sorted): only those can find a story, and the words no article used
// before, weighing most, would crowd them out of the query.
func seenFeatures(v []Feature, keys []Key, df []int) []Feature {
	out := make([]Feature, 0, len(v))
	j := 0
	for _, f := range v {
		for j < len(keys) && keys[j] < f.Key {
			j++
		}
		if j < len(keys) && keys[j] == f.Key && df[j] > 1 {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return v
	}
	return out
}
