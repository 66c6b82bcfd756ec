package store

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestNearNames: a name filter that matched no stored name is offered the
// names with a word near its longest: one the typed word begins, one or
// two letters off (two from seven letters), most mentioned first.
func TestNearNames(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, ":memory:", Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	per := func(name string, mentions int) core.Entity {
		return core.Entity{Name: name, Type: core.Person, Mentions: mentions}
	}
	if _, err := st.PutBatch(ctx, []*core.Article{
		entityArticle("n1", per("Ana Kovrin", 1), per("Piet Kovrin", 4), per("Oskar Brandvold", 1)),
		entityArticle("n2", per("Élodie Marsh", 1), per("Kovac Lund", 1)),
	}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		typed string
		want  []string
	}{
		{"Kovrn", []string{"Piet Kovrin", "Ana Kovrin"}},
		{"kovr", []string{"Piet Kovrin", "Ana Kovrin"}},
		{"Kovrinn", []string{"Piet Kovrin", "Ana Kovrin"}},
		{"Brandvld", []string{"Oskar Brandvold"}},
		{"Brnadvold", []string{"Oskar Brandvold"}}, // two letters swapped: two edits, seven letters or more
		{"Kovax", []string{"Kovac Lund"}},
		{"ÉLODIA", []string{"Élodie Marsh"}},
		{"Kvorin", []string{"Piet Kovrin", "Ana Kovrin"}},            // two letters swapped, and the first two differ: found by the last three (schema 27)
		{"Covrin", []string{"Piet Kovrin", "Ana Kovrin"}},            // the first letter wrong
		{"Kvrin", []string{"Piet Kovrin", "Ana Kovrin"}},             // the second letter left out
		{"Rbandvolf", nil},                                           // two edits off, but wrong at both ends: not compared
		{"Kov", []string{"Piet Kovrin", "Ana Kovrin", "Kovac Lund"}}, // three letters begin both
		{"Ko", nil},
		{"Zzyzx", nil},
	} {
		got, err := st.NearNames(ctx, c.typed)
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("NearNames(%q) = %q, %v; want %q", c.typed, got, err, c.want)
		}
	}
}

func TestWithinEdits(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		limit int
		want  bool
	}{
		{"kovrin", "kovrn", 1, true}, {"kovrin", "kovirn", 1, true}, {"kovrin", "kovirn", 0, false},
		{"kovrin", "kvorin", 1, true}, {"kovrin", "vkorin", 1, false}, {"kovrin", "okvrni", 1, false}, {"kovrin", "okvrni", 2, true},
		{"kovrin", "kovrin", 0, true}, {"abc", "abcde", 1, false}, {"", "a", 1, true}, {"marsh", "mrash", 1, true}, {"marsh", "mrahs", 1, false},
	} {
		if got := withinEdits([]rune(c.a), []rune(c.b), c.limit); got != c.want {
			t.Errorf("withinEdits(%q, %q, %d) = %v, want %v", c.a, c.b, c.limit, got, c.want)
		}
	}
}

// TestNearNamesWordEnds: a store written before schema 27 has no
// entity_words; the migration files its words backwards
// (fillAllWordEnds), so "Kvorin" finds the Kovrins there, and a name added
// after it is filed as it is written (fileAliasWords).
func TestNearNamesWordEnds(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := Open(ctx, path, Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	per := func(name string) core.Entity { return core.Entity{Name: name, Type: core.Person, Mentions: 1} }
	if _, err := st.PutBatch(ctx, []*core.Article{entityArticle("e1", per("Ana Kovrin"))}); err != nil {
		t.Fatal(err)
	}
	st = reopen(t, st, path, []string{`DROP TABLE entity_words`, `DELETE FROM schema_migrations WHERE version = 27`})
	if got, err := st.NearNames(ctx, "Kvorin"); err != nil || !slices.Equal(got, []string{"Ana Kovrin"}) {
		t.Errorf("migrated: NearNames(Kvorin) = %q, %v; want Ana Kovrin", got, err)
	}
	if _, err := st.PutBatch(ctx, []*core.Article{entityArticle("e2", per("Tomas Vellacourt"))}); err != nil {
		t.Fatal(err)
	}
	if got, err := st.NearNames(ctx, "Vlelacourt"); err != nil || !slices.Equal(got, []string{"Tomas Vellacourt"}) {
		t.Errorf("written after: NearNames(Vlelacourt) = %q, %v; want Tomas Vellacourt", got, err)
	}
}
