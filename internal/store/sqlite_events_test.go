package store

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
)

func TestEventsAcrossStore(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, filepath.Join(t.TempDir(), "ev.db"))
	mk := func(hash, published string, evs ...core.Event) *core.Article {
		a := sample(hash, "Article "+hash)
		a.Published = published
		a.Events = evs
		return a
	}
	late := mk("late", "2031-05-01",
		core.Event{Actor: "Anna Lorvik", Type: "consult", Target: "Veldmark", Sentence: "Lorvik met the council.", Confidence: 0.9},
		core.Event{Actor: "Anna Lorvik", Type: "threaten", Target: "Harbour Union", Sentence: "Lorvik might walk away.", Confidence: 0.3})
	early := mk("early", "2031-03-01",
		core.Event{Actor: "Harbour Union", Type: "protest", Target: "Anna Lorvik", Sentence: "Dockers marched.", Confidence: 0.8})
	undated := mk("undated", "",
		core.Event{Actor: "Anna Lorvik", Type: "agree", Target: "Harbour Union", Sentence: "Lorvik signed.", Confidence: 0.7})
	old := mk("old", "2031-04-01", core.Event{Actor: "Lorvik", Type: "demand", Sentence: "Lorvik wants a reply."}) // unknown confidence
	if _, err := s.PutBatch(ctx, []*core.Article{late, undated, early, old}); err != nil {
		t.Fatal(err)
	}
	types := func(list []StoredEvent) []string {
		var out []string
		for _, e := range list {
			out = append(out, e.Type)
		}
		return out
	}
	check := func(name string, f EventFilter, want ...string) {
		t.Helper()
		got, err := s.Events(ctx, f)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if g := types(got); !slices.Equal(g, want) {
			t.Errorf("%s: types %v, want %v", name, g, want)
		}
	}
	check("all, dated by day then undated", EventFilter{}, "protest", "demand", "consult", "threaten", "agree")
	check("newest first, undated still last", EventFilter{Newest: true}, "threaten", "consult", "demand", "protest", "agree")
	// "Lorvik" is an alias of Anna Lorvik's in every sample article.
	check("actor by name, any case, and by alias", EventFilter{Actor: "anna lorvik"}, "demand", "consult", "threaten", "agree")
	check("target", EventFilter{Target: "Harbour Union"}, "threaten", "agree")
	check("weak ones dropped, unknown kept", EventFilter{MinConfidence: core.SureEvent}, "protest", "demand", "consult", "agree")
	check("type", EventFilter{Type: "protest"}, "protest")
	check("date range leaves undated out", EventFilter{From: time.Date(2031, 4, 1, 0, 0, 0, 0, time.UTC)}, "demand", "consult", "threaten")
	check("limit", EventFilter{Limit: 2}, "protest", "demand")
	check("nobody", EventFilter{Actor: "Nobody"})
	got, err := s.Events(ctx, EventFilter{Type: "consult"})
	if err != nil || len(got) != 1 {
		t.Fatalf("consult: %v %v", got, err)
	}
	if e := got[0]; e.Confidence != 0.9 || e.Title != "Article late" || e.Published != "2031-05-01" || e.ArticleID == 0 || e.Sentence != "Lorvik met the council." {
		t.Errorf("stored event = %+v", e)
	}
}
