package story

import (
	"context"
	"slices"
	"testing"
)

// TestRehome builds a bridge story holding a one-article ferry fragment and
// a ferry story: the fragment moves to the ferry story, and the bridge
// story keeps only its own articles.
func TestRehome(t *testing.T) {
	ctx := context.Background()
	c := New(nil, Options{})
	newID := func() StoryID {
		id, err := c.st.NewStoryID(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	bridge := &Story{ID: newID(), Active: true}
	bridge.Line = LineID(bridge.ID)
	for _, v := range linkArticles[:3] {
		c.join(bridge, Doc{}, v, rawFeatures{})
	}
	ferryArticle := unit(tf("ferry", 3), tf("strike", 2), tf("lunde", 1), ef("lunde", 1))
	var notes []string
	frag, err := c.newFragment(ctx, Doc{ID: "f1"}, ferryArticle, rawFeatures{}, bridge, &notes)
	if err != nil {
		t.Fatal(err)
	}
	c.join(bridge, Doc{}, ferryArticle, rawFeatures{})
	bridge.MemberOf[len(bridge.MemberOf)-1] = frag.ID
	if err := c.st.Put(ctx, frag, nil); err != nil {
		t.Fatal(err)
	}
	ferry := &Story{ID: newID(), Active: true}
	ferry.Line = LineID(ferry.ID)
	for _, v := range [][]Feature{linkArticles[3], unit(tf("ferry", 2), tf("strike", 3), tf("lunde", 2), ef("lunde", 1))} {
		c.join(ferry, Doc{}, v, rawFeatures{})
	}
	before := bridge.Size
	// The two stories were one storyline (a link the ferry fragment made).
	if _, err := c.st.Lines().Union(ctx, bridge.Line, ferry.Line); err != nil {
		t.Fatal(err)
	}
	if err := c.rehome(ctx, ferry, []scored{{bridge, 0}, {ferry, 0}}, &notes); err != nil {
		t.Fatal(err)
	}
	if sameLine(t, c, bridge, ferry) {
		t.Errorf("the bridge story stays in the ferry story's storyline after its ferry fragment left (notes %q)", notes)
	}
	if frag.MergedInto != ferry.ID {
		t.Fatalf("fragment merged into %d, want the ferry story %d; notes %q", frag.MergedInto, ferry.ID, notes)
	}
	if got, _ := c.Resolve(ctx, frag.ID); got != ferry.ID {
		t.Errorf("fragment resolves to %d, want %d", got, ferry.ID)
	}
	if bridge.Size != before-1 || ferry.Size != 3 {
		t.Errorf("sizes: bridge %d (want %d), ferry %d (want 3)", bridge.Size, before-1, ferry.Size)
	}
	if slices.Contains(bridge.Frags, frag.ID) || !slices.Contains(ferry.Frags, frag.ID) {
		t.Errorf("fragments: bridge %v, ferry %v", bridge.Frags, ferry.Frags)
	}
	if slices.Contains(bridge.MemberOf, frag.ID) {
		t.Errorf("bridge members still hold the fragment: %v", bridge.MemberOf)
	}
	// A bridge fragment stays where it is: the bridge story fits it.
	bridgeArticle := unit(tf("bridge", 2), tf("karvik", 2), tf("close", 1), ef("karvik", 1))
	keep, err := c.newFragment(ctx, Doc{ID: "b4"}, bridgeArticle, rawFeatures{}, bridge, &notes)
	if err != nil {
		t.Fatal(err)
	}
	c.join(bridge, Doc{}, bridgeArticle, rawFeatures{})
	if err := c.st.Put(ctx, keep, nil); err != nil {
		t.Fatal(err)
	}
	if err := c.rehome(ctx, ferry, []scored{{bridge, 0}}, &notes); err != nil {
		t.Fatal(err)
	}
	if keep.MergedInto != bridge.ID || !slices.Contains(bridge.Frags, keep.ID) {
		t.Errorf("a bridge fragment moved: merged into %d, bridge fragments %v", keep.MergedInto, bridge.Frags)
	}
}

// TestRelineAfterMove: a story whose fragments moved to a story of its
// storyline stays there when it still passes the link test against it on
// its own cast, and leaves when only the topic test joined them and it has
// grown past it (lineRecheckSize).
func TestRelineAfterMove(t *testing.T) {
	same := termVec("harbour", "strike", "dockers", "wages", "union", "port")
	for _, tt := range []struct {
		name   string
		actors []Feature
		want   bool
	}{
		{"same cast", []Feature{{1, 1}, {2, 1}, {3, 1}, {4, 1}}, true},
		{"topic only", []Feature{{1, 1}, {2, 1}, {5, 1}, {6, 1}, {7, 1}}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := New(nil, Options{})
			s := &Story{ID: 1, Line: 1, Size: 1, Active: true, Centroid: same,
				Actors: []Feature{{1, 1}, {2, 1}, {3, 1}, {4, 1}}}
			r := &Story{ID: 2, Line: 2, Size: 1, Active: true, Centroid: same, Actors: tt.actors}
			var notes []string
			linkAndPut(t, c, &notes, s, r)
			if !sameLine(t, c, r, s) {
				t.Fatalf("not linked while small (notes %q)", notes)
			}
			r.Size = lineRecheckSize
			for i := range r.Actors {
				r.Actors[i].W = float64(lineRecheckSize)
			}
			if err := c.relineAfterMove(context.Background(), r, s, &notes); err != nil {
				t.Fatal(err)
			}
			if got := sameLine(t, c, r, s); got != tt.want {
				t.Errorf("one storyline after the move = %v, want %v (notes %q)", got, tt.want, notes)
			}
		})
	}
}
