package story

import (
	"context"
	"math"
	"slices"
	"testing"
	"time"
)

// TestConsolidate: stories no article scored together merge at the next
// consolidation when they pass the merge test, and stay apart otherwise.
func TestConsolidate(t *testing.T) {
	ctx := context.Background()
	day := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	bridge, bridge2, bridge3, ferry := linkArticles[0], linkArticles[1], linkArticles[2], linkArticles[3]
	for _, tc := range []struct {
		name       string
		opts       Options
		a, b       [][]Feature
		gapB       time.Duration // publication time of b after a's
		wantMerged bool
		wantOpen   bool // b (the smaller or younger) an open fragment of a
	}{
		{"one event, one article each", Options{}, [][]Feature{bridge}, [][]Feature{bridge3}, 0, true, true},
		{"one event, the larger takes the smaller", Options{}, [][]Feature{bridge, bridge2, bridge3}, [][]Feature{bridge2}, 0, true, true},
		{"one event, three and three: for good", Options{}, [][]Feature{bridge, bridge2, bridge3}, [][]Feature{bridge3, bridge, bridge2}, 0, true, false},
		{"two events", Options{}, [][]Feature{bridge, bridge2}, [][]Feature{ferry}, 0, false, false},
		{"one event, too far apart in time", Options{}, [][]Feature{bridge}, [][]Feature{bridge3}, 30 * 24 * time.Hour, false, false},
		// Past MaxGap a story of two or more articles takes what fits it
		// twice as well as the bar asks, up to GapOverrideMax (60 days).
		{"one event, a follow-up 30 days later", Options{}, [][]Feature{bridge, bridge2, bridge3}, [][]Feature{bridge2}, 30 * 24 * time.Hour, true, true},
		{"one event, a follow-up 90 days later", Options{}, [][]Feature{bridge, bridge2, bridge3}, [][]Feature{bridge2}, 90 * 24 * time.Hour, false, false},
		{"one event, a follow-up 30 days later, override off", Options{GapOverride: -1}, [][]Feature{bridge, bridge2, bridge3}, [][]Feature{bridge2}, 30 * 24 * time.Hour, false, false},
		{"off", Options{ConsolidateEvery: -1, MergeModel: -1}, [][]Feature{bridge}, [][]Feature{bridge3}, 0, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New(nil, tc.opts)
			newStory := func(when time.Time, vs [][]Feature) *Story {
				s := testStory(t, c, when, vs...)
				c.noteDirty(s.ID)
				return s
			}
			a := newStory(day, tc.a)
			b := newStory(day.Add(tc.gapB), tc.b)
			merged, ra, rb := flushedTogether(t, c, a.ID, b.ID)
			if merged != tc.wantMerged {
				t.Fatalf("merged %v (%d, %d), want %v", merged, ra, rb, tc.wantMerged)
			}
			if !tc.wantMerged {
				return
			}
			root, _, err := c.st.Story(ctx, ra)
			if err != nil {
				t.Fatal(err)
			}
			if root.Size != len(tc.a)+len(tc.b) {
				t.Errorf("size %d, want %d", root.Size, len(tc.a)+len(tc.b))
			}
			if open := slices.Contains(root.Frags, b.ID) && b.Centroid != nil; open != tc.wantOpen {
				t.Errorf("open fragment %v, want %v", open, tc.wantOpen)
			}
			if len(c.dirty) != 0 {
				t.Errorf("%d stories left to consolidate", len(c.dirty))
			}
		})
	}
}

// TestConsolidateEvery: the stories that changed are consolidated every
// ConsolidateEvery articles, not before.
func TestConsolidateEvery(t *testing.T) {
	ctx := context.Background()
	c := New(nil, Options{ConsolidateEvery: 4})
	texts := []string{
		"Karvik bridge closed after a crack is found in its main span",
		"Ferry crews in Lunde walk out over pay, stranding island commuters",
		"Orchard growers near Tasso report an early frost across the valley",
	}
	for i, x := range texts {
		if _, err := c.Add(ctx, Doc{ID: string(rune('a' + i)), Title: x, Text: x}); err != nil {
			t.Fatal(err)
		}
	}
	if len(c.dirty) != 3 {
		t.Fatalf("%d stories waiting after 3 articles, want 3", len(c.dirty))
	}
	if _, err := c.Add(ctx, Doc{ID: "d", Title: "Museum in Oster reopens", Text: "The Oster museum reopened on Friday after a long renovation."}); err != nil {
		t.Fatal(err)
	}
	if len(c.dirty) != 1 {
		t.Fatalf("%d stories waiting after the 4th article, want 1 (its own)", len(c.dirty))
	}
}

// TestMergeScorePair: two stories of one article each merge at the bar of
// an article joining a story of one (LinkPair), not at the cohesion prior
// (which would take a cosine of 0.2: 0.2/0.3 >= 0.6).
func TestMergeScorePair(t *testing.T) {
	c := New(nil, Options{EntityMix: -1}) // the link is then the cosine
	mk := func(id StoryID, v []Feature) *Story {
		s := &Story{ID: id, Active: true}
		c.join(s, Doc{}, v, rawFeatures{})
		return s
	}
	for _, tc := range []struct {
		name string
		cos  float64
		want bool
	}{
		{"above LinkPair", 0.3, true},
		{"below LinkPair, above the prior's bar", 0.2, false},
		{"unrelated", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mk(1, unit(tf("x", 1)))
			b := mk(2, unit(tf("x", tc.cos), tf("y", math.Sqrt(1-tc.cos*tc.cos))))
			_, ok, err := c.mergeScore(context.Background(), a, b)
			if err != nil {
				t.Fatal(err)
			}
			if ok != tc.want {
				t.Fatalf("merge %v, want %v", ok, tc.want)
			}
		})
	}
}

