package store

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// manyLinesStore is a store of n stories in n/10 storylines, written
// straight into the tables (no analysis): story i has line i%(n/10)+1,
// and every storyline 2k+1 is joined to 2k+2 (its parent), so half the
// storylines hold the stories of two line IDs; storyline 6 is joined to 8,
// which holds those of 5, 6, 7 and 8. A merged story and an empty one of
// line 2 are never listed.
func manyLinesStore(tb testing.TB, n int) *sqliteStore {
	tb.Helper()
	s, err := Open(context.Background(), filepath.Join(tb.TempDir(), "lines.db"), Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	ss := s.(*sqliteStore)
	tx, err := ss.db.Begin()
	if err != nil {
		tb.Fatal(err)
	}
	lines := max(1, n/10)
	for l := 1; l <= lines; l++ {
		parent := l
		if l%2 == 1 && l < lines {
			parent = l + 1
		}
		if _, err := tx.Exec(`INSERT INTO storylines(id, parent) VALUES (?, ?)`, l, parent); err != nil {
			tb.Fatal(err)
		}
	}
	for i := 1; i <= n; i++ {
		if _, err := tx.Exec(`INSERT INTO stories(id, line, size, seq, active, state, n_articles, n_sources, first_day, last_day, title, top_entities)
			VALUES (?, ?, 1, ?, 0, '', 1, 1, ?, ?, ?, ?)`, i, i%lines+1, i, fmt.Sprintf("2031-%02d-01", i%12+1), fmt.Sprintf("2031-%02d-01", i%12+1),
			fmt.Sprintf("Harbour report %d", i), `["Anna Lorvik","Veldmark Ferry Union","Orsk"]`); err != nil {
			tb.Fatal(err)
		}
	}
	// A chain: 5 joins 6, which joins 8 (as 7 does).
	if _, err := tx.Exec(`UPDATE storylines SET parent = 8 WHERE id = 6`); err != nil {
		tb.Fatal(err)
	}
	// A merged story and an empty one are never listed.
	if _, err := tx.Exec(`INSERT INTO stories(id, line, size, seq, active, state, n_articles, merged_into) VALUES (?, 2, 1, 0, 0, '', 1, 1), (?, 2, 1, 0, 0, '', 0, 0)`, n+1, n+2); err != nil {
		tb.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
	return ss
}

// TestLineStories: lineStories and Stories with a storyline list the
// stories whose line resolves to it (through a chain of joins too), as the
// whole list of stories resolves them, Stories in its order; none for a
// storyline joined into another or unknown.
func TestLineStories(t *testing.T) {
	ctx := context.Background()
	s := manyLinesStore(t, 400) // 40 lines; 1 joins 2, 3 joins 4, 5 joins 6 joins 8, ...
	all, err := s.Stories(ctx, StoryFilter{Limit: 1000})
	if err != nil || len(all) != 400 {
		t.Fatalf("listed %d stories, %v; want 400", len(all), err)
	}
	for _, c := range []struct {
		line int64
		want int
	}{{2, 20}, {1, 0}, {40, 20}, {39, 0}, {41, 0}, {8, 40}, {6, 0}, {5, 0}} {
		listed, err := s.Stories(ctx, StoryFilter{Storyline: c.line, Limit: 1 << 30})
		if err != nil {
			t.Fatal(err)
		}
		var want, inOrder []int64
		for _, si := range all {
			if si.Storyline == c.line {
				want = append(want, si.ID)
			}
		}
		for _, si := range listed {
			inOrder = append(inOrder, si.ID)
		}
		if !slices.Equal(inOrder, want) {
			t.Errorf("Stories of storyline %d: %v, the whole list resolves %v to it", c.line, inOrder, want)
		}
		for _, limit := range []int{1, 3} {
			if cut, err := s.Stories(ctx, StoryFilter{Storyline: c.line, Limit: limit}); err != nil || len(cut) != min(limit, len(want)) ||
				len(cut) > 0 && cut[0].ID != want[0] {
				t.Errorf("Stories of storyline %d, limit %d: %d stories, %v", c.line, limit, len(cut), err)
			}
		}
		got, err := s.lineStories(ctx, c.line)
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(got)
		slices.Sort(want)
		if len(got) != c.want || !slices.Equal(got, want) {
			t.Errorf("lineStories(%d): %d stories %v, the whole list resolves %d %v to it, want %d", c.line, len(got), got, len(want), want, c.want)
		}
	}
}

// BenchmarkLineStories is what `storyline new` (EarlierInStoryline), the
// quotes and events of a storyline (lineStories), its page and timeline
// (Stories with a storyline) pay to find one storyline's stories in a store
// of 20,000 stories.
func BenchmarkLineStories(b *testing.B) {
	ctx := context.Background()
	s := manyLinesStore(b, 20000)
	b.Run("lineStories", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if got, err := s.lineStories(ctx, 2); err != nil || len(got) != 20 {
				b.Fatalf("%d stories, %v", len(got), err)
			}
		}
	})
	b.Run("Stories", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if got, err := s.Stories(ctx, StoryFilter{Storyline: 2, Limit: 1 << 30}); err != nil || len(got) != 20 {
				b.Fatalf("%d stories, %v", len(got), err)
			}
		}
	})
}

// TestEarlierInStorylineManyStories: a storyline of more stories than one
// article listing names (earlierChunk) gives every article published
// before the one asked for, in publication order, none twice.
func TestEarlierInStorylineManyStories(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "long.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ss := s.(*sqliteStore)
	tx, err := ss.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	const n = 2*earlierChunk + 100
	if _, err := tx.Exec(`INSERT INTO storylines(id, parent) VALUES (1, 1)`); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= n; i++ {
		// Stored newest first: article i is published n-i minutes after
		// the first.
		pub := time.Date(2031, 3, 1, 0, n-i, 0, 0, time.UTC).Format(time.RFC3339)
		if _, err := tx.Exec(`INSERT INTO stories(id, line, size, seq, active, state, n_articles, n_sources) VALUES (?, 1, 1, ?, 0, '', 1, 1)`, i, i); err != nil {
			t.Fatal(err)
		}
		if _, err := tx.Exec(`INSERT INTO articles(id, hash, source, text, ingested_at, published, story_id) VALUES (?, ?, 'harbour.example', 'Ferry report.', '2031-03-02T00:00:00Z', ?, ?)`,
			i, fmt.Sprintf("h%d", i), pub, i); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	a := &core.Article{ID: 100, Storyline: 1, Published: time.Date(2031, 3, 1, 0, n-100, 0, 0, time.UTC).Format(time.RFC3339)}
	e, err := EarlierInStoryline(ctx, s, a)
	if err != nil {
		t.Fatal(err)
	}
	var want []int64
	for id := int64(n); id > 100; id-- {
		want = append(want, id)
	}
	if !slices.Equal(e.IDs, want) || e.First != "2031-03-01" || e.Last != "2031-03-01" {
		t.Errorf("earlier: %d IDs %v..., %s..%s; want %d from %d", len(e.IDs), e.IDs[:min(3, len(e.IDs))], e.First, e.Last, len(want), want[0])
	}
}
