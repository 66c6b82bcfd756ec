package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// entitySnapshot lists what the store holds about entities, by name, so
// that two stores can be compared whatever their IDs.
func entitySnapshot(t *testing.T, s Store) []string {
	t.Helper()
	db := s.(*sqliteStore).db
	var out []string
	for _, q := range []string{
		`SELECT 'entity', name, type, mentions, n_articles FROM entities`,
		`SELECT 'type', e.name, t.type, t.n, '' FROM entity_types t JOIN entities e ON e.id = t.entity_id`,
		`SELECT 'title', e.name, a.attr, a.n, '' FROM entity_attributes a JOIN entities e ON e.id = a.entity_id`,
		`SELECT 'alias', e.name, a.alias, '', '' FROM entity_aliases a JOIN entities e ON e.id = a.entity_id`,
		`SELECT 'link', ar.title, e.name, ae.mentions, '' FROM article_entities ae JOIN entities e ON e.id = ae.entity_id JOIN articles ar ON ar.id = ae.article_id`,
		`SELECT 'quote', ar.title, q.speaker, q.text, '' FROM quotes q JOIN articles ar ON ar.id = q.article_id`,
		`SELECT 'event', ar.title, ev.actor, ev.type, ev.target FROM events ev JOIN articles ar ON ar.id = ev.article_id`,
	} {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var a, b, c, d, e any
			if err := rows.Scan(&a, &b, &c, &d, &e); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprint(a, "|", b, "|", c, "|", d, "|", e))
		}
		rows.Close()
	}
	slices.Sort(out)
	return out
}

// firstAnalysis is article two as an older analysis saw it: its harbour
// minister typed as an organisation with another title, a ferry company
// the newer analysis does not find.
func firstAnalysis() *core.Article {
	a := sample("h2", "Two")
	a.Entities = []core.Entity{
		{Name: "Anna Lorvik", Type: core.Organisation, Attributes: []string{"Chief Pilot"}, Mentions: 2},
		{Name: "Brask Ferries", Type: core.Organisation, Mentions: 4},
	}
	a.Quotes = []core.Quote{{Text: "The ferries will run", Speaker: "Brask Ferries", Direct: true, Sentence: "y", Start: 2, End: 9}}
	a.Events = []core.Event{{Actor: "Brask Ferries", Type: "threaten", Target: "Veldmark", Sentence: "y", Confidence: 0.3}}
	return a
}

// secondAnalysis is article two as the newer analysis sees it.
func secondAnalysis() *core.Article {
	a := sample("h2", "Two")
	a.Entities = []core.Entity{
		{Name: "Anna Lorvik", Type: core.Person, Attributes: []string{"Harbour Minister", "Negotiator"}, Mentions: 2},
		{Name: "Veldmark", Type: core.Location, Mentions: 2},
	}
	return a
}

func TestReannotateLeavesWhatAFreshIngestWould(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()

	old := openTest(t, filepath.Join(dir, "old.db"))
	if _, err := old.PutBatch(ctx, []*core.Article{sample("h1", "One")}); err != nil {
		t.Fatal(err)
	}
	res, err := old.PutBatch(ctx, []*core.Article{firstAnalysis()})
	if err != nil {
		t.Fatal(err)
	}
	before := entitySnapshot(t, old)
	a := secondAnalysis()
	a.ID = res[0].ID
	if err := old.(Reannotator).Reannotate(ctx, a); err != nil {
		t.Fatal(err)
	}

	fresh := openTest(t, filepath.Join(dir, "fresh.db"))
	if _, err := fresh.PutBatch(ctx, []*core.Article{sample("h1", "One")}); err != nil {
		t.Fatal(err)
	}
	if _, err := fresh.PutBatch(ctx, []*core.Article{secondAnalysis()}); err != nil {
		t.Fatal(err)
	}
	got, want := entitySnapshot(t, old), entitySnapshot(t, fresh)
	if slices.Equal(before, want) {
		t.Fatal("test is void: the first analysis already stores what the second does")
	}
	if !slices.Equal(got, want) {
		t.Errorf("after Reannotate:\n%q\nfresh ingest of the new analysis:\n%q", got, want)
	}
	ents, err := old.Entities(ctx, EntityFilter{Name: "Brask"})
	if err != nil || len(ents) != 0 {
		t.Errorf("entity only the old analysis found = %+v, %v; want it gone", ents, err)
	}
	stored, err := old.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if stored.Text != a.Text || stored.Title != "Two" {
		t.Errorf("text or title changed: %q %q", stored.Title, stored.Text)
	}

	a.ID = 9999
	if err := old.(Reannotator).Reannotate(ctx, a); !errors.Is(err, core.ErrNotFound) {
		t.Errorf("unknown article: err = %v, want ErrNotFound", err)
	}
}

