package store

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// An entity takes the type most articles give its own name: a name stored
// as a person that looks like none takes a type more articles give it;
// otherwise another type needs more than twice the stored type's articles,
// and MISC never takes a name with an organisation's head noun.
func TestTypeByVote(t *testing.T) {
	e := func(typ core.EntityType, name string) core.Entity {
		return core.Entity{Name: name, Type: typ, Mentions: 2}
	}
	tests := []struct {
		name  string
		types []core.EntityType // one article each, in order
		ent   string
		want  core.EntityType
	}{
		{"an award first stored as a person", []core.EntityType{core.Person, core.Misc, core.Misc}, "Quill", core.Misc},
		{"a tie keeps the stored type", []core.EntityType{core.Person, core.Misc}, "Quill", core.Person},
		{"a person-like name needs twice the articles", []core.EntityType{core.Person, core.Location, core.Location}, "Anna Vessel", core.Person},
		{"twice the articles win", []core.EntityType{core.Person, core.Location, core.Location, core.Location}, "Anna Vessel", core.Location},
		{"a team first stored as a person", []core.EntityType{core.Person, core.Organisation, core.Organisation}, "Vell Zorvans", core.Organisation},
		{"MISC stays against a bare majority", []core.EntityType{core.Misc, core.Misc, core.Organisation, core.Organisation, core.Organisation}, "Vell Orlo", core.Misc},
		{"MISC never takes a head noun", []core.EntityType{core.Organisation, core.Misc, core.Misc, core.Misc}, "Vell Survey", core.Organisation},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []*core.Article
			for i, typ := range tt.types {
				arts = append(arts, entityArticle(fmt.Sprint("h", i), e(typ, tt.ent)))
			}
			st := storeOneByOne(t, arts...)
			ents, err := st.Entities(context.Background(), EntityFilter{Limit: 100})
			if err != nil {
				t.Fatal(err)
			}
			if len(ents) != 1 || ents[0].Type != tt.want || ents[0].Articles != len(tt.types) {
				t.Fatalf("entities %+v, want one %s in %d articles", ents, tt.want, len(tt.types))
			}
		})
	}
}

// Migration 15 counts an older store's types, merges a state's AP
// abbreviation into the state and keeps the stored types.
func TestMigrateTypes(t *testing.T) {
	ctx := context.Background()
	st, s := fileStore(t)
	exec := seedOldEntities(t, s, []oldEntity{
		{"LOC:california", "California", "LOC"},
		{"LOC:calif", "Calif", "LOC"},
		{"PER:quill", "Quill", "PER"},
	})
	exec(`DELETE FROM entity_types`)
	exec(`INSERT INTO entity_types(entity_id, type, n) SELECT id, type, n_articles FROM entities`)
	if err := s.inTx(ctx, func(tx *sql.Tx) error { return migrateTypes(ctx, tx) }); err != nil {
		t.Fatal(err)
	}
	got := typedMentions(t, st)
	want := map[string]int{"LOC California": 10 + 9, "PER Quill": 8}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entities %v, want %v", got, want)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT n FROM entity_types WHERE entity_id = 1 AND type = 'LOC'`).Scan(&n); err != nil || n != 2 {
		t.Errorf("California's LOC count %d (%v), want 2", n, err)
	}
}
