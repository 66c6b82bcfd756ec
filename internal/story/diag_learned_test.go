package story_test

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/stream"
	"github.com/storyline/storyline/internal/testshared"
)

// TestDiagLearnedMerges lists every learned merge at Flush (and each
// story's best candidate below the bar down to p 0.3) on ECB+ traindev
// (file order and shuffles 1-6, undated and dated) and MEANTIME (every
// pair there is of two events), with the two stories' sizes, majority
// events and purities, the probability and the pair features; right when
// the majority events agree. A diagnostic ($STORY_DIAG).
func TestDiagLearnedMerges(t *testing.T) {
	if os.Getenv("STORY_DIAG") == "" {
		t.Skip("diagnostic: set STORY_DIAG=1")
	}
	names := story.PairFeatureNames()
	right, wrong := map[string]int{}, map[string]int{}
	for _, rn := range diagRuns() {
		tag := rn.tag()
		runDiagStream(t, rn, func(ctx context.Context, ds *diagStream) story.Options {
			return story.WithMergeSeen(story.Options{}, func(s, b *story.Story, p float64, x []float64, merged bool) {
				if !merged && p < 0.3 {
					return
				}
				ga, na, ta := ds.comp(ctx, s.ID)
				gb, nb, tb := ds.comp(ctx, b.ID)
				ok := ga == gb && rn.set != "meantime"
				verdict := "WRONG"
				if ok {
					verdict = "right"
				}
				if !merged {
					verdict = "below(" + map[bool]string{true: "same", false: "diff"}[ok] + ")"
				} else if ok {
					right[tag]++
				} else {
					wrong[tag]++
				}
				var fs []string
				for k := 1; k < len(x); k++ {
					fs = append(fs, fmt.Sprintf("%s=%.2f", names[k], x[k]))
				}
				t.Logf("%s: %s p=%.3f %d(%s %d/%d) + %d(%s %d/%d) %s", tag, verdict, p, s.ID, ga, na, ta, b.ID, gb, nb, tb, strings.Join(fs, " "))
			})
		}, nil)
	}
	// PolNeAR (no gold: sizes and probabilities), as eval clustering
	// --political clusters it: date order and shuffled, undated and dated.
	pdocs, err := eval.LoadPolitical(testshared.Dir(t, "bench", "quotes", "polnear"))
	if err != nil {
		t.Skip(err)
	}
	for _, undated := range []bool{true, false} {
		cd := append([]eval.PoliticalDoc(nil), pdocs...)
		if undated {
			for i := range cd {
				cd[i].Date = time.Time{}
			}
		}
		for r, ord := range eval.PoliticalOrders(len(cd)) {
			n, below := 0, 0
			tag := fmt.Sprintf("polnear undated=%v order=%d", undated, r)
			o := story.WithMergeSeen(story.Options{Now: time.Now()}, func(s, b *story.Story, p float64, x []float64, merged bool) {
				if !merged {
					if p >= 0.3 {
						below++
					}
					return
				}
				n++
				t.Logf("%s: merged p=%.3f sizes %d + %d link=%.2f terms=%.2f entities=%.2f numbers=%.2f", tag, p, s.Size, b.Size, x[1], x[8], x[9], x[12])
			})
			if _, _, err := eval.ClusterPolitical(context.Background(), cd, ord, stream.Options{Story: o}); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d learned merges, %d best candidates at p 0.3-bar", tag, n, below)
		}
	}
	var tags []string
	for k := range right {
		tags = append(tags, k)
	}
	for k := range wrong {
		if right[k] == 0 {
			tags = append(tags, k)
		}
	}
	sort.Strings(tags)
	for _, k := range tags {
		t.Logf("%s: %d right, %d wrong", k, right[k], wrong[k])
	}
}
