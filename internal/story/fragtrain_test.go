package story_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/clusterscore"
	"github.com/storyline/storyline/internal/testshared"
)

// collectFragments streams docs with options o, flushes, and returns every
// open fragment left, labelled by whether its articles' majority event is
// the rest of its story's.
func collectFragments(t *testing.T, docs []clusterscore.BenchDoc, o story.Options) []joinPair {
	t.Helper()
	ctx := context.Background()
	st := story.NewMemState(story.MemOptions{})
	c := story.New(st, o)
	assigned := map[string]story.StoryID{}
	for _, d := range docs {
		a, err := c.Add(ctx, story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date})
		if err != nil {
			t.Fatal(err)
		}
		assigned[d.ID] = a.Story
	}
	if err := c.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	// For each doc, the chain of stories from its assignment to its root.
	chains := map[string][]story.StoryID{}
	for _, d := range docs {
		id := assigned[d.ID]
		for i := 0; i < 1000; i++ {
			chains[d.ID] = append(chains[d.ID], id)
			s, ok, err := st.Story(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if !ok || s.MergedInto == 0 {
				break
			}
			id = s.MergedInto
		}
	}
	var out []joinPair
	err := story.ForEachOpenFragment(ctx, c, st, func(root, g *story.Story, x []float64) {
		in, rest := map[string]int{}, map[string]int{}
		for _, d := range docs {
			ch := chains[d.ID]
			if ch[len(ch)-1] != root.ID {
				continue
			}
			inG := false
			for _, id := range ch {
				inG = inG || id == g.ID
			}
			if inG {
				in[d.Gold]++
			} else {
				rest[d.Gold]++
			}
		}
		out = append(out, joinPair{x: x, same: majority(in) == majority(rest)})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func majority(m map[string]int) string {
	best, n := "", 0
	for g, k := range m {
		if k > n || (k == n && g < best) {
			best, n = g, k
		}
	}
	return best
}

// TestTrainFragModel trains the fragment review model (Options.FragReview)
// on the open fragments left at the end of ECB+ train streams (file order
// and shuffles 101-105) and reports its AUC on dev's.
func TestTrainFragModel(t *testing.T) {
	mode := envString("STORY_TRAIN_FRAG")
	if mode == "" {
		t.Skip("training: set STORY_TRAIN_FRAG=1 (or =write to rewrite fragweights.go)")
	}
	dir := testshared.Dir(t, "bench", "clustering", "ecbplus")
	train, _, err := clusterscore.LoadBench(dir, "train")
	if err != nil {
		t.Skip(err)
	}
	dev, _, err := clusterscore.LoadBench(dir, "dev")
	if err != nil {
		t.Skip(err)
	}
	var tr, dv []joinPair
	tr = append(tr, collectFragments(t, train, story.Options{})...)
	dv = append(dv, collectFragments(t, dev, story.Options{})...)
	for seed := uint64(101); seed <= 105; seed++ {
		tr = append(tr, collectFragments(t, shuffled(train, seed), story.Options{})...)
	}
	for seed := uint64(1); seed <= 5; seed++ {
		dv = append(dv, collectFragments(t, shuffled(dev, seed), story.Options{})...)
	}
	if m := os.Getenv("STORY_TRAIN_FEATS"); m != "" {
		keep := map[string]bool{"bias": true}
		for _, f := range strings.Split(m, ",") {
			keep[f] = true
		}
		for _, ps := range [][]joinPair{tr, dv} {
			for _, p := range ps {
				for k, name := range story.FragFeatureNames() {
					if !keep[name] {
						p.x[k] = 0
					}
				}
			}
		}
	}
	w := fitLogistic(tr, envFloat("STORY_TRAIN_LAMBDA", 1))
	names := story.FragFeatureNames()
	for k, x := range w {
		t.Logf("  %-10s %+.4f", names[k], x)
	}
	count := func(ps []joinPair) (r, wr int) {
		for _, p := range ps {
			if p.same {
				r++
			} else {
				wr++
			}
		}
		return
	}
	r, wr := count(tr)
	t.Logf("train fragments: %d of the story's event, %d not", r, wr)
	r, wr = count(dv)
	t.Logf("dev fragments: %d of the story's event, %d not", r, wr)
	prob := func(x []float64) float64 { return probOf(w, x) }
	t.Logf("dev AUC: model %.3f; %s", aucOf(dv, prob), featureAUCs(dv, names))
	for _, thr := range []float64{0.5, 0.6, 0.7, 0.8, 0.9} {
		var good, bad int
		for _, p := range dv {
			if prob(p.x) < thr {
				if p.same {
					bad++
				} else {
					good++
				}
			}
		}
		t.Logf("dev below %.2f: %d fragments of another event, %d of the story's", thr, good, bad)
	}
	if mode == "write" {
		writeWeights(t, "fragweights.go", "TestTrainFragModel", "STORY_TRAIN_FRAG", "trainedFragWeights", "fragX", names, w,
			fmt.Sprintf("the fragment model's weights (fragFeatures in order, on raw\n// values; features %s), fitted on %d open fragments of ECB+ train\n// streams (L2 %g)", os.Getenv("STORY_TRAIN_FEATS"), len(tr), envFloat("STORY_TRAIN_LAMBDA", 1)))
	}
	splits := strings.Split(os.Getenv("STORY_TRAIN_EVAL"), ",")
	if splits[0] == "" {
		splits = []string{"dev"}
	}
	for _, split := range splits {
		f, s := evalSplit(t, dir, split, story.Options{})
		t.Logf("%s without review: file F1 %.4f ARI %.4f, shuffled F1 %.4f ARI %.4f", split, f.BCubedF1, f.ARI, s.BCubedF1, s.ARI)
		for _, thr := range thresholds() {
			o := story.WithFragWeights(story.Options{FragReview: thr}, w)
			f, s := evalSplit(t, dir, split, o)
			t.Logf("%s review %.2f: file F1 %.4f ARI %.4f, shuffled F1 %.4f ARI %.4f", split, thr, f.BCubedF1, f.ARI, s.BCubedF1, s.ARI)
		}
	}
}
