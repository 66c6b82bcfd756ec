package story

import (
	"context"
	"math"
	"slices"
	"testing"
)

func vec(kv ...float64) []Feature {
	var v []Feature
	for i := 0; i+1 < len(kv); i += 2 {
		v = append(v, Feature{Key(kv[i]), kv[i+1]})
	}
	return v
}

func TestSubtract(t *testing.T) {
	for _, tc := range []struct {
		name    string
		a, b    []Feature
		want    []Feature
		wantLen int
	}{
		{"disjoint", vec(1, 1, 3, 2), vec(2, 5), vec(1, 1, 3, 2), 2},
		{"partial", vec(1, 1, 2, 3, 3, 2), vec(2, 1), vec(1, 1, 2, 2, 3, 2), 3},
		{"to zero drops", vec(1, 1, 2, 3), vec(1, 1), vec(2, 3), 1},
		{"below zero drops", vec(1, 1), vec(1, 2), nil, 0},
		{"empty b", vec(1, 1), nil, vec(1, 1), 1},
		{"empty a", nil, vec(1, 1), nil, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := subtract(tc.a, tc.b)
			if len(got) != tc.wantLen {
				t.Fatalf("subtract = %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i].Key != tc.want[i].Key || math.Abs(got[i].W-tc.want[i].W) > 1e-12 {
					t.Fatalf("subtract = %v, want %v", got, tc.want)
				}
			}
		})
	}
}

func TestLinkRatio(t *testing.T) {
	// A fragment of two identical unit vectors (within-cosine 1).
	frag := &Story{Size: 2, Centroid: vec(1, 2)}
	for _, tc := range []struct {
		name  string
		rest  []Feature
		nRest int
		want  float64
	}{
		{"same direction", vec(1, 3), 3, 1},
		{"orthogonal", vec(2, 3), 3, 0},
		{"half", vec(1, 1.5, 2, 1.5), 3, 0.5},
		{"no rest", nil, 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := linkRatio(frag, tc.rest, tc.nRest); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("linkRatio = %v, want %v", got, tc.want)
			}
		})
	}
	if got := linkRatio(&Story{Size: 1, Centroid: vec(1, 1)}, vec(1, 1), 1); got != 1 {
		t.Errorf("single-article fragment: linkRatio = %v, want 1 (cannot tell)", got)
	}
}

func TestAddMemberBound(t *testing.T) {
	c := New(nil, Options{Members: 3})
	s := &Story{ID: 1}
	for i := 1; i <= 5; i++ {
		c.addMember(s, vec(float64(i), 1), StoryID(10+i))
	}
	if len(s.Members) != 3 || len(s.MemberOf) != 3 {
		t.Fatalf("members %d, memberOf %d, want 3 and 3", len(s.Members), len(s.MemberOf))
	}
	for i, want := range []StoryID{13, 14, 15} {
		if s.MemberOf[i] != want || s.Members[i][0].Key != Key(want-10) {
			t.Errorf("member %d: of %d key %d, want of %d key %d", i, s.MemberOf[i], s.Members[i][0].Key, want, want-10)
		}
	}
}

// TestFragmentResolves checks that an article put in a fragment resolves to
// the story the fragment is merged into, and that a split-off fragment
// resolves to itself.
func TestFragmentResolves(t *testing.T) {
	ctx := context.Background()
	c := New(nil, Options{DetachMin: 2, SplitRest: 1})
	root := &Story{ID: 1, Line: 1, Active: true}
	id, err := c.st.NewStoryID(ctx)
	if err != nil || id != 1 {
		t.Fatalf("NewStoryID = %d, %v", id, err)
	}
	d := Doc{ID: "x", Title: "Karvik bridge", Text: "The Karvik bridge closed."}
	v := vec(1, 1)
	c.join(root, d, v, rawFeatures{})
	var notes []string
	f, err := c.newFragment(ctx, d, vec(2, 1), rawFeatures{}, root, &notes)
	if err != nil {
		t.Fatal(err)
	}
	c.join(root, d, vec(2, 1), rawFeatures{})
	a, err := c.finishFragment(ctx, Assignment{Doc: "y"}, root, f, notes)
	if err != nil {
		t.Fatal(err)
	}
	if a.Story != f.ID {
		t.Fatalf("assigned %d, want fragment %d", a.Story, f.ID)
	}
	if got, _ := c.Resolve(ctx, a.Story); got != root.ID {
		t.Errorf("fragment resolves to %d, want %d", got, root.ID)
	}
	if !slices.Contains(root.Frags, f.ID) {
		t.Errorf("root fragments %v lack %d", root.Frags, f.ID)
	}
	// A second article unlike the root makes the fragment split off.
	c.join(f, d, vec(2, 1), rawFeatures{})
	c.join(root, d, vec(2, 1), rawFeatures{})
	a, err = c.finishFragment(ctx, Assignment{Doc: "z"}, root, f, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := c.Resolve(ctx, f.ID); got != f.ID {
		t.Errorf("split-off fragment resolves to %d, want itself (%d); reason %q", got, f.ID, a.Reason)
	}
	if root.Size != 1 || slices.Contains(root.Frags, f.ID) {
		t.Errorf("root size %d, fragments %v after the split; want 1 and none", root.Size, root.Frags)
	}
}
