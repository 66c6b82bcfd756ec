package store

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// An initialled name ("A. Quillfeather") joins the one stored full name
// with that initial and surname when the two share context.
func TestInitialledAcrossArticles(t *testing.T) {
	tests := []struct {
		name string
		arts [][]core.Entity
		want map[string]int // Quillfeather/Vessant entities and their articles
	}{
		{"shared person", [][]core.Entity{
			{per("A. Quillfeather"), per("Ormond Tabb")},
			{per("Alder Quillfeather"), per("Ormond Tabb")}},
			map[string]int{"Alder Quillfeather": 2}},
		{"shared person, initialled in one article", [][]core.Entity{
			{per("A. Quillfeather"), per("O. Tabb")},
			{per("Alder Quillfeather"), per("Ormond Tabb")}},
			map[string]int{"Alder Quillfeather": 2}},
		{"a middle initial", [][]core.Entity{
			{per("A. Quillfeather"), per("Ormond Tabb")},
			{per("Alder J. Quillfeather"), per("Ormond Tabb")}},
			map[string]int{"Alder J. Quillfeather": 2}},
		{"no shared context", [][]core.Entity{
			{per("A. Quillfeather"), per("Ormond Tabb")},
			{per("Alder Quillfeather"), per("Wenna Pryce")}},
			map[string]int{"A. Quillfeather": 1, "Alder Quillfeather": 1}},
		{"another initial", [][]core.Entity{
			{per("H. Quillfeather"), per("Ormond Tabb")},
			{per("Alder Quillfeather"), per("Ormond Tabb")}},
			map[string]int{"H. Quillfeather": 1, "Alder Quillfeather": 1}},
	}
	for _, tt := range tests {
		for _, reversed := range []bool{false, true} {
			a, b := entityArticle("a", tt.arts[0]...), entityArticle("b", tt.arts[1]...)
			if reversed {
				a, b = b, a
			}
			got := entityArticles(t, storeOneByOne(t, a, b))
			delete(got, "Ormond Tabb")
			delete(got, "O. Tabb")
			delete(got, "Wenna Pryce")
			if len(got) != len(tt.want) {
				t.Errorf("%s (reversed %v): entities %v, want %v", tt.name, reversed, got, tt.want)
				continue
			}
			for n, arts := range tt.want {
				if reversed && len(tt.want) == 1 {
					for m := range got {
						n = m // the entity keeps the name stored first
					}
				}
				if got[n] != arts {
					t.Errorf("%s (reversed %v): entities %v, want %v", tt.name, reversed, got, tt.want)
				}
			}
		}
	}
}

// Two stored full names with one initial leave the initialled name alone.
func TestInitialledAmbiguous(t *testing.T) {
	got := entityArticles(t, storeOneByOne(t,
		entityArticle("a", per("Carl Vessant"), per("Ormond Tabb")),
		entityArticle("b", per("Chris Vessant"), per("Ormond Tabb")),
		entityArticle("c", per("C. Vessant"), per("Ormond Tabb"))))
	if got["C. Vessant"] != 1 || got["Carl Vessant"] != 1 || got["Chris Vessant"] != 1 {
		t.Errorf("entities %v, want C. Vessant apart", got)
	}
}

func TestInitialledForms(t *testing.T) {
	for in, want := range map[string]string{
		"Alder Quillfeather": "A. Quillfeather", "Alder J. Quillfeather Jr.": "A. Quillfeather", "A. Quillfeather": "",
		"Quillfeather": "", "alder quillfeather": "", "Alder T. J.": "",
	} {
		if got := initialledForm(in); got != want {
			t.Errorf("initialledForm(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]bool{"A. Quillfeather": true, "A Quillfeather": true, "Al Quillfeather": false, "A. Q.": false, "A. Jr.": false} {
		if _, _, got := initialled(in); got != want {
			t.Errorf("initialled(%q) = %v, want %v", in, got, want)
		}
	}
}
