package story

import (
	"context"
	"fmt"
	"math"
	"slices"
)

// Splitting. When a subject's two events arrive interleaved, a young story
// may take the first articles of both: each fits the mix as well as the
// mix fits itself. Fragments (fragments.go) cannot take such an event back
// out when its articles joined the story directly. So while a story is
// young (at most Options.SplitSize articles) it keeps every member vector,
// and each article that joins it directly is given an ID of its own, an
// atom: a retired story record merged into the story, so that it can be
// pointed elsewhere later without touching the assignment made on arrival.
// At checkpoints the story's members are cut in two by average link (the
// articles of one atom, fragment or merged story stay together; those
// carrying the story's own ID stay with it); when the two groups are much
// closer within than across (Options.SplitBar, relative to their
// cohesions, as for merges) the group without the story's own articles
// becomes a new story: its atoms, fragments and merged stories are pointed
// to it and both centroids are rebuilt from the members.

// young reports whether s keeps every member vector and gives its direct
// joins atoms.
func (c *Clusterer) young(s *Story) bool {
	return c.opts.SplitSize > 0 && !c.opts.CentroidTest && c.opts.FragNear > 0 && s.Size <= c.opts.SplitSize
}

// memberCap is how many member vectors s keeps.
func (c *Clusterer) memberCap(s *Story) int {
	if c.young(s) {
		return max(c.opts.Members, c.opts.SplitSize)
	}
	return c.opts.Members
}

// newAtom gives an article that joins young story s directly an ID of its
// own, merged into s, and marks s's newest member as held by it.
func (c *Clusterer) newAtom(ctx context.Context, d Doc, s *Story) (StoryID, error) {
	id, err := c.st.NewStoryID(ctx)
	if err != nil {
		return 0, fmt.Errorf("story: add %q: %w", d.ID, err)
	}
	a := &Story{ID: id, Size: 1, Line: s.Line, MergedInto: s.ID, Seq: c.seq}
	if err := c.st.Put(ctx, a, nil); err != nil {
		return 0, fmt.Errorf("story: add %q: atom %d: %w", d.ID, id, err)
	}
	if n := len(s.MemberOf); n > 0 && n == len(s.Members) {
		s.MemberOf[n-1] = id
	}
	return id, nil
}

// splitCheck cuts young story s in two when its members form two groups;
// it returns the new story, or nil.
func (c *Clusterer) splitCheck(ctx context.Context, s *Story, notes *[]string) (*Story, error) {
	n := len(s.Members)
	if c.opts.SplitSize <= 0 || n != s.Size || n < 2*c.opts.SplitMin || n > c.opts.SplitSize || len(s.MemberOf) != n {
		return nil, nil
	}
	if c.opts.SplitEvery > 1 && n%c.opts.SplitEvery != 0 {
		return nil, nil
	}
	lv := make([]linkVecs, n)
	for i, m := range s.Members {
		lv[i] = newLinkVecs(m)
	}
	sv := lv
	if c.opts.SplitShared > 0 {
		// Only the features two members or more share: a feature of one
		// article cannot tie it to another, but it lowers all its cosines.
		cnt := map[Key]int{}
		for _, m := range s.Members {
			for _, f := range m {
				cnt[f.Key]++
			}
		}
		sv = make([]linkVecs, n)
		for i, m := range s.Members {
			var v []Feature
			for _, f := range m {
				if cnt[f.Key] >= c.opts.SplitShared {
					v = append(v, f)
				}
			}
			normalise(v)
			sv[i] = newLinkVecs(v)
		}
	}
	sim := make([]float64, n*n)
	for i := range n {
		for j := i + 1; j < n; j++ {
			x := c.mix(dot(sv[i].all, sv[j].all), dot(sv[i].ent, sv[j].ent))
			sim[i*n+j], sim[j*n+i] = x, x
		}
	}
	// Units: the members of one holder go together; the story's own
	// (holder 0) first.
	var units [][]int
	at := map[StoryID]int{}
	for i, h := range s.MemberOf {
		u, ok := at[h]
		if !ok {
			u = len(units)
			at[h] = u
			units = append(units, nil)
		}
		units[u] = append(units[u], i)
	}
	own, hasOwn := at[0]
	if !hasOwn {
		own = at[s.MemberOf[0]]
	}
	sumBetween := func(a, b []int) float64 {
		var t float64
		for _, i := range a {
			for _, j := range b {
				t += sim[i*n+j]
			}
		}
		return t
	}
	// Average link down to two groups; the group holding the story's own
	// articles stays first (index own).
	groups := make([][]int, len(units))
	copy(groups, units)
	ownG := own
	for len(groups) > 2 {
		bi, bj, bs := -1, -1, math.Inf(-1)
		for i := range groups {
			for j := i + 1; j < len(groups); j++ {
				x := sumBetween(groups[i], groups[j]) / float64(len(groups[i])*len(groups[j]))
				if x > bs {
					bi, bj, bs = i, j, x
				}
			}
		}
		groups[bi] = append(groups[bi], groups[bj]...)
		groups = slices.Delete(groups, bj, bj+1)
		switch {
		case ownG == bj:
			ownG = bi
		case ownG > bj:
			ownG--
		}
	}
	if len(groups) < 2 {
		return nil, nil
	}
	a, b := groups[ownG], groups[1-ownG]
	if c.opts.SplitRefine > 0 {
		a, b = c.refine(units, own, a, b, sim, n)
	}
	if len(a) < c.opts.SplitMin || len(b) < c.opts.SplitMin {
		return nil, nil
	}
	within := func(g []int) float64 {
		return sumBetween(g, g) / 2 // each pair twice, the diagonal 0
	}
	pa, pb := within(a), within(b)
	x := sumBetween(a, b) / float64(len(a)*len(b))
	r := x / math.Sqrt(c.cohesionOf(pa, len(a))*c.cohesionOf(pb, len(b)))
	if r >= c.opts.SplitBar {
		return nil, nil
	}
	slices.Sort(a)
	slices.Sort(b)
	id, err := c.st.NewStoryID(ctx)
	if err != nil {
		return nil, fmt.Errorf("story: split %d: %w", s.ID, err)
	}
	ns := &Story{ID: id, Line: LineID(id), Active: true, SplitFrom: s.ID, Seq: c.seq,
		First: s.First, Last: s.Last,
		Actors: slices.Clone(s.Actors), Places: slices.Clone(s.Places), Claims: slices.Clone(s.Claims)}
	moved := map[StoryID]bool{}
	for _, i := range b {
		moved[s.MemberOf[i]] = true
	}
	for _, h := range sortedIDs(moved) {
		if h == 0 || h == s.ID {
			continue
		}
		g, ok, err := c.st.Story(ctx, h)
		if err != nil {
			return nil, fmt.Errorf("story: split %d: %w", s.ID, err)
		}
		if !ok {
			continue
		}
		g.MergedInto, g.Line = ns.ID, ns.Line
		if err := c.st.Put(ctx, g, nil); err != nil {
			return nil, fmt.Errorf("story: split %d: %w", s.ID, err)
		}
		if slices.Contains(s.Frags, h) {
			ns.Frags = append(ns.Frags, h)
		}
	}
	s.Frags = slices.DeleteFunc(s.Frags, func(h StoryID) bool { return moved[h] })
	c.rebuild(s, a, lv, pa)
	c.rebuild(ns, b, lv, pb)
	ns.Members, ns.MemberOf = pick(s.Members, b), pickIDs(s.MemberOf, b)
	s.Members, s.MemberOf = pick(s.Members, a), pickIDs(s.MemberOf, a)
	*notes = append(*notes, fmt.Sprintf("story %d split: %d articles to new story %d (link ratio %.2f < %.2f)", s.ID, len(b), ns.ID, r, c.opts.SplitBar))
	if err := c.st.Put(ctx, ns, indexKeys(ns.Centroid, c.opts.IndexTerms)); err != nil {
		return nil, fmt.Errorf("story: store story %d: %w", ns.ID, err)
	}
	return ns, nil
}

