package store

import (
	"context"
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// Earlier is what an article's new sentences were judged against: the
// articles of its storyline that come before it in publication order.
type Earlier struct {
	Storyline int64
	// IDs are those articles, earliest first: dated ones by their time,
	// then undated ones in the order they were stored (the ID breaking
	// ties), as timeline.Renew replays a storyline.
	IDs []int64
	// First and Last are the publication days of the earliest and latest
	// dated ones ("" when none is dated).
	First, Last string
}

// EarlierInStoryline lists the articles of a's storyline published before
// a (Earlier): what `storyline new` and the article page judged a's
// sentences against. A storyline of zero (a not linked) gives none. It
// reads the storyline's stories and their articles' IDs and dates only.
func EarlierInStoryline(ctx context.Context, st Store, a *core.Article) (Earlier, error) {
	e := Earlier{Storyline: a.Storyline}
	if a.Storyline == 0 {
		return e, nil
	}
	ids, err := lineStoryIDs(ctx, st, a.Storyline)
	if err != nil {
		return e, fmt.Errorf("storyline %d: %w", a.Storyline, err)
	}
	var arts []*core.Article
	for start := 0; start < len(ids); start += earlierChunk {
		part, err := st.Articles(ctx, ArticleFilter{Stories: ids[start:min(start+earlierChunk, len(ids))], Bare: true, Limit: math.MaxInt32})
		if err != nil {
			return e, fmt.Errorf("storyline %d: %w", a.Storyline, err)
		}
		arts = append(arts, part...)
	}
	type dated struct {
		id  int64
		day string
		t   time.Time
		ok  bool
	}
	at, aok := a.PublishedTime()
	self := dated{id: a.ID, t: at, ok: aok}
	before := func(x, y dated) bool {
		if x.ok != y.ok {
			return x.ok
		}
		if x.ok && !x.t.Equal(y.t) {
			return x.t.Before(y.t)
		}
		return x.id < y.id
	}
	var prior []dated
	for _, b := range arts {
		if b.ID == a.ID {
			continue
		}
		t, ok := b.PublishedTime()
		d := dated{id: b.ID, t: t, ok: ok}
		if ok {
			d.day = b.Published[:min(len(b.Published), 10)]
		}
		if before(d, self) {
			prior = append(prior, d)
		}
	}
	sort.Slice(prior, func(i, j int) bool { return before(prior[i], prior[j]) })
	for _, d := range prior {
		e.IDs = append(e.IDs, d.id)
		if d.day != "" {
			if e.First == "" {
				e.First = d.day
			}
			e.Last = d.day
		}
	}
	return e, nil
}

// joinedLines is the set of the line IDs that are the storyline given as
// its one variable or join it, child to parent, through the storylines
// union-find table (served by storylines_parent). Every line of it
// resolves to that storyline when the storyline is a root; when it was
// itself joined into another, none does, so a reader still resolves them.
const joinedLines = `(WITH RECURSIVE joined(id) AS (SELECT ? UNION SELECT sl.id FROM storylines sl JOIN joined j ON sl.parent = j.id) SELECT id FROM joined)`

// earlierChunk is how many story IDs one article listing of
// EarlierInStoryline names (a query's variables are bounded: SQLite's
// 32,766, PostgreSQL's 65,535), as timeline.Renew lists them.
const earlierChunk = 500

// lineStoryIDs lists the IDs of the stories of storyline line that
// Stories lists for it (not merged, not empty), in no order. A SQLite
// store reads only the stories whose line joins line (lineStories);
// another store lists them with Stories.
func lineStoryIDs(ctx context.Context, st Store, line int64) ([]int64, error) {
	if s, ok := st.(*sqliteStore); ok {
		return s.lineStories(ctx, line)
	}
	stories, err := st.Stories(ctx, StoryFilter{Storyline: line, Limit: math.MaxInt32})
	if err != nil {
		return nil, err
	}
	ids := make([]int64, 0, len(stories))
	for _, s := range stories {
		ids = append(ids, s.ID)
	}
	return ids, nil
}

// lineStories is lineStoryIDs for SQLite: the listed stories whose line is
// line or joins it through the storylines union-find table (one query,
// served by storylines_parent), each line then resolved to its root as
// Stories resolves it, so a storyline itself joined into another has none.
// Stories with a storyline read and resolved every story of the store
// before it used joinedLines too: for one storyline among 20,000 stories
// 120-280 ms and 23 MB, this about 12 ms and 4 KB (BenchmarkLineStories).
func (s *sqliteStore) lineStories(ctx context.Context, line int64) ([]int64, error) {
	rows, err := s.rd.QueryContext(ctx, `SELECT s.id, s.line FROM stories s`+listedStories+` AND s.line IN `+joinedLines, line)
	if err != nil {
		return nil, fmt.Errorf("stories of storyline %d: %w", line, err)
	}
	type row struct{ id, line int64 }
	var found []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.line); err != nil {
			rows.Close()
			return nil, fmt.Errorf("stories of storyline %d: %w", line, err)
		}
		found = append(found, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("stories of storyline %d: %w", line, err)
	}
	memo := map[int64]int64{}
	var ids []int64
	for _, r := range found {
		root, err := s.lineOf(ctx, r.line, memo)
		if err != nil {
			return nil, fmt.Errorf("stories of storyline %d: %w", line, err)
		}
		if root == line {
			ids = append(ids, r.id)
		}
	}
	return ids, nil
}
