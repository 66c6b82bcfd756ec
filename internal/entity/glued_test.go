package entity

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
)

func TestSplitGlued(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Ana KeshFlagShareLikeReplyTomas Velden", []string{"Ana Kesh", "Tomas Velden"}},
		{"OldestTomas Velden", []string{"Tomas Velden"}},
		{"N.H. FlagShareLikeReplyTomas Velden", []string{"Tomas Velden"}},
		{"KeshFlagShareLikeReplyTomas Velden", []string{"Tomas Velden"}},
		{"Ana KeshFlagShareReplyTomas VeldenFlagShareReplyIlse Marrow", []string{"Ana Kesh", "Tomas Velden", "Ilse Marrow"}},
		{"Tomas Velden", []string{"Tomas Velden"}},
		{"Likely Voters", []string{"Likely Voters"}},     // a word that starts with a button's label
		{"Flagstaff Reply", []string{"Flagstaff Reply"}}, // standing alone, left to the tagger
		{"ShareFlag", []string{"ShareFlag"}},             // a run standing alone is left too
	} {
		m := ner.Mention{Text: tc.in, Type: core.Person, Start: 3, End: 3 + len(tc.in)}
		got := splitGlued(m)
		if len(got) != len(tc.want) {
			t.Errorf("splitGlued(%q) = %+v, want %q", tc.in, got, tc.want)
			continue
		}
		text := "ab " + tc.in
		for i, g := range got {
			if g.Text != tc.want[i] || text[g.Start:g.End] != g.Text {
				t.Errorf("splitGlued(%q)[%d] = %+v, want %q at its offsets", tc.in, i, g, tc.want[i])
			}
		}
	}
	checkResolved(t, "Posted by [Ana KeshFlagShareLikeReplyTomas Velden|PER] 5pts. [Velden|PER] wrote more.",
		map[string]core.EntityType{"Ana Kesh": core.Person, "Tomas Velden": core.Person}, []string{"Ana KeshFlagShareLikeReplyTomas Velden"})
}
