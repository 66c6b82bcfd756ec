package story

import (
	"context"
	"slices"
	"testing"
	"time"
)

// TestFragMerge: a merge shown by an article makes the smaller story an
// open fragment of the larger when it holds at most FragMerge articles,
// and merges for good otherwise.
func TestFragMerge(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name      string
		fragMerge int
		small     int  // articles of the smaller story
		joinSmall bool // the article joined the smaller story
		wantOpen  bool
	}{
		{"one article: an open fragment", 2, 1, false, true},
		{"two articles: an open fragment", 2, 2, false, true},
		{"three articles: merged for good", 2, 3, false, false},
		{"off: merged for good", -1, 1, false, false},
		{"the article's own story becomes the fragment", 2, 1, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New(nil, Options{FragMerge: tc.fragMerge})
			newStory := func(vs ...[]Feature) *Story { return testStory(t, c, time.Time{}, vs...) }
			big := newStory(linkArticles[0], linkArticles[1], linkArticles[2], linkArticles[0])
			var vs [][]Feature
			for len(vs) < tc.small {
				vs = append(vs, linkArticles[1])
			}
			small := newStory(vs...)
			joined, other := big, small
			if tc.joinSmall {
				joined, other = small, big
			}
			a, err := c.finish(ctx, Assignment{Doc: "x"}, joined, []*Story{other}, nil, false)
			if err != nil {
				t.Fatal(err)
			}
			got, err := c.Resolve(ctx, small.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got != big.ID {
				t.Fatalf("small story resolves to %d, want %d", got, big.ID)
			}
			if big.Size != 4+tc.small {
				t.Errorf("size %d after the merge, want %d", big.Size, 4+tc.small)
			}
			open := slices.Contains(big.Frags, small.ID) && small.Centroid != nil
			if open != tc.wantOpen {
				t.Errorf("open fragment %v, want %v (frags %v)", open, tc.wantOpen, big.Frags)
			}
			wantStory := big.ID
			if tc.joinSmall && tc.wantOpen {
				wantStory = small.ID // the article moves with its fragment
			}
			if a.Story != wantStory {
				t.Errorf("article assigned to %d, want %d", a.Story, wantStory)
			}
			if !slices.Contains(a.Merged, small.ID) {
				t.Errorf("merged %v, want %d listed", a.Merged, small.ID)
			}
		})
	}
}
