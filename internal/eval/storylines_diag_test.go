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
	"github.com/storyline/storyline/internal/story/terms"
	"github.com/storyline/storyline/internal/testshared"
)

// TestDiagStorylinePairs lists the judged pairs of the spent samples
// (tune and held) with their shared and own actors, for tuning links:
// STORY_DIAG=1 go test -run TestDiagStorylinePairs -v ./internal/eval.
// Never run it on held2 before its last judgment.
func TestDiagStorylinePairs(t *testing.T) {
	if os.Getenv("STORY_DIAG") == "" {
		t.Skip("diagnostic: set STORY_DIAG=1")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds"))
	docs, err := storylineDocs(shared)
	if err != nil {
		t.Fatal(err)
	}
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
