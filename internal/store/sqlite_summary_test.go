package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// summaryFromArticles is the story summary computed the slow way, straight
// from the articles: what the summary columns must always equal (the
// sources column is sourcesFromArticles).
const summaryFromArticles = `SELECT
	(SELECT COUNT(*) FROM articles a WHERE a.story_id = ?1),
	0,
	COALESCE((SELECT MIN(substr(a.published, 1, 10)) FROM articles a WHERE a.story_id = ?1 AND a.published <> ''), ''),
	COALESCE((SELECT MAX(substr(a.published, 1, 10)) FROM articles a WHERE a.story_id = ?1 AND a.published <> ''), ''),
	COALESCE((SELECT a.title FROM articles a WHERE a.story_id = ?1 AND a.title <> '' ORDER BY CASE WHEN a.published = '' THEN 1 ELSE 0 END, a.published, a.id LIMIT 1), '')`

// sourcesFromArticles counts story id's articles' distinct SourceKeys,
// one article at a time.
func sourcesFromArticles(t *testing.T, db *sql.DB, id int64) int {
	t.Helper()
	rows, err := db.QueryContext(context.Background(), `SELECT source, outlet FROM articles WHERE story_id = ?`, id)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	keys := map[string]bool{}
	for rows.Next() {
		var source, outlet string
		if err := rows.Scan(&source, &outlet); err != nil {
			t.Fatal(err)
		}
		keys[SourceKey(source, outlet)] = true
	}
	return len(keys)
}

type summaryRow struct {
	Articles, Sources int
	First, Last       string
	Title             string
}

// checkSummaries compares every unmerged story's summary columns with the
// articles, and returns how many stories were merged away.
func checkSummaries(t *testing.T, db *sql.DB) (merged int) {
	t.Helper()
	ctx := context.Background()
	rows, err := db.QueryContext(ctx, `SELECT id, merged_into, n_articles, n_sources, first_day, last_day, title FROM stories`)
	if err != nil {
		t.Fatal(err)
	}
	type stored struct {
		id, into int64
		summaryRow
	}
	var all []stored
	for rows.Next() {
		var s stored
		if err := rows.Scan(&s.id, &s.into, &s.Articles, &s.Sources, &s.First, &s.Last, &s.Title); err != nil {
			t.Fatal(err)
		}
		all = append(all, s)
	}
	rows.Close()
	if len(all) == 0 {
		t.Fatal("no stories stored")
	}
	for _, s := range all {
		var want summaryRow
		if err := db.QueryRowContext(ctx, summaryFromArticles, s.id).Scan(&want.Articles, &want.Sources, &want.First, &want.Last, &want.Title); err != nil {
			t.Fatal(err)
		}
		want.Sources = sourcesFromArticles(t, db, s.id)
		if s.into != 0 && s.into != s.id {
			merged++
			if want.Articles != 0 {
				t.Errorf("story %d merged into %d still has %d articles", s.id, s.into, want.Articles)
			}
			continue
		}
		if s.summaryRow != want {
			t.Errorf("story %d: summary %+v, articles say %+v", s.id, s.summaryRow, want)
		}
	}
	var wrong int
	if err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM entities e
		WHERE e.n_articles <> (SELECT COUNT(*) FROM article_entities ae WHERE ae.entity_id = e.id)`).Scan(&wrong); err != nil {
		t.Fatal(err)
	}
	if wrong > 0 {
		t.Errorf("%d entities with n_articles other than their article count", wrong)
	}
	return merged
}

func TestStorySummariesFollowLinking(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	arts := linkCorpus()
	// Two batches: summaries must hold after each.
	if _, err := st.PutBatch(ctx, arts[:3]); err != nil {
		t.Fatal(err)
	}
	db := st.(*sqliteStore).db
	checkSummaries(t, db)
	if _, err := st.PutBatch(ctx, arts[3:]); err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, db)
	stories, err := st.Stories(ctx, StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, s := range stories {
		total += s.Articles
		if s.Title == "" || s.First == "" || s.Sources == 0 {
			t.Errorf("story %d: empty summary %+v", s.ID, s)
		}
	}
	if total != len(arts) {
		t.Errorf("stories list %d articles, want %d", total, len(arts))
	}
	for i := 1; i < len(stories); i++ {
		a, b := stories[i-1], stories[i]
		if a.Last < b.Last || (a.Last == b.Last && a.Articles < b.Articles) {
			t.Errorf("stories out of order: %+v before %+v", a, b)
		}
	}
}

// TestMigrationsFillSummaries builds a version-2 store by hand and checks
// that opening it fills the summary columns.
func TestMigrationsFillSummaries(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v2.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`)
	for v := 1; v <= 2; v++ { // a version-2 store; opening it runs 3 and 4
		exec(migrations[v])
		exec(`INSERT INTO schema_migrations(version, applied_at) VALUES (?, '2031-01-01T00:00:00Z')`, v)
	}
	exec(`INSERT INTO stories(id, line, size, seq, active, merged_into, state) VALUES (1, 1, 3, 1, 1, 0, '{}'), (2, 2, 1, 2, 1, 0, '{}'), (3, 3, 1, 3, 0, 1, '{}')`)
	type art struct {
		story                            int64
		title, outlet, source, published string
		ents                             []string
	}
	for i, a := range []art{
		{1, "Ferry talks resume", "Tessin Daily", "t/1", "2031-05-02T08:00:00Z", []string{"Harbour Council", "Anna Lorvik"}},
		{1, "", "", "t/2", "2031-05-01", []string{"Anna Lorvik"}},
		{1, "Ferry deal signed", "Tessin Daily", "t/3", "", []string{"Anna Lorvik", "Kellin"}},
		{2, "Storm hits Lunde", "Coastal Herald", "t/4", "2031-06-09", nil},
	} {
		exec(`INSERT INTO articles(hash, source, outlet, title, published, text, ingested_at, story_id) VALUES (?, ?, ?, ?, ?, 'x', 'now', ?)`,
			fmt.Sprint("h", i), a.source, a.outlet, a.title, a.published, a.story)
		for _, e := range a.ents {
			exec(`INSERT OR IGNORE INTO entities(key, name, type) VALUES (?, ?, 'PER')`, e, e)
			exec(`INSERT INTO article_entities(article_id, entity_id, mentions) SELECT ?, id, 1 FROM entities WHERE key = ?`, i+1, e)
		}
	}
	db.Close()

	st, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	checkSummaries(t, st.(*sqliteStore).db)
	got, err := st.Stories(ctx, StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want := []StoryInfo{
		{ID: 2, Storyline: 2, Title: "Storm hits Lunde", Articles: 1, Sources: 1, First: "2031-06-09", Last: "2031-06-09"},
		{ID: 1, Storyline: 1, Title: "Ferry talks resume", Articles: 3, Sources: 2, First: "2031-05-01", Last: "2031-05-02",
			TopEntities: []string{"Anna Lorvik", "Harbour Council", "Kellin"}},
	}
	if !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		t.Errorf("stories after migration:\n got %s\nwant %s", g, w)
	}
	if _, err := st.StoryInfo(ctx, 3); err != nil {
		t.Errorf("merged story 3 should resolve to 1: %v", err)
	}
	if _, err := st.StoryInfo(ctx, 99); !errors.Is(err, core.ErrNotFound) {
		t.Errorf("story 99: %v, want not found", err)
	}
}

