package store

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// A son named with a numbered suffix ("Oren Vask III") is keyed without
// it, as "Robert S. Mueller III" is Robert S. Mueller; his father named
// with a middle name ("Oren Talbot Vask") shortens to the son's key. The
// middle-name join does not take the suffixed name: in either order of
// arrival the two stay apart.
func TestMiddleNameLeavesNumberedSon(t *testing.T) {
	per := func(name string, n int, aliases ...string) core.Entity {
		return core.Entity{Name: name, Type: core.Person, Mentions: n, Aliases: aliases}
	}
	father := entityArticle("a", per("Oren Talbot Vask", 2))
	son := entityArticle("b", per("Oren Vask III", 2, "Oren III"), per("Oren Talbot Vask Sr.", 1))
	for _, c := range []struct {
		name string
		arts []*core.Article
	}{
		{"father first", []*core.Article{father, son}},
		{"son first", []*core.Article{son, father}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := entityArticles(t, storeOneByOne(t, c.arts...))
			if got["Oren Talbot Vask"] != 1 || got["Oren Vask III"] != 1 {
				t.Errorf("entities %v, want Oren Talbot Vask and Oren Vask III apart, one article each", got)
			}
		})
	}
}

// The middle-name join still takes a short form without a suffix, and a
// suffixed name still meets the same name without it by key.
func TestMiddleNameStillJoins(t *testing.T) {
	per := func(name string) core.Entity { return core.Entity{Name: name, Type: core.Person, Mentions: 1} }
	got := entityArticles(t, storeOneByOne(t,
		entityArticle("a", per("Lina Maro")), entityArticle("b", per("Lina Ostra Maro")),
		entityArticle("c", per("Teo Brack")), entityArticle("d", per("Teo Brack III"))))
	if got["Lina Ostra Maro"]+got["Lina Maro"] != 2 || got["Lina Ostra Maro"]*got["Lina Maro"] != 0 ||
		got["Teo Brack"]+got["Teo Brack III"] != 2 || got["Teo Brack"]*got["Teo Brack III"] != 0 {
		t.Errorf("entities %v, want Lina (Ostra) Maro in 2 articles and Teo Brack (III) in 2", got)
	}
}
