package story

import "testing"

func TestCohesionFloor(t *testing.T) {
	c := New(nil, Options{})
	// Three articles at pair similarity 0.3 (pair sum 0.9), undated.
	loose := &Story{Size: 3, PairSum: 0.9, Undated: 3}
	dated := &Story{Size: 3, PairSum: 0.9}
	pair := &Story{Size: 2, PairSum: 0.3, Undated: 2}
	one := &Story{Size: 1, Undated: 1}
	tests := []struct {
		name    string
		s       *Story
		a       float64
		undated bool
		want    bool
	}{
		{"close article keeps the cohesion", loose, 0.3, true, true},
		{"far article would drop it to (0.9+0.03*3)/6 = 0.165", loose, 0.03, true, false},
		{"just above: (0.9+0.05*3)/6 = 0.175", loose, 0.05, true, true},
		{"dated article, dated story: no floor", dated, 0.0, false, true},
		{"undated article, dated story", dated, 0.03, true, false},
		{"pair to three: (0.3+0.05*2)/3 = 0.133", pair, 0.05, true, false},
		{"one article: nothing to test", one, 0.0, true, true},
	}
	for _, tt := range tests {
		if got := c.cohesionFitsJoin(tt.s, linkVecs{}, tt.a, tt.undated); got != tt.want {
			t.Errorf("%s: join = %v, want %v", tt.name, got, tt.want)
		}
	}
	merges := []struct {
		name string
		a, b *Story
		x    float64
		want bool
	}{
		{"two tight stories, close", loose, loose, 0.2, true},
		{"two tight stories, far: (1.8+0.02*9)/15 = 0.132", loose, loose, 0.02, false},
		{"both dated: no floor", dated, dated, 0.0, true},
		{"one article and a pair, far", one, pair, 0.01, false},
		{"two one-article stories: nothing to test", one, one, 0.0, true},
	}
	for _, tt := range merges {
		if got := c.cohesionFitsMerge(tt.a, tt.b, tt.x); got != tt.want {
			t.Errorf("%s: merge = %v, want %v", tt.name, got, tt.want)
		}
	}
	off := New(nil, Options{CohesionFloor: -1})
	if !off.cohesionFitsJoin(loose, linkVecs{}, 0, true) || !off.cohesionFitsMerge(loose, loose, 0) {
		t.Errorf("CohesionFloor -1 still refuses")
	}
}

// TestCohesionFloorYears checks that the years two sides share do not
// count in the link the floor tests (Options.FloorYears restores them),
// for joins and merges alike.
func TestCohesionFloorYears(t *testing.T) {
	year, term, other := KeyOf('y', "2012"), KeyOf('t', "campaign"), KeyOf('t', "debate")
	// The article shares the year with each of the story's three
	// articles (0.8 each) and its terms not at all (0 each): mean link
	// 0.5 of the whole vectors (EntityMix 0.5, no entities), all of it
	// the year.
	story := &Story{Size: 3, PairSum: 0.6, Undated: 3, Centroid: []Feature{{year, 3 * 0.8}, {other, 3 * 0.6}}}
	sortByKey(story.Centroid)
	art := []Feature{{year, 0.8}, {term, 0.6}}
	sortByKey(art)
	q := newLinkVecs(art)
	for _, tt := range []struct {
		years bool
		want  bool
	}{{false, false}, {true, true}} {
		c := New(nil, Options{FloorYears: tt.years})
		a := c.avgLink(q, story)
		if got := c.cohesionFitsJoin(story, q, a, true); got != tt.want {
			t.Errorf("FloorYears %v: join at link %.2f = %v, want %v", tt.years, a, got, tt.want)
		}
		// Another story of three that shares the year, not the terms.
		b := &Story{Size: 3, PairSum: 0.6, Undated: 3, Centroid: []Feature{{year, 3 * 0.8}, {term, 3 * 0.6}}}
		sortByKey(b.Centroid)
		x := c.crossLink(story, b)
		if got := c.cohesionFitsMerge(story, b, x); got != tt.want {
			t.Errorf("FloorYears %v: merge at link %.2f = %v, want %v", tt.years, x, got, tt.want)
		}
	}
	// Terms shared as well as the year: the link without the year
	// still keeps the story above the floor.
	c := New(nil, Options{})
	art2 := []Feature{{year, 0.6}, {other, 0.8}}
	sortByKey(art2)
	q2 := newLinkVecs(art2)
	if a := c.avgLink(q2, story); !c.cohesionFitsJoin(story, q2, a, true) {
		t.Errorf("an article sharing terms and the year: join refused at link %.2f", a)
	}
}
