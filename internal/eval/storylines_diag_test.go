package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/clusterscore"
	"github.com/storyline/storyline/internal/story/terms"
	"github.com/storyline/storyline/internal/testshared"
)

// TestDiagStorylinePairs lists the judged pairs of the spent samples
// (tune and held) with their shared and own actors, for tuning links:
// STORY_DIAG=1 go test -run TestDiagStorylinePairs -v ./internal/eval.
// Never run it on held2 before its last judgment.
func TestDiagStorylinePairs(t *testing.T) {
	shared, docs := diagStorylineDocs(t, storylineDocs)
	name := map[story.Key]string{}
	for _, d := range docs {
		for _, p := range terms.Phrases(d.Title + "\n" + d.Text) {
			p = strings.ToLower(strings.TrimSpace(p))
			name[story.KeyOf('e', p)] = p
		}
	}
	for _, held := range []bool{false, true} {
		pairs, err := StorylinePairs(context.Background(), StorylineSampleOptions{Shared: shared, Held: held})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pairs {
			if _, _, cl := story.LinkScores(p.A.st, p.B.st); !p.Linked && p.Verdict != 'y' && cl < 0.5 {
				continue
			}
			ac, tc, cl := story.LinkScores(p.A.st, p.B.st)
			ua, na := ownName(p.A.st, p.B.st, name)
			ub, nb := ownName(p.B.st, p.A.st, name)
			fmt.Printf("\n%s %c linked=%v held=%v own %.2f %s / %.2f %s scores %.2f %.2f %.2f\n", p.Key, p.Verdict, p.Linked, held, ua, na, ub, nb, ac, tc, cl)
			for _, s := range []*StorylineStory{p.A, p.B} {
				fmt.Printf("  [%d docs] %s | %s\n", len(s.Docs), s.Titles[0], actorList(s.st, name))
			}
		}
	}
}

func actorList(s *story.Story, name map[story.Key]string) string {
	if s == nil {
		return ""
	}
	v := append([]story.Feature(nil), s.Actors...)
	sort.Slice(v, func(i, j int) bool { return v[i].W > v[j].W })
	var b strings.Builder
	for i, f := range v {
		if i == 14 {
			break
		}
		fmt.Fprintf(&b, "%s:%.0f ", name[f.Key], f.W)
	}
	return b.String()
}

// ownName is the heaviest actor of s, named in at least two of its
// articles and half of them, that o never names: its share of s's articles.
func ownName(s, o *story.Story, name map[story.Key]string) (float64, string) {
	if s == nil || o == nil {
		return 0, ""
	}
	in := map[story.Key]bool{}
	for _, f := range o.Actors {
		in[f.Key] = true
	}
	best, bn := 0.0, ""
	for _, f := range s.Actors {
		if in[f.Key] || f.W < 2 || f.W < float64(s.Size)/2 {
			continue
		}
		if r := f.W / float64(s.Size); r > best {
			best, bn = r, name[f.Key]
		}
	}
	return best, bn
}

// TestDiagStorylineLinks prints every storyline link decision (linked or
// kept apart) of the held2 run with both stories' first titles:
// STORY_DIAG=1 go test -run TestDiagStorylineLinks -v ./internal/eval.
// held2 was judged and scored at the end of the tenth session: spent.
func TestDiagStorylineLinks(t *testing.T) {
	_, docs := diagStorylineDocs(t, storylineHeld2Docs)
	ctx := context.Background()
	cl := story.New(story.NewMemState(story.MemOptions{}), story.Options{})
	first := map[story.StoryID]string{}
	for _, d := range docs {
		a, err := cl.Add(ctx, story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := first[a.Story]; !ok {
			first[a.Story] = d.ID
		}
		for _, part := range strings.Split(a.Reason, "; ") {
			if strings.Contains(part, "storyline") {
				fmt.Printf("%s [story %d %s] %s\n", d.ID, a.Story, first[a.Story], part)
			}
		}
	}
}

// diagStorylineDocs skips unless $STORY_DIAG is set and ../shared is
// present, and returns the shared folder and the documents load reads.
func diagStorylineDocs(t *testing.T, load func(string) ([]clusterscore.BenchDoc, error)) (string, []clusterscore.BenchDoc) {
	t.Helper()
	if os.Getenv("STORY_DIAG") == "" {
		t.Skip("diagnostic: set STORY_DIAG=1")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds"))
	docs, err := load(shared)
	if err != nil {
		t.Fatal(err)
	}
	return shared, docs
}
