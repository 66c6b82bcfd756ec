package store

import (
	"fmt"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// rivalArticlesWith builds a store's articles for the rival-surname tests: a
// prominent politician "Dorian Vell" (prominentArticles articles, beside
// "Ana Orlo"), a footballer "Kasey Vell" (two articles, beside his coach
// "Tomas Brink"), both called "Vell" alone in their articles, then the
// articles of extra.
func rivalArticlesWith(extra ...*core.Article) []*core.Article {
	per := func(name string, n int, aliases ...string) core.Entity {
		return core.Entity{Name: name, Type: core.Person, Mentions: n, Aliases: aliases}
	}
	var arts []*core.Article
	for i := range prominentArticles {
		arts = append(arts, entityArticle(fmt.Sprint("pol", i), per("Dorian Vell", 5, "Vell"), per("Ana Orlo", 1)))
	}
	for i := range 2 {
		arts = append(arts, entityArticle(fmt.Sprint("ball", i), per("Kasey Vell", 3, "Vell"), per("Tomas Brink", 1)))
	}
	return append(arts, extra...)
}

// A lone surname two stored persons have been called by joins the
// prominent one only with shared context; otherwise the one whose articles
// name a person this article names ("The Harbours placed Vell on injured
// reserve, coach Tomas Brink said" is the footballer), or none.
func TestLoneSurnameRivals(t *testing.T) {
	lone := func(typ core.EntityType) core.Entity { return core.Entity{Name: "Vell", Type: typ, Mentions: 2} }
	per := func(name string) core.Entity { return core.Entity{Name: name, Type: core.Person, Mentions: 1} }
	for _, c := range []struct {
		name string
		art  *core.Article
		want string // the entity the lone surname's article joins ("Vell": none)
	}{
		{"coach named", entityArticle("x", lone(core.Person), per("Tomas Brink")), "Kasey Vell"},
		{"typed ORG, coach named", entityArticle("x", lone(core.Organisation), per("Tomas Brink")), "Kasey Vell"},
		{"named in full typed ORG", entityArticle("x", core.Entity{Name: "Kasey Vell", Type: core.Organisation, Mentions: 1}, lone(core.Organisation)), "Kasey Vell"},
		{"given name named", entityArticle("x", per("Kasey"), lone(core.Organisation)), "Kasey Vell"},
		{"no context", entityArticle("x", lone(core.Person), per("Lina Maro")), "Vell"},
		{"politician's context", entityArticle("x", lone(core.Person), per("Ana Orlo")), "Dorian Vell"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := entityArticles(t, storeOneByOne(t, rivalArticlesWith(c.art)...))
			want := map[string]int{"Dorian Vell": prominentArticles, "Kasey Vell": 2}
			want[c.want]++
			for _, n := range []string{"Dorian Vell", "Kasey Vell", "Vell"} {
				if got[n] != want[n] {
					t.Errorf("entities %v, want %s in %d articles", got, n, want[n])
				}
			}
		})
	}
}

// With no rival the prominent person still takes the lone surname without
// shared context ("Obama" is Barack Obama).
func TestLoneSurnameNoRival(t *testing.T) {
	var arts []*core.Article
	for i := range prominentArticles {
		arts = append(arts, entityArticle(fmt.Sprint("pol", i), core.Entity{Name: "Dorian Vell", Type: core.Person, Mentions: 5, Aliases: []string{"Vell"}}))
	}
	arts = append(arts, entityArticle("x", core.Entity{Name: "Vell", Type: core.Person, Mentions: 2}, core.Entity{Name: "Lina Maro", Type: core.Person, Mentions: 1}))
	if got := entityArticles(t, storeOneByOne(t, arts...)); got["Dorian Vell"] != prominentArticles+1 || got["Vell"] != 0 {
		t.Errorf("entities %v, want Dorian Vell in %d articles", got, prominentArticles+1)
	}
}

// Namesakes called "Vell" whose surname is another ("Vell Arden") and who
// are mentioned more than the footballer hide no rival: the coach's article
// still takes the footballer, not the prominent politician.
func TestLoneSurnameRivalBehindNamesakes(t *testing.T) {
	var extra []*core.Article
	for _, n := range []string{"Vell Arden", "Vell Ossip", "Vell Tarn", "Vell Quade"} {
		for i := range 2 {
			extra = append(extra, entityArticle(fmt.Sprint(n, i), core.Entity{Name: n, Type: core.Person, Mentions: 9, Aliases: []string{"Vell"}}))
		}
	}
	extra = append(extra, entityArticle("x", core.Entity{Name: "Vell", Type: core.Person, Mentions: 2}, core.Entity{Name: "Tomas Brink", Type: core.Person, Mentions: 1}))
	got := entityArticles(t, storeOneByOne(t, rivalArticlesWith(extra...)...))
	if got["Kasey Vell"] != 3 || got["Dorian Vell"] != prominentArticles {
		t.Errorf("entities %v, want Kasey Vell in 3 articles and Dorian Vell in %d", got, prominentArticles)
	}
}
