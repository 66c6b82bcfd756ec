package store

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// TestArticlesByPublished: ByPublished lists the newest publication first
// (the ID breaking a tie), the undated last (the last stored first), and
// pages by ArticleCursor without losing or repeating an article, with and
// without a date range and filters; the ID order is unchanged.
func TestArticlesByPublished(t *testing.T) {
	ctx := context.Background()
	s := cursorStore(t) // stored c0..c6: 2031-05-01, -, 2031-03-01, 2031-04-01, 2031-04-01, -, 2031-03-01T09:30:00Z
	idOf := map[string]int64{}
	all, err := s.Articles(ctx, ArticleFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range all {
		idOf[a.Hash] = a.ID
	}
	ids := func(hashes ...string) []int64 {
		var out []int64
		for _, h := range hashes {
			out = append(out, idOf[h])
		}
		return out
	}
	if got, want := listIDs(all), ids("c6", "c5", "c4", "c3", "c2", "c1", "c0"); !slices.Equal(got, want) {
		t.Errorf("by ID = %v, want %v", got, want)
	}
	april := time.Date(2031, 4, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		f    ArticleFilter
		want []int64
	}{
		{ArticleFilter{}, ids("c0", "c4", "c3", "c6", "c2", "c5", "c1")},
		{ArticleFilter{From: april}, ids("c0", "c4", "c3")},
		{ArticleFilter{To: april}, ids("c4", "c3", "c6", "c2")},
		{ArticleFilter{Language: "xx"}, nil},
	} {
		c.f.ByPublished = true
		c.f.Limit = 100
		got, err := s.Articles(ctx, c.f)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(listIDs(got), c.want) {
			t.Errorf("%+v: %v, want %v", c.f, listIDs(got), c.want)
		}
		for _, limit := range []int{1, 2, 3} {
			f := c.f
			f.Limit = limit
			var walked []int64
			for range 20 {
				page, err := s.Articles(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				walked = append(walked, listIDs(page)...)
				if len(page) < limit {
					break
				}
				f.After = ArticleCursor(page[len(page)-1])
				if p, err := ParseCursor(f.After.String()); err != nil || p != f.After {
					t.Fatalf("cursor %q read back as %+v, %v", f.After, p, err)
				}
			}
			if !slices.Equal(walked, c.want) {
				t.Errorf("%+v by pages of %d: %v, want %v", c.f, limit, walked, c.want)
			}
		}
	}
}

func listIDs(list []*core.Article) []int64 {
	var out []int64
	for _, a := range list {
		out = append(out, a.ID)
	}
	return out
}
