package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// rollbackSourceFold is what a store looked like before version 21: no
// folded columns, the older articles_meta. Tests that roll a store back
// past version 21 run it first (it rolls back version 22 first).
var rollbackSourceFold = append(slices.Clip(rollbackAliasFold), `DROP INDEX articles_meta`, `ALTER TABLE articles DROP COLUMN source_fold`,
	`ALTER TABLE articles DROP COLUMN outlet_fold`, `CREATE INDEX articles_meta ON articles(id, published, outlet, source, language, story_id)`,
	`DELETE FROM schema_migrations WHERE version = 21`)

func TestFoldCase(t *testing.T) {
	for _, c := range [][2]string{{"Le Monde", "LE MONDE"}, {"Écho de Lunde", "ÉCHO DE LUNDE"}, {"la voz de ñuble", "La Voz de Ñuble"},
		{"ΟΔΟΣ", "οδος"}, {"Straße", "STRAßE"}, {"\u212Aelvin", "kelvin"}} {
		if foldCase(c[0]) != foldCase(c[1]) {
			t.Errorf("foldCase(%q) = %q, foldCase(%q) = %q; want equal", c[0], foldCase(c[0]), c[1], foldCase(c[1]))
		}
	}
	if foldCase("Écho") == foldCase("Echo") {
		t.Errorf("foldCase folds accents away: %q", foldCase("Écho"))
	}
}

// TestSourceFilterFoldsBeyondASCII: the source filter of the article list
// and of search finds "ÉCHO DE LUNDE" for "écho" and "La Voz de Ñuble" for
// "ÑUBLE" (SQLite's lower() folded ASCII only: "LE MONDE" met "le monde",
// "É" missed "é"), in a new store and in one stored before version 21, whose
// articles the migration folds.
func TestSourceFilterFoldsBeyondASCII(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := Open(ctx, path, Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	arts := []*core.Article{
		{Hash: "f1", Source: "lunde/1.html", Outlet: "ÉCHO DE LUNDE", Title: "Ferry vote", Text: "The ferry council voted on Monday.", Published: "2031-03-02"},
		{Hash: "f2", Source: "https://nuble.example/2", Outlet: "La Voz de Ñuble", Title: "Harbour strike", Text: "The harbour strike went on.", Published: "2031-03-03"},
		{Hash: "f3", Source: "monde/3.html", Outlet: "LE MONDE", Title: "Ferry fares", Text: "The ferry fares rose.", Published: "2031-03-04"},
	}
	if _, err := st.PutBatch(ctx, arts); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		for _, c := range []struct {
			source string
			want   int64
		}{{"écho", 1}, {"ÉCHO de", 1}, {"ÑUBLE", 2}, {"voz de ñ", 2}, {"le monde", 3}, {"NUBLE.EXAMPLE", 2}} {
			as, err := st.Articles(ctx, ArticleFilter{Source: c.source, Limit: 10})
			if err != nil {
				t.Fatal(err)
			}
			if len(as) != 1 || as[0].ID != c.want {
				t.Errorf("%s: Articles(source %q) = %d articles, want article %d", when, c.source, len(as), c.want)
			}
			res, err := st.Search(ctx, SearchQuery{Text: "ferry OR harbour", Source: c.source, Limit: 10})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) != 1 || res.Hits[0].ID != c.want {
				t.Errorf("%s: Search(source %q) = %d hits, want article %d", when, c.source, len(res.Hits), c.want)
			}
		}
	}
	check("new store")
	st = reopen(t, st, path, rollbackSourceFold)
	check("migrated store")
	var n int
	if err := st.(*sqliteStore).db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE title <> '' AND source_fold <> '' AND outlet_fold <> ''`).Scan(&n); err != nil || n != 3 {
		t.Errorf("migrated store: %d articles folded (%v), want 3 kept and folded", n, err)
	}
	var idx sql.NullString
	st.(*sqliteStore).db.QueryRowContext(ctx, `SELECT sql FROM sqlite_master WHERE name = 'articles_meta'`).Scan(&idx)
	if want := "source_fold, outlet_fold)"; len(idx.String) < len(want) || idx.String[len(idx.String)-len(want):] != want {
		t.Errorf("articles_meta = %q, want it to cover the folded columns", idx.String)
	}
}
