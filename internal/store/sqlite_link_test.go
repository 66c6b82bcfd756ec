package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/link"
)

// linkCorpus is a fictional stream: a port strike in Veldmark (three
// outlets, one syndicated copy), a flood in Ostria, and the strike's sequel a
// year later.
func linkCorpus() []*core.Article {
	strike := "Dock workers in the Veldmark port of Brannholm walked out on Monday after talks on wages collapsed, union leader Anna Lorvik said. " +
		"The strike halted container traffic at the largest harbour in the country and left forty ships waiting offshore. " +
		"Harbour minister Piet Osk said the government was ready for negotiations with the union at any time. " +
		"Lorvik said the union demanded a raise of eight percent and would not return before an offer was made. "
	flood := "Heavy rain flooded the river valley of Ostria on Thursday, forcing thousands of residents from their homes in the town of Mirel. " +
		"Rescue teams used boats to reach villages cut off by the water, the regional governor Tomas Vell said. " +
		"Forecasters expect the river Ank to crest on Saturday before the water recedes slowly next week. "
	arts := []*core.Article{
		{Title: "Brannholm dockers strike over pay", Text: strike + "Shipping firms warned of delays across the region.", Published: "2031-03-03", Outlet: "Veldmark Times"},
		{Title: "Brannholm dockers strike over pay", Text: strike + "Shipping firms warned of delays across the region. Reporting by the wire desk.", Published: "2031-03-03", Outlet: "Coastal Wire"},
		{Title: "Port of Brannholm paralysed as union walks out", Text: "The union led by Anna Lorvik shut the port of Brannholm in Veldmark on Monday after wage talks failed. " +
			"Minister Piet Osk said the government stood ready for negotiations. Forty ships wait offshore as the strike enters its second day, and the union wants eight percent more pay. " +
			"Shippers voiced doubts over Lorvik's readiness for negotiations.", Published: "2031-03-04", Outlet: "Harbour Daily"},
		{Title: "Floods force thousands from homes in Ostria", Text: flood, Published: "2031-03-05", Outlet: "Ostria Post"},
		{Title: "Ostria floods: river Ank to crest on Saturday", Text: "Residents of Mirel in Ostria waited on roofs as rescue boats searched flooded streets on Friday. Governor Tomas Vell said the river Ank would crest on Saturday. " + flood, Published: "2031-03-06", Outlet: "Valley News"},
		{Title: "Brannholm dockers strike again a year on", Text: "A year after the last walkout, dock workers in Brannholm struck again on Tuesday, union leader Anna Lorvik said. " +
			"Harbour minister Piet Osk said the government was ready for negotiations with the union. The port of Veldmark's largest harbour is closed and ships are waiting.", Published: "2032-03-09", Outlet: "Veldmark Times"},
	}
	for i, a := range arts {
		a.Source = fmt.Sprintf("fiction/%d.txt", i)
		a.Hash = fmt.Sprintf("h%d", i)
		a.Language = "en"
	}
	return arts
}

func TestLinkInStoreMatchesInMemory(t *testing.T) {
	for _, reopen := range []bool{false, true} {
		t.Run(fmt.Sprint("reopen=", reopen), func(t *testing.T) { testLinkInStore(t, reopen) })
	}
}

func testLinkInStore(t *testing.T, reopen bool) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	st := openTest(t, path)
	arts := linkCorpus()
	// Store in two batches, reopening in between: the state must carry over.
	if _, err := st.PutBatch(ctx, arts[:3]); err != nil {
		t.Fatal(err)
	}
	if reopen {
		st.Close()
		st = openTest(t, path)
	}
	if _, err := st.PutBatch(ctx, arts[3:]); err != nil {
		t.Fatal(err)
	}

	mem := link.New(link.MemStates(), link.Options{})
	for i, want := range linkCorpus() {
		want.ID = int64(i + 1)
		if _, err := mem.Link(ctx, want); err != nil {
			t.Fatal(err)
		}
		got, err := st.Article(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if want.Story, err = mem.Resolve(ctx, want.Story); err != nil {
			t.Fatal(err)
		}
		if got.DuplicateOf != want.DuplicateOf || got.Story != want.Story || got.Storyline != want.Storyline {
			t.Errorf("article %d: store says dup %d story %d line %d; in-memory says dup %d story %d line %d",
				want.ID, got.DuplicateOf, got.Story, got.Storyline, want.DuplicateOf, want.Story, want.Storyline)
		}
		if len(got.Sentences) == 0 || got.LinkReason == "" {
			t.Errorf("article %d: no sentences or reason stored", want.ID)
		}
	}
	a2, _ := st.Article(ctx, 2)
	if a2.DuplicateOf != 1 {
		t.Errorf("syndicated copy: duplicate_of = %d, want 1", a2.DuplicateOf)
	}
	a1, _ := st.Article(ctx, 1)
	a4, _ := st.Article(ctx, 4)
	if a1.Story == a4.Story {
		t.Errorf("strike and flood share story %d", a1.Story)
	}
	stories, err := st.Stories(ctx, StoryFilter{})
	if err != nil || len(stories) < 2 {
		t.Fatalf("stories = %+v, %v", stories, err)
	}
	big, err := st.Stories(ctx, StoryFilter{MinArticles: 2})
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, s := range stories {
		if s.Articles >= 2 {
			want++
		}
	}
	if len(big) != want || want == 0 {
		t.Errorf("stories of 2+ articles: %d, want %d (of %d)", len(big), want, len(stories))
	}
	d, err := st.Story(ctx, a1.Story)
	if err != nil || len(d.Articles) < 2 {
		t.Fatalf("story %d = %+v, %v", a1.Story, d, err)
	}
	lines, err := st.Storylines(ctx, StorylineFilter{})
	if err != nil || len(lines) == 0 {
		t.Fatalf("storylines = %+v, %v", lines, err)
	}
	for _, min := range []int{2, 3} {
		want := 0
		for _, l := range lines {
			if len(l.Stories) >= min {
				want++
			}
		}
		got, err := st.Storylines(ctx, StorylineFilter{MinStories: min})
		if err != nil || len(got) != want {
			t.Errorf("storylines of %d+ stories: %d, %v; want %d", min, len(got), err, want)
		}
		for _, l := range got {
			if len(l.Stories) < min {
				t.Errorf("storyline %d of %d stories listed for MinStories %d", l.ID, len(l.Stories), min)
			}
		}
	}
	claims, err := st.Claims(ctx, ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	questioned := 0
	for _, g := range claims {
		if len(g.Occurrences) != g.Articles && !strings.Contains(g.Key, "|") {
			t.Errorf("claim %q: %d occurrences for %d articles", g.Key, len(g.Occurrences), g.Articles)
		}
		for _, o := range g.Occurrences {
			if o.Questioned {
				questioned++
				if o.ArticleID != 3 || !strings.Contains(o.Sentence, "doubts over") {
					t.Errorf("claim %q: questioned occurrence in article %d: %q", g.Key, o.ArticleID, o.Sentence)
				}
			}
		}
	}
	if questioned != 1 {
		t.Errorf("%d questioned claim occurrences, want 1 (the shippers' doubts in article 3)", questioned)
	}
	a3, _ := st.Article(ctx, 3)
	n := 0
	for _, c := range a3.Claims {
		if c.Questioned {
			n++
		}
	}
	if n != 1 {
		t.Errorf("article 3 reads back %d questioned claims, want 1: %+v", n, a3.Claims)
	}
}
