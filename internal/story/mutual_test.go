package story

import (
	"context"
	"math"
	"testing"
	"time"
)

// TestMutualPairs: at Flush, two one-article stories that are each other's
// best match and lead with one venue merge a little below the pair bar;
// without the venue, with a third story nearer to one of them, when more
// than Options.VenueStories active stories lead with the venue (the news of
// one capital), or with the rule off, they stay apart.
func TestMutualPairs(t *testing.T) {
	venue := []Feature{{KeyOf('p', "vellmar"), 1}}
	other := []Feature{{KeyOf('p', "ostrava"), 1}}
	// Cosine 0.53 between a and b: their pair score (entity mix 0.5, no
	// entities) is 0.5*0.53/0.28*0.6 = 0.57, under the pair bar of 0.6 and
	// over 0.9 of it.
	a := vec(1, 1)
	b := vec(1, 0.53, 2, math.Sqrt(1-0.53*0.53))
	// c is nearer to b (cosine 0.6 through gamma) than a is.
	g := 0.6 / math.Sqrt(1-0.53*0.53)
	c3 := vec(2, g, 3, math.Sqrt(1-g*g))
	for _, tc := range []struct {
		name       string
		opts       Options
		pa, pb     []Feature
		third      bool
		common     int // unrelated stories leading with venue too
		wantJoined bool
	}{
		{"mutual, one venue", Options{}, venue, venue, false, 0, true},
		{"mutual, venues differ", Options{}, venue, other, false, 0, false},
		{"mutual, no venues", Options{}, nil, nil, false, 0, false},
		{"b nearer to a third story", Options{}, venue, venue, true, 0, false},
		{"venue of one more story", Options{}, venue, venue, false, 1, true},
		{"venue of two more stories", Options{}, venue, venue, false, 2, false},
		{"venue of two more stories, any venue counts", Options{VenueStories: -1}, venue, venue, false, 2, true},
		{"off", Options{PairMutual: -1}, venue, venue, false, 0, false},
		{"full pair bar (0.57 x 1.05 for the venue < 0.6)", Options{PairMutual: 1}, venue, venue, false, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.opts
			o.MergeModel = -1
			c := New(NewMemState(MemOptions{}), o)
			sa := testStory(t, c, time.Time{}, a)
			sb := testStory(t, c, time.Time{}, b)
			sa.Places, sb.Places = tc.pa, tc.pb
			for _, s := range []*Story{sa, sb} {
				if err := c.st.Put(context.Background(), s, c.indexOf(s)); err != nil {
					t.Fatal(err)
				}
			}
			if tc.third {
				testStory(t, c, time.Time{}, c3)
			}
			for i := range tc.common {
				// Far from a and b: a feature of their own.
				u := testStory(t, c, time.Time{}, vec(float64(10+i), 1))
				u.Places = venue
				if err := c.st.Put(context.Background(), u, c.indexOf(u)); err != nil {
					t.Fatal(err)
				}
			}
			if got, ra, rb := flushedTogether(t, c, sa.ID, sb.ID); got != tc.wantJoined {
				t.Errorf("a and b in one story: %v (%d, %d), want %v", got, ra, rb, tc.wantJoined)
			}
		})
	}
}
