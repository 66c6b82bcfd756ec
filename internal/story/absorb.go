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
// that took shape since) when they pass the absorption test (LinkLate: the
// story has since confirmed its shape, so the bar is lower than for a merge
// on arrival). It joins as an open fragment (fragments.go), not for good:
// if it was the first article of an event whose next articles come late,
// they find it through the story's members and take it back out.
// At most Options.AbsorbChecks remembered stories are checked per article
// (one candidate retrieval each) and at most absorbQueue are remembered,
// so the cost per article is bounded.

const absorbQueue = 1024

type pendingAbsorb struct {
	s, t StoryID // the new story and the story it missed (or split off)
	seq  int64   // stream position when s started (or split off)
	// split is the size of s when it split off from t (fragments.go); 0
	// for a new story that missed t.
	split int
}

// notePending remembers new story s that missed story t.
func (c *Clusterer) notePending(s, t StoryID) {
	if c.opts.LinkAbsorb <= 0 || c.opts.CentroidTest {
		return
	}
	c.queuePending(pendingAbsorb{s, t, c.seq, 0})
}

// noteSplit remembers fragment s of size n that just split off story t:
// if no article follows it within AbsorbDelay articles, it was a handful
// of outlying reports of t (or of another story) rather than a new event,
// and it is checked for absorption like a new story (Options.SplitAbsorb).
func (c *Clusterer) noteSplit(s, t StoryID, n int) {
	if c.opts.SplitAbsorb <= 0 || c.opts.LinkAbsorb <= 0 || c.opts.CentroidTest || n > c.opts.SplitAbsorbMax {
		return
	}
	c.queuePending(pendingAbsorb{s, t, c.seq, n})
}

func (c *Clusterer) queuePending(p pendingAbsorb) {
	if len(c.pending) >= absorbQueue {
		c.pending = append(c.pending[:0], c.pending[1:]...)
	}
	c.pending = append(c.pending, p)
}

// absorbPending checks the remembered stories that are old enough.
func (c *Clusterer) absorbPending(ctx context.Context) error {
	return c.absorbChecks(ctx, c.opts.AbsorbChecks, false)
}

// absorbAll checks every remembered story, old enough or not (the stream
// has ended: no later article will trigger the checks).
func (c *Clusterer) absorbAll(ctx context.Context) error {
	return c.absorbChecks(ctx, len(c.pending), true)
}

// absorbChecks checks at most n remembered stories, the oldest first; all
// of them when they are old enough or when all is set.
func (c *Clusterer) absorbChecks(ctx context.Context, n int, all bool) error {
	for k := 0; k < n && len(c.pending) > 0; k++ {
		p := c.pending[0]
		if !all && c.seq-p.seq < c.opts.AbsorbDelay {
			return nil
		}
		c.pending = c.pending[1:]
		s, ok, err := c.st.Story(ctx, p.s)
		if err != nil {
			return err
		}
		if !ok || s.MergedInto != 0 || !s.Active {
			continue
		}
		if (p.split == 0 && s.Size > c.opts.AbsorbMax) || (p.split > 0 && s.Size != p.split) {
			continue
		}
		t, err := c.absorber(ctx, s, p.t, p.split > 0)
		if err != nil {
			return err
		}
		if t == nil {
			continue
		}
		if !c.opts.AbsorbFinal && c.opts.FragNear > 0 {
			// s becomes an open fragment of t: if it was the first
			// article of an event after all, that event's later
			// articles take it back out (fragments.go).
			if err := c.attachFragment(ctx, t, s); err != nil {
				return err
			}
			if err := c.st.Put(ctx, t, c.indexOf(t)); err != nil {
				return fmt.Errorf("story: store story %d: %w", t.ID, err)
			}
			continue
		}
		surv, gone := t, s
		if s.ID < t.ID {
			surv, gone = s, t
		}
		if err := c.mergeInto(ctx, surv, gone); err != nil {
			return err
		}
		if err := c.st.Put(ctx, surv, c.indexOf(surv)); err != nil {
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
	if len(gone.Events) > 0 {
		surv.Events = addInto(surv.Events, gone.Events, 1, 64)
	}
	c.namedBackMerge(surv, gone)
	surv.Size += gone.Size
	surv.Undated += gone.Undated
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
// nil when none does. A fragment that split off and drew no follower
// (split) may go back to the story it split from at the SplitAbsorb bar.
func (c *Clusterer) absorber(ctx context.Context, s *Story, t StoryID, split bool) (*Story, error) {
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
		f, ok := c.timeFit(o, s)
		if !ok {
			continue
		}
		pf, err := c.placeFit(ctx, o, s)
		if err != nil {
			return nil, fmt.Errorf("story: absorb %d: %w", s.ID, err)
		}
		x := f * pf * c.crossLink(o, s) / math.Sqrt(c.cohesion(o)*c.cohesion(s))
		bar := c.opts.LinkLate
		if o.ID == s.SplitFrom {
			bar = c.opts.LinkRemerge
			if split {
				bar = c.opts.SplitAbsorb
			}
		} else if split {
			bar = max(bar, c.opts.SplitAbsorb)
		}
		if cl := c.crossLink(o, s); cl < c.opts.LinkFloor || x < bar || !c.cohesionFitsMerge(o, s, cl) {
			continue
		}
		if x > bestScore || (x == bestScore && best != nil && o.ID < best.ID) {
			best, bestScore = o, x
		}
	}
	return best, nil
}

// attachFragment merges story g into root as an open fragment (see
// fragments.go): root takes g's vectors, cohesion, members, profiles, size
// and time span; g keeps its own centroid, leaves the active set and is
// stored; root is not stored.
func (c *Clusterer) attachFragment(ctx context.Context, root, g *Story) error {
	c.linkMerge(root, g)
	root.Centroid = addInto(root.Centroid, g.Centroid, 1, c.opts.CentroidTerms)
	for _, m := range g.Members {
		c.addMember(root, m, g.ID)
	}
	root.Actors = addInto(root.Actors, g.Actors, 1, 64)
	root.Places = addInto(root.Places, g.Places, 1, 32)
	root.Claims = addInto(root.Claims, g.Claims, 1, 64)
	if len(g.Events) > 0 {
		root.Events = addInto(root.Events, g.Events, 1, 64)
	}
	root.Size += g.Size
	root.Undated += g.Undated
	root.Seq = max(root.Seq, g.Seq)
	if !g.First.IsZero() && (root.First.IsZero() || g.First.Before(root.First)) {
		root.First = g.First
	}
	if g.Last.After(root.Last) {
		root.Last = g.Last
	}
	if _, err := c.st.Lines().Union(ctx, root.Line, g.Line); err != nil {
		return fmt.Errorf("story: absorb %d into %d: %w", g.ID, root.ID, err)
	}
	g.MergedInto, g.Line, g.Active = root.ID, root.Line, false
	root.Frags = append(root.Frags, g.ID)
	if n := len(root.Frags) - c.opts.FragLimit; n > 0 {
		for _, old := range root.Frags[:n] {
			if err := c.dropFragment(ctx, old); err != nil {
				return err
			}
		}
		root.Frags = slices.Clone(root.Frags[n:])
	}
	if err := c.st.Put(ctx, g, nil); err != nil {
		return fmt.Errorf("story: absorb %d into %d: %w", g.ID, root.ID, err)
	}
	return nil
}
