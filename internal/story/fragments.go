package story

import (
	"context"
	"fmt"
	"math"
	"slices"
)

// Fragments make a join reversible. An article that joins a story goes
// where its nearest member is (Options.FragNear): to the story itself or to
// one of its fragments. When no member is near enough it starts a fragment:
// a story of its own, merged into the story (MergedInto) but keeping its own
// centroid. Once a fragment holds Options.DetachMin articles and its
// articles are much closer to each other than to the rest of the story
// (Options.DetachBar), it splits off as a story of its own. So the first
// article of a new event of a familiar subject (the same cast, another
// fight) may land in the old story, and the articles after it take it back
// out. Articles are assigned to their fragment's ID, so resolving IDs
// through MergedInto gives the stories as they are now without moving any
// article.

// fragment returns the fragment of root the article (stored vector v,
// scoring vector q) joins or starts; nil when it joins root directly.
func (c *Clusterer) fragment(ctx context.Context, d Doc, v, q []Feature, raw rawFeatures, root *Story, notes *[]string) (*Story, error) {
	if c.opts.FragNear <= 0 || len(root.Members) == 0 {
		return nil, nil
	}
	bi, bs := -1, 0.0
	for i, m := range root.Members {
		if s := cosine(q, m); s > bs {
			bi, bs = i, s
		}
	}
	if bi < 0 || bs < c.opts.FragNear {
		return c.newFragment(ctx, d, v, raw, root, notes)
	}
	of := StoryID(0)
	if bi < len(root.MemberOf) {
		of = root.MemberOf[bi]
	}
	if of == 0 || of == root.ID || !slices.Contains(root.Frags, of) {
		return nil, nil
	}
	f, ok, err := c.st.Story(ctx, of)
	if err != nil {
		return nil, fmt.Errorf("story: add %q: fragment %d: %w", d.ID, of, err)
	}
	if !ok || f.MergedInto != root.ID {
		return nil, nil
	}
	c.join(f, d, v, raw)
	*notes = append(*notes, fmt.Sprintf("into fragment %d (nearest member %.2f)", f.ID, bs))
	return f, nil
}

// newFragment starts a fragment of root holding the article.
func (c *Clusterer) newFragment(ctx context.Context, d Doc, v []Feature, raw rawFeatures, root *Story, notes *[]string) (*Story, error) {
	id, err := c.st.NewStoryID(ctx)
	if err != nil {
		return nil, fmt.Errorf("story: add %q: %w", d.ID, err)
	}
	f := &Story{ID: id, Line: root.Line, MergedInto: root.ID}
	c.join(f, d, v, raw)
	root.Frags = append(root.Frags, id)
	if n := len(root.Frags) - c.opts.FragLimit; n > 0 {
		// The oldest fragments stay merged for good.
		for _, old := range root.Frags[:n] {
			if err := c.dropFragment(ctx, old); err != nil {
				return nil, err
			}
		}
		root.Frags = append(root.Frags[:0:0], root.Frags[n:]...)
	}
	*notes = append(*notes, fmt.Sprintf("new fragment %d", id))
	return f, nil
}

// addMember appends member vector v, held by fragment of (0: s itself),
// keeping the Options.Members most recent.
func (c *Clusterer) addMember(s *Story, v []Feature, of StoryID) {
	for len(s.MemberOf) < len(s.Members) {
		s.MemberOf = append(s.MemberOf, 0)
	}
	s.Members = append(s.Members, v)
	s.MemberOf = append(s.MemberOf, of)
	if n := len(s.Members) - c.opts.Members; n > 0 {
		s.Members = append(s.Members[:0:0], s.Members[n:]...)
		s.MemberOf = append(s.MemberOf[:0:0], s.MemberOf[n:]...)
	}
}

