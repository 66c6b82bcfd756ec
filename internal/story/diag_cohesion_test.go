package story

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/story/clusterscore"
)

// TestDiagCohesion streams ECB+ train+dev and PolNeAR train+dev undated
// in file (date) order and prints each final story of three articles or
// more with its cohesion: for ECB+ the share of its majority gold event,
// for PolNeAR the days its articles span by their publication dates
// (STORY_DIAG=1; options in $STORY_OPTS): the cohesion floor diagnostic.
func TestDiagCohesion(t *testing.T) {
	ecb := diagTraindev(t)
	so := diagOptions(t)
	pol := diagPolNeAR(t)
	for _, set := range []struct {
		name string
		docs []clusterscore.BenchDoc
	}{{"ecb+", ecb}, {"polnear", pol}} {
		ctx := context.Background()
		c := New(NewMemState(MemOptions{}), so)
		ids := make([]StoryID, len(set.docs))
		for i, d := range set.docs {
			a, err := c.Add(ctx, Doc{ID: d.ID, Title: d.Title, Text: d.Text})
			if err != nil {
				t.Fatal(err)
			}
			ids[i] = a.Story
		}
		if err := c.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		members := map[StoryID][]int{}
		for i, id := range ids {
			r, err := c.Resolve(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			members[r] = append(members[r], i)
		}
		var rs []StoryID
		for r, m := range members {
			if len(m) >= 3 {
				rs = append(rs, r)
			}
		}
		sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
		for _, r := range rs {
			s, _, err := c.st.Story(ctx, r)
			if err != nil {
				t.Fatal(err)
			}
			m := members[r]
			quality := ""
			if set.name == "ecb+" {
				n := map[string]int{}
				best := 0
				for _, i := range m {
					n[set.docs[i].Gold]++
					best = max(best, n[set.docs[i].Gold])
				}
				quality = fmt.Sprintf("purity %.2f", float64(best)/float64(len(m)))
			} else {
				lo, hi := set.docs[m[0]].Date, set.docs[m[0]].Date
				for _, i := range m {
					lo, hi = earlier(lo, set.docs[i].Date), later(hi, set.docs[i].Date)
				}
				quality = fmt.Sprintf("span %.0f days", hi.Sub(lo).Hours()/24)
			}
			t.Logf("%s story %d size %d cohesion %.3f %s | %.40s", set.name, r, len(m), c.cohesion(s), quality, s.Title)
		}
	}
}

// diagOptions are the story options in $STORY_OPTS (JSON), for the
// diagnostics.
func diagOptions(t *testing.T) Options {
	var so Options
	if js := os.Getenv("STORY_OPTS"); js != "" {
		if err := json.Unmarshal([]byte(js), &so); err != nil {
			t.Fatal(err)
		}
	}
	return so
}

// diagPolNeAR reads PolNeAR train+dev (never its test compartment) in date
// order, the publication date in Date; it skips when absent.
func diagPolNeAR(t *testing.T) []clusterscore.BenchDoc {
	dir := filepath.Join(sharedDir(t), "bench", "quotes", "polnear", "data")
	b, err := os.ReadFile(filepath.Join(dir, "metadata.tsv"))
	if err != nil {
		t.Skip(err)
	}
	var docs []clusterscore.BenchDoc
	for n, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, "\t")
		if n == 0 || len(f) < 8 || (f[0] != "train" && f[0] != "dev") {
			continue
		}
		day, err := time.Parse("2006-01-02", f[5])
		if err != nil {
			t.Fatal(err)
		}
		txt, err := os.ReadFile(filepath.Join(dir, f[0], "text", f[1]+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		title, body, _ := strings.Cut(string(txt), "\n")
		docs = append(docs, clusterscore.BenchDoc{ID: f[1], Title: strings.TrimSpace(title), Text: strings.TrimSpace(body), Date: day})
	}
	sort.SliceStable(docs, func(i, j int) bool {
		if !docs[i].Date.Equal(docs[j].Date) {
			return docs[i].Date.Before(docs[j].Date)
		}
		return docs[i].ID < docs[j].ID
	})
	return docs
}
