package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestUpgradeAdvice opens a store as an older storyline left it (articles
// stored, schema one version before claim_said) and checks that the open
// that migrates it asks for a re-analysis, once, while a new store, an
// older store without articles and an up-to-date one ask for nothing.
func TestUpgradeAdvice(t *testing.T) {
	const v = 27 // word ends (27), stories' sources recounted (26), alias words (25), marks rewritten (24), street keys (23), aliases folded (22), source folded (21), capitals renamed (20), the storylines_parent index (19) after the claim_said migration (18); extend the rollback below when a later one is added
	if len(migrations)-1 != v {
		t.Fatalf("schema is at version %d: roll back the migrations after %d too in this test", len(migrations)-1, v)
	}
	ctx := context.Background()
	for _, tc := range []struct {
		name     string
		articles bool
		want     int
	}{
		{"older store with articles", true, 1},
		{"older store without articles", false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "old.db")
			st, err := Open(ctx, path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a := st.(Upgraded).UpgradeAdvice(); len(a) != 0 {
				t.Errorf("new store: advice %q, want none", a)
			}
			db := st.(*sqliteStore).db
			if tc.articles {
				if _, err := db.ExecContext(ctx, `INSERT INTO articles(hash, source, title, text, ingested_at) VALUES ('h1', 'fiction/1', 'Ferry talks resume in Lunde', 'The harbour council met on Monday.', 'now')`); err != nil {
					t.Fatal(err)
				}
			}
			for _, q := range append(rollbackSourceFold, `DELETE FROM schema_migrations WHERE version = 20`, `DROP INDEX storylines_parent`, `DELETE FROM schema_migrations WHERE version = 19`, `DROP TABLE claim_said`, `DELETE FROM schema_migrations WHERE version = 18`) {
				if _, err := db.ExecContext(ctx, q); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
			}
			st.Close()

			st, err = Open(ctx, path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			a := st.(Upgraded).UpgradeAdvice()
			if len(a) != tc.want {
				t.Fatalf("migrating open: advice %q, want %d line(s)", a, tc.want)
			}
			if tc.want > 0 && !strings.Contains(a[0], "storyline reanalyze") {
				t.Errorf("advice %q does not name the command to run", a[0])
			}
			st.Close()

			st, err = Open(ctx, path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if a := st.(Upgraded).UpgradeAdvice(); len(a) != 0 {
				t.Errorf("second open: advice %q, want none", a)
			}
		})
	}
}
