package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestEntityFilterByNameWords: the entity filter of Articles, Stories and
// Search matches as the speaker filter does (Speakers): a surname or a
// first name alone finds the person's articles, an exact stored name wins
// over name words, and what is listed is what Speakers names.
func TestEntityFilterByNameWords(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, ":memory:")
	docs := []struct {
		title, text string
		ents        []core.Entity
	}{
		{"Ferry pilots walk out at Tarnby", "Dara Quell told the ferry pilots in Tarnby that the walk-out would last a week.",
			[]core.Entity{{Name: "Dara Quell", Type: core.Person, Mentions: 2}}},
		{"Orchard growers count the frost", "Piet Quell said the orchard growers of Lunmere lost half their blossom to the frost.",
			[]core.Entity{{Name: "Piet Quell", Type: core.Person, Mentions: 3}}},
		{"Quarry reopens above Vessel Bay", "The Dunmarrow quarry company reopened the upper pit above Vessel Bay on Monday.",
			[]core.Entity{{Name: "Dunmarrow", Type: core.Organisation, Mentions: 1}}},
		{"Dunmarrow lends its name to a ferry", "Edda Dunmarrow named the new ferry at the harbour of Tarnby.",
			[]core.Entity{{Name: "Edda Dunmarrow", Type: core.Person, Mentions: 1}}},
	}
	for i, d := range docs {
		if _, err := s.PutBatch(ctx, []*core.Article{{Hash: fmt.Sprint("ef", i), Source: fmt.Sprintf("ef/%d.txt", i), Title: d.title,
			Text: d.text, Published: fmt.Sprintf("2031-03-%02d", 10+i), Entities: d.ents}}); err != nil {
			t.Fatal(err)
		}
	}
	storyOf := map[string]int64{} // title: story
	all, err := s.Articles(ctx, ArticleFilter{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range all {
		storyOf[a.Title] = a.Story
	}
	for _, tt := range []struct {
		entity string
		want   []string // titles, newest published first
	}{
		{"Dara Quell", []string{"Ferry pilots walk out at Tarnby"}},
		{"dara quell", []string{"Ferry pilots walk out at Tarnby"}},
		{"Quell", []string{"Orchard growers count the frost", "Ferry pilots walk out at Tarnby"}},
		{"Dara", []string{"Ferry pilots walk out at Tarnby"}},
		{"quell piet", []string{"Orchard growers count the frost"}},
		{"Dunmarrow", []string{"Quarry reopens above Vessel Bay"}}, // the exact name wins over Edda Dunmarrow
		{"Edda", []string{"Dunmarrow lends its name to a ferry"}},
		{"Ilse Quell", nil},
		{"Kovrin", nil},
	} {
		t.Run(tt.entity, func(t *testing.T) {
			arts, err := s.Articles(ctx, ArticleFilter{Entity: tt.entity, ByPublished: true})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range arts {
				got = append(got, a.Title)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Articles(entity %q) = %q, want %q", tt.entity, got, tt.want)
			}
			stories, err := s.Stories(ctx, StoryFilter{Entity: tt.entity})
			if err != nil {
				t.Fatal(err)
			}
			var gotStories, wantStories []int64
			for _, st := range stories {
				gotStories = append(gotStories, st.ID)
			}
			for _, title := range tt.want {
				wantStories = append(wantStories, storyOf[title])
			}
			slices.Sort(gotStories)
			slices.Sort(wantStories)
			if wantStories = slices.Compact(wantStories); !slices.Equal(gotStories, wantStories) {
				t.Errorf("Stories(entity %q) = %d, want %d (the stories of %q)", tt.entity, gotStories, wantStories, tt.want)
			}
			res, err := s.Search(ctx, SearchQuery{Entity: tt.entity, Facets: true})
			if err != nil {
				t.Fatal(err)
			}
			if got := titles(res); !slices.Equal(got, tt.want) || res.Total != len(tt.want) {
				t.Errorf("Search(entity %q) = %q (total %d), want %q", tt.entity, got, res.Total, tt.want)
			}
			// What the hints say the name matched is what is listed.
			names, err := s.Speakers(ctx, tt.entity)
			if err != nil {
				t.Fatal(err)
			}
			var named []string
			for _, a := range arts {
				for _, e := range docs {
					if e.title == a.Title {
						named = append(named, e.ents[0].Name)
					}
				}
			}
			slices.Sort(named)
			slices.Sort(names)
			if !slices.Equal(named, names) {
				t.Errorf("Speakers(%q) = %q, the listed articles name %q", tt.entity, names, named)
			}
		})
	}
	// The other filters still apply beside it.
	res, err := s.Search(ctx, SearchQuery{Text: "ferry", Entity: "Quell"})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(titles(res), "|"); got != "Ferry pilots walk out at Tarnby" {
		t.Errorf(`Search("ferry", entity Quell) = %q, want the ferry pilots' article`, got)
	}
}

// TestEntityFilterCutAsSpeakers: a name word more than maxSpeakerMatches
// persons hold lists the articles of the ones Speakers names (the most
// mentioned), not of every one.
func TestEntityFilterCutAsSpeakers(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, ":memory:")
	var batch []*core.Article
	n := maxSpeakerMatches + 2
	for i := range n {
		name := fmt.Sprintf("Brin%d Orrinsby", i)
		batch = append(batch, &core.Article{Hash: fmt.Sprint("cut", i), Source: fmt.Sprintf("cut/%d.txt", i), Title: fmt.Sprintf("Tide table %d", i),
			Text: fmt.Sprintf("%s read the tide table at the quay of Harnwick, entry %d.", name, i), Published: "2031-05-01",
			Entities: []core.Entity{{Name: name, Type: core.Person, Mentions: 1 + i}}})
	}
	if _, err := s.PutBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	names, err := s.Speakers(ctx, "Orrinsby")
	if err != nil || len(names) != maxSpeakerMatches {
		t.Fatalf("Speakers(Orrinsby) = %d names, %v; want %d", len(names), err, maxSpeakerMatches)
	}
	arts, err := s.Articles(ctx, ArticleFilter{Entity: "Orrinsby", Limit: 500})
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, a := range arts {
		var i int
		fmt.Sscanf(a.Title, "Tide table %d", &i)
		listed[fmt.Sprintf("Brin%d Orrinsby", i)] = true
	}
	for _, name := range names {
		if !listed[name] {
			t.Errorf("%s is named by Speakers but not listed", name)
		}
	}
	if len(arts) != len(names) {
		t.Errorf("Articles(entity Orrinsby) = %d, want the %d Speakers names", len(arts), len(names))
	}
}
