package stream

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/clusterscore"
)

// TestDiagOracle sorts the errors of the final clustering of ECB+
// train+dev (file, shuffled and interleaved orders) by kind: lone
// articles of an event held elsewhere, larger pieces of a split event,
// mixed stories and how their minority articles arrived (reason on
// arrival); and scores two oracles, lone pieces moved to their event's
// largest piece, and mixed stories split by event ($STORY_DIAG).
func TestDiagOracle(t *testing.T) {
	so, docs := diagSetup(t)
	ords := orderings(docs)
	for _, name := range []string{"file", "shuffle", "interleave"} {
		lone, splitBig, mixed, mixedArts := 0, 0, 0, 0
		oracleLone, oracleMix := 0.0, 0.0
		minHome, minNoHome := 0, 0
		how := map[string]int{}
		for _, s := range ords[name] {
			ctx := context.Background()
			r := New(Options{Story: so})
			ids := []story.StoryID{}
			var reasons []string
			for _, d := range s {
				x, err := r.Add(ctx, story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date})
				if err != nil {
					t.Fatal(err)
				}
				ids = append(ids, x.Story)
				reasons = append(reasons, x.Reason)
			}
			if err := r.Flush(ctx); err != nil {
				t.Fatal(err)
			}
			pred := map[story.StoryID]map[string]int{}
			gold := map[string]map[story.StoryID]int{}
			for i, d := range s {
				f, _, _ := r.Final(ctx, ids[i])
				if pred[f] == nil {
					pred[f] = map[string]int{}
				}
				pred[f][d.Gold]++
				if gold[d.Gold] == nil {
					gold[d.Gold] = map[story.StoryID]int{}
				}
				gold[d.Gold][f]++
			}
			for _, m := range gold {
				var sz []int
				for _, n := range m {
					sz = append(sz, n)
				}
				sort.Sort(sort.Reverse(sort.IntSlice(sz)))
				for _, n := range sz[1:] {
					if n == 1 {
						lone++
					} else {
						splitBig += n
					}
				}
			}
			// Oracle: lone pieces moved to their event's largest piece.
			{
				pr := make([]string, len(s))
				gl := make([]string, len(s))
				for i, d := range s {
					f, _, _ := r.Final(ctx, ids[i])
					gl[i] = d.Gold
					pr[i] = strconv.FormatInt(int64(f), 10)
					if pred[f][d.Gold] == 1 && len(pred[f]) == 1 {
						bm, bn := story.StoryID(0), 0
						for sid, n := range gold[d.Gold] {
							if n > bn || (n == bn && sid < bm) {
								bm, bn = sid, n
							}
						}
						pr[i] = strconv.FormatInt(int64(bm), 10)
					}
				}
				sc, _ := clusterscore.Score(pr, gl)
				oracleLone += sc.BCubedF1
				// Oracle: minority articles of mixed clusters split out by event.
				for i, d := range s {
					f, _, _ := r.Final(ctx, ids[i])
					pr[i] = strconv.FormatInt(int64(f), 10) + "/" + d.Gold
				}
				sc, _ = clusterscore.Score(pr, gl)
				oracleMix += sc.BCubedF1
			}
			majOf := map[story.StoryID]string{}
			for sid, m := range pred {
				k, n := "", 0
				for g, c := range m {
					if c > n || (c == n && g < k) {
						k, n = g, c
					}
				}
				majOf[sid] = k
			}
			for i, d := range s {
				f, _, _ := r.Final(ctx, ids[i])
				if majOf[f] == d.Gold {
					continue
				}
				k := "other"
				switch rs := reasons[i]; {
				case strings.Contains(rs, "new story"):
					k = "founder"
				case strings.Contains(rs, "fragment"):
					k = "fragment"
				case strings.Contains(rs, "joined story"):
					k = "joined"
				}
				if f == ids[i] {
					k += " (same id)"
				}
				how[k]++
			}
			for sid, m := range pred {
				for g, n := range m {
					if g == majOf[sid] {
						continue
					}
					home := false
					for o, gg := range majOf {
						if o != sid && gg == g && pred[o][g] >= 2 {
							home = true
						}
					}
					if home {
						minHome += n
					} else {
						minNoHome += n
					}
				}
			}
			for _, m := range pred {
				if len(m) > 1 {
					mixed++
					mx, tot := 0, 0
					for _, n := range m {
						tot += n
						mx = max(mx, n)
					}
					mixedArts += tot - mx
				}
			}
		}
		t.Logf("%s: lone pieces %d, articles in split pieces >1 %d, mixed clusters %d (minority articles %d); oracle lone %.3f, oracle unmix %.3f; minority with a home %d, without %d", name, lone, splitBig, mixed, mixedArts, oracleLone/float64(len(ords[name])), oracleMix/float64(len(ords[name])), minHome, minNoHome)
		t.Logf("  minority by arrival: %v", how)
	}
}
