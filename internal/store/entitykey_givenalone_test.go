package store

import (
	"fmt"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// A lone given name is no surname: a prominent person who was called by his
// given name in his own articles ("Tavo Renn" aka "Tavo") does not take a
// later article's "Tavo" on prominence alone; it joins him only when the
// article shares his context (a person his articles name, or he himself).
func TestLoneGivenNameNeedsContext(t *testing.T) {
	per := func(name string, n int, aliases ...string) core.Entity {
		return core.Entity{Name: name, Type: core.Person, Mentions: n, Aliases: aliases}
	}
	for _, c := range []struct {
		name string
		art  *core.Article
		want string // the entity the lone given name's article joins ("Tavo": none)
	}{
		{"no context", entityArticle("x", per("Tavo", 2), per("Lina Maro", 1)), "Tavo"},
		{"shared context", entityArticle("x", per("Tavo", 2), per("Ana Orlo", 1)), "Tavo Renn"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var arts []*core.Article
			for i := range prominentArticles {
				arts = append(arts, entityArticle(fmt.Sprint("co", i), per("Tavo Renn", 5, "Tavo", "Renn"), per("Ana Orlo", 1)))
			}
			got := entityArticles(t, storeOneByOne(t, append(arts, c.art)...))
			want := map[string]int{"Tavo Renn": prominentArticles}
			want[c.want]++
			for _, n := range []string{"Tavo Renn", "Tavo"} {
				if got[n] != want[n] {
					t.Errorf("entities %v, want %s in %d articles", got, n, want[n])
				}
			}
		})
	}
}

// A lone surname still joins the prominent person without context ("Renn"
// is Tavo Renn, as "Obama" is Barack Obama).
func TestLoneSurnameStillProminent(t *testing.T) {
	var arts []*core.Article
	for i := range prominentArticles {
		arts = append(arts, entityArticle(fmt.Sprint("co", i), core.Entity{Name: "Tavo Renn", Type: core.Person, Mentions: 5, Aliases: []string{"Tavo", "Renn"}}))
	}
	arts = append(arts, entityArticle("x", core.Entity{Name: "Renn", Type: core.Person, Mentions: 2}, core.Entity{Name: "Lina Maro", Type: core.Person, Mentions: 1}))
	if got := entityArticles(t, storeOneByOne(t, arts...)); got["Tavo Renn"] != prominentArticles+1 || got["Renn"] != 0 {
		t.Errorf("entities %v, want Tavo Renn in %d articles", got, prominentArticles+1)
	}
}