// TestNumberClash: two stories of one cast whose articles each name four
// or more numbers (Options.NumberClashMin), none of them the other's, are
// two events: neither consolidation nor the learned merges join them;
// sharing the numbers, or naming fewer, or with the test off, they merge
// as before.
func TestNumberClash(t *testing.T) {
	nf := func(s string) Feature { return Feature{KeyOf('n', s), 1} }
	// One cast (the Karvik bridge), as linkArticles[0..2], with the
	// figures each report gives.
	bridge := func(i int, nums ...string) []Feature {
		base := [][]Feature{
			{tf("bridge", 3), tf("close", 2), tf("karvik", 2), ef("karvik", 1), ef("ana berg", 1)},
			{tf("bridge", 2), tf("crack", 1), tf("karvik", 3), ef("karvik", 2)},
			{tf("bridge", 1), tf("close", 1), tf("repair", 2), ef("ana berg", 1), ef("karvik", 1)},
		}[i]
		v := append([]Feature(nil), base...)
		for _, n := range nums {
			v = append(v, nf(n))
		}
		return unit(v...)
	}
	closure := []string{"14", "320", "9", "40"} // a 14-metre crack, 320 tonnes, 9 days, 40 buses
	reopening := []string{"61", "2500", "48", "7"}
	for _, tc := range []struct {
		name       string
		opts       Options
		a, b       [][]Feature
		wantMerged bool
	}{
		{"consolidation: same figures", Options{MergeModel: -1}, [][]Feature{bridge(0, closure...)}, [][]Feature{bridge(2, closure...)}, true},
		{"consolidation: other figures", Options{MergeModel: -1}, [][]Feature{bridge(0, closure...)}, [][]Feature{bridge(2, reopening...)}, false},
		{"consolidation: other figures, test off", Options{MergeModel: -1, NumberClash: -1}, [][]Feature{bridge(0, closure...)}, [][]Feature{bridge(2, reopening...)}, true},
		{"consolidation: three figures each", Options{MergeModel: -1}, [][]Feature{bridge(0, closure[:3]...)}, [][]Feature{bridge(2, reopening[:3]...)}, true},
		{"consolidation: three figures each, at least 3", Options{MergeModel: -1, NumberClashMin: 3}, [][]Feature{bridge(0, closure[:3]...)}, [][]Feature{bridge(2, reopening[:3]...)}, false},
		{"learned: same figures", Options{ConsolidateEvery: -1},
			[][]Feature{bridge(0, closure...), bridge(1, closure...), bridge(2, closure...), bridge(0, closure...)}, [][]Feature{bridge(1, closure...)}, true},
		{"learned: other figures", Options{ConsolidateEvery: -1},
			[][]Feature{bridge(0, closure...), bridge(1, closure...), bridge(2, closure...), bridge(0, closure...)}, [][]Feature{bridge(1, reopening...)}, false},
		{"learned: other figures, test off", Options{ConsolidateEvery: -1, NumberClash: -1},
			[][]Feature{bridge(0, closure...), bridge(1, closure...), bridge(2, closure...), bridge(0, closure...)}, [][]Feature{bridge(1, reopening...)}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New(nil, tc.opts)
			a := testStory(t, c, time.Time{}, tc.a...)
			b := testStory(t, c, time.Time{}, tc.b...)
			expectMerged(t, c, a, b, tc.wantMerged)
		})
	}
}

// TestNumberClashJoin: an arriving article whose four or more numbers
// are none of a story's scores lower against it (NumberClashJoin); one
// that gives the story's figures scores as before.
func TestNumberClashJoin(t *testing.T) {
	first := Doc{ID: "a", Title: "Karvik bridge closed after crack found", Text: "The Karvik bridge was closed on Monday after inspectors found a crack 14 metres long in its main span. Engineer Ana Berg said 320 tonnes of steel would be replaced over 19 days. The Karvik council said 16 ferries would carry commuters while the bridge is closed."}
	same := Doc{ID: "b", Title: "Karvik bridge shut over crack in span", Text: "Inspectors closed the Karvik bridge after finding a 14 metre crack in the main span. Ana Berg, the engineer, said 320 tonnes of steel must be replaced, work that will take 19 days. Commuters will cross on 16 ferries while the bridge is closed."}
	other := Doc{ID: "c", Title: "Karvik bridge closed after crack found", Text: "The Karvik bridge was closed on Monday after inspectors found a crack 61 metres long in its main span. Engineer Ana Berg said 2500 tonnes of steel would be replaced over 48 days. The Karvik council said 27 ferries would carry commuters while the bridge is closed."}
	score := func(o Options, d Doc) float64 { return joinScore(t, o, first, d) }
	off := Options{NumberClashJoin: -1}
	if on, o := score(Options{}, same), score(off, same); math.Abs(on-o) > 1e-9 {
		t.Errorf("same figures: score %.4f, %.4f with the test off; want equal", on, o)
	}
	on, o := score(Options{}, other), score(off, other)
	if want := o * 0.9; math.Abs(on-want) > 1e-9 {
		t.Errorf("other figures: score %.4f, want %.4f (0.9 x %.4f, the score with the test off)", on, want, o)
	}
}
