package story

import (
	"context"
	"testing"
)

// TestLinkRecheck: a one-article story linked to another by the topic test
// alone (shared actors under LineThreshold, one subject) leaves that
// storyline when it has grown to lineRecheckSize articles and the link
// still rests on the topic test only; a story whose cast matches (actor
// cosine over LineThreshold, topic terms shared) stays.
func TestLinkRecheck(t *testing.T) {
	vec := func(words ...string) []Feature {
		v := make([]Feature, len(words))
		for i, w := range words {
			v[i] = Feature{KeyOf('t', w), float64(len(words) - i)}
		}
		sortByKey(v)
		return v
	}
	same := vec("harbour", "strike", "dockers", "wages", "union", "port")
	tests := []struct {
		name   string
		actors []Feature
		want   bool
	}{
		{"topic only", []Feature{{1, 1}, {2, 1}, {5, 1}, {6, 1}, {7, 1}}, false},
		{"same cast", []Feature{{1, 1}, {2, 1}, {3, 1}, {4, 1}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(nil, Options{})
			o := &Story{ID: 1, Line: 1, Size: 1, Active: true, Centroid: same,
				Actors: []Feature{{1, 1}, {2, 1}, {3, 1}, {4, 1}}}
			s := &Story{ID: 2, Line: 2, Size: 1, Active: true, Centroid: same, Actors: tt.actors}
			var notes []string
			linkAndPut(t, c, &notes, o, s)
			if !sameLine(t, c, o, s) {
				t.Fatalf("not linked while small (notes %q)", notes)
			}
			// s grows to lineRecheckSize articles of the same cast and subject.
			s.Size = lineRecheckSize
			for i := range s.Actors {
				s.Actors[i].W = float64(lineRecheckSize)
			}
			linkAndPut(t, c, &notes, s)
			if got := sameLine(t, c, o, s); got != tt.want {
				t.Errorf("linked after growing = %v, want %v (notes %q)", got, tt.want, notes)
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
