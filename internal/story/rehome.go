package story

import (
	"context"
	"fmt"
	"math"
	"slices"
)

// Re-homing. A story's open fragments (fragments.go) are the articles that
// joined it without fitting it well. When another story turns out to fit
// such a fragment better than the rest of its story does (the second event
// of a subject took shape after the fragment's first article had joined
// the first), the fragment moves there. Only the open fragments of the
// stories an article was scored against are looked at, at most
// Options.FragLimit each, so the cost per article stays bounded.

// rehome moves into s the open fragments of the stories in near that fit s
// better than the rest of their own story (by average link relative to
// cohesion) and well enough to merge.
func (c *Clusterer) rehome(ctx context.Context, s *Story, near []scored, notes *[]string) error {
	if c.opts.CentroidTest || c.opts.FragNear <= 0 {
		return nil
	}
	for _, o := range near {
		if o.s == s || len(o.s.Frags) == 0 || o.s.MergedInto != 0 {
			continue
		}
		if err := c.rehomeFrom(ctx, o.s, s, notes); err != nil {
			return err
		}
	}
	return nil
}

// restLink is the link of fragment f to the rest of its root (nRest
// articles, centroids rest and restEnt) relative to the cohesions of both,
// and the rest's pair sum.
func (c *Clusterer) restLink(f *Story, rest, restEnt []Feature, nRest int, root *Story) (r, restPairs float64) {
	n := float64(f.Size) * float64(nRest)
	x := c.mix(dot(f.Centroid, rest)/n, dot(f.EntCentroid, restEnt)/n)
	restPairs = max(root.PairSum-f.PairSum-x*n, 0)
	w := c.cohesionOf(restPairs, nRest)
	return x / math.Sqrt(c.cohesion(f)*w), restPairs
}

// restLinkOf is restLink with rest and restEnt the centroids of root minus
// f's, computed without building them (the same sums in the same order).
func (c *Clusterer) restLinkOf(f *Story, nRest int, root *Story) (r, restPairs float64) {
	n := float64(f.Size) * float64(nRest)
	x := c.mix(dotRest(f.Centroid, root.Centroid)/n, dotRest(f.EntCentroid, root.EntCentroid)/n)
	restPairs = max(root.PairSum-f.PairSum-x*n, 0)
	w := c.cohesionOf(restPairs, nRest)
	return x / math.Sqrt(c.cohesion(f)*w), restPairs
}

// dotRest is dot(f, subtract(r, f)) without building the difference.
func dotRest(f, r []Feature) float64 {
	var d float64
	j := 0
	for _, x := range r {
		for j < len(f) && f[j].Key < x.Key {
			j++
		}
		if j < len(f) && f[j].Key == x.Key {
			if w := x.W - f[j].W; w > 1e-9 {
				d += f[j].W * w
			}
		}
	}
	return d
}

