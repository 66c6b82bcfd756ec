package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func TestEntityKey(t *testing.T) {
	same := [][2]string{
		{"Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"},
		{"U.N.", "UN"},
		{"Zürich", "Zurich"},
		{"Al-Shabaab", "al Shabaab"},
		{"People’s Daily", "People's  Daily"},
	}
	for _, p := range same {
		if k0, k1 := entityKey(p[0], core.Organisation), entityKey(p[1], core.Organisation); k0 != k1 {
			t.Errorf("%q and %q fold apart: %q, %q", p[0], p[1], k0, k1)
		}
	}
	apart := [][2]string{{"Austria", "Australia"}, {"Labour Party", "Labor Party"}, {"Georgia", "Georgian"}}
	for _, p := range apart {
		if entityKey(p[0], core.Location) == entityKey(p[1], core.Location) {
			t.Errorf("%q and %q fold together", p[0], p[1])
		}
	}
}

// Two spellings of one organisation stored as two entities (as stores
// before migration 6 keep them) become one, with nothing lost.
func TestRekeyEntitiesMerges(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"), Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := st.(*sqliteStore)
	a := &core.Article{Hash: "h1", Source: "a.txt", Title: "Summit opens", Text: "The Harbour Organisation met.",
		Entities: []core.Entity{{Name: "Harbour Organisation", Type: core.Organisation, Aliases: []string{"HO"}, Mentions: 2}}}
	b := &core.Article{Hash: "h2", Source: "b.txt", Title: "Summit ends", Text: "The Harbour Organization closed.",
		Entities: []core.Entity{{Name: "Harbour Organization", Type: core.Organisation, Mentions: 3}}}
	if _, err := st.PutBatch(ctx, []*core.Article{a}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.PutBatch(ctx, []*core.Article{b}); err != nil {
		t.Fatal(err)
	}
	ents, _ := st.Entities(ctx, EntityFilter{})
	if len(ents) != 1 {
		t.Fatalf("new articles: %d entities, want one: %+v", len(ents), ents)
	}
	// Split them as an old store would have them, then migrate.
	if _, err := s.db.ExecContext(ctx, `UPDATE entities SET key = 'ORG|harbour organisation', mentions = 2, n_articles = 1 WHERE name = 'Harbour Organisation'`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO entities(key, name, type, mentions, n_articles) VALUES ('ORG|harbour organization', 'Harbour Organization', 'ORG', 3, 1)`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE article_entities SET entity_id = (SELECT id FROM entities WHERE name = 'Harbour Organization'), mentions = 3 WHERE article_id = ?`, b.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO entity_aliases(entity_id, alias) SELECT id, name FROM entities WHERE name = 'Harbour Organization'`); err != nil {
		t.Fatal(err)
	}
	if ents, _ = st.Entities(ctx, EntityFilter{}); len(ents) != 2 {
		t.Fatalf("setup: %d entities", len(ents))
	}
	if err := s.inTx(ctx, func(tx *sql.Tx) error { return rekeyEntities(ctx, tx) }); err != nil {
		t.Fatal(err)
	}
	ents, err = st.Entities(ctx, EntityFilter{})
	if err != nil || len(ents) != 1 {
		t.Fatalf("after: %d entities (%v)", len(ents), err)
	}
	e := ents[0]
	if e.Name != "Harbour Organization" || e.Mentions != 5 || e.Articles != 2 {
		t.Errorf("merged entity: %+v", e)
	}
	aliases := map[string]bool{}
	for _, al := range e.Aliases {
		aliases[al] = true
	}
	if !aliases["HO"] || !aliases["Harbour Organisation"] {
		t.Errorf("aliases lost: %v", e.Aliases)
	}
	arts, err := st.Articles(ctx, ArticleFilter{Entity: "Harbour Organization"})
	if err != nil || len(arts) != 2 {
		t.Errorf("articles of the merged entity: %d (%v)", len(arts), err)
	}
}

func TestSurnamesMeetFullNames(t *testing.T) {
	ctx := context.Background()
	person := func(name string, mentions int, aliases ...string) core.Entity {
		return core.Entity{Name: name, Type: core.Person, Aliases: aliases, Mentions: mentions}
	}
	art := func(hash string, ents ...core.Entity) *core.Article {
		a := &core.Article{Hash: hash, Source: hash + ".txt", Title: "Harbour " + hash, Text: "The harbour talks went on.", Entities: ents}
		if len(ents) > 0 {
			a.Quotes = []core.Quote{{Text: "We will sail", Speaker: ents[0].Name, Direct: true}}
		}
		return a
	}
	names := func(st Store) map[string]int {
		ents, err := st.Entities(ctx, EntityFilter{Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]int{}
		for _, e := range ents {
			out[e.Name] = e.Articles
		}
		return out
	}
	for _, order := range []string{"full first", "surname first"} {
		t.Run(order, func(t *testing.T) {
			st, err := Open(ctx, ":memory:", Options{NoLink: true})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			full := art("full", person("Anna Lorvik", 3, "Lorvik"))
			lone := art("lone", person("Lorvik", 2))
			batches := []*core.Article{full, lone}
			if order == "surname first" {
				batches = []*core.Article{lone, full}
			}
			for _, a := range batches {
				if _, err := st.PutBatch(ctx, []*core.Article{a}); err != nil {
					t.Fatal(err)
				}
			}
			got := names(st)
			if len(got) != 1 || got["Anna Lorvik"] != 2 {
				t.Errorf("entities: %v, want Anna Lorvik in 2 articles", got)
			}
			qs, err := st.Quotes(ctx, QuoteFilter{Speaker: "Anna Lorvik"})
			if err != nil {
				t.Fatal(err)
			}
			if len(qs) != 2 {
				t.Errorf("quotes of Anna Lorvik: %d, want 2", len(qs))
			}
		})
	}
	t.Run("ambiguous", func(t *testing.T) {
		st, err := Open(ctx, ":memory:", Options{NoLink: true})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		for _, a := range []*core.Article{art("a", person("Anna Lorvik", 3, "Lorvik")), art("b", person("Piet Lorvik", 3, "Lorvik")), art("c", person("Lorvik", 1))} {
			if _, err := st.PutBatch(ctx, []*core.Article{a}); err != nil {
				t.Fatal(err)
			}
		}
		if got := names(st); len(got) != 3 {
			t.Errorf("a surname two people share was resolved: %v", got)
		}
		if qs, err := st.Quotes(ctx, QuoteFilter{Speaker: "Anna Lorvik"}); err != nil || len(qs) != 1 {
			t.Errorf("quotes of Anna Lorvik: %d (%v), want only hers", len(qs), err)
		}
	})
}
