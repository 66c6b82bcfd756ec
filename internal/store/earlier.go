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
	stories, err := st.Stories(ctx, StoryFilter{Storyline: a.Storyline, Limit: math.MaxInt32})
	if err != nil {
		return e, fmt.Errorf("storyline %d: %w", a.Storyline, err)
	}
	ids := make([]int64, 0, len(stories))
	for _, s := range stories {
		ids = append(ids, s.ID)
	}
	if len(ids) == 0 {
		return e, nil
	}
	arts, err := st.Articles(ctx, ArticleFilter{Stories: ids, Bare: true, Limit: math.MaxInt32})
	if err != nil {
		return e, fmt.Errorf("storyline %d: %w", a.Storyline, err)
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