// rehomeFrom moves the open fragments of r that fit s better into s.
func (c *Clusterer) rehomeFrom(ctx context.Context, r, s *Story, notes *[]string) error {
	kept := make([]StoryID, 0, len(r.Frags))
	moved := false
	for _, id := range r.Frags {
		g, ok, err := c.st.Story(ctx, id)
		if err != nil {
			return fmt.Errorf("story: fragment %d: %w", id, err)
		}
		if !ok || g.MergedInto != r.ID || len(g.Centroid) == 0 || g.Size >= r.Size {
			kept = append(kept, id)
			continue
		}
		// The link to s first: most fragments fail it, and the link to
		// the rest of r (which needs r minus g) is then not needed.
		x := c.crossLink(g, s)
		f, ok := c.timeFit(g, s)
		pf, err := c.placeFit(ctx, g, s)
		if err != nil {
			return fmt.Errorf("story: fragment %d: %w", id, err)
		}
		f *= pf
		toS := f * x / math.Sqrt(c.cohesion(g)*c.cohesion(s))
		if !ok || x < c.opts.LinkFloor || toS < c.opts.LinkMerge {
			kept = append(kept, id)
			continue
		}
		nRest := r.Size - g.Size
		toRest, restPairs := c.restLinkOf(g, nRest, r)
		if toS <= toRest {
			kept = append(kept, id)
			continue
		}
		rest := subtract(r.Centroid, g.Centroid)
		restEnt := subtract(r.EntCentroid, g.EntCentroid)
		r.Centroid, r.EntCentroid, r.Size, r.PairSum = rest, restEnt, nRest, restPairs
		r.Undated = max(r.Undated-g.Undated, 0)
		var ms [][]Feature
		var of []StoryID
		for i, m := range r.Members {
			if i < len(r.MemberOf) && r.MemberOf[i] == g.ID {
				continue
			}
			ms = append(ms, m)
			if i < len(r.MemberOf) {
				of = append(of, r.MemberOf[i])
			} else {
				of = append(of, 0)
			}
		}
		r.Members, r.MemberOf = ms, of
		c.linkMerge(s, g)
		s.Centroid = addInto(s.Centroid, g.Centroid, 1, c.opts.CentroidTerms)
		s.Size += g.Size
		s.Undated += g.Undated
		if !g.First.IsZero() && (s.First.IsZero() || g.First.Before(s.First)) {
			s.First = g.First
		}
		if g.Last.After(s.Last) {
			s.Last = g.Last
		}
		for _, m := range g.Members {
			c.addMember(s, m, g.ID)
		}
		g.MergedInto, g.Line = s.ID, s.Line
		s.Frags = append(s.Frags, g.ID)
		if n := len(s.Frags) - c.opts.FragLimit; n > 0 {
			for _, old := range s.Frags[:n] {
				if err := c.dropFragment(ctx, old); err != nil {
					return err
				}
			}
			s.Frags = slices.Clone(s.Frags[n:])
		}
		if err := c.st.Put(ctx, g, nil); err != nil {
			return fmt.Errorf("story: fragment %d: %w", g.ID, err)
		}
		*notes = append(*notes, fmt.Sprintf("fragment %d moved from story %d (%.2f) to %d (%.2f)", g.ID, r.ID, toRest, s.ID, toS))
		moved = true
	}
	if !moved {
		return nil
	}
	r.Frags = kept
	if err := c.relineAfterMove(ctx, r, s, notes); err != nil {
		return err
	}
	if err := c.st.Put(ctx, r, c.indexOf(r)); err != nil {
		return fmt.Errorf("story: store story %d: %w", r.ID, err)
	}
	return nil
}

// relineAfterMove re-checks r's storyline once fragments of r moved into
// s: the fragments' own links stay with s, and r stays in s's storyline
// only if r itself still passes the link test against s (from
// lineRecheckSize articles on actors or a claim, not the topic test, as at
// link's re-check). When r and s share a storyline and r no longer passes
// (a story naming no actor never does), r leaves it for the line of its
// own id, as a story does at the re-check in link; it links afresh when
// its size next reaches a power of two.
func (c *Clusterer) relineAfterMove(ctx context.Context, r, s *Story, notes *[]string) error {
	lines := c.st.Lines()
	rl, err := lines.Find(ctx, r.Line)
	if err != nil {
		return fmt.Errorf("story: storyline of %d: %w", r.ID, err)
	}
	sl, err := lines.Find(ctx, s.Line)
	if err != nil {
		return fmt.Errorf("story: storyline of %d: %w", s.ID, err)
	}
	if rl != sl {
		return nil
	}
	top := heaviest(r.Actors, linkActors)
	idf := make(map[Key]float64, len(top))
	for _, k := range top {
		ids, err := lines.ActorLookup(ctx, k, actorPostings)
		if err != nil {
			return fmt.Errorf("story: storyline of %d: %w", r.ID, err)
		}
		idf[k] = math.Log(1 + float64(actorPostings)/float64(len(ids)+1))
	}
	terms := c.topicTerms(r)
	termHits, err := termPostings(ctx, lines, r.ID, terms)
	if err != nil {
		return fmt.Errorf("story: storyline of %d: %w", r.ID, err)
	}
	if d := c.linkTest(r, s, idf, terms, termHits); d.ok && (!d.byTopic || r.Size < lineRecheckSize) {
		return nil
	}
	if err := lines.Detach(ctx, LineID(r.ID)); err != nil {
		return fmt.Errorf("story: storyline of %d: %w", r.ID, err)
	}
	r.Line = LineID(r.ID)
	*notes = append(*notes, fmt.Sprintf("storyline of story %d re-checked after its fragments moved to story %d: the link no longer holds; left it", r.ID, s.ID))
	return nil
}
