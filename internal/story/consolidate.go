package story

import (
	"context"
	"fmt"
	"math"
	"slices"
)

// Consolidation. Decisions on arrival see only the stories an article
// retrieves, so two young stories of one event that no later article
// scored together stay apart. Every Options.ConsolidateEvery articles, the
// stories that started or whose size reached 2, 4 or 8 since the last
// consolidation (at most consolidateMax of them) are looked up again
// through the index by their own centroids, and each merges with the
// candidate it fits best when the two pass the merge test (LinkMerge
// relative to their cohesions; two one-article stories need LinkPair, as
// an article joining a story of one does). As on arrival, the smaller
// becomes an open fragment of the larger when it holds at most
// Options.FragMerge articles, so the step is reversible. The work is at
// most four candidate retrievals per story, amortised over the articles.
// Flush does what the end of a stream leaves undone: the pending
// absorption checks (absorb.go) and a last consolidation.

const (
	consolidateMax = 4096 // stories waiting, at most
	// consolidateSize is the largest size at which a story is looked up
	// again: merges of older stories are left to the articles.
	consolidateSize = 8
)

// noteDirty records that story id changed.
func (c *Clusterer) noteDirty(id StoryID) {
	if c.opts.ConsolidateEvery <= 0 || c.opts.CentroidTest || len(c.dirty) >= consolidateMax {
		return
	}
	c.dirty = append(c.dirty, id)
}

// consolidate merges the changed stories with the candidates they fit.
func (c *Clusterer) consolidate(ctx context.Context) error {
	if len(c.dirty) == 0 {
		return nil
	}
	ids := c.dirty
	c.dirty = nil
	slices.SortFunc(ids, cmpStory)
	ids = slices.Compact(ids)
	for _, id := range ids {
		s, ok, err := c.st.Story(ctx, id)
		if err != nil {
			return fmt.Errorf("story: consolidate %d: %w", id, err)
		}
		if !ok || !s.Active || s.MergedInto != 0 || len(s.Centroid) == 0 {
			continue
		}
		cands, err := c.candidates(ctx, s.Centroid)
		if err != nil {
			return fmt.Errorf("story: consolidate %d: %w", id, err)
		}
		var best *Story
		bestScore := 0.0
		for _, o := range cands {
			if o.ID == s.ID {
				continue
			}
			x, ok, err := c.mergeScore(ctx, s, o)
			if err != nil {
				return fmt.Errorf("story: consolidate %d: %w", id, err)
			}
			if !ok {
				continue
			}
			if x > bestScore || (x == bestScore && best != nil && o.ID < best.ID) {
				best, bestScore = o, x
			}
		}
		if best == nil || c.numberClash(s, best) || c.claimClash(s, best) || c.eventClash(s, best) {
			continue
		}
		if c.opts.consolSeen != nil {
			c.opts.consolSeen(s, best, bestScore)
		}
		if err := c.mergePair(ctx, s, best); err != nil {
			return fmt.Errorf("story: consolidate %d: %w", id, err)
		}
	}
	return nil
}

// numberClash reports whether stories a and b each name at least
// Options.NumberClashMin numbers and the numbers of the two have a cosine
// below Options.NumberClash: the figures of one event (a toll, a sum, a
// score, an age) recur in its reports, and two events of one cast
// (a carmaker's loss and its bankruptcy months later, two quakes on one
// island) name others. The merges no article asked for, consolidation's
// and the learned ones, leave such a pair apart; the pair's best match is
// refused, not replaced by the next best.
func (c *Clusterer) numberClash(a, b *Story) bool {
	return c.numbersClash(kindRange(a.Centroid, 'n'), kindRange(b.Centroid, 'n'))
}

// numbersClash is numberClash's test on two sides' number features (an
// article's own, on arrival: Options.NumberClashJoin).
func (c *Clusterer) numbersClash(na, nb []Feature) bool {
	if c.opts.NumberClash <= 0 || len(na) < c.opts.NumberClashMin || len(nb) < c.opts.NumberClashMin {
		return false
	}
	return cosine(na, nb) < c.opts.NumberClash
}

