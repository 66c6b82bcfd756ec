package store

import (
	"context"
	"database/sql"
	"reflect"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// Names that meet across articles (in either order of arrival) and names
// that stay apart.
func TestEntitiesAcrossArticles(t *testing.T) {
	e := func(typ core.EntityType, name string, mentions int, aliases ...string) core.Entity {
		return core.Entity{Name: name, Type: typ, Mentions: mentions, Aliases: aliases}
	}
	tests := []struct {
		name     string
		a, b     []core.Entity
		entities int // entities left
	}{
		{"same name, other type", []core.Entity{e(core.Location, "Vell", 3)}, []core.Entity{e(core.Misc, "Vell", 1)}, 1},
		{"person and organisation of one long name", []core.Entity{e(core.Organisation, "Vell Harbour Guild", 3)}, []core.Entity{e(core.Person, "Vell Harbour Guild", 1)}, 1},
		{"a city and its team stay apart", []core.Entity{e(core.Location, "Vell", 3)}, []core.Entity{e(core.Organisation, "Vell", 2)}, 2},
		{"a surname and a place stay apart", []core.Entity{e(core.Location, "Kesh", 3)}, []core.Entity{e(core.Person, "Kesh", 2)}, 2},
		{"a lone surname joins its person named in the same article", []core.Entity{e(core.Location, "Vell", 3)}, []core.Entity{e(core.Person, "Ana Kesh", 2, "Kesh"), e(core.Person, "Kesh", 2)}, 2},
		{"diminutive", []core.Entity{e(core.Person, "Richard Vessel", 3)}, []core.Entity{e(core.Person, "Rick Vessel", 1)}, 1},
		{"numbered suffix", []core.Entity{e(core.Person, "Arvo S. Lind III", 3)}, []core.Entity{e(core.Person, "Arvo Lind", 2)}, 1},
		{"Jr. stays apart", []core.Entity{e(core.Person, "Arvo Lind", 3)}, []core.Entity{e(core.Person, "Arvo Lind Jr.", 2)}, 2},
		{"middle name", []core.Entity{e(core.Person, "Sarah Huck Vessel", 3)}, []core.Entity{e(core.Person, "Sarah Vessel", 1)}, 1},
		{"department", []core.Entity{e(core.Organisation, "Harbour Department", 3)}, []core.Entity{e(core.Organisation, "Harbour", 1)}, 1},
		{"acronym no article spells out", []core.Entity{e(core.Organisation, "Vell Boxing Federation", 3)}, []core.Entity{e(core.Organisation, "VBF", 2)}, 1},
		{"initials the gazetteer gives a country stay apart", []core.Entity{e(core.Organisation, "Pell Research Center", 3)}, []core.Entity{e(core.Location, "China", 5)}, 2},
		{"a listed acronym keeps its country", []core.Entity{e(core.Organisation, "Pell Research Center", 3)}, []core.Entity{e(core.Location, "PRC", 2)}, 2},
	}
	for _, tt := range tests {
		for _, order := range []string{"first", "second"} {
			t.Run(tt.name+"/"+order, func(t *testing.T) {
				a, b := entityArticle("a", tt.a...), entityArticle("b", tt.b...)
				if order == "second" {
					a, b = b, a
				}
				st := storeOneByOne(t, a, b)
				ents, err := st.Entities(context.Background(), EntityFilter{Limit: 100})
				if err != nil {
					t.Fatal(err)
				}
				if len(ents) != tt.entities {
					t.Fatalf("%d entities, want %d: %+v", len(ents), tt.entities, ents)
				}
				// The entity keeps the name it was stored under first; a full
				// name absorbs an acronym stored before it.
				first := a.Entities[0].Name
				if acronymForms(first) != nil {
					first = b.Entities[0].Name
				}
				if tt.entities == 1 && (ents[0].Articles != 2 || ents[0].Name != first) {
					t.Errorf("kept %+v, want %s in 2 articles", ents[0], first)
				}
			})
		}
	}
}

// Two organisations with one set of initials leave their acronym alone.
func TestAmbiguousInitials(t *testing.T) {
	org := func(name string) core.Entity { return core.Entity{Name: name, Type: core.Organisation, Mentions: 2} }
	st := storeOneByOne(t, entityArticle("a", org("Vell Boxing Federation")), entityArticle("b", org("Vell Bakers Forum")),
		entityArticle("c", org("VBF")))
	if got := entityArticles(t, st); len(got) != 3 {
		t.Errorf("entities %v, want the acronym apart", got)
	}
}

func TestWithoutMiddle(t *testing.T) {
	for in, want := range map[string]string{
		"Sarah Huck Vessel": "Sarah Vessel", "Anna K. Vessel": "", "Anna de Vessel": "", "Anna Vessel III": "",
		"Arvo Lind Jr.": "", "Anna Vessel": "", "Ana Maria Luz Vessel": "",
	} {
		if got := withoutMiddle(in); got != want {
			t.Errorf("withoutMiddle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestInitialsOf(t *testing.T) {
	for in, want := range map[string]string{
		"International Boxing Federation": "IBF", "Bank of Vell": "BV", "Vell Bank": "", "Department of the Harbour": "DH",
		"Coordinated Universal Time": "CUT", "Vell": "", "vell harbour guild": "", "Vell and Harbour Guild": "VHG",
	} {
		if want != "" && len(want) < 3 {
			want = ""
		}
		if got := initialsOf(in); got != want {
			t.Errorf("initialsOf(%q) = %q, want %q", in, got, want)
		}
	}
}

// A store written before version 14 keeps one name under two types, a
// diminutive apart from the formal name and an acronym apart from its full
// name; migration 14 brings them together.
func TestMigrateInitials(t *testing.T) {
	ctx := context.Background()
	st, s := fileStore(t)
	// As a version-13 store keeps them (no initials filed).
	seedOldEntities(t, s, []oldEntity{
		{"ORG:vell boxing federation", "Vell Boxing Federation", "ORG"},
		{"ORG:vbf", "VBF", "ORG"},
		{"PER:richard vessel", "Richard Vessel", "PER"},
		{"PER:rick vessel", "Rick Vessel", "PER"},
		{"LOC:kestrel", "Kestrel", "LOC"},
		{"MISC:kestrel", "Kestrel", "MISC"},
	})
	if err := s.inTx(ctx, func(tx *sql.Tx) error { return migrateInitials(ctx, tx) }); err != nil {
		t.Fatal(err)
	}
	got := typedMentions(t, st)
	want := map[string]int{"ORG Vell Boxing Federation": 10 + 9, "PER Richard Vessel": 8 + 7, "LOC Kestrel": 6 + 5}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entities %v, want %v", got, want)
	}
}

// typedMentions maps each stored entity's "TYPE Name" to its mentions.
func typedMentions(t *testing.T, st Store) map[string]int {
	t.Helper()
	ents, err := st.Entities(context.Background(), EntityFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, e := range ents {
		got[string(e.Type)+" "+e.Name] = e.Mentions
	}
	return got
}

// oldEntity is an entity row as an older store keeps it.
type oldEntity struct{ key, name, typ string }

// seedOldEntities writes ents straight into s (ids from 1, mentions 10
// down, one article each, the name as alias) and returns the statement
// runner it used.
func seedOldEntities(t *testing.T, s *sqliteStore, ents []oldEntity) func(q string, args ...any) {
	t.Helper()
	ctx := context.Background()
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := s.db.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	for i, e := range ents {
		exec(`INSERT INTO entities(id, key, name, type, mentions, n_articles) VALUES (?, ?, ?, ?, ?, 1)`, i+1, e.key, e.name, e.typ, 10-i)
		exec(`INSERT INTO entity_aliases(entity_id, alias) VALUES (?, ?)`, i+1, e.name)
	}
	return exec
}
