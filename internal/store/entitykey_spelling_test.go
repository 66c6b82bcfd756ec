package store

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// A surname spelled one letter apart in another article joins the stored
// person of the same given name when the articles share a person, in
// either order; without shared context, with a trailing "s", with a
// surname under five letters, or with two stored candidates, the names
// stay apart. Fails without entitykey_spelling.go.
func TestSpellingAcrossArticles(t *testing.T) {
	per := func(name string) core.Entity { return core.Entity{Name: name, Type: core.Person, Mentions: 1} }
	for _, reversed := range []bool{false, true} {
		first := []core.Entity{per("Tavo Quillfeather"), per("Dorian Vell"), per("Orla Jenkin"), per("Mira Lind")}
		second := []core.Entity{per("Tavo Quilfeather"), per("Dorian Vell"), per("Orla Jenkins"), per("Mira Lund")}
		a, b := entityArticle("a", first...), entityArticle("b", second...)
		if reversed {
			a, b = b, a
		}
		got := entityArticles(t, storeOneByOne(t, a, b))
		if got["Tavo Quillfeather"]+got["Tavo Quilfeather"] != 2 || got["Tavo Quillfeather"]*got["Tavo Quilfeather"] != 0 {
			t.Errorf("reversed=%t: entities %v, want one Tavo Quillfeather in 2 articles", reversed, got)
		}
		for _, name := range []string{"Orla Jenkin", "Orla Jenkins", "Mira Lind", "Mira Lund"} {
			if got[name] != 1 {
				t.Errorf("reversed=%t: entities %v, want %q apart", reversed, got, name)
			}
		}
	}
	// No shared context: apart.
	got := entityArticles(t, storeOneByOne(t,
		entityArticle("a", per("Tavo Quillfeather"), per("Dorian Vell")),
		entityArticle("b", per("Tavo Quilfeather"), per("Kasey Brink"))))
	if got["Tavo Quillfeather"] != 1 || got["Tavo Quilfeather"] != 1 {
		t.Errorf("entities %v, want the two Tavos apart without shared context", got)
	}
	// Two stored candidates one letter apart: apart.
	got = entityArticles(t, storeOneByOne(t,
		entityArticle("a", per("Ivo Marrow"), per("Dorian Vell")),
		entityArticle("b", per("Ivo Morrow"), per("Dorian Vell"), per("Ivo Marrow")),
		entityArticle("c", per("Ivo Murrow"), per("Dorian Vell"))))
	if got["Ivo Murrow"] != 1 {
		t.Errorf("entities %v, want Ivo Murrow apart (two candidates)", got)
	}
}

func TestOneLetterApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"miliote", "milliote", true}, {"wolfe", "wolff", true}, {"kougias", "kouyias", true},
		{"jenkin", "jenkins", false}, {"lind", "lund", false}, {"morrow", "morrow", false},
		{"morrow", "borrow", false}, {"stephanopoulos", "stephnopoulos", true}, {"abcdef", "abdcef", false},
	} {
		if got := oneLetterApart(c.a, c.b); got != c.want {
			t.Errorf("oneLetterApart(%q, %q) = %t, want %t", c.a, c.b, got, c.want)
		}
	}
}
