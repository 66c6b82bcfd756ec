package story_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/testshared"
)

// TestDiagPoliticalJoins streams PolNeAR train+dev (same-cast US political
// news; eval.LoadPolitical) in date order and prints, for the largest final
// stories, how each article came in (STORY_DIAG=1; STORY_UNDATED=1 drops
// the dates).
func TestDiagPoliticalJoins(t *testing.T) {
	if os.Getenv("STORY_DIAG") == "" {
		t.Skip("diagnostic: set STORY_DIAG=1")
	}
	dir := filepath.Join(filepath.Dir(testshared.Dir(t, "seeds")), "bench", "quotes", "polnear")
	docs, err := eval.LoadPolitical(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	o := story.Options{Now: time.Now()}
	if os.Getenv("STORY_NOABSORB") != "" {
		o.LinkAbsorb = -1
	}
	if os.Getenv("STORY_NOMODEL") != "" {
		o.MergeModel = -1
	}
	if v, err := strconv.ParseFloat(os.Getenv("STORY_COHESION"), 64); err == nil {
		o.CohesionFloor = v
	}
	if os.Getenv("STORY_NOCONS") != "" {
		o.ConsolidateEvery = 1 << 30
	}
	c := story.New(story.NewMemState(story.MemOptions{}), o)
	as := make([]story.Assignment, len(docs))
	for i, d := range docs {
		if os.Getenv("STORY_UNDATED") != "" {
			d.Date = time.Time{}
		}
		if as[i], err = c.Add(ctx, story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date}); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	final := map[story.StoryID][]int{}
	for i, a := range as {
		s, err := c.Resolve(ctx, a.Story)
		if err != nil {
			t.Fatal(err)
		}
		final[s] = append(final[s], i)
	}
	sizes := map[int]int{}
	defer func() { t.Logf("%d stories; sizes %v", len(final), sizes) }()
	for s, m := range final {
		sizes[len(m)]++
		if len(m) < 12 || os.Getenv("STORY_QUIET") != "" {
			continue
		}
		t.Logf("story %d, %d articles:", s, len(m))
		for _, i := range m {
			t.Logf("  %s %-40.40s story %d: %s", docs[i].Date.Format("01-02"), docs[i].Title, as[i].Story, as[i].Reason)
		}
	}
}
