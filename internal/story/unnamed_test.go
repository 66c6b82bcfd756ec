package story

import (
	"context"
	"math"
	"testing"
	"time"
)

// TestVenueUnnamed: a story whose venue two of its articles lead with,
// against a side that leads with no venue and never names it, scores
// unnamedVenue*PlaceClash lower, only when one side is dated and the other
// is not.
func TestVenueUnnamed(t *testing.T) {
	day := time.Date(2031, 5, 14, 0, 0, 0, 0, time.UTC)
	plain := "Premier Ada Varn said her country stood ready for negotiations on the river dispute, in an interview with a news agency."
	naming := "Premier Ada Varn said her country stood ready for negotiations, ahead of the bloc's meeting. The leaders travel to Orsk for the summit next month."
	for _, tc := range []struct {
		name      string
		opts      Options
		text      string
		published time.Time // the article's; the story is undated
		storySize int
		orskCount float64 // articles of the story leading with Orsk
		unnamed   bool    // articleVenueUnnamed and venueUnnamed
		fit       float64 // placeFit of the article as a story and the story
	}{
		{"dated, never names the venue", Options{}, plain, day, 2, 2, true, 0.95},
		{"undated, never names the venue", Options{}, plain, time.Time{}, 2, 2, true, 1},
		{"dated, names the venue", Options{}, naming, day, 2, 2, false, 1},
		{"venue of one article only", Options{}, plain, day, 2, 1, false, 1},
		{"story of one article", Options{}, plain, day, 1, 1, false, 1},
		{"place clash off", Options{PlaceClash: -1}, plain, day, 2, 2, true, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			c := New(NewMemState(MemOptions{}), tc.opts)
			raw := c.extract(Doc{ID: "a", Title: "Varn ready for talks", Text: tc.text, Published: tc.published})
			if len(raw.places) != 0 {
				t.Fatalf("article venues %v, want none", raw.places)
			}
			e, p := feats([]string{"orsk", "ada varn"}, map[string]float64{"orsk": tc.orskCount})
			s := &Story{ID: 1, Size: tc.storySize, Centroid: e, Places: p}
			if got := must[bool](t)(c.articleVenueUnnamed(ctx, &raw, s)); got != tc.unnamed {
				t.Errorf("articleVenueUnnamed = %v, want %v", got, tc.unnamed)
			}
			a := &Story{ID: 2, Size: 1, Centroid: c.weigh(raw, ones(len(raw.keys)), 1), First: tc.published, Last: tc.published}
			for _, pair := range [][2]*Story{{a, s}, {s, a}} {
				if got := must[bool](t)(c.venueUnnamed(ctx, pair[0], pair[1])); got != tc.unnamed {
					t.Errorf("venueUnnamed(%d, %d) = %v, want %v", pair[0].ID, pair[1].ID, got, tc.unnamed)
				}
				if f := must[float64](t)(c.placeFit(ctx, pair[0], pair[1])); math.Abs(f-tc.fit) > 1e-12 {
					t.Errorf("placeFit(%d, %d) = %v, want %v", pair[0].ID, pair[1].ID, f, tc.fit)
				}
			}
		})
	}
}