// finishFragment stores an article's fragment and its root (which has
// taken the article too), splitting the fragment off when it stands apart
// from the rest of the root.
func (c *Clusterer) finishFragment(ctx context.Context, a Assignment, root, frag *Story, notes []string) (Assignment, error) {
	if n := len(root.MemberOf); n > 0 && n == len(root.Members) {
		root.MemberOf[n-1] = frag.ID
	}
	rest := subtract(root.Centroid, frag.Centroid)
	if frag.Size >= c.opts.DetachMin && len(rest) > 0 {
		r, bar := linkRatio(frag, rest, root.Size-frag.Size), c.opts.DetachBar
		restEnt := subtract(root.EntCentroid, frag.EntCentroid)
		restPairs := 0.0
		if !c.opts.CentroidTest {
			var ok bool
			r, restPairs, ok = c.splitScore(frag, rest, restEnt, root.Size-frag.Size, root)
			if !ok {
				r = math.Inf(1)
			}
			bar = c.opts.LinkSplit
		}
		if r < bar {
			root.Centroid = rest
			root.EntCentroid = restEnt
			root.PairSum = restPairs
			root.Size -= frag.Size
			root.Undated = max(root.Undated-frag.Undated, 0)
			root.Frags = slices.DeleteFunc(root.Frags, func(id StoryID) bool { return id == frag.ID })
			var ms [][]Feature
			var of []StoryID
			for i, m := range root.Members {
				if i < len(root.MemberOf) && root.MemberOf[i] == frag.ID {
					continue
				}
				ms = append(ms, m)
				of = append(of, root.MemberOf[i])
			}
			root.Members, root.MemberOf = ms, of
			frag.MergedInto = 0
			frag.SplitFrom = root.ID
			frag.Active = true
			frag.Line = LineID(frag.ID)
			if err := c.st.Put(ctx, root, c.indexOf(root)); err != nil {
				return a, fmt.Errorf("story: store story %d: %w", root.ID, err)
			}
			notes = append(notes, fmt.Sprintf("fragment %d split off story %d (link ratio %.2f < %.2f)", frag.ID, root.ID, r, bar))
			c.noteSplit(frag.ID, root.ID, frag.Size)
			if err := c.rehome(ctx, frag, []scored{{root, 0}}, &notes); err != nil {
				return a, err
			}
			return c.finish(ctx, a, frag, nil, notes, false)
		}
	}
	if err := c.st.Put(ctx, frag, nil); err != nil {
		return a, fmt.Errorf("story: store fragment %d: %w", frag.ID, err)
	}
	a, err := c.finish(ctx, a, root, nil, notes, false)
	if err != nil {
		return a, err
	}
	a.Story = frag.ID
	return a, nil
}

// dropFragment makes a fragment's merge final, dropping its vectors.
func (c *Clusterer) dropFragment(ctx context.Context, id StoryID) error {
	f, ok, err := c.st.Story(ctx, id)
	if err != nil {
		return fmt.Errorf("story: fragment %d: %w", id, err)
	}
	if !ok || f.Centroid == nil {
		return nil
	}
	f.Centroid, f.EntCentroid, f.Members, f.MemberOf = nil, nil, nil, nil
	if err := c.st.Put(ctx, f, nil); err != nil {
		return fmt.Errorf("story: fragment %d: %w", id, err)
	}
	return nil
}

// dropFragments makes the merges of all of s's fragments final.
func (c *Clusterer) dropFragments(ctx context.Context, s *Story) error {
	for _, id := range s.Frags {
		if err := c.dropFragment(ctx, id); err != nil {
			return err
		}
	}
	s.Frags = nil
	return nil
}

// subtract returns a - b over the key-sorted vectors, without the features
// left at (about) zero or below.
func subtract(a, b []Feature) []Feature {
	out := make([]Feature, 0, len(a))
	j := 0
	for _, f := range a {
		for j < len(b) && b[j].Key < f.Key {
			j++
		}
		if j < len(b) && b[j].Key == f.Key {
			f.W -= b[j].W
		}
		if f.W > 1e-9 {
			out = append(out, f)
		}
	}
	return out
}

// linkRatio is the mean cosine between the fragment's articles and the
// rest's (nRest articles, centroid rest) over the mean cosine between the
// fragment's own articles. Centroids sum unit vectors, so both come from
// dot products and norms. 1 when either side is too small to tell.
func linkRatio(frag *Story, rest []Feature, nRest int) float64 {
	nF := float64(frag.Size)
	if nRest < 1 || nF < 2 {
		return 1
	}
	var dot float64
	i, j := 0, 0
	for i < len(frag.Centroid) && j < len(rest) {
		switch {
		case frag.Centroid[i].Key == rest[j].Key:
			dot += frag.Centroid[i].W * rest[j].W
			i++
			j++
		case frag.Centroid[i].Key < rest[j].Key:
			i++
		default:
			j++
		}
	}
	cross := dot / (nF * float64(nRest))
	nf := norm(frag.Centroid)
	within := (nf*nf - nF) / (nF * (nF - 1))
	if within <= 0 {
		return 1
	}
	return cross / within
}
