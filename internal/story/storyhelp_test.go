package story

import (
	"context"
	"testing"
	"time"
)

// testStory stores a new active story of c built from the article vectors
// vs, each published at when (zero: undated).
func testStory(t *testing.T, c *Clusterer, when time.Time, vs ...[]Feature) *Story {
	t.Helper()
	return docStory(t, c, Doc{Published: when}, vs...)
}

// docStory stores a new active story of c built from the article vectors
// vs, each joined as article d (its date and claims).
func docStory(t *testing.T, c *Clusterer, d Doc, vs ...[]Feature) *Story {
	t.Helper()
	ctx := context.Background()
	id, err := c.st.NewStoryID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s := &Story{ID: id, Line: LineID(id), Active: true}
	for _, v := range vs {
		c.join(s, d, v, rawFeatures{})
	}
	if err := c.st.Put(ctx, s, c.indexOf(s)); err != nil {
		t.Fatal(err)
	}
	return s
}

// flushedTogether flushes c and tells whether stories a and b now resolve
// to one story, with the two they resolve to.
func flushedTogether(t *testing.T, c *Clusterer, a, b StoryID) (bool, StoryID, StoryID) {
	t.Helper()
	ctx := context.Background()
	if err := c.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	ra, err := c.Resolve(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	rb, err := c.Resolve(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	return ra == rb, ra, rb
}

// mustMerge is c.shouldMerge(a, b), failing t on an error.
func mustMerge(t *testing.T, c *Clusterer, a, b *Story) bool {
	t.Helper()
	ok, err := c.shouldMerge(context.Background(), a, b)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

// must returns a func that fails t on an error and passes the value on:
// must[bool](t)(c.placeClash(ctx, raw, s)).
func must[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// expectMerged notes stories a and b dirty, flushes c and checks that they
// now resolve to one story or not, as want says.
func expectMerged(t *testing.T, c *Clusterer, a, b *Story, want bool) {
	t.Helper()
	c.noteDirty(a.ID)
	c.noteDirty(b.ID)
	if merged, ra, rb := flushedTogether(t, c, a.ID, b.ID); merged != want {
		t.Errorf("merged %v (%d, %d), want %v", merged, ra, rb, want)
	}
}

// joinScore adds first and then d to a new Clusterer of options o and
// returns d's score against the story it joins; d starting a story fails t.
func joinScore(t *testing.T, o Options, first, d Doc) float64 {
	t.Helper()
	ctx := context.Background()
	c := New(nil, o)
	if _, err := c.Add(ctx, first); err != nil {
		t.Fatal(err)
	}
	a, err := c.Add(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	if a.New {
		t.Fatalf("%s started a story (%s), want a join", d.ID, a.Reason)
	}
	return a.Score
}
