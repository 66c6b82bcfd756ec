package story

import (
	"context"
	"fmt"
	"math"
	"slices"
)

// Fragment review (Options.FragReview). An open fragment (fragments.go)
// holds articles that joined a story without fitting it well; most are
// outlying reports of the story's own event, some are the first reports
// of another event of the same subject that never drew enough followers
// to split off (a fragment splits only from DetachMin articles and a rest
// of SplitRest). A logistic regression (fragweights.go, trained on ECB+
// train by TestTrainFragModel) over a fragment's fragment features gives
// the probability that it belongs to its story's event; below
// Options.FragReview it leaves the story: it moves to the story it fits
// best when that one passes the merge test, else it stands alone.

// Fragment feature indices. ffBias is always 1.
const (
	ffBias     = iota
	ffRest     // link to the rest of its story relative to cohesions, capped at 3
	ffRestRaw  // mean similarity with the rest's articles
	ffCohFrag  // the fragment's cohesion
	ffCohRest  // the rest's cohesion
	ffLogSize  // log of the fragment's size
	ffLogRest  // log of the rest's size
	ffSingle   // 1 when the fragment holds one article
	ffTerms    // centroid cosine of the term blocks, fragment and rest
	ffEntities // centroid cosine of the entity blocks
	ffYears    // centroid cosine of the year blocks (0 when either lacks years)
	ffYearsB   // 1 when both name years
	ffNumbers  // centroid cosine of the number blocks
	ffMonth    // centroid cosine of the month blocks
	ffMonthB   // 1 when both have a month
	ffNovel    // share of the fragment's top entities the rest lacks
	ffCore     // share of the rest's top entities the fragment lacks
	ffOther    // link to the best other story relative to cohesions, capped at 3
	ffOtherGap // ffOther minus ffRest
	ffAge      // log(1 + articles since the fragment last grew)
	ffSplit    // 1 when the fragment once split off a story
	ffN
)

// fragFeatureNames name the features in the weights file.
var fragFeatureNames = [ffN]string{
	"bias", "rest", "restraw", "cohfrag", "cohrest", "logsize", "logrest", "single",
	"terms", "entities", "years", "yearsboth", "numbers", "month", "monthboth",
	"novel", "core", "other", "othergap", "age", "split",
}

type fragX [ffN]float64

// fragFeatures describes open fragment g of root (by pairFeatures of g
// and the rest of root); other is the story other than root that g fits
// best (nil when none).
func (c *Clusterer) fragFeatures(ctx context.Context, root, g *Story) (fragX, *Story, error) {
	nRest := root.Size - g.Size
	if nRest < 1 {
		var x fragX
		x[ffBias] = 1
		return x, nil, nil
	}
	rest := &Story{ID: root.ID, Size: nRest, First: root.First, Last: root.Last,
		Centroid: subtract(root.Centroid, g.Centroid), EntCentroid: subtract(root.EntCentroid, g.EntCentroid)}
	_, rest.PairSum = c.restLink(g, rest.Centroid, rest.EntCentroid, nRest, root)
	x := c.pairFeatures(g, rest)
	cands, err := c.candidates(ctx, g.Centroid)
	if err != nil {
		return x, nil, fmt.Errorf("story: review fragment %d: %w", g.ID, err)
	}
	var other *Story
	best := 0.0
	for _, o := range cands {
		if o.ID == root.ID || o.ID == g.ID || o.MergedInto != 0 || !o.Active {
			continue
		}
		f, ok := c.timeFit(g, o)
		if !ok {
			continue
		}
		s := f * c.crossLink(g, o) / math.Sqrt(c.cohesion(g)*c.cohesion(o))
		if s > best || (s == best && other != nil && o.ID < other.ID) {
			other, best = o, s
		}
	}
	x[ffOther] = min(best, 3)
	x[ffOtherGap] = x[ffOther] - x[ffRest]
	x[ffAge] = math.Log1p(float64(max(c.seq-g.Seq, 0)))
	if g.SplitFrom != 0 {
		x[ffSplit] = 1
	}
	return x, other, nil
}

// pairFeatures describes stories g and r as a pair (g the fragment or the
// smaller): link relative to cohesions, cohesions, sizes, per-kind
// centroid cosines, and the entities one names and the other lacks.
func (c *Clusterer) pairFeatures(g, r *Story) fragX {
	var x fragX
	x[ffBias] = 1
	n := float64(g.Size) * float64(r.Size)
	if n <= 0 {
		return x
	}
	raw := c.mix(dot(g.Centroid, r.Centroid)/n, dot(g.EntCentroid, r.EntCentroid)/n)
	f, ok := c.timeFit(g, r)
	if !ok {
		f = 0
	}
	x[ffRest] = min(f*raw/math.Sqrt(c.cohesion(g)*c.cohesion(r)), 3)
	x[ffRestRaw] = raw
	x[ffCohFrag] = c.cohesion(g)
	x[ffCohRest] = c.cohesion(r)
	x[ffLogSize] = math.Log(float64(max(g.Size, 1)))
	x[ffLogRest] = math.Log(float64(max(r.Size, 1)))
	if g.Size <= 1 {
		x[ffSingle] = 1
	}
	x[ffTerms] = cosine(kindRange(g.Centroid, 't'), kindRange(r.Centroid, 't'))
	x[ffEntities] = cosine(kindRange(g.Centroid, 'e'), kindRange(r.Centroid, 'e'))
	gy, ry := kindRange(g.Centroid, 'y'), kindRange(r.Centroid, 'y')
	if len(gy) > 0 && len(ry) > 0 {
		x[ffYears] = cosine(gy, ry)
		x[ffYearsB] = 1
	}
	x[ffNumbers] = cosine(kindRange(g.Centroid, 'n'), kindRange(r.Centroid, 'n'))
	gm, rm := kindRange(g.Centroid, 'm'), kindRange(r.Centroid, 'm')
	if len(gm) > 0 && len(rm) > 0 {
		x[ffMonth] = cosine(gm, rm)
		x[ffMonthB] = 1
	}
	x[ffNovel] = novelShare(kindRange(g.Centroid, 'e'), r.Centroid, 5)
	x[ffCore] = novelShare(kindRange(r.Centroid, 'e'), g.Centroid, 5)
	return x
}

