package story

import (
	"context"
	"slices"
	"testing"
	"time"
)

func TestAbsorbPending(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name        string
		lonerSize   int
		wait        int64
		missedFerry bool // the story it missed is another; the bridge story is found again
		final       bool // Options.AbsorbFinal
		wantMerged  bool
		flush       bool // the stream ends (Flush) instead
	}{
		{"absorbed after the delay", 1, 20, false, false, true, false},
		{"absorbed for good", 1, 20, false, true, true, false},
		{"not before the delay", 1, 5, false, false, false, false},
		{"two close articles: a story of its own", 2, 20, false, false, false, false},
		{"followed twice: a story of its own", 3, 20, false, false, false, false},
		{"by the story it fits now", 1, 20, true, false, true, false},
		{"at the stream's end, before the delay", 1, 5, false, false, true, true},
		{"at the stream's end, followed twice", 3, 5, false, false, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New(nil, Options{AbsorbDelay: 20, AbsorbFinal: tc.final, MergeModel: -1}) // absorption alone
			put := func(s *Story) {
				if err := c.st.Put(ctx, s, c.indexOf(s)); err != nil {
					t.Fatal(err)
				}
			}
			newStory := func(vs ...[]Feature) *Story {
				id, err := c.st.NewStoryID(ctx)
				if err != nil {
					t.Fatal(err)
				}
				s := &Story{ID: id, Line: LineID(id), Active: true}
				for _, v := range vs {
					c.join(s, Doc{}, v, rawFeatures{})
				}
				put(s)
				return s
			}
			bridge := newStory(linkArticles[0], linkArticles[1], linkArticles[2],
				unit(tf("bridge", 3), tf("karvik", 2), ef("karvik", 1), ef("ana berg", 1)))
			lonerVec := unit(tf("bridge", 1), tf("karvik", 1), tf("toll", 2.8), tf("fee", 2.8), ef("karvik", 1), ef("toll office", 2.8))
			vs := [][]Feature{lonerVec}
			for len(vs) < tc.lonerSize {
				vs = append(vs, lonerVec)
			}
			loner := newStory(vs...)
			missed := bridge.ID
			if tc.missedFerry {
				missed = newStory(linkArticles[3], linkArticles[3], linkArticles[3], linkArticles[3]).ID
			}
			c.notePending(loner.ID, missed)
			c.seq += tc.wait
			absorb := c.absorbPending
			if tc.flush {
				absorb = c.Flush
			}
			if err := absorb(ctx); err != nil {
				t.Fatal(err)
			}
			got, err := c.Resolve(ctx, loner.ID)
			if err != nil {
				t.Fatal(err)
			}
			if merged := got == bridge.ID; merged != tc.wantMerged {
				t.Errorf("loner resolves to %d (bridge %d): merged %v, want %v", got, bridge.ID, merged, tc.wantMerged)
			}
			if !tc.wantMerged {
				return
			}
			if bridge.Size != 5 {
				t.Errorf("bridge size %d after absorbing, want 5", bridge.Size)
			}
			// By default the loner stays an open fragment (its centroid
			// kept), so that its event's later articles can take it out.
			open := slices.Contains(bridge.Frags, loner.ID) && loner.Centroid != nil && loner.MergedInto == bridge.ID
			if open == tc.final {
				t.Errorf("loner an open fragment of the bridge story: %v, want %v (frags %v)", open, !tc.final, bridge.Frags)
			}
		})
	}
}

func TestSplitAbsorb(t *testing.T) {
	ctx := context.Background()
	// Two reports of the bridge closure that split off the bridge story:
	// when no third follows them, they go back.
	off := [][]Feature{
		unit(tf("bridge", 2), tf("karvik", 2), tf("toll", 2), ef("karvik", 1), ef("toll office", 1)),
		unit(tf("bridge", 2), tf("karvik", 1), tf("toll", 2), tf("close", 1), ef("karvik", 1), ef("toll office", 1)),
	}
	for _, tc := range []struct {
		name       string
		opts       Options
		wait       int64
		follower   bool // a third article joined after the split
		wantMerged bool
	}{
		{"back after the delay", Options{}, 20, false, true},
		{"not before the delay", Options{}, 5, false, false},
		{"followed: an event of its own", Options{}, 20, true, false},
		{"off", Options{SplitAbsorb: -1}, 20, false, false},
		{"too large to check", Options{SplitAbsorbMax: 1}, 20, false, false},
		{"bar too high", Options{SplitAbsorb: 5}, 20, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.opts.AbsorbDelay = 20
			c := New(nil, tc.opts)
			newStory := func(vs ...[]Feature) *Story { return testStory(t, c, time.Time{}, vs...) }
			bridge := newStory(linkArticles[0], linkArticles[1], linkArticles[2], linkArticles[0], linkArticles[1])
			frag := newStory(off...)
			frag.SplitFrom = bridge.ID
			c.noteSplit(frag.ID, bridge.ID, frag.Size)
			if tc.follower {
				c.join(frag, Doc{}, off[0], rawFeatures{})
			}
			c.seq += tc.wait
			if err := c.absorbPending(ctx); err != nil {
				t.Fatal(err)
			}
			got, err := c.Resolve(ctx, frag.ID)
			if err != nil {
				t.Fatal(err)
			}
			if merged := got == bridge.ID; merged != tc.wantMerged {
				t.Errorf("split-off resolves to %d (bridge %d): merged %v, want %v", got, bridge.ID, merged, tc.wantMerged)
			}
			if tc.wantMerged && (!slices.Contains(bridge.Frags, frag.ID) || frag.Centroid == nil) {
				t.Errorf("split-off not an open fragment of the bridge story (frags %v)", bridge.Frags)
			}
		})
	}
}
