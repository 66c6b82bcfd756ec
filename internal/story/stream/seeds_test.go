package stream

import (
	"context"
	"github.com/storyline/storyline/internal/testshared"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/dates"
	"github.com/storyline/storyline/internal/novelty"
	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/textclean"
)

// sharedDir finds ../shared beside the module root, or skips.
func sharedDir(t testing.TB) string {
	return testshared.Dir(t)
}

// loadSeeds reads the seed scrapes as story documents, in file order.
func loadSeeds(t *testing.T) []story.Doc {
	dir := filepath.Join(sharedDir(t), "seeds")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no seeds in %s", dir)
	}
	sort.Strings(files)
	var docs []story.Doc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r := textclean.Clean(string(b), textclean.Options{})
		d := story.Doc{ID: filepath.Base(f)[:3], Title: r.Title, Text: strings.Join(r.Paragraphs, "\n\n")}
		pub := r.Published
		if pub == "" {
			for _, line := range strings.SplitN(string(b), "\n", 12) {
				if p, ok := dates.Parse(line, time.Time{}); ok {
					pub = p
					break
				}
			}
		}
		for _, layout := range []string{time.RFC3339, "2006-01-02"} {
			if tm, err := time.Parse(layout, pub); err == nil {
				d.Published = tm
				break
			}
		}
		docs = append(docs, d)
	}
	if len(docs) != 5 {
		t.Skipf("want 5 seeds, found %d", len(docs))
	}
	return docs
}

func TestSeeds(t *testing.T) {
	docs := loadSeeds(t)
	ctx := context.Background()
	r := New(Options{})
	var res []Result
	for _, d := range docs {
		x, err := r.Add(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		res = append(res, x)
		var cl []string
		for _, c := range x.Claims {
			cl = append(cl, c.Key)
		}
		t.Logf("%s date=%s story=%d line=%d claims=%v\n   %s", d.ID, d.Published.Format("2006-01-02"), x.Story, x.Line, cl, x.Reason)
	}
	storyOf := map[string]story.StoryID{}
	lines := map[story.LineID]bool{}
	for _, x := range res {
		s, l, err := r.Final(ctx, x.Story)
		if err != nil {
			t.Fatal(err)
		}
		storyOf[x.ID] = s
		lines[l] = true
	}
	if storyOf["000"] != storyOf["003"] {
		t.Errorf("000 and 003 (one summit, two outlets) are stories %d and %d, want one", storyOf["000"], storyOf["003"])
	}
	for _, a := range []string{"000", "001", "002", "004"} {
		for _, b := range []string{"000", "001", "002", "004"} {
			if a < b && storyOf[a] == storyOf[b] {
				t.Errorf("%s and %s share story %d, want different stories", a, b, storyOf[a])
			}
		}
	}
	if len(lines) != 1 {
		t.Errorf("seeds fall into %d storylines, want 1", len(lines))
	}
	// The readiness-for-negotiations claim groups 000, 002 and 004.
	holders := map[string][]string{}
	for _, x := range res {
		for _, c := range x.Claims {
			if c.Stance == "ready" && c.Object == "negotiations" && !c.Negated {
				holders[c.Key] = append(holders[c.Key], x.ID)
			}
		}
	}
	found := false
	for k, ids := range holders {
		t.Logf("claim %s: %v", k, ids)
		got := strings.Join(ids, ",")
		if strings.Contains(got, "000") && strings.Contains(got, "002") && strings.Contains(got, "004") {
			found = true
		}
	}
	if !found {
		t.Errorf("no ready-for-negotiations claim groups 000, 002 and 004: %v", holders)
	}
}

func TestSeedsNovelty(t *testing.T) {
	docs := loadSeeds(t)
	ctx := context.Background()
	nd := novelty.NewDetector(nil, novelty.Options{})
	var got []novelty.Sentence
	for _, d := range docs { // one storyline, file order
		s, err := nd.Check(ctx, 1, d.Title, d.Text)
		if err != nil {
			t.Fatal(err)
		}
		if d.ID == "001" {
			got = s
		}
	}
	find := func(frag string) *novelty.Sentence {
		for i := range got {
			if strings.Contains(got[i].Text, frag) {
				return &got[i]
			}
		}
		t.Fatalf("no sentence of 001 contains %q", frag)
		return nil
	}
	for _, frag := range []string{"understandings", "until Monday"} {
		if s := find(frag); !s.New {
			t.Errorf("001 sentence with %q: not new (%s), want new", frag, s.Reason)
		}
	}
	newN := 0
	for _, s := range got {
		if s.New {
			newN++
		}
		t.Logf("new=%v %.2f %s | %.70s", s.New, s.Covered, s.Reason, s.Text)
	}
	if newN == len(got) {
		t.Errorf("every sentence of 001 is new; want some old")
	}
}

// TestSeedsOrders runs the seeds in all 120 orders, flushed as `storyline
// cluster` does. 000, 001 and 003 are undated and two of them report
// another summit of the same cast (001 in another city), so the time test
// cannot tell the events apart; the place clash (story/places.go) must,
// in file order, in reverse order and in most others. When 001 comes
// before both reports of the other summit, they score 0.54-0.60 against
// each other (bar 0.60) and only the mutual pairs at Flush (story/mutual.go)
// join them: 73 orders without, 112 with. In the other 8 the dated
// interview (002) or forum report (004) joined the undated summit story:
// a confirmed venue the dated side never names now lowers such a pair a
// little (story/places.go, unnamed venues): 120.
func TestSeedsOrders(t *testing.T) {
	if testing.Short() {
		t.Skip("120 streams")
	}
	docs := loadSeeds(t)
	var so story.Options // $STORY_OPTS with $STORY_DIAG (diagnostics)
	if os.Getenv("STORY_DIAG") != "" {
		so, _ = diagOpts(t)
	}
	ok, n, fails := seedOrders(t, docs, so)
	t.Logf("%d of %d orders give the structure; others: %v", ok, n, fails)
	for _, p := range [][]int{{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}} {
		if !seedOrderOK(t, docs, p, story.Options{}, map[string]int{}) {
			t.Errorf("order %v: not the structure", p)
		}
	}
	if ok < 115 {
		t.Errorf("%d of %d orders give the structure, want 115 or more", ok, n)
	}
}