// rebuild sets s's centroids, size and pair sum from the members idx.
func (c *Clusterer) rebuild(s *Story, idx []int, lv []linkVecs, pairs float64) {
	s.Centroid, s.EntCentroid = nil, nil
	for _, i := range idx {
		s.Centroid = addInto(s.Centroid, lv[i].all, 1, c.opts.CentroidTerms)
		if len(lv[i].ent) > 0 {
			s.EntCentroid = addInto(s.EntCentroid, lv[i].ent, 1, c.opts.CentroidTerms/4)
		}
	}
	s.Size, s.PairSum = len(idx), pairs
}

func pick(ms [][]Feature, idx []int) [][]Feature {
	out := make([][]Feature, len(idx))
	for k, i := range idx {
		out[k] = ms[i]
	}
	return out
}

func pickIDs(ids []StoryID, idx []int) []StoryID {
	out := make([]StoryID, len(idx))
	for k, i := range idx {
		out[k] = ids[i]
	}
	return out
}

func sortedIDs(m map[StoryID]bool) []StoryID {
	out := make([]StoryID, 0, len(m))
	for id := range m {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// refine moves units between the two groups to the group they are closer
// to on average (the story's own unit stays in a), a few rounds.
func (c *Clusterer) refine(units [][]int, own int, a, b []int, sim []float64, n int) ([]int, []int) {
	inA := make([]bool, n)
	for _, i := range a {
		inA[i] = true
	}
	for round := 0; round < c.opts.SplitRefine; round++ {
		changed := false
		for u, mem := range units {
			if u == own {
				continue
			}
			var sa, sb float64
			var na, nb int
			for _, i := range mem {
				for j := 0; j < n; j++ {
					if slices.Contains(mem, j) {
						continue
					}
					if inA[j] {
						sa += sim[i*n+j]
						na++
					} else {
						sb += sim[i*n+j]
						nb++
					}
				}
			}
			if na == 0 || nb == 0 {
				continue
			}
			toA := sa/float64(na) > sb/float64(nb)
			if toA != inA[mem[0]] {
				for _, i := range mem {
					inA[i] = toA
				}
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	a, b = a[:0:0], b[:0:0]
	for i := range n {
		if inA[i] {
			a = append(a, i)
		} else {
			b = append(b, i)
		}
	}
	return a, b
}
