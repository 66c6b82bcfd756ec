package store

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func officePer(name, title string, aliases ...string) core.Entity {
	e := per(name, aliases...)
	e.Attributes = []string{title}
	return e
}

// A lone surname given an office joins the one stored person of that
// surname holding it, in either order; two holders, another office or a
// stored owner of the surname as an alias leave it as before.
func TestOfficeSurnameAcrossArticles(t *testing.T) {
	tests := []struct {
		name string
		arts [][]core.Entity
		want map[string]int // entity -> articles
	}{
		{"one holder", [][]core.Entity{
			{officePer("Orla Brannock", "President"), per("Ormond Tabb")},
			{officePer("Brannock", "President"), per("Wenna Pryce")}},
			map[string]int{"Orla Brannock": 2}},
		{"another office", [][]core.Entity{
			{officePer("Orla Brannock", "President"), per("Ormond Tabb")},
			{officePer("Brannock", "Sen."), per("Wenna Pryce")}},
			map[string]int{"Orla Brannock": 1, "Brannock": 1}},
		{"a generic title", [][]core.Entity{
			{officePer("Orla Brannock", "spokesman"), per("Ormond Tabb")},
			{officePer("Brannock", "spokesman"), per("Wenna Pryce")}},
			map[string]int{"Orla Brannock": 1, "Brannock": 1}},
		{"named apart", [][]core.Entity{
			{officePer("Orla Brannock", "President"), officePer("Brannock", "President"), per("Ormond Tabb")},
			{officePer("Brannock", "President"), per("Wenna Pryce")}},
			map[string]int{"Orla Brannock": 1, "Brannock": 2}},
		{"no office", [][]core.Entity{
			{officePer("Orla Brannock", "President"), per("Ormond Tabb")},
			{per("Brannock"), per("Wenna Pryce")}},
			map[string]int{"Orla Brannock": 1, "Brannock": 1}},
	}
	for _, tt := range tests {
		storedBothWays(t, tt.arts[0], tt.arts[1], func(reversed bool, got map[string]int) {
			for name, n := range tt.want {
				if got[name] != n {
					t.Errorf("%s (reversed %v): entities %v, want %s in %d", tt.name, reversed, got, name, n)
				}
			}
		})
	}
	// Two stored holders of the office: the lone surname joins neither.
	// (Arriving while one holder is stored, it joins that one, as a lone
	// surname joins the owner of the day; a second holder arriving later
	// undoes nothing.)
	for _, order := range [][]int{{0, 1, 2}, {1, 0, 2}} {
		arts := []*core.Article{
			entityArticle("a", officePer("Orla Brannock", "President"), per("Ormond Tabb")),
			entityArticle("b", officePer("Kellan Brannock", "President"), per("Wenna Pryce")),
			entityArticle("c", officePer("Brannock", "President"), per("Ansel Mott")),
		}
		got := entityArticles(t, storeOneByOne(t, arts[order[0]], arts[order[1]], arts[order[2]]))
		if got["Brannock"] != 1 || got["Orla Brannock"] != 1 || got["Kellan Brannock"] != 1 {
			t.Errorf("two holders, order %v: entities %v, want the surname apart", order, got)
		}
	}
	// A stored owner of the surname as an alias decides as before: the
	// office holder written in full does not take it over.
	got := entityArticles(t, storeOneByOne(t,
		entityArticle("a", officePer("Orla Brannock", "President"), per("Ormond Tabb")),
		entityArticle("b", per("Kellan Brannock", "Brannock"), per("Wenna Pryce")),
		entityArticle("c", officePer("Brannock", "President"), per("Ansel Mott"))))
	if got["Orla Brannock"] != 1 {
		t.Errorf("alias owner: entities %v, want Orla Brannock alone", got)
	}
}
