package stream

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/story"
)

// TestDiagMerges counts the merges of stories (fragments made by merges
// included) in several orders of ECB+ train+dev, by the sizes of the two
// stories, and whether both held mostly one gold event (good) or not (bad).
// Quadratic in the stream's length: a diagnostic ($STORY_DIAG).
func TestDiagMerges(t *testing.T) {
	so, docs := diagSetup(t)
	ords := orderings(docs)
	bad, good := map[string]int{}, map[string]int{}
	for _, name := range []string{"file", "shuffle", "10topics", "interleave"} {
		for _, s := range ords[name] {
			ctx := context.Background()
			r := New(Options{Story: so})
			ids := []story.StoryID{}
			for i, d := range s {
				comp := map[story.StoryID]map[string]int{}
				for j := 0; j < i; j++ {
					f, _, _ := r.Final(ctx, ids[j])
					if comp[f] == nil {
						comp[f] = map[string]int{}
					}
					comp[f][s[j].Gold]++
				}
				x, err := r.Add(ctx, story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date})
				if err != nil {
					t.Fatal(err)
				}
				ids = append(ids, x.Story)
				if !strings.Contains(x.Reason, "merged story") {
					continue
				}
				for _, part := range strings.Split(x.Reason, "; ") {
					var g, sv story.StoryID
					if _, err := fmt.Sscanf(part, "merged story %d into %d", &g, &sv); err != nil {
						continue
					}
					a, b := comp[g], comp[sv]
					if a == nil || b == nil {
						continue
					}
					maj := func(m map[string]int) (string, int) {
						k, n, tot := "", 0, 0
						for kk, v := range m {
							tot += v
							if v > n || (v == n && kk < k) {
								k, n = kk, v
							}
						}
						return k, tot
					}
					ga, na := maj(a)
					gb, nb := maj(b)
					key := fmt.Sprintf("%s %d+%d", name, min(na, nb), max(na, nb))
					if min(na, nb) >= 3 {
						key = fmt.Sprintf("%s 3++", name)
					}
					if ga == gb {
						good[key]++
					} else {
						bad[key]++
					}
				}
			}
		}
	}
	var keys []string
	for k := range good {
		keys = append(keys, k)
	}
	for k := range bad {
		if _, ok := good[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%-22s good %3d bad %3d", k, good[k], bad[k])
	}
}
