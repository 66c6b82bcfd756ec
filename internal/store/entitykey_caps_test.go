package store

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
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

// A store written before schema 20 keeps names in capitals ("VELMONT
// CITY" aka "Velmont City") and keys "Miss Tarrow" apart from "Tarrow":
// the older store is made here as the older storyline left it (names and
// keys written back, version 20 rolled back) and opened again. The name
// takes the usual form, the capitals stay an alias, a one-word name in
// capitals and a name with no usual form keep theirs, and "Miss Tarrow"
// joins "Tarrow" with both articles and all mentions. Fails without
// migrateCapsNames.
func TestMigrateCapsNames(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	st, err := Open(ctx, path, Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	loc := func(name string, aliases ...string) core.Entity {
		return core.Entity{Name: name, Type: core.Location, Mentions: 2, Aliases: aliases}
	}
	per := func(name string) core.Entity { return core.Entity{Name: name, Type: core.Person, Mentions: 1} }
	a := entityArticle("a", loc("Velmont City", "VELMONT CITY"), loc("PORT TEVAN"), loc("KELLCO", "Kellco"), per("Miss Tarrow"))
	b := entityArticle("b", per("Tarrow"))
	writeOlder(t, st, []olderStep{
		{a, []string{`UPDATE entities SET name = 'VELMONT CITY' WHERE name = 'Velmont City'`,
			`UPDATE entities SET key = 'PER:miss tarrow' WHERE name = 'Miss Tarrow'`}},
		{b, append(rollbackSourceFold, `DELETE FROM schema_migrations WHERE version = 20`)},
	})
	if got := entityArticles(t, st); got["VELMONT CITY"] != 1 || got["Miss Tarrow"] != 1 || got["Tarrow"] != 1 {
		t.Fatalf("older store: %v", got)
	}
	st.Close()

	st, err = Open(ctx, path, Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ents, err := st.Entities(ctx, EntityFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]StoredEntity{}
	for _, e := range ents {
		got[e.Name] = e
	}
	if e, ok := got["Velmont City"]; !ok || !slices.Contains(e.Aliases, "VELMONT CITY") {
		t.Errorf("entities %v: want Velmont City aka VELMONT CITY", ents)
	}
	if _, ok := got["PORT TEVAN"]; !ok {
		t.Errorf("entities %v: want PORT TEVAN kept (no usual form)", ents)
	}
	if _, ok := got["KELLCO"]; !ok {
		t.Errorf("entities %v: want KELLCO kept (one word)", ents)
	}
	var tarrow []StoredEntity
	for _, e := range ents {
		if strings.Contains(e.Name, "Tarrow") {
			tarrow = append(tarrow, e)
		}
	}
	if len(tarrow) != 1 || tarrow[0].Articles != 2 || tarrow[0].Mentions != 2 {
		t.Errorf("Tarrow entities %+v, want one in 2 articles with 2 mentions", tarrow)
	}
}
