package story

import "testing"

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
