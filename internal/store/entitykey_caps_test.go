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

// A name stored in capitals takes a later article's usual form when the
// letters are the same with full stops ("ST VELMONT" -> "St. Velmont"),
// when the usual form is only an alias of the later article's entity ("THE
// KELL ANCHOR" renamed by the alias "The Kell Anchor" of "Kell Anchor"),
// and for a person ("ORLA BRANNOCK" -> "Orla Brannock"). A form with other
// letters renames nothing. Fails without entitykey_caps.go (the rename
// asked the exact capitals of the article's name, of places and
// organisations only).
func TestNameAsWrittenFormsAndPersons(t *testing.T) {
	loc := func(name string) core.Entity { return core.Entity{Name: name, Type: core.Location, Mentions: 1} }
	misc := func(name string, aliases ...string) core.Entity {
		return core.Entity{Name: name, Type: core.Misc, Mentions: 1, Aliases: aliases}
	}
	per := func(name string) core.Entity { return core.Entity{Name: name, Type: core.Person, Mentions: 1} }
	a := entityArticle("a", loc("ST VELMONT"), misc("THE KELL ANCHOR"), per("ORLA BRANNOCK"), loc("PORT TEVAN"))
	b := entityArticle("b", loc("St. Velmont"), misc("Kell Anchor", "The Kell Anchor"), per("Orla Brannock"), loc("Tevan"))
	got := entityArticles(t, storeOneByOne(t, a, b))
	for _, name := range []string{"St. Velmont", "The Kell Anchor", "Orla Brannock"} {
		if got[name] != 2 {
			t.Errorf("entities %v, want %q in 2 articles", got, name)
		}
	}
	if got["PORT TEVAN"] != 1 {
		t.Errorf("entities %v, want PORT TEVAN kept (no form with its letters)", got)
	}
}
