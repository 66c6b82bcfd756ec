package story_test

import (
	"context"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/clusterscore"
	"github.com/storyline/storyline/internal/story/stream"
)

// TestDiagConsolidation lists every merge consolidation makes on ECB+
// traindev (file order and shuffles 1-6, undated and dated) and MEANTIME
// (every merge there joins two events), with the two stories' sizes,
// majority events, titles and score; right when the majority events
// agree. MEANTIME's online joins are listed too. A diagnostic
// ($STORY_DIAG).
func TestDiagConsolidation(t *testing.T) {
	if os.Getenv("STORY_DIAG") == "" {
		t.Skip("diagnostic: set STORY_DIAG=1")
	}
	right, wrong := map[string]int{}, map[string]int{}
	for _, rn := range diagRuns() {
		tag := rn.tag()
		runDiagStream(t, rn, func(ctx context.Context, ds *diagStream) story.Options {
			return story.WithConsolSeen(story.Options{}, func(s, b *story.Story, x float64) {
				ga, na, ta := ds.comp(ctx, s.ID)
				gb, nb, tb := ds.comp(ctx, b.ID)
				ok := ga == gb && rn.set != "meantime"
				verdict := "WRONG"
				if ok {
					verdict = "right"
					right[tag]++
				} else {
					wrong[tag]++
				}
				t.Logf("%s: consol %s r=%.3f at %d: %d(%s %d/%d %q) + %d(%s %d/%d %q) %s", tag, verdict, x, len(ds.ids), s.ID, ga, na, ta, s.Title, b.ID, gb, nb, tb, b.Title, kindCos(s.Centroid, b.Centroid))
			})
		}, func(d clusterscore.BenchDoc, x stream.Result) {
			if rn.set == "meantime" {
				t.Logf("%s: add %q -> %d: %s", tag, d.Title, x.Story, x.Reason)
			}
		})
	}
	for _, u := range []bool{true, false} {
		for _, set := range []string{"ecbplus", "meantime"} {
			rt, wt := 0, 0
			for seed := 0; seed <= 6; seed++ {
				tag := fmt.Sprintf("%s undated=%v seed=%d", set, u, seed)
				rt += right[tag]
				wt += wrong[tag]
			}
			t.Logf("%s undated=%v: consolidation merges %d right, %d wrong", set, u, rt, wt)
		}
	}
}

// kindCos describes two centroids kind by kind: the cosine of their
// features of that kind and how many each side has.
func kindCos(a, b []story.Feature) string {
	var out []string
	for _, k := range []byte{'t', 'e', 'y', 'n', 'm', 'p'} {
		var aa, bb, ab float64
		na, nb := 0, 0
		i, j := 0, 0
		for i < len(a) || j < len(b) {
			switch {
			case j >= len(b) || (i < len(a) && a[i].Key < b[j].Key):
				if a[i].Key.Kind() == k {
					aa += a[i].W * a[i].W
					na++
				}
				i++
			case i >= len(a) || b[j].Key < a[i].Key:
				if b[j].Key.Kind() == k {
					bb += b[j].W * b[j].W
					nb++
				}
				j++
			default:
				if a[i].Key.Kind() == k {
					aa += a[i].W * a[i].W
					bb += b[j].W * b[j].W
					ab += a[i].W * b[j].W
					na++
					nb++
				}
				i++
				j++
			}
		}
		c := 0.0
		if aa > 0 && bb > 0 {
			c = ab / math.Sqrt(aa*bb)
		}
		out = append(out, fmt.Sprintf("%c=%.2f(%d/%d)", k, c, na, nb))
	}
	return strings.Join(out, " ")
}
