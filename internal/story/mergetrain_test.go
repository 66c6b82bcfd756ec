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

// collectStoryPairs streams docs with options o, flushes, and returns the
// pairs of active stories one's centroid retrieves the other by,
// labelled by whether their majority events are one.
func collectStoryPairs(t *testing.T, docs []clusterscore.BenchDoc, o story.Options) []joinPair {
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
	events := map[story.StoryID]map[string]int{}
	for _, d := range docs {
		r, err := c.Resolve(ctx, assigned[d.ID])
		if err != nil {
			t.Fatal(err)
		}
		if events[r] == nil {
			events[r] = map[string]int{}
		}
		events[r][d.Gold]++
	}
	var out []joinPair
	err := story.ForEachStoryPair(ctx, c, st, func(a, b *story.Story, x []float64) {
		out = append(out, joinPair{x: x, same: majority(events[a.ID]) == majority(events[b.ID])})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestTrainMergeModel trains the merge model (Options.MergeModel) on the
// pairs of active stories left at the end of ECB+ train streams (file
// order and shuffles 101-105, after Flush without learned merges), each
// story with the stories its centroid retrieves, labelled by whether their
// majority events are one; then it scores thresholds on ECB+ dev (and the
// splits in $STORY_TRAIN_EVAL). With STORY_TRAIN_MERGE=write it rewrites
// mergeweights.go:
//
//	STORY_TRAIN_MERGE=write go test -run TestTrainMergeModel -v ./internal/story
func TestTrainMergeModel(t *testing.T) {
	mode := os.Getenv("STORY_TRAIN_MERGE")
	if mode == "" {
		t.Skip("training: set STORY_TRAIN_MERGE=1 (or =write to rewrite mergeweights.go)")
	}
	off := story.Options{MergeModel: -1}
	dir := testshared.Dir(t, "bench", "clustering", "ecbplus")
	train, _, _ := clusterscore.LoadBench(dir, "train")
	dev, _, _ := clusterscore.LoadBench(dir, "dev")
	var tr, dv []joinPair
	tr = append(tr, collectStoryPairs(t, train, off)...)
	dv = append(dv, collectStoryPairs(t, dev, off)...)
	for seed := uint64(101); seed <= 105; seed++ {
		tr = append(tr, collectStoryPairs(t, shuffled(train, seed), off)...)
	}
	for seed := uint64(1); seed <= 5; seed++ {
		dv = append(dv, collectStoryPairs(t, shuffled(dev, seed), off)...)
	}
	w := fitLogistic(tr, envFloat("STORY_TRAIN_LAMBDA", 1))
	names := story.FragFeatureNames()
	for k, x := range w {
		t.Logf("  %-10s %+.4f", names[k], x)
	}
	pos := 0
	for _, p := range dv {
		if p.same {
			pos++
		}
	}
	t.Logf("dev pairs %d, same event %d; AUC model %.3f;%s", len(dv), pos, aucOf(dv, func(x []float64) float64 { return probOf(w, x) }), featureAUCs(dv, names))
	for _, thr := range []float64{0.3, 0.5, 0.7, 0.9} {
		var good, bad int
		for _, p := range dv {
			if probOf(w, p.x) >= thr {
				if p.same {
					good++
				} else {
					bad++
				}
			}
		}
		t.Logf("dev model at %.2f: %d same-event pairs, %d not", thr, good, bad)
	}
	for _, thr := range []float64{0.3, 0.4, 0.5, 0.6} {
		var good, bad int
		for _, p := range dv {
			if p.x[1] >= thr {
				if p.same {
					good++
				} else {
					bad++
				}
			}
		}
		t.Logf("dev link ratio at %.2f: %d same-event pairs, %d not", thr, good, bad)
	}
	splits := strings.Split(os.Getenv("STORY_TRAIN_EVAL"), ",")
	if splits[0] == "" {
		splits = []string{"dev"}
	}
	for _, split := range splits {
		f, s := evalSplit(t, dir, split, off)
		t.Logf("%s without: file F1 %.4f ARI %.4f, shuffled F1 %.4f ARI %.4f", split, f.BCubedF1, f.ARI, s.BCubedF1, s.ARI)
		for _, thr := range thresholds() {
			o := story.WithMergeWeights(story.Options{MergeModel: thr}, w)
			f, s := evalSplit(t, dir, split, o)
			t.Logf("%s merge model %.2f: file F1 %.4f ARI %.4f, shuffled F1 %.4f ARI %.4f", split, thr, f.BCubedF1, f.ARI, s.BCubedF1, s.ARI)
		}
	}
	if mode == "write" {
		writeWeights(t, "mergeweights.go", "TestTrainMergeModel", "STORY_TRAIN_MERGE", "trainedMergeWeights", "fragX", names, w,
			fmt.Sprintf("the merge model's weights (pairFeatures in order, on raw values), fitted\n// on %d pairs of stories of ECB+ train streams (L2 %g)", len(tr), envFloat("STORY_TRAIN_LAMBDA", 1)))
	}
}
