package store

import (
	"context"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// A name of two or more words ending in an institution's head noun
// ("Brannock Bible Church", "Orlo Middle School") is one thing whether a
// tagger types it a place or an organisation: the building and the body
// it houses. The two types join; a one-word place and organisation of one
// name (a town and its team) still stay apart.
func TestInstitutionPlaceAndOrg(t *testing.T) {
	ent := func(name string, typ core.EntityType, n int) core.Entity {
		return core.Entity{Name: name, Type: typ, Mentions: n}
	}
	st := storeOneByOne(t,
		entityArticle("a", ent("Brannock Bible Church", core.Location, 3), ent("Brannock", core.Location, 2)),
		entityArticle("b", ent("Brannock Bible Church", core.Location, 2)),
		entityArticle("c", ent("Brannock Bible Church", core.Organisation, 1), ent("Brannock", core.Organisation, 1)),
	)
	ents, err := st.Entities(context.Background(), EntityFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, e := range ents {
		got[string(e.Type)+" "+e.Name] = e.Articles
	}
	if got["LOC Brannock Bible Church"] != 3 || got["ORG Brannock Bible Church"] != 0 {
		t.Errorf("entities %v, want LOC Brannock Bible Church in 3 articles", got)
	}
	if got["LOC Brannock"] != 1 || got["ORG Brannock"] != 1 {
		t.Errorf("entities %v, want the town and the organisation Brannock apart", got)
	}
}