// fragProb is the fragment model's probability that a fragment with
// features x belongs to its story's event.
func (c *Clusterer) fragProb(x *fragX) float64 {
	w := &trainedFragWeights
	if c.opts.fragW != nil {
		w = c.opts.fragW
	}
	var z float64
	for i := range x {
		z += w[i] * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// noteFragRoot records that story id gained or grew an open fragment.
func (c *Clusterer) noteFragRoot(id StoryID) {
	if c.opts.FragReview <= 0 || len(c.fragRoots) >= consolidateMax {
		return
	}
	c.fragRoots = append(c.fragRoots, id)
}

// reviewFragments reviews the open fragments of the stories noted since
// the last review (all of them when all is set is not needed: every
// story that took a fragment was noted).
func (c *Clusterer) reviewFragments(ctx context.Context) error {
	if len(c.fragRoots) == 0 {
		return nil
	}
	ids := c.fragRoots
	c.fragRoots = nil
	slices.SortFunc(ids, cmpStory)
	ids = slices.Compact(ids)
	for _, id := range ids {
		root, ok, err := c.st.Story(ctx, id)
		if err != nil {
			return fmt.Errorf("story: review %d: %w", id, err)
		}
		if !ok || !root.Active || root.MergedInto != 0 || len(root.Frags) == 0 {
			continue
		}
		if err := c.reviewRoot(ctx, root); err != nil {
			return err
		}
	}
	return nil
}

// reviewRoot moves out of root the open fragments the model doubts.
func (c *Clusterer) reviewRoot(ctx context.Context, root *Story) error {
	changed := false
	for _, fid := range slices.Clone(root.Frags) {
		g, ok, err := c.st.Story(ctx, fid)
		if err != nil {
			return fmt.Errorf("story: review fragment %d: %w", fid, err)
		}
		if !ok || g.MergedInto != root.ID || len(g.Centroid) == 0 || g.Size >= root.Size {
			continue
		}
		x, other, err := c.fragFeatures(ctx, root, g)
		if err != nil {
			return err
		}
		if c.fragProb(&x) >= c.opts.FragReview {
			continue
		}
		c.detachFragment(root, g)
		changed = true
		if other != nil && x[ffOther] >= c.opts.LinkMerge {
			if err := c.dropFragments(ctx, g); err != nil {
				return err
			}
			if err := c.attachFragment(ctx, other, g); err != nil {
				return err
			}
			if err := c.st.Put(ctx, other, indexKeys(other.Centroid, c.opts.IndexTerms)); err != nil {
				return fmt.Errorf("store story %d: %w", other.ID, err)
			}
			continue
		}
		g.MergedInto = 0
		g.SplitFrom = root.ID
		g.Active = true
		g.Line = LineID(g.ID)
		if err := c.st.Put(ctx, g, indexKeys(g.Centroid, c.opts.IndexTerms)); err != nil {
			return fmt.Errorf("store story %d: %w", g.ID, err)
		}
		c.noteDirty(g.ID)
	}
	if !changed {
		return nil
	}
	if err := c.st.Put(ctx, root, indexKeys(root.Centroid, c.opts.IndexTerms)); err != nil {
		return fmt.Errorf("store story %d: %w", root.ID, err)
	}
	return nil
}

// detachFragment takes open fragment g out of root: root's centroids,
// cohesion, size, members and fragment list lose it. g is not stored.
func (c *Clusterer) detachFragment(root, g *Story) {
	nRest := root.Size - g.Size
	rest := subtract(root.Centroid, g.Centroid)
	restEnt := subtract(root.EntCentroid, g.EntCentroid)
	_, restPairs := c.restLink(g, rest, restEnt, nRest, root)
	root.Centroid, root.EntCentroid, root.Size, root.PairSum = rest, restEnt, nRest, restPairs
	var ms [][]Feature
	var of []StoryID
	for i, m := range root.Members {
		if i < len(root.MemberOf) && root.MemberOf[i] == g.ID {
			continue
		}
		ms = append(ms, m)
		if i < len(root.MemberOf) {
			of = append(of, root.MemberOf[i])
		} else {
			of = append(of, 0)
		}
	}
	root.Members, root.MemberOf = ms, of
	root.Frags = slices.DeleteFunc(root.Frags, func(id StoryID) bool { return id == g.ID })
}
