package store

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestDelete removes articles of the fictional link corpus and checks that
// nothing of them is listed, searched or counted any more, that the rest is
// intact, and that the same content can be stored again.
func TestDelete(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	arts := linkCorpus()
	lorvik := core.Entity{Name: "Anna Lorvik", Type: core.Person, Mentions: 2}
	osk := core.Entity{Name: "Piet Osk", Type: core.Person, Mentions: 1}
	arts[0].Entities = []core.Entity{lorvik, osk}
	arts[0].Quotes = []core.Quote{{Text: "would not return before an offer was made", Speaker: "Anna Lorvik", Sentence: "Lorvik said ...", Start: 10, End: 50}}
	arts[0].Events = []core.Event{{Actor: "Anna Lorvik", Type: "PROTEST", Sentence: "Dock workers walked out."}}
	arts[2].Entities = []core.Entity{lorvik}
	if _, err := st.PutBatch(ctx, arts); err != nil {
		t.Fatal(err)
	}
	before, err := st.Article(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	storyBefore, err := st.StoryInfo(ctx, before.Story)
	if err != nil {
		t.Fatal(err)
	}
	if a, err := st.Article(ctx, 2); err != nil || a.DuplicateOf != 1 {
		t.Fatalf("the fixture: article 2 should be a copy of 1, is of %d (%v)", a.DuplicateOf, err)
	}
	cited := func() bool {
		groups, err := st.Claims(ctx, ClaimFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range groups {
			for _, o := range g.Occurrences {
				if o.ArticleID == 1 {
					return true
				}
			}
		}
		return false
	}
	if !cited() || storyBefore.Articles < 2 {
		t.Fatalf("the fixture: article 1 should hold a claim and share its story (%d articles)", storyBefore.Articles)
	}
	if err := st.Delete(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Article(ctx, 1); !errors.Is(err, core.ErrNotFound) {
		t.Errorf("Article(1) after delete: %v, want not found", err)
	}
	if err := st.Delete(ctx, 1); !errors.Is(err, core.ErrNotFound) {
		t.Errorf("Delete(1) again: %v, want not found", err)
	}
	list, err := st.Articles(ctx, ArticleFilter{})
	if err != nil || len(list) != len(arts)-1 {
		t.Fatalf("Articles after delete: %d, %v", len(list), err)
	}
	for _, a := range list {
		if a.ID == 1 {
			t.Error("article 1 still listed")
		}
	}
	// Its copy no longer points at it.
	if a, err := st.Article(ctx, 2); err != nil || a.DuplicateOf != 0 {
		t.Errorf("article 2: duplicate_of %d, %v; want 0", a.DuplicateOf, err)
	}
	if qs, err := st.Quotes(ctx, QuoteFilter{Speaker: "Anna Lorvik"}); err != nil || len(qs) != 0 {
		t.Errorf("quotes of the deleted article: %d, %v", len(qs), err)
	}
	for _, table := range []string{"entity_types", "entity_initials", "entity_aliases", "entity_attributes"} {
		var orphans int
		q := `SELECT COUNT(*) FROM ` + table + ` WHERE entity_id NOT IN (SELECT id FROM entities)`
		if err := st.(*sqliteStore).db.QueryRowContext(ctx, q).Scan(&orphans); err != nil || orphans != 0 {
			t.Errorf("%s: %d rows of deleted entities (%v)", table, orphans, err)
		}
	}
	if es, err := st.Entities(ctx, EntityFilter{Name: "Piet Osk"}); err != nil || len(es) != 0 {
		t.Errorf("an entity only the deleted article named is still listed: %+v, %v", es, err)
	}
	if es, err := st.Entities(ctx, EntityFilter{Name: "Anna Lorvik"}); err != nil || len(es) != 1 || es[0].Articles != 1 {
		t.Errorf("Anna Lorvik after delete: %+v, %v; want 1 article", es, err)
	}
	res, err := st.Search(ctx, SearchQuery{Text: "Brannholm"})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		if h.ID == 1 {
			t.Error("search still finds article 1")
		}
	}
	if info, err := st.StoryInfo(ctx, before.Story); err != nil || info.Articles != storyBefore.Articles-1 {
		t.Errorf("story %d: %d articles after delete, want %d", before.Story, info.Articles, storyBefore.Articles-1)
	}
	if cited() {
		t.Error("a claim still cites article 1")
	}
	// The same content can be stored again, as a new article.
	again := linkCorpus()[0]
	r, err := st.PutBatch(ctx, []*core.Article{again})
	if err != nil || r[0].Duplicate || r[0].ID <= int64(len(arts)) {
		t.Errorf("storing the deleted article again: %+v, %v", r, err)
	}
	if err := st.Delete(ctx, 999); !errors.Is(err, core.ErrNotFound) {
		t.Errorf("Delete(999): %v, want not found", err)
	}
}