func TestDeleteTakesBackTypeVotesAndTitles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := openTest(t, filepath.Join(dir, "s.db"))
	if _, err := s.PutBatch(ctx, []*core.Article{sample("h1", "One")}); err != nil {
		t.Fatal(err)
	}
	res, err := s.PutBatch(ctx, []*core.Article{secondAnalysis()})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, res[0].ID); err != nil {
		t.Fatal(err)
	}
	only := openTest(t, filepath.Join(dir, "only.db"))
	if _, err := only.PutBatch(ctx, []*core.Article{sample("h1", "One")}); err != nil {
		t.Fatal(err)
	}
	if got, want := entitySnapshot(t, s), entitySnapshot(t, only); !slices.Equal(got, want) {
		t.Errorf("after Delete:\n%q\nonly the other article:\n%q", got, want)
	}
}

func TestReannotateAllFilesAsAFreshIngest(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	old := openTest(t, filepath.Join(dir, "old.db"))
	r1, err := old.PutBatch(ctx, []*core.Article{sample("h1", "One")})
	if err != nil {
		t.Fatal(err)
	}
	r2, err := old.PutBatch(ctx, []*core.Article{firstAnalysis()})
	if err != nil {
		t.Fatal(err)
	}
	fresh := openTest(t, filepath.Join(dir, "fresh.db"))
	if _, err := fresh.PutBatch(ctx, []*core.Article{sample("h1", "One"), secondAnalysis()}); err != nil {
		t.Fatal(err)
	}
	feed := func(as ...*core.Article) func() (*core.Article, error) {
		return func() (*core.Article, error) {
			if len(as) == 0 {
				return nil, nil
			}
			a := as[0]
			as = as[1:]
			return a, nil
		}
	}
	with := func(a *core.Article, id int64) *core.Article { a.ID = id; return a }
	before := entitySnapshot(t, old)

	// A list that is not the store's articles changes nothing.
	if err := old.(Reannotator).ReannotateAll(ctx, []int64{r1[0].ID}, feed(with(sample("h1", "One"), r1[0].ID))); err == nil {
		t.Error("a short ID list was accepted")
	}
	if got := entitySnapshot(t, old); !slices.Equal(got, before) {
		t.Errorf("a refused re-analysis changed the store:\n%q", got)
	}
	// Articles out of order, or a failing feed, change nothing either.
	want := []int64{r1[0].ID, r2[0].ID}
	if err := old.(Reannotator).ReannotateAll(ctx, want, feed(with(secondAnalysis(), r2[0].ID), with(sample("h1", "One"), r1[0].ID))); err == nil {
		t.Error("articles out of order were accepted")
	}
	failing := func() (*core.Article, error) { return nil, errors.New("disk on fire") }
	if err := old.(Reannotator).ReannotateAll(ctx, want, failing); err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("failing feed: err = %v", err)
	}
	if got := entitySnapshot(t, old); !slices.Equal(got, before) {
		t.Errorf("a failed re-analysis changed the store:\n%q", got)
	}

	if err := old.(Reannotator).ReannotateAll(ctx, want, feed(with(sample("h1", "One"), r1[0].ID), with(secondAnalysis(), r2[0].ID))); err != nil {
		t.Fatal(err)
	}
	if got, want := entitySnapshot(t, old), entitySnapshot(t, fresh); !slices.Equal(got, want) {
		t.Errorf("after ReannotateAll:\n%q\nfresh ingest of the new analysis:\n%q", got, want)
	}
}