// claimClash reports whether stories a and b each carry at least
// Options.ClaimClashMin distinct claim keys and their claims have a
// cosine below Options.ClaimClash: reports of one event repeat its
// claims (who said or denied what), two events of one cast make others.
// On by default (Options.ClaimClash 0.05, at least 2 keys each); a
// negative Options.ClaimClash turns it off.
func (c *Clusterer) claimClash(a, b *Story) bool {
	return c.claimsClash(a.Claims, b.Claims)
}

// claimsClash is claimClash's test on two sides' claim features (an
// article's own, on arrival: Options.ClaimClashJoin).
func (c *Clusterer) claimsClash(ca, cb []Feature) bool {
	if c.opts.ClaimClash <= 0 || len(ca) < c.opts.ClaimClashMin || len(cb) < c.opts.ClaimClashMin {
		return false
	}
	return cosine(ca, cb) < c.opts.ClaimClash
}

// mergeScore is the link of stories a and b relative to their cohesions
// (as shouldMerge tests it; for two stories of one article, relative to
// LinkPair as an article joining a story of one) and whether it passes the
// merge bar (LinkRemerge for a story and the one it split off from).
func (c *Clusterer) mergeScore(ctx context.Context, a, b *Story) (float64, bool, error) {
	x := c.crossLink(a, b)
	if x < c.opts.LinkFloor || !c.cohesionFitsMerge(a, b, x) {
		return 0, false, nil
	}
	f, ok := c.timeFit(a, b)
	if !ok {
		return 0, false, nil
	}
	bar := c.opts.LinkMerge
	if a.SplitFrom == b.ID || b.SplitFrom == a.ID {
		bar = max(bar, c.opts.LinkRemerge)
	}
	pf, err := c.placeFit(ctx, a, b)
	if err != nil {
		return 0, false, err
	}
	f *= pf
	r := f * x / math.Sqrt(c.cohesion(a)*c.cohesion(b))
	if a.Size == 1 && b.Size == 1 && c.opts.LinkPair > 0 {
		r = f * x / c.opts.LinkPair * c.opts.LinkJoin
	}
	return r, r >= bar, nil
}

// mergePair merges stories a and b as finish does an article's merges: the
// smaller as an open fragment of the larger when it is young
// (Options.FragMerge), else for good into the older. The survivor is
// stored.
func (c *Clusterer) mergePair(ctx context.Context, a, b *Story) error {
	var surv *Story
	if c.fragMerge(a, b) {
		root, g := a, b
		if b.Size > a.Size || (b.Size == a.Size && b.ID < a.ID) {
			root, g = b, a
		}
		if err := c.dropFragments(ctx, g); err != nil {
			return err
		}
		if err := c.attachFragment(ctx, root, g); err != nil {
			return err
		}
		surv = root
	} else {
		gone := b
		surv = a
		if b.ID < a.ID {
			surv, gone = b, a
		}
		if err := c.mergeInto(ctx, surv, gone); err != nil {
			return err
		}
	}
	if err := c.st.Put(ctx, surv, c.indexOf(surv)); err != nil {
		return fmt.Errorf("store story %d: %w", surv.ID, err)
	}
	return nil
}

// Flush does what the end of a stream leaves undone: the pending
// absorption checks (absorb.go) that later articles would have triggered,
// and a last consolidation. Call it after the last article, before reading
// the final assignments (Resolve); adding articles afterwards is fine.
func (c *Clusterer) Flush(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("story: flush: %w", err)
	}
	if err := c.loadScratch(ctx); err != nil {
		return fmt.Errorf("story: flush: %w", err)
	}
	if err := c.absorbAll(ctx); err != nil {
		return fmt.Errorf("story: flush: %w", err)
	}
	if err := c.consolidate(ctx); err != nil {
		return fmt.Errorf("story: flush: %w", err)
	}
	if err := c.mutualPairs(ctx); err != nil {
		return fmt.Errorf("story: flush: %w", err)
	}
	if err := c.learnedMerges(ctx); err != nil {
		return fmt.Errorf("story: flush: %w", err)
	}
	if err := c.saveScratch(ctx); err != nil {
		return fmt.Errorf("story: flush: %w", err)
	}
	return nil
}
