package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

// TestStorySourcesBySourceKey: a story's source count groups its articles
// as the story page lists them (SourceKey): the records of one JSON Lines
// file are one source, as are the pages of one host; an outlet named is a
// source of its own. The count took every record of a file apart ("3
// sources" above a list of one).
func TestStorySourcesBySourceKey(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	db := st.(*sqliteStore).db
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec(`INSERT INTO stories(id, line, size, seq, active, merged_into, state) VALUES (1, 1, 6, 1, 1, 0, '{}')`)
	for i, src := range [][2]string{
		{"dumps/harbour.jsonl:1", ""}, {"dumps/harbour.jsonl:2", ""}, {"dumps/harbour.jsonl:3", ""},
		{"https://www.herald.example/a", ""}, {"https://herald.example/b", ""},
		{"https://wire.example/c", "Lunde Wire"},
	} {
		exec(`INSERT INTO articles(hash, source, outlet, title, text, ingested_at, story_id) VALUES (?, ?, ?, 't', 'x', 'now', 1)`,
			fmt.Sprint("h", i), src[0], src[1])
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := refreshStory(ctx, tx, 1); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	info, err := st.StoryInfo(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if info.Articles != 6 || info.Sources != 3 {
		t.Errorf("story 1: %d articles from %d sources, want 6 from 3 (the file, herald.example, Lunde Wire)", info.Articles, info.Sources)
	}
}
