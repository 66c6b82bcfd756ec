package store

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestEntityNameFoldsBeyondASCII: the entity filter (entities --name,
// /api/entities?name=) finds "Émile Dorn" for "émile" and "Ñusta Quill" for
// "ÑUSTA" (SQLite's lower() folded ASCII only), in a new store, for an
// alias a later article adds, and in a store stored before version 22,
// whose aliases the migration folds (data kept).
func TestEntityNameFoldsBeyondASCII(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := Open(ctx, path, Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	mk := func(hash string, ents ...core.Entity) *core.Article {
		return &core.Article{Hash: hash, Source: hash + ".html", Title: "Ferry " + hash, Text: "The ferry council voted on Monday.", Published: "2031-03-02", Entities: ents}
	}
	if _, err := st.PutBatch(ctx, []*core.Article{
		mk("a1", core.Entity{Name: "Émile Dorn", Type: core.Person, Mentions: 2}, core.Entity{Name: "Søren Åberg", Type: core.Person, Mentions: 1}),
		mk("a2", core.Entity{Name: "Ñusta Quill", Type: core.Person, Mentions: 1}),
		mk("a3", core.Entity{Name: "Lake Ørsk", Type: core.Location, Mentions: 1}),
	}); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		for _, c := range []struct{ name, want string }{
			{"émile", "Émile Dorn"}, {"ÉMILE D", "Émile Dorn"}, {"ñusta", "Ñusta Quill"}, {"ÑUSTA", "Ñusta Quill"},
			{"quill", "Ñusta Quill"}, {"lake øRSK", "Lake Ørsk"}, {"SØREN å", "Søren Åberg"}, {"dorn", "Émile Dorn"},
		} {
			es, err := st.Entities(ctx, EntityFilter{Name: c.name})
			if err != nil {
				t.Fatal(err)
			}
			if len(es) != 1 || es[0].Name != c.want {
				t.Errorf("%s: Entities(name %q) = %+v, want %s", when, c.name, es, c.want)
			}
		}
		if es, _ := st.Entities(ctx, EntityFilter{Name: "åBERG"}); len(es) != 2 {
			t.Errorf("%s: Entities(name åBERG) = %+v, want Søren Åberg and the Åberg a later article added", when, es)
		}
		if es, _ := st.Entities(ctx, EntityFilter{Name: "emile"}); len(es) != 0 {
			t.Errorf("%s: Entities(name emile) = %+v: accents are not dropped", when, es)
		}
	}
	// A later article names Åberg by the surname alone: the alias it adds
	// is folded too.
	if _, err := st.PutBatch(ctx, []*core.Article{mk("a4", core.Entity{Name: "Åberg", Type: core.Person, Mentions: 1})}); err != nil {
		t.Fatal(err)
	}
	check("new store")
	var unfolded int
	if err := st.(*sqliteStore).db.QueryRowContext(ctx, `SELECT COUNT(*) FROM entity_aliases WHERE alias_fold = ''`).Scan(&unfolded); err != nil || unfolded != 0 {
		t.Errorf("new store: %d aliases unfolded (%v), want 0", unfolded, err)
	}
	st = reopen(t, st, path, rollbackAliasFold)
	check("migrated store")
	var n, folded int
	if err := st.(*sqliteStore).db.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(NULLIF(alias_fold, '')) FROM entity_aliases`).Scan(&n, &folded); err != nil || n < 4 || folded != n {
		t.Errorf("migrated store: %d of %d aliases folded (%v), want all kept and folded", folded, n, err)
	}
}
