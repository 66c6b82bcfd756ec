package store

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func sample(hash, title string) *core.Article {
	return &core.Article{
		Hash: hash, Source: "test/" + hash + ".txt", Title: title, Published: "2031-04-02",
		Text: "The harbour council of Veldmark met on Tuesday.\n\nTalks resume next week.", Language: "en",
		Removed:   []core.Removal{{Text: "Skip to content", Reason: core.ReasonDebris}},
		KeyPoints: []string{"Talks resume"},
		Entities: []core.Entity{
			{Name: "Anna Lorvik", Type: core.Person, Aliases: []string{"Lorvik"}, Attributes: []string{"Harbour Minister"}, Mentions: 3},
			{Name: "Veldmark", Type: core.Location, Mentions: 1},
		},
		Quotes: []core.Quote{{Text: "We will return to the table", Speaker: "Anna Lorvik", Direct: true, Sentence: "x", Start: 1, End: 5}},
		Events: []core.Event{{Actor: "Anna Lorvik", Type: "consult", Target: "Veldmark", Sentence: "x", Confidence: 0.75}},
	}
}

func openTest(t *testing.T, path string) Store {
	t.Helper()
	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestPutBatchDeduplicatesAndPersists(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	s := openTest(t, path)
	res, err := s.PutBatch(ctx, []*core.Article{sample("h1", "One"), sample("h2", "Two"), sample("h1", "One again")})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Duplicate || res[1].Duplicate || !res[2].Duplicate || res[2].ID != res[0].ID {
		t.Fatalf("results = %+v, want third a duplicate of first", res)
	}
	s.Close()

	s = openTest(t, path) // reopening runs migrations again: must be a no-op
	got, err := s.Article(ctx, res[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Two" || len(got.Removed) != 1 || got.KeyPoints[0] != "Talks resume" || len(got.Quotes) != 1 || len(got.Events) != 1 {
		t.Fatalf("article = %+v", got)
	}
	if got.Events[0].Confidence != 0.75 {
		t.Errorf("event confidence = %v, want 0.75 kept", got.Events[0].Confidence)
	}
	if len(got.Entities) != 2 || got.Entities[0].Name != "Anna Lorvik" || len(got.Entities[0].Aliases) != 1 {
		t.Fatalf("entities = %+v", got.Entities)
	}
	st, _ := s.Stats(ctx)
	if st.Articles != 2 || st.Entities != 2 || st.Quotes != 2 {
		t.Fatalf("stats = %+v", st)
	}
	ents, err := s.Entities(ctx, EntityFilter{Name: "lorvik"})
	if err != nil || len(ents) != 1 || ents[0].Mentions != 6 || ents[0].Articles != 2 {
		t.Fatalf("entities = %+v, %v", ents, err)
	}
	qs, err := s.Quotes(ctx, QuoteFilter{Speaker: "Lorvik"})
	if err != nil || len(qs) != 2 {
		t.Fatalf("quotes by alias = %d, %v", len(qs), err)
	}
	list, err := s.Articles(ctx, ArticleFilter{Entity: "Lorvik", Limit: 1})
	if err != nil || len(list) != 1 || list[0].ID != res[1].ID {
		t.Fatalf("articles = %+v, %v", list, err)
	}
	next, _ := s.Articles(ctx, ArticleFilter{BeforeID: list[0].ID})
	if len(next) != 1 || next[0].ID != res[0].ID {
		t.Fatalf("cursor page = %+v", next)
	}
}

func TestPutBatchIsAtomic(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	if _, err := s.PutBatch(ctx, []*core.Article{sample("ok1", "Kept")}); err != nil {
		t.Fatal(err)
	}
	bad := sample("", "No hash") // rejected: the whole batch must roll back
	if _, err := s.PutBatch(ctx, []*core.Article{sample("ok2", "Rolled back"), bad}); err == nil {
		t.Fatal("batch with an invalid article succeeded")
	}
	st, _ := s.Stats(ctx)
	if st.Articles != 1 {
		t.Fatalf("articles = %d after failed batch, want 1", st.Articles)
	}
	if _, err := s.Article(ctx, 999); !errors.Is(err, core.ErrNotFound) {
		t.Fatalf("missing article error = %v, want ErrNotFound", err)
	}
}

func TestMemoryStore(t *testing.T) {
	s := openTest(t, ":memory:")
	if _, err := s.PutBatch(context.Background(), []*core.Article{sample("m", "M")}); err != nil {
		t.Fatal(err)
	}
}

func TestOptimize(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	if _, err := s.PutBatch(ctx, []*core.Article{sample("o1", "One"), sample("o2", "Two")}); err != nil {
		t.Fatal(err)
	}
	o, ok := s.(Optimizer)
	if !ok {
		t.Fatal("the SQLite store is not an Optimizer")
	}
	if err := o.Optimize(ctx); err != nil {
		t.Fatal(err)
	}
	res, err := s.Search(ctx, SearchQuery{Text: "harbour"})
	if err != nil || len(res.Hits) != 2 {
		t.Fatalf("search after optimize: %+v, %v", res, err)
	}
}
