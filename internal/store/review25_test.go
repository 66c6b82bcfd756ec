package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestTopEntitiesOnceEachName: a name stored as two types (the valley
// "Orvan" and an "Orvan" the tagger took for an organisation) was listed
// twice among a story's top entities ("Orvan, Orvan" in `stories`, the
// home page's chips, /api/stories), both linking the one entity page the
// name leads to. Each name is listed once, and the five places go to five
// names (review25).
func TestTopEntitiesOnceEachName(t *testing.T) {
	top := oneStoryTopEntities(t, []core.Entity{
		{Name: "Orvan", Type: core.Location, Mentions: 4},
		{Name: "Orvan", Type: core.Organisation, Mentions: 3},
		{Name: "Ilse Darrow", Type: core.Person, Mentions: 2},
		{Name: "Pellby", Type: core.Location, Mentions: 2},
		{Name: "Tobias Renn", Type: core.Person, Mentions: 2},
		{Name: "Hanna Voss", Type: core.Person, Mentions: 1},
		{Name: "Colm Berrick", Type: core.Person, Mentions: 1},
	})
	if got, want := strings.Join(top, ","), "Orvan,Ilse Darrow,Pellby,Tobias Renn,Colm Berrick"; got != want {
		t.Errorf("top entities %q, want %q (each name once, five names)", got, want)
	}
}

func TestOnceEach(t *testing.T) {
	for _, c := range [][2][]string{
		{{"Orvan", "Orvan", "Pellby"}, {"Orvan", "Pellby"}},
		{{"A", "B", "A", "C", "B"}, {"A", "B", "C"}},
		{{"A", "B"}, {"A", "B"}},
		{nil, nil},
	} {
		if got := onceEach(c[0]); !slices.Equal(got, c[1]) {
			t.Errorf("onceEach(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// TestOpenPathWithURIMarks: the store's DSN is a "file:" URI, and the path
// went into it as it was: --db "a#b.db" wrote the store to "a", "c?d.db" to
// "c" and "e%41.db" to "eA.db", where `storyline articles --db ...` then
// found no store (review25).
func TestOpenPathWithURIMarks(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a#b.db", "c?d.db", "e%41.db", "plain.db"} {
		path := filepath.Join(dir, name)
		st, err := Open(context.Background(), path, Options{})
		if err != nil {
			t.Fatalf("open %s: %v", name, err)
		}
		st.Close()
		if _, err := os.Stat(path); err != nil {
			entries, _ := os.ReadDir(dir)
			var got []string
			for _, e := range entries {
				got = append(got, e.Name())
			}
			t.Errorf("open %s: no file of that name (%v); the folder holds %q", name, err, got)
		}
	}
}

// TestOpenNamesMissingFolder: a store in a folder that is not there failed
// with SQLite's "migrate: unable to open database file (14)" (review25).
func TestOpenNamesMissingFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "no-such-folder")
	_, err := Open(context.Background(), filepath.Join(dir, "s.db"), Options{})
	if err == nil || !strings.Contains(err.Error(), "no folder "+dir) {
		t.Errorf("open in a missing folder: %v, want it to name the folder", err)
	}
}

// TestEntityFacetOnceEachName: the search facet (and an entity page's
// "often appears with", which reads it) listed "Orvan 3 · Orvan 1" for the
// place and an "Orvan" the tagger took for an organisation, two rows for the
// one filter ?entity=Orvan, each with a count that was not the filter's. One
// row per name, counting the articles that name either (review25).
func TestEntityFacetOnceEachName(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	place := core.Entity{Name: "Orvan", Type: core.Location, Mentions: 1}
	org := core.Entity{Name: "Orvan", Type: core.Organisation, Mentions: 1}
	renn := core.Entity{Name: "Tobias Renn", Type: core.Person, Mentions: 1}
	var arts []*core.Article
	for i, ents := range [][]core.Entity{{place, renn}, {place, renn}, {org, renn}, {place, org}} {
		arts = append(arts, &core.Article{Hash: fmt.Sprint("rv25-facet-", i), Source: fmt.Sprintf("fixtures/orvan/%d.txt", i), Title: fmt.Sprintf("Orvan reservoir, day %d", i),
			Published: fmt.Sprintf("2031-05-%02d", i+1), Language: "en", Text: fmt.Sprintf("The Orvan reservoir fell again on day %d, Tobias Renn said.", i), Entities: ents})
	}
	if _, err := st.PutBatch(ctx, arts); err != nil {
		t.Fatal(err)
	}
	res, err := st.Search(ctx, SearchQuery{Text: "reservoir", Facets: true, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	want := []FacetCount{{Value: "Orvan", Type: "LOC", Count: 4}, {Value: "Tobias Renn", Type: "PER", Count: 3}}
	if !slices.Equal(res.Facets.Entities, want) {
		t.Errorf("entity facet %+v, want %+v", res.Facets.Entities, want)
	}
}
