package store

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// rollbackAfter22 is what a store looked like at version 22: no word ends
// (27), stories not recounted (26: data only), no alias word table (25),
// marks in article text not rewritten (24), street keys not spelt out (23:
// data only, the test writes the old keys).
var rollbackAfter22 = []string{`DROP TABLE entity_words`, `DELETE FROM schema_migrations WHERE version = 27`,
	`DELETE FROM schema_migrations WHERE version = 26`, `DROP TRIGGER entities_ad_words`, `DROP TABLE entity_alias_words`,
	`DELETE FROM schema_migrations WHERE version = 25`, `DELETE FROM schema_migrations WHERE version = 24`,
	`DELETE FROM schema_migrations WHERE version = 23`}

func reopen(t *testing.T, st Store, path string, rollback []string) Store {
	t.Helper()
	ctx := context.Background()
	if rollback != nil {
		db := st.(*sqliteStore).db
		for _, q := range rollback {
			if _, err := db.ExecContext(ctx, q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
	}
	st.Close()
	st, err := Open(ctx, path, Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// olderStep is an article an older storyline stored and the SQL that
// leaves the store as that storyline had it after the article.
type olderStep struct {
	art *core.Article
	sql []string
}

// writeOlder stores each step's article in st and then runs its SQL.
func writeOlder(t *testing.T, st Store, steps []olderStep) {
	t.Helper()
	ctx := context.Background()
	db := st.(*sqliteStore).db
	for _, step := range steps {
		if _, err := st.PutBatch(ctx, []*core.Article{step.art}); err != nil {
			t.Fatal(err)
		}
		for _, q := range step.sql {
			if _, err := db.ExecContext(ctx, q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
	}
}

// TestSpeakerWordsIndex: the speaker filter's match by words reads
// entity_alias_words, which a new store fills as aliases are added
// (a merged entity's words follow it, a deleted entity's go) and the
// migration to version 25 fills for a store written before it (fails
// without fillAllAliasWords: "Kovrin" found nobody there).
func TestSpeakerWordsIndex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := Open(ctx, path, Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	per := func(name string, aliases ...string) core.Entity {
		return core.Entity{Name: name, Type: core.Person, Mentions: 1, Aliases: aliases}
	}
	if _, err := st.PutBatch(ctx, []*core.Article{
		entityArticle("w1", per("Ana Kovrin")), entityArticle("w2", per("Piet Kovrin", "Pieter Kovrin")),
		entityArticle("w3", per("Élodie Marsh-Quill")),
	}); err != nil {
		t.Fatal(err)
	}
	check := func(when string, st Store) {
		t.Helper()
		for _, c := range []struct {
			typed string
			want  []string
		}{
			{"Kovrin", []string{"Ana Kovrin", "Piet Kovrin"}}, {"pieter kovrin", []string{"Piet Kovrin"}},
			{"ÉLODIE", []string{"Élodie Marsh-Quill"}}, {"quill", []string{"Élodie Marsh-Quill"}},
			{"Kovr", nil}, {"Ana Quill", nil},
		} {
			got, err := st.Speakers(ctx, c.typed)
			if err != nil || !slices.Equal(got, c.want) {
				t.Errorf("%s: Speakers(%q) = %q, %v; want %q", when, c.typed, got, err, c.want)
			}
		}
	}
	check("new store", st)
	st = reopen(t, st, path, rollbackAfter22)
	check("migrated store", st)
	db := st.(*sqliteStore).db
	var n int
	if err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM entity_alias_words WHERE word = ?`, foldCase("kovrin")).Scan(&n); err != nil || n != 2 {
		t.Errorf("migrated store: %d entities under kovrin (%v), want 2", n, err)
	}
	// Deleting the only article naming Élodie Marsh-Quill deletes her
	// entity, and her words with it.
	var id int64
	if err := db.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = 'w3'`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	if err := st.Delete(ctx, id); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM entity_alias_words WHERE word IN (?, ?)`, foldCase("quill"), foldCase("élodie")).Scan(&n); err != nil || n != 0 {
		t.Errorf("after delete: %d word rows of a deleted entity (%v), want 0", n, err)
	}
	if got, _ := st.Speakers(ctx, "quill"); len(got) != 0 {
		t.Errorf("after delete: Speakers(quill) = %q", got)
	}
}

// TestMigrateStreetKeys opens a store an older storyline wrote, with a
// place keyed by its abbreviated street head ("Snyder Ave." beside "Snyder
// Avenue", "Tilden Blvd" alone): the migration to version 23 names them
// spelt out, keeps every name as an alias and merges the two Snyders with
// their articles and mentions, so a later article naming "Snyder Avenue"
// joins them; a street the tagger typed as a person or an organisation
// ("Kellan Rd." PER) becomes the place with its type votes (fails without
// migrateStreetKeys: two Snyders stay, and "Tilden Blvd" keeps its name
// and key).
func TestMigrateStreetKeys(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	st, err := Open(ctx, path, Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	loc := func(name string, mentions int) core.Entity {
		return core.Entity{Name: name, Type: core.Location, Mentions: mentions}
	}
	typed := func(name string, typ core.EntityType) core.Entity {
		return core.Entity{Name: name, Type: typ, Mentions: 1}
	}
	db := st.(*sqliteStore).db
	oldKey := func(spelled, abbrev string) string {
		return strings.Replace(entityKey(spelled, core.Location), strings.ToLower(strings.Fields(spelled)[1]), strings.ToLower(abbrev), 1)
	}
	writeOlder(t, st, []olderStep{
		{entityArticle("s1", loc("Snyder Ave.", 3), loc("Tilden Blvd", 1), loc("Wall St.", 1), typed("Kellan Rd.", core.Person), typed("Marrow Blvd", core.Organisation)), []string{
			`UPDATE entities SET key = '` + oldKey("Snyder Avenue", "ave") + `' WHERE name = 'Snyder Ave.'`,
			`UPDATE entities SET key = '` + oldKey("Tilden Boulevard", "blvd") + `' WHERE name = 'Tilden Blvd'`}},
		{entityArticle("s2", loc("Snyder Avenue", 1), loc("Kellan Road", 1)), nil},
	})
	if got := entityArticles(t, st); got["Snyder Ave."] != 1 || got["Snyder Avenue"] != 1 || got["Tilden Blvd"] != 1 {
		t.Fatalf("older store: %v", got)
	}
	st = reopen(t, st, path, rollbackAfter22)
	if _, err := st.PutBatch(ctx, []*core.Article{entityArticle("s3", loc("Snyder Avenue", 2))}); err != nil {
		t.Fatal(err)
	}
	ents, err := st.Entities(ctx, EntityFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]StoredEntity{}
	for _, e := range ents {
		got[e.Name] = e
	}
	if e, ok := got["Snyder Avenue"]; !ok || e.Articles != 3 || e.Mentions != 6 || !slices.Contains(e.Aliases, "Snyder Ave.") {
		t.Errorf("Snyder Avenue = %+v: want 3 articles, 6 mentions, aka Snyder Ave.", e)
	}
	if e, ok := got["Tilden Boulevard"]; !ok || e.Articles != 1 || !slices.Contains(e.Aliases, "Tilden Blvd") {
		t.Errorf("entities %v: want Tilden Boulevard aka Tilden Blvd", ents)
	}
	if _, ok := got["Wall St."]; !ok {
		t.Errorf("entities %v: want Wall St. kept (no abbreviation spelt out)", ents)
	}
	// A street the tagger typed as a person or an organisation is a place
	// now, its type votes with it: "Kellan Rd." (PER) joins "Kellan Road".
	if e, ok := got["Kellan Road"]; !ok || e.Type != core.Location || e.Articles != 2 || !slices.Contains(e.Aliases, "Kellan Rd.") {
		t.Errorf("Kellan Road = %+v: want a place in 2 articles, aka Kellan Rd.", e)
	}
	if e, ok := got["Marrow Boulevard"]; !ok || e.Type != core.Location {
		t.Errorf("entities %v: want the place Marrow Boulevard", ents)
	}
	if len(ents) != 5 {
		t.Errorf("entities %v: want 5", ents)
	}
	db = st.(*sqliteStore).db
	var votes string
	if err := db.QueryRowContext(ctx, `SELECT group_concat(t.type || '=' || t.n) FROM entity_types t JOIN entities e ON e.id = t.entity_id WHERE e.name = 'Kellan Road'`).Scan(&votes); err != nil || votes != "LOC=2" {
		t.Errorf("Kellan Road's type votes %q (%v), want LOC=2", votes, err)
	}
	// Deleting the article that typed it PER takes back its vote, for LOC.
	var s1 int64
	if err := db.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = 's1'`).Scan(&s1); err != nil {
		t.Fatal(err)
	}
	if err := st.Delete(ctx, s1); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRowContext(ctx, `SELECT group_concat(t.type || '=' || t.n) FROM entity_types t JOIN entities e ON e.id = t.entity_id WHERE e.name = 'Kellan Road'`).Scan(&votes); err != nil || votes != "LOC=1" {
		t.Errorf("after deleting s1: Kellan Road's type votes %q (%v), want LOC=1", votes, err)
	}
}

// TestMigrateMarks: an article stored before version 24 with the highlight
// marks in its title and text is rewritten (U+FFFD, same length) and
// re-indexed, so search marks only the match (fails without the
// migration: the stray mark opened a highlight).
func TestMigrateMarks(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := Open(ctx, path, Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	text := "The ferry company of Velmont changed its winter timetable on Friday."
	a := &core.Article{Hash: "pua", Source: "fixtures/pua.txt", Title: "Ferry timetable", Published: "2031-03-06", Language: "en", Text: text}
	if _, err := st.PutBatch(ctx, []*core.Article{a}); err != nil {
		t.Fatal(err)
	}
	// What an older storyline stored: the marks as they came.
	st = reopen(t, st, path, append([]string{
		`UPDATE articles SET title = 'Ferry ' || char(57344) || ' timetable', text = replace(text, 'Velmont', 'Velmont ' || char(57345) || char(57344))`,
	}, rollbackAfter22...))
	res, err := st.Search(ctx, SearchQuery{Text: "timetable", Limit: 5})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("search: %v %+v", err, res)
	}
	h := res.Hits[0]
	if strings.Count(h.TitleMarked, MarkStart) != 1 || strings.Count(h.Snippet, MarkStart) != 1 {
		t.Errorf("title %q snippet %q: want only the match marked", h.TitleMarked, h.Snippet)
	}
	got, err := st.Article(ctx, h.ID)
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Replace(text, "Velmont", "Velmont \uFFFD\uFFFD", 1); got.Text != want || got.Title != "Ferry \uFFFD timetable" {
		t.Errorf("stored %q titled %q, want %q", got.Text, got.Title, want)
	}
	if res, err := st.Search(ctx, SearchQuery{Text: "velmont", Limit: 5}); err != nil || len(res.Hits) != 1 {
		t.Errorf("search velmont after the rewrite: %v %+v", err, res)
	}
}
