package timeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

// fakeStore serves one fictional storyline; the methods Build does not call
// are left to the embedded nil interface.
type fakeStore struct {
	store.Store
	stories  []store.StoryInfo
	details  map[int64]*store.StoryDetail
	articles map[int64]*core.Article
}

func (f *fakeStore) Stories(_ context.Context, flt store.StoryFilter) ([]store.StoryInfo, error) {
	var out []store.StoryInfo
	for _, s := range f.stories {
		if s.Storyline == flt.Storyline {
			out = append(out, s)
		}
	}
	return out, nil
}

func (f *fakeStore) Story(_ context.Context, id int64) (*store.StoryDetail, error) {
	if d, ok := f.details[id]; ok {
		return d, nil
	}
	return nil, fmt.Errorf("story %d: %w", id, core.ErrNotFound)
}

func (f *fakeStore) Article(_ context.Context, id int64) (*core.Article, error) {
	if a, ok := f.articles[id]; ok {
		return a, nil
	}
	return nil, fmt.Errorf("article %d: %w", id, core.ErrNotFound)
}

// fixture: the Port Edrin ferry strike told in three stories. The later
// story's article reached the store first (a lower ID): what is new must
// follow publication order, not arrival.
func fixture() *fakeStore {
	f := &fakeStore{details: map[int64]*store.StoryDetail{}, articles: map[int64]*core.Article{}}
	add := func(story int64, first string, arts []*core.Article, claims []store.ClaimGroup) {
		info := store.StoryInfo{ID: story, Storyline: 7, Title: arts[0].Title, Articles: len(arts), Sources: len(arts), First: first, Last: first}
		f.stories = append(f.stories, info)
		d := &store.StoryDetail{StoryInfo: info, Claims: claims}
		for _, a := range arts {
			f.articles[a.ID] = a
			d.Articles = append(d.Articles, a)
		}
		f.details[story] = d
	}
	claim := store.ClaimGroup{Key: "union|strike", Holder: "ferry workers union", Text: "Ferry Workers Union — threatens a strike",
		Occurrences: []store.ClaimOccurrence{{ArticleID: 20, Published: "2026-03-01"}, {ArticleID: 5, Published: "2026-04-02"}}}
	add(11, "2026-04-02", []*core.Article{{ID: 5, Title: "FERRY STRIKE ENTERS SECOND WEEK; Islanders stranded on Corla as talks stall", Outlet: "Edrin Post",
		Text: "FERRY STRIKE ENTERS SECOND WEEK; Islanders stranded on Corla as talks stall.\n\n" +
			"The Ferry Workers Union said its members would stay off the boats until the harbour board raised wages.\n\n" +
			"The strike has now stranded four hundred islanders on Corla, the harbour master Tomas Veld said on Thursday.\n\n" +
			"The ferry workers union again threatened to strike indefinitely."}}, []store.ClaimGroup{claim})
	add(10, "2026-03-01", []*core.Article{
		{ID: 20, Title: "Ferry workers threaten strike in Port Edrin", Outlet: "Harbour Daily",
			Text: "The Ferry Workers Union said its members would stay off the boats until the harbour board raised wages.\n\n" +
				"The union threatened a strike after talks with the harbour board broke down on Monday."},
		{ID: 21, Title: "Ferry workers threaten strike in Port Edrin", Outlet: "Copy Wire", DuplicateOf: 20,
			Text: "The Ferry Workers Union said its members would stay off the boats until the harbour board raised wages."},
	}, []store.ClaimGroup{claim})
	add(12, "", []*core.Article{{ID: 30, Title: "Islanders raise funds for stranded families", Outlet: "Corla Voice",
		Text: "Volunteers on Corla collected eleven thousand crowns for the families stranded by the ferry stoppage."}}, nil)
	f.stories = append(f.stories, store.StoryInfo{ID: 99, Storyline: 8, Title: "Another storyline"})
	return f
}

func TestBuildTellsStoriesInTimeOrder(t *testing.T) {
	tl, err := Build(context.Background(), judgedFixture(t), 7, Options{MinWords: 4})
	if err != nil {
		t.Fatal(err)
	}
	var order []int64
	for _, s := range tl.Steps {
		order = append(order, s.Story.ID)
	}
	if fmt.Sprint(order) != "[10 11 12]" {
		t.Fatalf("steps %v, want [10 11 12] (dated in time order, undated last)", order)
	}
	if tl.Articles != 4 || tl.First != "2026-03-01" || tl.Last != "2026-04-02" {
		t.Errorf("summary: %d articles, %q – %q", tl.Articles, tl.First, tl.Last)
	}
	text := func(s Step) string {
		var b strings.Builder
		for _, n := range s.New {
			b.WriteString(n.Text + "\n")
		}
		return b.String()
	}
	first, second := tl.Steps[0], tl.Steps[1]
	if !strings.Contains(text(first), "stay off the boats") || !strings.Contains(text(first), "talks with the harbour board broke down") {
		t.Errorf("the earliest story's own sentences are new:\n%s", text(first))
	}
	if strings.Contains(text(second), "stay off the boats") {
		t.Errorf("the later story repeats the earlier one's line, yet it is listed new:\n%s", text(second))
	}
	if !strings.Contains(text(second), "four hundred islanders") {
		t.Errorf("the later story's new fact is missing:\n%s", text(second))
	}
	for _, s := range tl.Steps {
		for _, n := range s.New {
			if n.ArticleID == 21 {
				t.Errorf("the duplicate article was read: %+v", n)
			}
			if strings.Contains(fold(s.Story.Title), strings.TrimRight(fold(n.Text), ".")) {
				t.Errorf("a title is listed as news: %q", n.Text)
			}
		}
	}
	if len(first.Claims) != 1 || !first.Claims[0].First {
		t.Errorf("story 10 voices the claim first: %+v", first.Claims)
	}
	if len(second.Claims) != 1 || second.Claims[0].First || second.Claims[0].FirstStory != 10 {
		t.Errorf("story 11 repeats story 10's claim: %+v", second.Claims)
	}
	if len(tl.Steps[2].Claims) != 0 {
		t.Errorf("story 12 voices no claim: %+v", tl.Steps[2].Claims)
	}
	if len(tl.Recurring) != 1 || fmt.Sprint(tl.Recurring[0].Stories) != "[10 11]" || tl.Recurring[0].First != "2026-03-01" || tl.Recurring[0].Latest != "2026-04-02" {
		t.Errorf("recurring claims: %+v", tl.Recurring)
	}
}

func TestBuildLimits(t *testing.T) {
	tl, err := Build(context.Background(), judgedFixture(t), 7, Options{MaxStories: 2, MaxNew: 1, MinWords: 4})
	if err != nil {
		t.Fatal(err)
	}
	if tl.Omitted != 1 || len(tl.Steps) != 2 || tl.Steps[0].Story.ID != 11 {
		t.Fatalf("MaxStories keeps the latest two: omitted %d, steps %d", tl.Omitted, len(tl.Steps))
	}
	for _, s := range tl.Steps {
		if len(s.New) > 1 || s.NewTotal < len(s.New) {
			t.Errorf("story %d: %d shown of %d", s.Story.ID, len(s.New), s.NewTotal)
		}
	}
	if tl.Articles != 4 {
		t.Errorf("the summary counts every story's articles: %d", tl.Articles)
	}
}

func TestBuildUnknownStoryline(t *testing.T) {
	if _, err := Build(context.Background(), fixture(), 42, Options{}); !errors.Is(err, core.ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
}
