package eval

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/story/stream"
	"github.com/storyline/storyline/internal/testshared"
)

// TestDiagPolitical prints the story sizes of the political sample's two
// runs and the distribution of close pairs (STORY_DIAG=1).
func TestDiagPolitical(t *testing.T) {
	if os.Getenv("STORY_DIAG") == "" {
		t.Skip("diagnostic: STORY_DIAG=1")
	}
	docs, err := LoadPolitical(politicalDir(t))
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("STORY_UNDATED") != "" {
		for i := range docs {
			docs[i].Date = time.Time{}
		}
	}
	for r, ord := range PoliticalOrders(len(docs)) {
		labels, n, err := ClusterPolitical(context.Background(), docs, ord, stream.Options{})
		if err != nil {
			t.Fatal(err)
		}
		by := map[string][]int{}
		for i, l := range labels {
			by[l] = append(by[l], i)
		}
		var big [][]int
		for _, m := range by {
			if len(m) > 1 {
				big = append(big, m)
			}
		}
		sort.Slice(big, func(a, b int) bool {
			return len(big[a]) > len(big[b]) || (len(big[a]) == len(big[b]) && big[a][0] < big[b][0])
		})
		t.Logf("run %d: %d stories, %d of 2+", r, n, len(big))
		for _, m := range big {
			t.Logf("  size %d:", len(m))
			for _, i := range m {
				t.Logf("    %s %s %s", docs[i].Date.Format("01-02"), docs[i].Publisher, docs[i].Title)
			}
		}
	}
	vecs := politicalVectors(docs)
	hist := map[int]int{}
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			if docs[j].Date.Sub(docs[i].Date).Hours() > PoliticalNearDays*24 {
				continue
			}
			hist[int(sparseCos(vecs[i], vecs[j])*20)]++
		}
	}
	t.Logf("near-day pairs by cosine/0.05: %v", hist)
}

// politicalDir is the PolNeAR folder under ../shared; the test skips when
// it is absent.
func politicalDir(t *testing.T) string {
	return filepath.Join(filepath.Dir(testshared.Dir(t, "seeds")), "bench", "quotes", "polnear")
}
