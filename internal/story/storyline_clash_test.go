package story

import "testing"

// TestOwnClash: two stories of eight articles sharing their cast clash
// when each names, in most of its articles, an actor the other never
// names; not when one side has none, not when the own name is a passing
// mention, not when a story is too small to tell.
func TestOwnClash(t *testing.T) {
	cast := []Feature{{1, 8}, {2, 8}, {3, 6}}
	with := func(base []Feature, extra ...Feature) []Feature {
		v := append(append([]Feature(nil), base...), extra...)
		sortByKey(v)
		return v
	}
	tests := []struct {
		name         string
		aSize, bSize int
		a, b         []Feature
		want         float64
	}{
		{"each its own", 8, 8, with(cast, Feature{10, 7}), with(cast, Feature{20, 6}), 0.75},
		{"one side only", 8, 8, with(cast, Feature{10, 7}), with(cast), 0},
		{"own name shared", 8, 8, with(cast, Feature{10, 7}), with(cast, Feature{10, 1}, Feature{20, 6}), 0},
		{"passing mention", 8, 8, with(cast, Feature{10, 7}), with(cast, Feature{20, 3}), 0},
		{"too small", 8, ownMinSize - 1, with(cast, Feature{10, 7}), with(cast, Feature{20, 5}), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Story{Size: tt.aSize, Actors: tt.a}
			b := &Story{Size: tt.bSize, Actors: tt.b}
			got, back := ownClash(a, b), ownClash(b, a)
			if got != tt.want || back != got {
				t.Errorf("ownClash = %v (reversed %v), want %v", got, back, tt.want)
			}
		})
	}
}

// TestLinkOwnClash: two stories with one cast and one subject (actor
// cosine over LineThreshold) stay apart when each has its own
// protagonist, link when they share a claim or the test is off.
func TestLinkOwnClash(t *testing.T) {
	tests := []struct {
		name   string
		claim  bool
		clash  float64
		linked bool
	}{
		{"own protagonists", false, 0, false},
		{"shared claim", true, 0, true},
		{"test off", false, -1, true},
		{"bar above the clash", false, 0.9, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(nil, Options{LineOwnClash: tt.clash})
			mk := func(id StoryID, own Key) *Story {
				s := &Story{ID: id, Line: LineID(id), Size: 8, Active: true,
					Actors: []Feature{{1, 8}, {2, 8}, {3, 8}, {4, 8}, {own, 7}}}
				if tt.claim {
					s.Claims = []Feature{{KeyOf('c', "x"), 1}}
				}
				return s
			}
			o, s := mk(1, 100), mk(2, 200)
			var notes []string
			linkAndPut(t, c, &notes, o, s)
			if got := sameLine(t, c, o, s); got != tt.linked {
				t.Errorf("linked = %v, want %v (notes %q)", got, tt.linked, notes)
			}
		})
	}
}
