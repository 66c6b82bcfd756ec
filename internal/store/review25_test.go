package store

import (
	"context"
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
	ctx := context.Background()
	st := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	a := linkCorpus()[0]
	a.Entities = []core.Entity{
		{Name: "Orvan", Type: core.Location, Mentions: 4},
		{Name: "Orvan", Type: core.Organisation, Mentions: 3},
		{Name: "Ilse Darrow", Type: core.Person, Mentions: 2},
		{Name: "Pellby", Type: core.Location, Mentions: 2},
		{Name: "Tobias Renn", Type: core.Person, Mentions: 2},
		{Name: "Hanna Voss", Type: core.Person, Mentions: 1},
		{Name: "Colm Berrick", Type: core.Person, Mentions: 1},
	}
	if _, err := st.PutBatch(ctx, []*core.Article{a}); err != nil {
		t.Fatal(err)
	}
	stories, err := st.Stories(ctx, StoryFilter{})
	if err != nil || len(stories) != 1 {
		t.Fatalf("stories: %+v, %v", stories, err)
	}
	top := stories[0].TopEntities
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
