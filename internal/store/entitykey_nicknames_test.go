package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// storeAliases maps each stored entity's name to its sorted aliases.
func storeAliases(t *testing.T, st Store) map[string][]string {
	t.Helper()
	ents, err := st.Entities(context.Background(), EntityFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, e := range ents {
		als := append([]string(nil), e.Aliases...)
		slices.Sort(als)
		out[e.Name] = als
	}
	return out
}

// bothOrders runs check on a store filled with arts in order and on one
// filled in reverse order: filing must not depend on it.
func bothOrders(t *testing.T, arts []*core.Article, check func(t *testing.T, st Store)) {
	t.Helper()
	for _, order := range []string{"in order", "reversed"} {
		t.Run(order, func(t *testing.T) {
			in := append([]*core.Article(nil), arts...)
			if order == "reversed" {
				slices.Reverse(in)
			}
			check(t, storeOneByOne(t, in...))
		})
	}
}

// A person named by one initial files nothing, and a person's aliases
// made only of initials are left out, in whichever order articles come.
func TestLoneInitialsFileNothing(t *testing.T) {
	per := func(name string, aliases ...string) core.Entity {
		return core.Entity{Name: name, Type: core.Person, Mentions: 3, Aliases: aliases}
	}
	arts := []*core.Article{
		entityArticle("a", per("A. Lowell Vell", "A.", "Vell")),
		entityArticle("b", per("A.")),
		entityArticle("c", per("Ana Orlo", "A", "Orlo")),
		entityArticle("d", per("T. J."), per("Ana Orlo")),
	}
	bothOrders(t, arts, func(t *testing.T, st Store) {
		got := storeAliases(t, st)
		for name, als := range got {
			if name == "A." || name == "A" {
				t.Errorf("entity %q stored, want none for a lone initial (all: %v)", name, got)
			}
			for _, al := range als {
				if (al == "A" || al == "A.") && name != al {
					t.Errorf("%q has alias %q, want no initial aliases (all: %v)", name, al, got)
				}
			}
		}
		if _, ok := got["T. J."]; !ok {
			t.Errorf("entities %v, want T. J. kept (initials of a person)", got)
		}
	})
}

// A name made only of initials owns nothing: a lone surname it carries as
// an alias (a tagger's slip) does not join it, even when it is prominent.
func TestInitialsOwnNothing(t *testing.T) {
	var arts []*core.Article
	for i := range prominentArticles + 1 {
		arts = append(arts, entityArticle(fmt.Sprint("m", i), core.Entity{Name: "M. B.", Type: core.Person, Mentions: 4, Aliases: []string{"Vell"}}))
	}
	arts = append(arts, entityArticle("lone", core.Entity{Name: "Vell", Type: core.Person, Mentions: 1}))
	bothOrders(t, arts, func(t *testing.T, st Store) {
		if got := entityArticles(t, st); got["Vell"] != 1 || got["M. B."] != prominentArticles+1 {
			t.Errorf("entities %v, want Vell apart from M. B.", got)
		}
	})
}

// A nickname or a state's abbreviation a prominent person carries as an
// alias ("Mo" of "Maurice Vell") takes no place of that name, in either
// order; the person's surname typed as an organisation still joins him.
func TestNicknamesTakeNoPlaces(t *testing.T) {
	person := core.Entity{Name: "Maurice Vell", Type: core.Person, Mentions: 6, Aliases: []string{"Mo", "Mo Vell", "Vell"}}
	var arts []*core.Article
	for i := range prominentArticles {
		arts = append(arts, entityArticle(fmt.Sprint("p", i), person))
	}
	arts = append(arts,
		entityArticle("state", core.Entity{Name: "Mo", Type: core.Location, Mentions: 1}),
		entityArticle("given", core.Entity{Name: "Maurice", Type: core.Location, Mentions: 1}),
		entityArticle("team", core.Entity{Name: "Vell", Type: core.Organisation, Mentions: 1}))
	bothOrders(t, arts, func(t *testing.T, st Store) {
		got := entityArticles(t, st)
		if got["Mo"] != 1 && got["Missouri"] != 1 {
			t.Errorf("entities %v, want the place Mo (Missouri) apart from Maurice Vell", got)
		}
		if got["Maurice"] != 1 {
			t.Errorf("entities %v, want the place Maurice apart (a given name, no shared context)", got)
		}
		if got["Maurice Vell"] != prominentArticles+1 {
			t.Errorf("entities %v, want Maurice Vell in %d articles (with the surname typed ORG)", got, prominentArticles+1)
		}
	})
}

// A leading initial before a middle name is left out like a middle
// initial: "H. Ross Vell" and "Ross Vell" are one person, in either order.
func TestLeadingInitialMeetsMiddleName(t *testing.T) {
	per := func(name string) core.Entity {
		return core.Entity{Name: name, Type: core.Person, Mentions: 2, Aliases: []string{"Vell"}}
	}
	arts := []*core.Article{entityArticle("a", per("H. Ross Vell")), entityArticle("b", per("Ross Vell"))}
	bothOrders(t, arts, func(t *testing.T, st Store) {
		got := entityArticles(t, st)
		if len(got) != 1 || (got["H. Ross Vell"] != 2 && got["Ross Vell"] != 2) {
			t.Errorf("entities %v, want one person in 2 articles", got)
		}
		for name, als := range storeAliases(t, st) {
			if name != "Ross Vell" && !slices.ContainsFunc(als, func(a string) bool { return strings.EqualFold(a, "Ross Vell") }) {
				t.Errorf("%q aliases %v, want Ross Vell among them", name, als)
			}
		}
	})
}

// A person named with a middle name and without it is one entity in
// either order, whether or not the store knows the given name.
func TestMiddleNameEitherOrder(t *testing.T) {
	per := func(name string) core.Entity {
		return core.Entity{Name: name, Type: core.Person, Mentions: 2, Aliases: []string{"Vell"}}
	}
	arts := []*core.Article{entityArticle("a", per("Lataya Sorell Vell")), entityArticle("b", per("Lataya Vell"))}
	bothOrders(t, arts, func(t *testing.T, st Store) {
		if got := entityArticles(t, st); len(got) != 1 {
			t.Errorf("entities %v, want one person in 2 articles", got)
		}
	})
}

// A lone surname given the office a stored person of that surname holds
// ("President Orlo" beside "Jimmy Orlo", President) is that person, with
// no other shared context, in either order; another office is no evidence.
func TestSharedOfficeJoinsSurname(t *testing.T) {
	full := core.Entity{Name: "Jimmy Orlo", Type: core.Person, Mentions: 3, Aliases: []string{"Orlo"}, Attributes: []string{"President"}}
	lone := func(attr string) core.Entity {
		return core.Entity{Name: "Orlo", Type: core.Person, Mentions: 1, Attributes: []string{attr}}
	}
	for _, tc := range []struct {
		attr string
		want int // articles of Jimmy Orlo
	}{{"President", 3}, {"Senator", 2}, {"spokesman", 2}} {
		arts := []*core.Article{entityArticle("a", full), entityArticle("b", full), entityArticle("c", lone(tc.attr))}
		t.Run(tc.attr, func(t *testing.T) {
			bothOrders(t, arts, func(t *testing.T, st Store) {
				if got := entityArticles(t, st); got["Jimmy Orlo"] != tc.want {
					t.Errorf("entities %v, want Jimmy Orlo in %d articles", got, tc.want)
				}
			})
		})
	}
}
