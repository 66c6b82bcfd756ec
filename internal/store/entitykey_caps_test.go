package store

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// A place the first article names in capitals (a dateline) takes the name
// as usually written from a later article; a one-word name in capitals
// (an acronym) keeps it. Fails without nameAsWritten.
func TestNameAsWrittenAcrossArticles(t *testing.T) {
	loc := func(name string) core.Entity { return core.Entity{Name: name, Type: core.Location, Mentions: 1} }
	org := func(name string) core.Entity { return core.Entity{Name: name, Type: core.Organisation, Mentions: 1} }
	a := entityArticle("a", loc("VELMONT CITY"), org("KELLCO"))
	b := entityArticle("b", loc("Velmont City"), org("Kellco"))
	got := entityArticles(t, storeOneByOne(t, a, b))
	if got["Velmont City"] != 2 || got["VELMONT CITY"] != 0 {
		t.Errorf("entities %v, want Velmont City in 2 articles", got)
	}
	if got["KELLCO"] != 2 {
		t.Errorf("entities %v, want KELLCO (one word) kept in 2 articles", got)
	}
}
