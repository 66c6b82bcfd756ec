package story

import (
	"context"
	"math"
	"slices"
	"testing"
	"time"
)

func TestVenuePlace(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"rovna", true},
		{"tessin palace", true},
		{"france", false},   // a country: mostly the subject, not the venue
		{"russians", false}, // a demonym
		{"nato", false},     // an organisation
	} {
		if got := venuePlace(tt.in); got != tt.want {
			t.Errorf("venuePlace(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// feats is a key-sorted feature list of entity and lead-place keys.
func feats(ents []string, places map[string]float64) (e, p []Feature) {
	for _, x := range ents {
		e = append(e, Feature{KeyOf('e', x), 1})
	}
	for x, n := range places {
		p = append(p, Feature{KeyOf('p', x), n})
	}
	slices.SortFunc(e, byKey)
	slices.SortFunc(p, byKey)
	return e, p
}

func TestPlaceClash(t *testing.T) {
	c := New(nil, Options{})
	orsk := "The leaders of the Kell bloc met at the summit held in Orsk on the river. Premier Ada Varn spoke for peace."
	for _, tt := range []struct {
		name   string
		text   string
		ents   []string           // the story's entities
		places map[string]float64 // the story's lead places and their counts
		size   int
		want   bool
		// stories is the clash of the article as a one-article story
		// with the story: a one-article story confirms its own venue,
		// and of two stories one side confirmed is enough.
		stories bool
	}{
		{"other venue, neither names the other's", orsk, []string{"rovna", "ada varn"}, map[string]float64{"rovna": 2}, 3, true, true},
		{"story names the article's venue", orsk, []string{"rovna", "orsk", "ada varn"}, map[string]float64{"rovna": 2}, 3, false, false},
		{"article names the story's venue", orsk + " Last year they met in Rovna.", []string{"rovna"}, map[string]float64{"rovna": 2}, 3, false, false},
		{"same venue", orsk, []string{"orsk"}, map[string]float64{"orsk": 2}, 3, false, false},
		{"story's venue unconfirmed", orsk, []string{"rovna", "tolm"}, map[string]float64{"rovna": 1, "tolm": 1}, 3, false, true},
		{"one-article story", orsk, []string{"rovna"}, map[string]float64{"rovna": 1}, 1, true, true},
		{"story without venue", orsk, []string{"ada varn"}, nil, 3, false, false},
		{"article without venue", "Premier Ada Varn spoke for peace at length.", []string{"rovna"}, map[string]float64{"rovna": 2}, 3, false, false},
		{"a country is no venue", "The leaders met in France. Premier Ada Varn spoke.", []string{"rovna"}, map[string]float64{"rovna": 2}, 3, false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			raw := c.extract(Doc{ID: "a", Title: "Summit", Text: tt.text})
			e, p := feats(tt.ents, tt.places)
			s := &Story{Size: tt.size, Centroid: e, Places: p}
			if got := must[bool](t)(c.placeClash(context.Background(), &raw, s)); got != tt.want {
				t.Errorf("placeClash = %v, want %v", got, tt.want)
			}
			// The same as two stories: the article as a one-article story.
			a := &Story{Size: 1, Centroid: c.weigh(raw, ones(len(raw.keys)), 1), Places: raw.places}
			if got := must[bool](t)(c.storiesClash(context.Background(), a, s)); got != tt.stories {
				t.Errorf("storiesClash = %v, want %v", got, tt.stories)
			}
			if got := must[bool](t)(c.storiesClash(context.Background(), s, a)); got != tt.stories {
				t.Errorf("storiesClash (swapped) = %v, want %v", got, tt.stories)
			}
		})
	}
	e, p := feats([]string{"rovna"}, map[string]float64{"rovna": 2})
	s := &Story{Size: 3, Centroid: e, Places: p}
	eo, _ := feats([]string{"orsk"}, nil)
	a := &Story{Size: 1, Centroid: eo, Places: []Feature{{KeyOf('p', "orsk"), 1}}}
	same := &Story{Size: 1, Centroid: e, Places: []Feature{{KeyOf('p', "rovna"), 1}}}
	for _, tt := range []struct {
		name  string
		opts  Options
		a     *Story
		wantF float64
	}{
		{"clash", Options{}, a, 0.5},
		{"clash off", Options{PlaceClash: -1}, a, 1},
		{"one venue", Options{}, same, 1.05},
		{"one venue, match off", Options{PlaceMatch: -1}, same, 1},
	} {
		f, err := New(nil, tt.opts).placeFit(context.Background(), tt.a, s)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(f-tt.wantF) > 1e-12 {
			t.Errorf("%s: placeFit = %v, want %v", tt.name, f, tt.wantF)
		}
	}
}

func ones(n int) []int {
	df := make([]int, n)
	for i := range df {
		df[i] = 1
	}
	return df
}

// Two summits of one cast, undated: the report of the summit in Rovna
// does not join the story of the summit in Orsk, whose reports never name
// Rovna; with the place clash off it does.
func TestPlaceClashSummits(t *testing.T) {
	docs := []Doc{
		{ID: "o1", Title: "Kell bloc leaders meet at summit in Orsk", Text: "The leaders of the Kell bloc gathered at the annual summit held in Orsk, where Premier Ada Varn and President Tomas Rell called for talks on the river dispute. Varn said her country was ready for negotiations. Rell praised the bloc's unity and its trade pact."},
		{ID: "o2", Title: "Varn and Rell at the Orsk summit of the Kell bloc", Text: "At the Kell bloc summit in Orsk, Premier Ada Varn said her country stood ready for negotiations on the river dispute, and President Tomas Rell praised the unity of the bloc and its trade pact. The leaders signed a joint statement."},
		{ID: "r1", Title: "Kell bloc summit opens", Text: "At the Kell bloc summit held today in Rovna, Premier Ada Varn said her country was ready for negotiations, and President Tomas Rell signed a railway accord and a grain deal with her. Varn said the new line would open next spring."},
	}
	for _, tt := range []struct {
		clash float64
		apart bool
	}{{0, true}, {-1, false}} {
		c := New(nil, Options{PlaceClash: tt.clash})
		as := run(t, c, docs)
		if err := c.Flush(context.Background()); err != nil {
			t.Fatal(err)
		}
		st := map[string]StoryID{}
		for _, a := range as {
			s, err := c.Resolve(context.Background(), a.Story)
			if err != nil {
				t.Fatal(err)
			}
			st[a.Doc] = s
		}
		if st["o1"] != st["o2"] {
			t.Errorf("PlaceClash %v: the two Orsk reports are stories %d and %d, want one", tt.clash, st["o1"], st["o2"])
		}
		if apart := st["r1"] != st["o1"]; apart != tt.apart {
			t.Errorf("PlaceClash %v: Rovna report apart from the Orsk story = %v, want %v (%v)", tt.clash, apart, tt.apart, as[2].Reason)
		}
	}
}

// TestPlaceMatchRareVenue: the venue two stories lead with raises their
// link only while at most Options.VenueStories active stories lead with it.
func TestPlaceMatchRareVenue(t *testing.T) {
	venue := []Feature{{KeyOf('p', "vellmar"), 1}}
	for _, tc := range []struct {
		name   string
		opts   Options
		others int
		want   float64
	}{
		{"only the two", Options{}, 0, 1.05},
		{"one more story", Options{}, 1, 1.05},
		{"two more stories", Options{}, 2, 1},
		{"two more, any venue counts", Options{VenueStories: -1}, 2, 1.05},
		{"one more, only the two may", Options{VenueStories: 2}, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			c := New(NewMemState(MemOptions{}), tc.opts)
			var ss []*Story
			for i := range tc.others + 2 {
				s := testStory(t, c, time.Time{}, vec(float64(i+1), 1))
				s.Places = venue
				if err := c.st.Put(ctx, s, c.indexOf(s)); err != nil {
					t.Fatal(err)
				}
				ss = append(ss, s)
			}
			f, err := c.placeFit(ctx, ss[0], ss[1])
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(f-tc.want) > 1e-12 {
				t.Errorf("placeFit = %v, want %v", f, tc.want)
			}
		})
	}
}

// TestPlaceClashCommonVenue: an article and a story that both lead with a
// venue most active stories lead with (the capital) and otherwise with
// venues the other never names clash; while the shared venue is rare they
// do not, nor does an article that leads with the capital alone.
func TestPlaceClashCommonVenue(t *testing.T) {
	text := "Filed in Capitolia. The leaders of the Kell bloc met at the summit held in Orsk on the river."
	alone := "Filed in Capitolia. The leaders of the Kell bloc met at the summit on the river."
	for _, tc := range []struct {
		name   string
		opts   Options
		text   string
		venues int
		others int // other active stories leading with capitolia
		want   bool
	}{
		{"capital of every story", Options{}, text, 2, 4, true},
		{"capital of few stories", Options{}, text, 2, 2, false},
		{"any venue counts", Options{VenueStories: -1}, text, 2, 4, false},
		{"article leads with the capital alone", Options{}, alone, 1, 4, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			c := New(NewMemState(MemOptions{}), tc.opts)
			for i := range tc.others {
				u := testStory(t, c, time.Time{}, vec(float64(i+1), 1))
				u.Places = []Feature{{KeyOf('p', "capitolia"), 1}}
				if err := c.st.Put(ctx, u, c.indexOf(u)); err != nil {
					t.Fatal(err)
				}
			}
			raw := c.extract(Doc{ID: "a", Title: "Summit", Text: tc.text})
			if len(raw.places) != tc.venues {
				t.Fatalf("article venues %v, want %d", raw.places, tc.venues)
			}
			e, p := feats([]string{"capitolia", "rovna"}, map[string]float64{"capitolia": 3, "rovna": 2})
			s := &Story{Size: 3, Centroid: e, Places: p}
			if got := must[bool](t)(c.placeClash(ctx, &raw, s)); got != tc.want {
				t.Errorf("placeClash = %v, want %v", got, tc.want)
			}
			a := &Story{Size: 1, Centroid: c.weigh(raw, ones(len(raw.keys)), 1), Places: raw.places}
			if got := must[bool](t)(c.storiesClash(ctx, a, s)); got != tc.want {
				t.Errorf("storiesClash = %v, want %v", got, tc.want)
			}
		})
	}
}
