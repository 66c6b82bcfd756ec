package story

import (
	"context"
	"fmt"
)

// Mutual pairs. At the end of a stream (Flush), two stories of one
// article each that are each other's best match among all the stories
// they retrieve, and whose leads name one venue ("summit in X") that few
// other active stories lead with (places.go sharedVenue),
// merge at Options.PairMutual times the bar two such stories need on
// arrival or in consolidation (LinkPair). Two reports of one event by two
// outlets score lower against each other when a report of another event of
// the same cast came first (the cast's words lose weight, and what is left
// is the event's own detail); that each is the other's nearest story and
// both lead with one venue is evidence no single score holds. On ECB+
// train+dev it never fires (its one-article stories at the end are far
// from everything); among the seeds' 120 orders it joins the two reports of
// one summit in 39 that left them apart (73 -> 112).

// mutualPairs merges the mutual best pairs of one-article stories.
func (c *Clusterer) mutualPairs(ctx context.Context) error {
	if c.opts.PairMutual <= 0 || c.opts.CentroidTest {
		return nil
	}
	ids, _, err := c.activeIDs(ctx)
	if err != nil {
		return fmt.Errorf("story: mutual pairs: %w", err)
	}
	type match struct {
		best  StoryID
		score float64
		size  int
	}
	bestOf := map[StoryID]match{}
	for _, id := range ids {
		s, ok, err := c.st.Story(ctx, id)
		if err != nil {
			return fmt.Errorf("story: mutual pairs: %d: %w", id, err)
		}
		if !ok || !s.Active || s.MergedInto != 0 || s.Size != 1 || len(s.Centroid) == 0 {
			continue
		}
		cands, err := c.candidates(ctx, s.Centroid)
		if err != nil {
			return fmt.Errorf("story: mutual pairs: %d: %w", id, err)
		}
		m := match{}
		for _, o := range cands {
			if o.ID == s.ID || !o.Active || o.MergedInto != 0 {
				continue
			}
			x, _, err := c.mergeScore(ctx, s, o)
			if err != nil {
				return fmt.Errorf("story: mutual pairs: %d: %w", id, err)
			}
			if x > m.score || (x == m.score && m.best != 0 && o.ID < m.best) {
				m = match{o.ID, x, o.Size}
			}
		}
		if m.best != 0 {
			bestOf[id] = m
		}
	}
	bar := c.opts.PairMutual * c.opts.LinkMerge
	for _, id := range ids {
		m, ok := bestOf[id]
		if !ok || m.size != 1 || m.best < id || m.score < bar {
			continue
		}
		if back, ok := bestOf[m.best]; !ok || back.best != id {
			continue
		}
		a, okA, err := c.st.Story(ctx, id)
		if err != nil {
			return fmt.Errorf("story: mutual pairs: %d: %w", id, err)
		}
		b, okB, err := c.st.Story(ctx, m.best)
		if err != nil {
			return fmt.Errorf("story: mutual pairs: %d: %w", m.best, err)
		}
		if !okA || !okB || a.MergedInto != 0 || b.MergedInto != 0 {
			continue
		}
		venue, err := c.sharedVenue(ctx, a, b)
		if err != nil {
			return fmt.Errorf("story: mutual pairs: %d: %w", id, err)
		}
		if !venue {
			continue
		}
		if err := c.mergePair(ctx, a, b); err != nil {
			return fmt.Errorf("story: mutual pairs: %d: %w", id, err)
		}
	}
	return nil
}
