package store

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// A person named with a short given name in one article and the formal
// one in another ("Tim" / "Timothy", "Rudy" / "Rudolph W.") is one entity
// when the two share context, in either order; without shared context,
// with another stored bearer of a form of the name, with other middle
// initials or a generational suffix they stay apart.
func TestGivenFormAcrossArticles(t *testing.T) {
	tests := []struct {
		name string
		arts [][]core.Entity
		want map[string]int // entity -> articles, for either name of the pair
	}{
		{"tim and timothy with a person in common", [][]core.Entity{
			{per("Timothy D. Quarle", "Quarle"), per("Ormond Tabb")},
			{per("Tim Quarle"), per("Ormond Tabb")}},
			map[string]int{"pair": 2}},
		{"rudy and rudolph with a middle initial", [][]core.Entity{
			{per("Rudolph W. Pellow"), per("Wenna Pryce")},
			{per("Rudy Pellow"), per("Wenna Pryce")}},
			map[string]int{"pair": 2}},
		{"a folded diminutive against a middle initial", [][]core.Entity{
			{per("Robert W. Garnet"), per("Wenna Pryce")},
			{per("Bob Garnet"), per("Wenna Pryce")}},
			map[string]int{"pair": 2}},
		{"the same office", [][]core.Entity{
			{officePer("Timothy Quarle", "Sen."), per("Ormond Tabb")},
			{officePer("Tim Quarle", "Sen."), per("Wenna Pryce")}},
			map[string]int{"pair": 2}},
		{"no shared context", [][]core.Entity{
			{per("Timothy Quarle"), per("Ormond Tabb")},
			{per("Tim Quarle"), per("Wenna Pryce")}},
			map[string]int{"Timothy Quarle": 1, "Tim Quarle": 1}},
		{"other middle initials", [][]core.Entity{
			{per("Timothy D. Quarle"), per("Ormond Tabb")},
			{per("Tim K. Quarle"), per("Ormond Tabb")}},
			map[string]int{"Timothy D. Quarle": 1, "Tim K. Quarle": 1}},
		{"a junior", [][]core.Entity{
			{per("Timothy Quarle Jr."), per("Ormond Tabb")},
			{per("Tim Quarle"), per("Ormond Tabb")}},
			map[string]int{"Timothy Quarle Jr.": 1, "Tim Quarle": 1}},
		{"not a form of the name", [][]core.Entity{
			{per("Thomas Quarle"), per("Ormond Tabb")},
			{per("Tim Quarle"), per("Ormond Tabb")}},
			map[string]int{"Thomas Quarle": 1, "Tim Quarle": 1}},
	}
	for _, tt := range tests {
		storedBothWays(t, tt.arts[0], tt.arts[1], func(reversed bool, got map[string]int) {
			for name, n := range tt.want {
				if name == "pair" {
					first, second := tt.arts[0][0].Name, tt.arts[1][0].Name
					if got[first]+got[second] != n || (got[first] != 0 && got[second] != 0) {
						t.Errorf("%s (reversed %v): entities %v, want %q and %q one entity in %d", tt.name, reversed, got, first, second, n)
					}
					continue
				}
				if got[name] != n {
					t.Errorf("%s (reversed %v): entities %v, want %s in %d", tt.name, reversed, got, name, n)
				}
			}
		})
	}
	// Another stored bearer of a form of the short name: "Chris Quarle"
	// may be Christopher or Christine, so it joins neither; stored first,
	// it joins the first formal name to arrive (as a lone surname joins
	// the owner of the day), and the other formal name stays apart.
	for _, order := range [][]int{{0, 1, 2}, {1, 0, 2}, {2, 0, 1}, {2, 1, 0}} {
		arts := []*core.Article{
			entityArticle("a", per("Christopher Quarle"), per("Ormond Tabb")),
			entityArticle("b", per("Christine Quarle"), per("Ormond Tabb")),
			entityArticle("c", per("Chris Quarle"), per("Ormond Tabb")),
		}
		got := entityArticles(t, storeOneByOne(t, arts[order[0]], arts[order[1]], arts[order[2]]))
		if order[0] != 2 && (got["Chris Quarle"] != 1 || got["Christopher Quarle"] != 1 || got["Christine Quarle"] != 1) {
			t.Errorf("two formal bearers, order %v: entities %v, want all three apart", order, got)
		}
		if order[0] == 2 && (got["Chris Quarle"] != 2 || len(got) != 3) {
			t.Errorf("two formal bearers, order %v: entities %v, want Chris Quarle with the first formal name only", order, got)
		}
	}
	// Within one article the short and the formal name are one entity.
	got := entityArticles(t, storeOneByOne(t,
		entityArticle("a", per("Timothy D. Quarle"), per("Tim Quarle"), per("Ormond Tabb"))))
	if len(got) != 2 || got["Timothy D. Quarle"] != 1 {
		t.Errorf("one article: entities %v, want Timothy D. Quarle and Ormond Tabb", got)
	}
	// Stored apart first (no context), the pair joins once an article
	// gives the context.
	got = entityArticles(t, storeOneByOne(t,
		entityArticle("a", per("Timothy Quarle"), per("Ormond Tabb")),
		entityArticle("b", per("Tim Quarle"), per("Wenna Pryce")),
		entityArticle("c", per("Tim Quarle"), per("Ormond Tabb"))))
	if got["Tim Quarle"]+got["Timothy Quarle"] != 3 || len(got) != 3 {
		t.Errorf("context later: entities %v, want the pair one entity in 3 articles", got)
	}
}
