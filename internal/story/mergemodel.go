package story

import (
	"context"
	"fmt"
	"math"
	"slices"
)

// Learned merges (Options.MergeModel). At Flush, after the last
// consolidation, every active story is looked up again by its centroid and
// merges with the candidate a logistic regression (mergeweights.go,
// trained on ECB+ train by TestTrainMergeModel) finds most probably of its
// event, when that probability reaches MergeModel. The model reads the
// pair's features (pairfeat.go: link relative to cohesions, sizes,
// per-kind cosines, the entities one names and the other lacks), so the
// lone articles and small pieces of an event that no hand bar let in come
// home, while two similar events of one subject, both grown, stay apart.
// Only pairs whose larger story holds Options.MergeModelMin articles are
// asked: in ECB+ every event has many reports, so two lone articles of one
// subject are nearly always one event there, and the model learned that;
// in a news stream (MEANTIME) they are often two (a court case and a
// product launch of one company a week apart), so a piece comes home only
// to a story its event has established.

// activeLister is a State that can list its active stories.
type activeLister interface {
	ActiveStories(ctx context.Context) ([]StoryID, error)
}

// activeIDs lists the active stories, sorted, for the steps at Flush that
// look at every one of them; ok is false when the State cannot list them.
func (c *Clusterer) activeIDs(ctx context.Context) (ids []StoryID, ok bool, err error) {
	al, ok := c.st.(activeLister)
	if !ok {
		return nil, false, nil
	}
	if ids, err = al.ActiveStories(ctx); err != nil {
		return nil, true, err
	}
	slices.SortFunc(ids, cmpStory)
	return slices.Compact(ids), true, nil
}

// mergeProb is the merge model's probability that stories with pair
// features x are one event.
func (c *Clusterer) mergeProb(x *pairX) float64 {
	w := &trainedMergeWeights
	if c.opts.mergeW != nil {
		w = c.opts.mergeW
	}
	var z float64
	for i := range x {
		z += w[i] * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// mergeFeatures are the pair features of stories a and b, the smaller
// first (ties: the higher ID first), so that the order does not matter.
func (c *Clusterer) mergeFeatures(a, b *Story) pairX {
	if b.Size < a.Size || (b.Size == a.Size && b.ID > a.ID) {
		a, b = b, a
	}
	return c.pairFeatures(a, b)
}

// learnedMerges merges each active story with the candidate the merge
// model finds most probably of its event, at Options.MergeModel. The
// probability is scaled as every hand-made merge test scales a link: by
// the place fit and by the time fit (timeFit: one side undated, or a gap
// in publication time); the model was fitted on undated streams, so it
// knows neither. Before the time factor, the loader's url dates of ECB+
// (2026-11-23) let it merge lone dated reports into undated stories of
// another event, even of another topic, at links of 0.30-0.37.
func (c *Clusterer) learnedMerges(ctx context.Context) error {
	if c.opts.MergeModel <= 0 || c.opts.CentroidTest {
		return nil
	}
	ids, ok, err := c.activeIDs(ctx)
	if err != nil {
		return fmt.Errorf("story: learned merges: %w", err)
	}
	if !ok {
		return nil
	}
	return c.learnedMergeIDs(ctx, ids)
}

// learnedMergeIDs is learnedMerges over the stories ids.
func (c *Clusterer) learnedMergeIDs(ctx context.Context, ids []StoryID) error {
	slices.SortFunc(ids, cmpStory)
	ids = slices.Compact(ids)
	for _, id := range ids {
		s, ok, err := c.st.Story(ctx, id)
		if err != nil {
			return fmt.Errorf("story: learned merges: %d: %w", id, err)
		}
		if !ok || !s.Active || s.MergedInto != 0 || len(s.Centroid) == 0 {
			continue
		}
		cands, err := c.candidates(ctx, s.Centroid)
		if err != nil {
			return fmt.Errorf("story: learned merges: %d: %w", id, err)
		}
		var best *Story
		var bestX pairX
		bestP := 0.0
		for _, o := range cands {
			if o.ID == s.ID || !o.Active || o.MergedInto != 0 || max(s.Size, o.Size) < c.opts.MergeModelMin {
				continue
			}
			tf, ok := c.timeFit(s, o)
			if !ok || !c.cohesionFitsMerge(s, o, c.crossLink(s, o)) {
				continue
			}
			x := c.mergeFeatures(s, o)
			pf, err := c.placeFit(ctx, s, o)
			if err != nil {
				return fmt.Errorf("story: learned merges: %d: %w", s.ID, err)
			}
			p := c.mergeProbOf(s, o, &x) * pf * tf
			if p > bestP || (p == bestP && best != nil && o.ID < best.ID) {
				best, bestP, bestX = o, p, x
			}
		}
		if best == nil {
			continue
		}
		merge := bestP >= c.opts.MergeModel && !c.numberClash(s, best) && !c.claimClash(s, best) && !c.eventClash(s, best)
		if c.opts.mergeSeen != nil {
			c.opts.mergeSeen(s, best, bestP, bestX, merge)
		}
		if !merge {
			continue
		}
		if err := c.mergePair(ctx, s, best); err != nil {
			return fmt.Errorf("story: learned merges: %d: %w", id, err)
		}
	}
	return nil
}