// TestRootLineMatchesFindLine checks the in-memory storyline resolution used
// for long story lists against the SQL one.
func TestRootLineMatchesFindLine(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	s := st.(*sqliteStore)
	// 5 -> 3 -> 1, 4 -> 2, 2 is a root, 6 points at itself, 7 is unknown.
	for _, e := range [][2]int64{{5, 3}, {3, 1}, {4, 2}, {6, 6}} {
		if _, err := s.db.ExecContext(ctx, `INSERT INTO storylines(id, parent) VALUES (?, ?)`, e[0], e[1]); err != nil {
			t.Fatal(err)
		}
	}
	parents, err := s.lineParents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for x := int64(1); x <= 7; x++ {
		want, err := s.lineOf(ctx, x, map[int64]int64{})
		if err != nil {
			t.Fatal(err)
		}
		if got := rootLine(parents, x); got != want {
			t.Errorf("line %d: rootLine %d, findLine %d", x, got, want)
		}
	}
	if got := rootLine(parents, 5); got != 1 {
		t.Errorf("line 5 resolves to %d, want 1", got)
	}
}

// A story none of whose articles has a title is named by its first
// article's first line, cut to 100 characters.
func TestUntitledStoryNamedByFirstLine(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, ":memory:", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	long := "Ferry crews in the invented port of Veldmark stayed ashore for a second week as talks on pay went nowhere again today"
	a := &core.Article{Hash: "u1", Source: "u1.txt", Published: "2031-04-09", Text: long + "\n\nThe harbour council will meet on Friday."}
	if _, err := st.PutBatch(ctx, []*core.Article{a}); err != nil {
		t.Fatal(err)
	}
	stories, err := st.Stories(ctx, StoryFilter{})
	if err != nil || len(stories) != 1 {
		t.Fatalf("stories: %d (%v)", len(stories), err)
	}
	got := stories[0].Title
	if []rune(got)[len([]rune(got))-1] != '…' || len([]rune(got)) > 100 || got[:20] != long[:20] {
		t.Errorf("title %q", got)
	}
}

// TestTopEntitiesLeaveOutMisc: a story's top entities are people,
// organisations and places, even when a MISC name is mentioned most.
func TestTopEntitiesLeaveOutMisc(t *testing.T) {
	top := oneStoryTopEntities(t, []core.Entity{
		{Name: "Northern", Type: core.Misc, Mentions: 9},
		{Name: "Anna Lorvik", Type: core.Person, Mentions: 2},
		{Name: "Brannholm", Type: core.Location, Mentions: 1},
	})
	if got := strings.Join(top, ","); got != "Anna Lorvik,Brannholm" {
		t.Errorf("top entities %q, want the person and the place only", got)
	}
}

// oneStoryTopEntities stores the first article of the link corpus with
// ents as its entities in a new store and returns the top entities of
// the one story it makes (a test fails when it makes none or several).
func oneStoryTopEntities(t *testing.T, ents []core.Entity) []string {
	t.Helper()
	ctx := context.Background()
	st := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	a := linkCorpus()[0]
	a.Entities = ents
	if _, err := st.PutBatch(ctx, []*core.Article{a}); err != nil {
		t.Fatal(err)
	}
	stories, err := st.Stories(ctx, StoryFilter{})
	if err != nil || len(stories) != 1 {
		t.Fatalf("stories: %+v, %v", stories, err)
	}
	return stories[0].TopEntities
}
