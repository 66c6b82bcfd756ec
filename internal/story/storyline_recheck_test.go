package story

import (
	"context"
	"slices"
	"testing"
)

// TestLinkRecheck: a one-article story linked to another by the topic test
// alone (shared actors under LineThreshold, one subject) leaves that
// storyline when it has grown to lineRecheckSize articles and the link
// still rests on the topic test only; a story whose cast matches (actor
// cosine over LineThreshold, topic terms shared) stays.
func TestLinkRecheck(t *testing.T) {
	same := termVec("harbour", "strike", "dockers", "wages", "union", "port")
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

// TestLinkRecheckSmallID: a story that leaves its storyline at the
// re-check goes by its own story id (a small id, as a story's), not an id
// past every story's, and the stories it leaves stay together: under the
// old id when that was not the leaving story's, else under their smallest.
func TestLinkRecheckSmallID(t *testing.T) {
	same := termVec("harbour", "strike", "dockers", "wages", "union", "port")
	cast := []Feature{{1, 1}, {2, 1}, {3, 1}, {4, 1}}
	ctx := context.Background()
	for _, tt := range []struct {
		name           string
		grows, o1, o2  StoryID // the story that grows, the two that stay
		wantRest       LineID  // the storyline the two stay in
		wantGrownAlone LineID
	}{
		{"not the storyline's id", 2, 1, 3, 1, 2},
		{"the storyline's id", 1, 2, 3, 2, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := New(nil, Options{})
			mk := func(id StoryID, actors []Feature) *Story {
				return &Story{ID: id, Line: LineID(id), Size: 1, Active: true, Centroid: same, Actors: actors}
			}
			s := mk(tt.grows, []Feature{{1, 1}, {2, 1}, {5, 1}, {6, 1}, {7, 1}})
			o1, o2 := mk(tt.o1, slices.Clone(cast)), mk(tt.o2, slices.Clone(cast))
			var notes []string
			byID := map[StoryID]*Story{s.ID: s, o1.ID: o1, o2.ID: o2}
			linkAndPut(t, c, &notes, byID[1], byID[2], byID[3])
			if !sameLine(t, c, s, o1) || !sameLine(t, c, o1, o2) {
				t.Fatalf("not one storyline while small (notes %q)", notes)
			}
			s.Size = lineRecheckSize
			for i := range s.Actors {
				s.Actors[i].W = float64(lineRecheckSize)
			}
			linkAndPut(t, c, &notes, s)
			lines := c.st.Lines()
			if got := must[LineID](t)(lines.Find(ctx, s.Line)); got != tt.wantGrownAlone {
				t.Errorf("grown story's storyline %d, want %d (notes %q)", got, tt.wantGrownAlone, notes)
			}
			for _, o := range []*Story{o1, o2} {
				if got := must[LineID](t)(lines.Find(ctx, o.Line)); got != tt.wantRest {
					t.Errorf("story %d's storyline %d, want %d", o.ID, got, tt.wantRest)
				}
			}
		})
	}
}
