package story

import (
	"context"
	"testing"
)

// TestLinkTopic: two stories sharing two of their actors (actor cosine
// about 0.38, under LineThreshold) join one storyline when their centroids
// show one subject, and only then: not when the subjects differ, not when
// the older story is retired (no centroid), not with the topic test off.
func TestLinkTopic(t *testing.T) {
	same := []Feature{{101, 2}, {102, 1}, {103, 1}}
	other := []Feature{{201, 2}, {202, 1}, {203, 1}}
	tests := []struct {
		name    string
		sCen    []Feature
		retired bool
		topic   float64
		want    bool
	}{
		{"one subject", same, false, 0, true},
		{"two subjects", other, false, 0, false},
		{"older retired", same, true, 0, false},
		{"topic test off", same, false, -1, false},
		{"bar above the mean", same, false, 0.75, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			c := New(nil, Options{LineTopicThreshold: tt.topic})
			o := &Story{ID: 1, Line: 1, Size: 1, Active: !tt.retired,
				Actors: []Feature{{1, 1}, {2, 1}, {3, 1}, {4, 1}}}
			if !tt.retired {
				o.Centroid = same
			}
			s := &Story{ID: 2, Line: 2, Size: 1, Active: true, Centroid: tt.sCen,
				Actors: []Feature{{1, 1}, {2, 1}, {5, 1}, {6, 1}, {7, 1}}}
			var notes []string
			for _, x := range []*Story{o, s} {
				if err := c.link(ctx, x, &notes); err != nil {
					t.Fatal(err)
				}
				if err := c.st.Put(ctx, x, nil); err != nil {
					t.Fatal(err)
				}
			}
			lo := must[LineID](t)(c.st.Lines().Find(ctx, o.Line))
			ls := must[LineID](t)(c.st.Lines().Find(ctx, s.Line))
			if got := lo == ls; got != tt.want {
				t.Errorf("linked = %v, want %v (notes %q)", got, tt.want, notes)
			}
			if score := actorCosine(s, o, map[Key]float64{}); score >= c.opts.LineThreshold {
				t.Fatalf("actor cosine %.2f reaches LineThreshold: the case does not test the topic", score)
			}
		})
	}
}
