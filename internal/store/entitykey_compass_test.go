package store

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// "S. Vellmark" and "South Vellmark" are one place across articles, in
// either order; "S. Chamber" with no spelled-out entity stays.
func TestCompassAcrossArticles(t *testing.T) {
	loc := func(name string) core.Entity { return core.Entity{Name: name, Type: core.Location, Mentions: 1} }
	for _, reversed := range []bool{false, true} {
		a, b := entityArticle("a", loc("South Vellmark")), entityArticle("b", loc("S. Vellmark"), loc("S. Chamber"))
		if reversed {
			a, b = b, a
		}
		got := entityArticles(t, storeOneByOne(t, a, b))
		if len(got) != 2 || got["S. Chamber"] != 1 || got["South Vellmark"]+got["S. Vellmark"] != 2 {
			t.Errorf("reversed %v: entities %v, want South Vellmark in 2 articles and S. Chamber", reversed, got)
		}
	}
	for in, want := range map[string]string{"S. Korea": "South Korea", "N. Vell": "North Vell", "S.": "", "U.S. Navy": "", "Sen. Vell": ""} {
		if got := compassSpelled(in); got != want {
			t.Errorf("compassSpelled(%q) = %q, want %q", in, got, want)
		}
	}
}
