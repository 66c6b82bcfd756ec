package story

import (
	"context"
	"fmt"
	"math"
	"slices"
)

// Deferred absorption. An article that just misses a story starts a story
// of its own. If later articles follow it, it was the first of a new event;
// if none do, it was probably an outlying report of the story it missed.
// So a new one-article story is remembered with the story it missed, and
// Options.AbsorbDelay articles later, if it still holds one article, it is
// merged into the story it fits best then (the one it missed, or one
// that took shape since) when they pass the absorption test (LinkAbsorb).
// At most Options.AbsorbChecks remembered stories are checked per article
// (one candidate retrieval each) and at most absorbQueue are remembered,
// so the cost per article is bounded.

const absorbQueue = 1024

type pendingAbsorb struct {
	s, t StoryID // the new story and the story it missed
	seq  int64   // stream position when s started
}

// notePending remembers new story s that missed story t.
func (c *Clusterer) notePending(s, t StoryID) {
	if c.opts.LinkAbsorb <= 0 || c.opts.CentroidTest {
		return
	}
	if len(c.pending) >= absorbQueue {
		c.pending = append(c.pending[:0], c.pending[1:]...)
	}
	c.pending = append(c.pending, pendingAbsorb{s, t, c.seq})
}

// absorbPending checks the remembered stories that are old enough.
func (c *Clusterer) absorbPending(ctx context.Context) error {
	for k := 0; k < c.opts.AbsorbChecks && len(c.pending) > 0; k++ {
		p := c.pending[0]
		if c.seq-p.seq < c.opts.AbsorbDelay {
			return nil
		}
		c.pending = c.pending[1:]
		s, ok, err := c.st.Story(ctx, p.s)
		if err != nil {
			return err
		}
		if !ok || s.Size != 1 || s.MergedInto != 0 || !s.Active {
			continue
		}
		t, err := c.absorber(ctx, s, p.t)
		if err != nil {
			return err
		}
		if t == nil {
			continue
		}
		surv, gone := t, s
		if s.ID < t.ID {
			surv, gone = s, t
		}
		if err := c.mergeInto(ctx, surv, gone); err != nil {
			return err
		}
		if err := c.st.Put(ctx, surv, indexKeys(surv.Centroid, c.opts.IndexTerms)); err != nil {
			return fmt.Errorf("story: store story %d: %w", surv.ID, err)
		}
	}
	return nil
}

// mergeInto merges story gone into surv: vectors, cohesion, members,
// profiles, size, time span and storyline; gone is retired and stored
// with MergedInto set; surv is not stored.
func (c *Clusterer) mergeInto(ctx context.Context, surv, gone *Story) error {
	c.linkMerge(surv, gone)
	surv.Centroid = addInto(surv.Centroid, gone.Centroid, 1, c.opts.CentroidTerms)
	for i, m := range gone.Members {
		of := gone.ID
		if i < len(gone.MemberOf) && gone.MemberOf[i] != 0 {
			of = gone.MemberOf[i]
		}
		c.addMember(surv, m, of)
	}
	surv.Actors = addInto(surv.Actors, gone.Actors, 1, 64)
	surv.Places = addInto(surv.Places, gone.Places, 1, 32)
	surv.Claims = addInto(surv.Claims, gone.Claims, 1, 64)
	surv.Size += gone.Size
	surv.Seq = max(surv.Seq, gone.Seq)
	if !gone.First.IsZero() && (surv.First.IsZero() || gone.First.Before(surv.First)) {
		surv.First = gone.First
	}
	if gone.Last.After(surv.Last) {
		surv.Last = gone.Last
	}
	if _, err := c.st.Lines().Union(ctx, surv.Line, gone.Line); err != nil {
		return fmt.Errorf("story: merge %d into %d: %w", gone.ID, surv.ID, err)
	}
	if err := c.dropFragments(ctx, gone); err != nil {
		return err
	}
	c.retire(gone)
	gone.MergedInto = surv.ID
	if err := c.st.Put(ctx, gone, nil); err != nil {
		return fmt.Errorf("story: merge %d into %d: %w", gone.ID, surv.ID, err)
	}
	return nil
}

// absorber is the story that one-article story s fits best among the
// stories its vector retrieves now (the story it missed, t, may since have
// been outgrown by a closer one), when that fit passes the absorption test;
// nil when none does.
func (c *Clusterer) absorber(ctx context.Context, s *Story, t StoryID) (*Story, error) {
	cands, err := c.candidates(ctx, s.Centroid)
	if err != nil {
		return nil, err
	}
	if tid, err := c.Resolve(ctx, t); err == nil {
		if ts, ok, err := c.st.Story(ctx, tid); err == nil && ok && !slices.ContainsFunc(cands, func(x *Story) bool { return x.ID == tid }) {
			cands = append(cands, ts)
		}
	}
	var best *Story
	bestScore := 0.0
	for _, o := range cands {
		if o.ID == s.ID || !o.Active || o.MergedInto != 0 || o.Size < c.opts.AbsorbMin {
			continue
		}
		if gap, known := timeGap(s.First, o); known && gap > c.opts.MaxGap {
			continue
		}
		if !c.shouldMerge(o, s) {
			continue
		}
		x := c.crossLink(o, s) / math.Sqrt(c.cohesion(o)*c.cohesion(s))
		if x > bestScore || (x == bestScore && best != nil && o.ID < best.ID) {
			best, bestScore = o, x
		}
	}
	return best, nil
}
