package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

// /api/articles?story=N lists what the store's own story filter lists (as
// the CLI's `articles --story N` does), for every other filter too: a
// source written in capitals outside ASCII, a window, the stored order.
func TestStoryArticlesAgreeWithStore(t *testing.T) {
	st := newTestStore(t)
	ctx := context.Background()
	extra := &core.Article{Hash: "fx5", Source: "fixtures/ostra/five.txt", Outlet: "ÖSTRA POSTEN",
		Title: "Ferry talks in Östra", Published: "2031-04-10", Language: "en",
		Text: "Ferry crews met the council in Östra on Friday."}
	if _, err := st.PutBatch(ctx, []*core.Article{extra}); err != nil {
		t.Fatal(err)
	}
	h := New(st, Options{})
	all, err := st.Articles(ctx, store.ArticleFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range all {
		for _, q := range []struct {
			query string
			f     store.ArticleFilter
		}{
			{"source=östra", store.ArticleFilter{Source: "östra", ByPublished: true}},
			{"source=post", store.ArticleFilter{Source: "post", ByPublished: true}},
			{"from=2031-04-01", store.ArticleFilter{From: day(t, "2031-04-01"), ByPublished: true}},
			{"sort=stored", store.ArticleFilter{}},
		} {
			target := fmt.Sprintf("/api/articles?story=%d&%s", a.Story, (&url.URL{RawQuery: q.query}).Query().Encode())
			w := request(t, h, "GET", target, nil, nil)
			if w.Code != 200 {
				t.Fatalf("%s = %d %s", target, w.Code, w.Body)
			}
			var page struct{ Articles []struct{ ID int64 } }
			if err := json.Unmarshal(w.Body.Bytes(), &page); err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, x := range page.Articles {
				got = append(got, x.ID)
			}
			f := q.f
			f.Stories, f.Limit = []int64{a.Story}, 100
			list, err := st.Articles(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			var want []int64
			for _, x := range list {
				want = append(want, x.ID)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s: API %v, store %v", target, got, want)
			}
		}
	}
}

func day(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
