package store

import (
	"context"
	"database/sql"
	"fmt"
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
	st, s := fileStore(t)
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
	ents, err := st.Entities(ctx, EntityFilter{})
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
		a := entityArticle(hash, ents...)
		if len(ents) > 0 {
			a.Quotes = []core.Quote{{Text: "We will sail", Speaker: ents[0].Name, Direct: true}}
		}
		return a
	}
	names := func(st Store) map[string]int { return entityArticles(t, st) }
	// With a person both articles name (Tomas Brell) the surname joins its
	// full name, in either order; with none in common it stays apart.
	for _, shared := range []bool{true, false} {
		for _, order := range []string{"full first", "surname first"} {
			name := order
			if !shared {
				name = "no shared context/" + order
			}
			t.Run(name, func(t *testing.T) {
				other := "Tomas Brell"
				if !shared {
					other = "Ivo Kesh"
				}
				full := art("full", person("Anna Lorvik", 3, "Lorvik"), person("Tomas Brell", 1))
				lone := art("lone", person("Lorvik", 2), person(other, 1))
				batches := []*core.Article{full, lone}
				if order == "surname first" {
					batches = []*core.Article{lone, full}
				}
				st := storeOneByOne(t, batches...)
				got := names(st)
				if !shared {
					if got["Lorvik"] != 1 || got["Anna Lorvik"] != 1 {
						t.Errorf("entities: %v, want Lorvik apart from Anna Lorvik", got)
					}
					return
				}
				if len(got) != 2 || got["Anna Lorvik"] != 2 {
					t.Errorf("entities: %v, want Anna Lorvik in 2 articles (and Tomas Brell)", got)
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

// An acronym and a name without middle initials meet the full name another
// article gives, in either order; an acronym two organisations share stays
// apart.
func TestShortFormsMeetFullNames(t *testing.T) {
	ctx := context.Background()
	ent := func(typ core.EntityType, name string, mentions int, aliases ...string) core.Entity {
		return core.Entity{Name: name, Type: typ, Aliases: aliases, Mentions: mentions}
	}
	art := entityArticle
	names := func(st Store) map[string]int { return entityArticles(t, st) }
	cases := []struct {
		name       string
		full, lone core.Entity
		want       string
	}{
		{"dotted acronym", ent(core.Organisation, "Harbour Pilots Guild", 4, "HPG"), ent(core.Organisation, "H.P.G.", 2), "Harbour Pilots Guild"},
		{"bare acronym", ent(core.Organisation, "Harbour Pilots Guild", 4, "H.P.G."), ent(core.Organisation, "HPG", 2), "Harbour Pilots Guild"},
		{"middle initial", ent(core.Person, "Anna Lorvik", 4, "Lorvik"), ent(core.Person, "Anna K. Lorvik", 2, "Lorvik"), "Anna Lorvik"},
		{"initial first", ent(core.Person, "Anna K. Lorvik", 4, "Lorvik"), ent(core.Person, "Anna Lorvik", 2, "Lorvik"), "Anna K. Lorvik"},
	}
	for _, c := range cases {
		for _, order := range []string{"full first", "short first"} {
			t.Run(c.name+"/"+order, func(t *testing.T) {
				batches := []*core.Article{art("full", c.full), art("lone", c.lone)}
				if order == "short first" {
					batches[0], batches[1] = batches[1], batches[0]
				}
				st := storeOneByOne(t, batches...)
				got := names(st)
				want := c.want
				if c.full.Type == core.Person && order == "short first" {
					want = c.lone.Name // the name stored first stays the entity's name
				}
				if len(got) != 1 || got[want] != 2 {
					t.Errorf("entities: %v, want %s in 2 articles", got, want)
				}
			})
		}
	}
	t.Run("shared acronym", func(t *testing.T) {
		st, err := Open(ctx, ":memory:", Options{NoLink: true})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		for _, a := range []*core.Article{
			art("a", ent(core.Organisation, "Harbour Pilots Guild", 3, "HPG")),
			art("b", ent(core.Organisation, "Highland Potters Group", 3, "HPG")),
			art("c", ent(core.Organisation, "HPG", 1)),
		} {
			if _, err := st.PutBatch(ctx, []*core.Article{a}); err != nil {
				t.Fatal(err)
			}
		}
		if got := names(st); len(got) != 3 {
			t.Errorf("an acronym two organisations share was resolved: %v", got)
		}
	})
}

func TestWithoutInitials(t *testing.T) {
	for in, want := range map[string]string{
		"Michael T. Flynn": "Michael Flynn", "George H. W. Bush": "George Bush", "Orla H.W. Brannock": "Orla Brannock", "Anna Lorvik": "",
		"Anna Maria Lorvik": "", "J. Anna Lorvik": "Anna Lorvik", "J. K. Lorvik": "J. Lorvik", "Anna K Lorvik": "Anna Lorvik",
		"J. Lorvik": "", "H. Ross Vell III": "Ross Vell",
	} {
		if got := withoutInitials(in); got != want {
			t.Errorf("withoutInitials(%q) = %q, want %q", in, got, want)
		}
	}
}

// A store written before version 12 holds short forms apart from their full
// names; the migration's rekeyShortForms brings them together.
func TestRekeyShortForms(t *testing.T) {
	ctx := context.Background()
	st, s := fileStore(t)
	// As an older store keeps them: each name under its own key.
	exec := seedOldEntities(t, s, []oldEntity{
		{"ORG:harbour pilots guild", "Harbour Pilots Guild", "ORG"},
		{"ORG:hpg", "H.P.G.", "ORG"},
		{"PER:anna k lorvik", "Anna K. Lorvik", "PER"},
		{"PER:anna lorvik", "Anna Lorvik", "PER"},
		{"ORG:f b i", "F.B.I.", "ORG"},
		{"ORG:fbi", "FBI", "ORG"},
	})
	exec(`INSERT INTO entity_aliases(entity_id, alias) VALUES (1, 'HPG')`)
	if err := s.inTx(ctx, func(tx *sql.Tx) error { return rekeyShortForms(ctx, tx) }); err != nil {
		t.Fatal(err)
	}
	ents, err := st.Entities(ctx, EntityFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, e := range ents {
		got[e.Name] = e.Mentions
	}
	want := map[string]int{"Harbour Pilots Guild": 10 + 9, "Anna K. Lorvik": 8 + 7, "F.B.I.": 6 + 5}
	if len(got) != len(want) {
		t.Fatalf("entities %v, want %v", got, want)
	}
	for n, m := range want {
		if got[n] != m {
			t.Errorf("%s: %d mentions, want %d (all: %v)", n, got[n], m, got)
		}
	}
}

// A name another article's tagger typed as an organisation or place joins
// the person it names when that person clearly dominates, in either order;
// a listed place and a name used about as often as the person stay apart.
func TestMistypedPersonNames(t *testing.T) {
	ctx := context.Background()
	art := entityArticle
	person := core.Entity{Name: "Anna Lorvik", Type: core.Person, Aliases: []string{"Lorvik"}, Mentions: 9}
	cases := []struct {
		name  string
		other core.Entity
		want  int // entities left
	}{
		{"surname as ORG", core.Entity{Name: "Lorvik", Type: core.Organisation, Mentions: 2}, 1},
		{"full name as LOC", core.Entity{Name: "Anna Lorvik", Type: core.Location, Mentions: 1}, 1},
		{"listed capital", core.Entity{Name: "Washington", Type: core.Location, Mentions: 2}, 2},
		{"used as often", core.Entity{Name: "Lorvik", Type: core.Organisation, Mentions: 5}, 2},
	}
	for _, c := range cases {
		for _, order := range []string{"person first", "person last"} {
			t.Run(c.name+"/"+order, func(t *testing.T) {
				p := person
				if c.other.Name == "Washington" {
					p = core.Entity{Name: "George Washington", Type: core.Person, Aliases: []string{"Washington"}, Mentions: 9}
				}
				shared := core.Entity{Name: "Tomas Brell", Type: core.Person, Mentions: 1}
				batches := []*core.Article{art("p", p, shared), art("o", c.other, shared)}
				if order == "person last" {
					batches[0], batches[1] = batches[1], batches[0]
				}
				st := storeOneByOne(t, batches...)
				ents, err := st.Entities(ctx, EntityFilter{Limit: 100})
				if err != nil {
					t.Fatal(err)
				}
				if len(ents) != c.want+1 {
					t.Errorf("%d entities, want %d and Tomas Brell: %+v", len(ents), c.want, ents)
				}
				if c.want == 1 && ents[0].Type != core.Person {
					t.Errorf("kept %+v, want the person", ents[0])
				}
			})
		}
	}
}

// entityArticle is a fictional article holding ents.
func entityArticle(hash string, ents ...core.Entity) *core.Article {
	return &core.Article{Hash: hash, Source: hash + ".txt", Title: "Harbour " + hash, Text: "The harbour talks went on.", Entities: ents}
}

// storedBothWays stores an article "a" holding first and one "b" holding
// second, in that order and then reversed (each in a fresh store), and
// gives each store's entities (name -> articles) to check.
func storedBothWays(t *testing.T, first, second []core.Entity, check func(reversed bool, got map[string]int)) {
	t.Helper()
	for _, reversed := range []bool{false, true} {
		a, b := entityArticle("a", first...), entityArticle("b", second...)
		if reversed {
			a, b = b, a
		}
		check(reversed, entityArticles(t, storeOneByOne(t, a, b)))
	}
}

// entityArticles maps each stored entity's name to its article count.
func entityArticles(t *testing.T, st Store) map[string]int {
	t.Helper()
	ents, err := st.Entities(context.Background(), EntityFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, e := range ents {
		out[e.Name] = e.Articles
	}
	return out
}

// An entity shows the titles most articles give it, whichever article
// stored it first; merged entities pool theirs.
func TestEntityAttributesAcrossArticles(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, ":memory:", Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := func(name string, attrs ...string) core.Entity {
		return core.Entity{Name: name, Type: core.Person, Mentions: 3, Attributes: attrs, Aliases: []string{"Lorvik"}}
	}
	for i, e := range []core.Entity{
		p("Anna Lorvik", "Mayor"),
		p("Anna Lorvik", "Harbour Commissioner", "Mayor of Tolmouth"),
		p("Anna Lorvik", "harbour commissioner"),
		p("Anna K. Lorvik", "Harbour Commissioner"),
	} {
		if _, err := st.PutBatch(ctx, []*core.Article{entityArticle(fmt.Sprint("h", i), e)}); err != nil {
			t.Fatal(err)
		}
	}
	ents, err := st.Entities(ctx, EntityFilter{})
	if err != nil || len(ents) != 1 {
		t.Fatalf("entities %+v (%v), want one", ents, err)
	}
	if got, want := fmt.Sprint(ents[0].Attributes), "[Harbour Commissioner Mayor Mayor of Tolmouth]"; got != want {
		t.Errorf("attributes %s, want %s", got, want)
	}
}

// storeOneByOne opens an in-memory store (closed when the test ends) and
// puts arts into it one batch each, in order.
func storeOneByOne(t *testing.T, arts ...*core.Article) Store {
	t.Helper()
	ctx := context.Background()
	st, err := Open(ctx, ":memory:", Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, a := range arts {
		if _, err := st.PutBatch(ctx, []*core.Article{a}); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// fileStore opens a store in a temporary file (closed when the test ends),
// with its SQLite implementation for direct access.
func fileStore(t *testing.T) (Store, *sqliteStore) {
	t.Helper()
	st, err := Open(context.Background(), filepath.Join(t.TempDir(), "s.db"), Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, st.(*sqliteStore)
}
