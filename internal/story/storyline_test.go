package story

import (
	"context"
	"testing"
)

// TestLinkTopic: two stories sharing two of their actors (actor cosine
// about 0.38, under LineThreshold) join one storyline when their centroids
// show one subject, or, the older one retired, when it was posted under
// the newer one's topic terms; and only then: not when the subjects
// differ, not when a retired story was never posted under them, not with
// the topic test off.
func TestLinkTopic(t *testing.T) {
	same := termVec("harbour", "strike", "dockers")
	other := termVec("orchard", "frost", "harvest")
	tests := []struct {
		name    string
		sCen    []Feature
		retired bool
		posted  bool // the older story's terms were posted before it retired
		topic   float64
		want    bool
	}{
		{"one subject", same, false, false, 0, true},
		{"two subjects", other, false, false, 0, false},
		{"older retired, posted", same, true, true, 0, true},
		{"older retired, posted, two subjects", other, true, true, 0, false},
		{"older retired, never posted", same, true, false, 0, false},
		{"topic test off", same, false, false, -1, false},
		{"bar above the mean", same, false, false, 0.75, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			c := New(nil, Options{LineTopicThreshold: tt.topic})
			o := &Story{ID: 1, Line: 1, Size: 1, Active: !tt.retired,
				Actors: []Feature{{1, 1}, {2, 1}, {3, 1}, {4, 1}}}
			if !tt.retired || tt.posted {
				o.Centroid = same
			}
			s := &Story{ID: 2, Line: 2, Size: 1, Active: true, Centroid: tt.sCen,
				Actors: []Feature{{1, 1}, {2, 1}, {5, 1}, {6, 1}, {7, 1}}}
			var notes []string
			for _, x := range []*Story{o, s} {
				if err := c.link(ctx, x, &notes); err != nil {
					t.Fatal(err)
				}
				if x == o && tt.retired {
					c.retire(o)
				}
				if err := c.st.Put(ctx, x, nil); err != nil {
					t.Fatal(err)
				}
			}
			if got := sameLine(t, c, o, s); got != tt.want {
				t.Errorf("linked = %v, want %v (notes %q)", got, tt.want, notes)
			}
			if score := actorCosine(s, o, map[Key]float64{}); score >= c.opts.LineThreshold {
				t.Fatalf("actor cosine %.2f reaches LineThreshold: the case does not test the topic", score)
			}
		})
	}
}

// TestLinkTermsShared: two stories with one cast (actor cosine 1, over
// LineThreshold) join one storyline on actors alone only when the older
// one is posted under linkTermsShared of the newer one's topic terms; with
// no topic terms (the topic test off) actors suffice, as before.
func TestLinkTermsShared(t *testing.T) {
	older := termVec("senate", "hearing", "nominee", "judge", "vote", "committee")
	tests := []struct {
		name  string
		sCen  []Feature
		topic float64
		want  bool
	}{
		{"three terms shared", termVec("senate", "hearing", "nominee", "orchard", "frost", "harvest"), 0, true},
		{"two terms shared", termVec("senate", "hearing", "orchard", "frost", "harvest", "tractor"), 0, false},
		{"no term shared", termVec("orchard", "frost", "harvest", "tractor", "barn", "cider"), 0, false},
		{"topic test off", termVec("orchard", "frost", "harvest", "tractor", "barn", "cider"), -1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(nil, Options{LineTopicThreshold: tt.topic})
			cast := []Feature{{1, 1}, {2, 1}, {3, 1}}
			o := &Story{ID: 1, Line: 1, Size: 1, Active: true, Actors: cast, Centroid: older}
			s := &Story{ID: 2, Line: 2, Size: 1, Active: true, Actors: cast, Centroid: tt.sCen}
			var notes []string
			linkAndPut(t, c, &notes, o, s)
			if score := actorCosine(s, o, map[Key]float64{}); score < c.opts.LineThreshold {
				t.Fatalf("actor cosine %.2f under LineThreshold: the case does not test actors alone", score)
			}
			if got := sameLine(t, c, o, s); got != tt.want {
				t.Errorf("linked = %v, want %v (notes %q)", got, tt.want, notes)
			}
		})
	}
}

// linkAndPut links each story in turn (Clusterer.link, its notes added to
// notes) and stores it.
func linkAndPut(t *testing.T, c *Clusterer, notes *[]string, stories ...*Story) {
	t.Helper()
	ctx := context.Background()
	for _, x := range stories {
		if err := c.link(ctx, x, notes); err != nil {
			t.Fatal(err)
		}
		if err := c.st.Put(ctx, x, nil); err != nil {
			t.Fatal(err)
		}
	}
}

// sameLine reports whether stories a and b are in one storyline.
func sameLine(t *testing.T, c *Clusterer, a, b *Story) bool {
	t.Helper()
	ctx := context.Background()
	return must[LineID](t)(c.st.Lines().Find(ctx, a.Line)) == must[LineID](t)(c.st.Lines().Find(ctx, b.Line))
}

// termVec is a vector of topic terms, the first the heaviest.
func termVec(words ...string) []Feature {
	v := make([]Feature, len(words))
	for i, w := range words {
		v[i] = Feature{KeyOf('t', w), float64(len(words) - i)}
	}
	sortByKey(v)
	return v
}
