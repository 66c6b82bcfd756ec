package story_test

import (
	"context"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/clusterscore"
	"github.com/storyline/storyline/internal/story/stream"
	"github.com/storyline/storyline/internal/testshared"
)

// collectStoryPairs streams docs with options o, flushes, and returns the
// pairs of active stories one's centroid retrieves the other by,
// labelled by whether their majority events are one.
func collectStoryPairs(t *testing.T, docs []clusterscore.BenchDoc, o story.Options) []labelled {
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
	var out []labelled
	err := story.ForEachStoryPair(ctx, c, st, func(a, b *story.Story, x []float64) {
		out = append(out, labelled{x: x, same: majority(events[a.ID]) == majority(events[b.ID])})
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
// splits in $STORY_TRAIN_EVAL, "meantime" for the negatives set). With STORY_TRAIN_MERGE=write it rewrites
// mergeweights.go:
//
//	STORY_TRAIN_MERGE=write go test -run TestTrainMergeModel -v ./internal/story
func TestTrainMergeModel(t *testing.T) {
	mode := os.Getenv("STORY_TRAIN_MERGE")
	if mode == "" {
		t.Skip("training: set STORY_TRAIN_MERGE=1 (or =write to rewrite mergeweights.go)")
	}
	contra := int(envFloat("STORY_TRAIN_CONTRA", -1))
	off := story.Options{MergeModel: -1, MergeContra: contra}
	dir := testshared.Dir(t, "bench", "clustering", "ecbplus")
	tr, w := trainMergeModel(t, dir, int(envFloat("STORY_TRAIN_ORDERS", 5)), envFloat("STORY_TRAIN_LAMBDA", 1), contra)
	dev, _, err := clusterscore.LoadBench(dir, "dev")
	if err != nil {
		t.Skip(err)
	}
	dv := collectStoryPairs(t, dev, off)
	for seed := uint64(1); seed <= 5; seed++ {
		dv = append(dv, collectStoryPairs(t, shuffled(dev, seed), off)...)
	}
	names := story.PairFeatureNames()
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
		if split == "meantime" {
			// The negatives set (each article its own story): a guard.
			sd := testshared.Dir(t, "bench", "clustering", split)
			for _, thr := range append([]float64{-1}, thresholds()...) {
				r, err := stream.Eval(context.Background(), stream.EvalOptions{Dir: sd, Split: "all", Stream: stream.Options{Story: story.WithMergeWeights(story.Options{MergeModel: thr, MergeContra: contra}, w)}})
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("%s merge model %.2f: P %.4f R %.4f F1 %.4f, %d stories", split, thr, r.Scores.BCubedP, r.Scores.BCubedR, r.Scores.BCubedF1, r.Scores.PredClusters)
			}
			continue
		}
		f, s := evalSplit(t, dir, split, off)
		t.Logf("%s without: file F1 %.4f ARI %.4f, shuffled F1 %.4f ARI %.4f", split, f.BCubedF1, f.ARI, s.BCubedF1, s.ARI)
		for _, thr := range thresholds() {
			o := story.WithMergeWeights(story.Options{MergeModel: thr, MergeContra: contra}, w)
			f, s := evalSplit(t, dir, split, o)
			t.Logf("%s merge model %.2f: file F1 %.4f ARI %.4f, shuffled F1 %.4f ARI %.4f", split, thr, f.BCubedF1, f.ARI, s.BCubedF1, s.ARI)
		}
	}
	if mode == "write" && contra >= 0 {
		writeWeights(t, "mergeweights_contra.go", "TestTrainMergeModel", "STORY_TRAIN_CONTRA=N STORY_TRAIN_MERGE", "contraMergeWeights", "pairX", names, w,
			fmt.Sprintf("the merge model's weights with the article-level number contradiction\n// (Options.MergeContra %d, contrafeat.go), fitted on %d pairs of stories of ECB+ train streams (L2 %g)", contra, len(tr), envFloat("STORY_TRAIN_LAMBDA", 1)))
	} else if mode == "write" {
		writeWeights(t, "mergeweights.go", "TestTrainMergeModel", "STORY_TRAIN_MERGE", "trainedMergeWeights", "pairX", names, w,
			fmt.Sprintf("the merge model's weights (pairFeatures in order, on raw values), fitted\n// on %d pairs of stories of ECB+ train streams (L2 %g)", len(tr), envFloat("STORY_TRAIN_LAMBDA", 1)))
	}
}

// trainMergeModel fits the merge model on ECB+ train: file order and
// orders shuffles (seeds from 101), with L2 lambda, the article-level
// number contradiction at Options.MergeContra contra (negative: without,
// for trainedMergeWeights). It returns the pairs and the weights.
func trainMergeModel(t *testing.T, dir string, orders int, lambda float64, contra int) ([]labelled, []float64) {
	t.Helper()
	train, _, err := clusterscore.LoadBench(dir, "train")
	if err != nil {
		t.Skip(err)
	}
	// Undated, as the weights were fitted: the loader now dates ECB+'s
	// second events by their urls (111 of 772 train+dev documents), and
	// fitted on those streams the model lost ECB+ traindev file order
	// both dated (0.952 -> 0.947) and undated (0.974 -> 0.966).
	dated := append([]clusterscore.BenchDoc(nil), train...)
	for i := range train {
		train[i].Date = time.Time{}
	}
	// The streams run without the place clash and match (places.go):
	// trained on streams with the clash, the model lost ECB+ traindev
	// shuffled and 10-topic order (0.947 -> 0.944, 0.984 -> 0.978), so the
	// weights stay those of the streams before it. Likewise without the
	// number clash (consolidate.go numberClash), which vetoes on top of
	// the model: trained on streams with it, political dated merge
	// precision (date order, pooled tune..held5) fell .332 -> .324.
	// The claim clash (on by default since the twenty-third session) is
	// off too: the weights predate it.
	off := story.Options{MergeModel: -1, PlaceClash: -1, PlaceMatch: -1, NumberClash: -1, ClaimClash: -1,
		MergeContra: contra, MergeContraDated: true}
	tr := collectStoryPairs(t, train, off)
	for seed := uint64(101); seed < 101+uint64(orders); seed++ {
		tr = append(tr, collectStoryPairs(t, shuffled(train, seed), off)...)
	}
	if os.Getenv("STORY_TRAIN_DATED") != "" {
		tr = append(tr, collectStoryPairs(t, dated, off)...)
		for seed := uint64(101); seed < 101+uint64(orders); seed++ {
			tr = append(tr, collectStoryPairs(t, shuffled(dated, seed), off)...)
		}
	}
	if os.Getenv("STORY_TRAIN_NEG") == "meantime" {
		mt, _, err := clusterscore.LoadBench(testshared.Dir(t, "bench", "clustering", "meantime"), "all")
		if err != nil {
			t.Skip(err)
		}
		for i := range mt {
			mt[i].Date = time.Time{}
		}
		tr = append(tr, collectStoryPairs(t, mt, off)...)
		for seed := uint64(101); seed < 101+uint64(orders); seed++ {
			tr = append(tr, collectStoryPairs(t, shuffled(mt, seed), off)...)
		}
	}
	dropFeatures(tr, os.Getenv("STORY_TRAIN_DROP"))
	return tr, fitLogistic(tr, lambda)
}

// dropFeatures zeroes the features named in the comma-separated list
// drop in every pair, so that the fit leaves their weights at 0
// (ablations while tuning).
func dropFeatures(pairs []labelled, drop string) {
	names := story.PairFeatureNames()
	for _, d := range strings.Split(drop, ",") {
		for k, n := range names {
			if n != d {
				continue
			}
			for _, p := range pairs {
				p.x[k] = 0
			}
		}
	}
}

// TestMergeWeightsUpToDate: mergeweights.go holds what the training
// command makes of ECB+ train now (a change to the clusterer that moves
// its end states calls for training again).
func TestMergeWeightsUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the merge model (a few seconds)")
	}
	dir := testshared.Dir(t, "bench", "clustering", "ecbplus")
	_, w := trainMergeModel(t, dir, 5, 1, -1)
	got := story.TrainedMergeWeights()
	for k := range w {
		if math.Abs(w[k]-got[k]) > 1e-6*max(1, math.Abs(w[k])) {
			t.Fatalf("weight %s: mergeweights.go %g, training now %g: run STORY_TRAIN_MERGE=write go test -run TestTrainMergeModel ./internal/story", story.PairFeatureNames()[k], got[k], w[k])
		}
	}
	_, w = trainMergeModel(t, dir, 5, 1, 2)
	got = story.ContraMergeWeights()
	for k := range w {
		if math.Abs(w[k]-got[k]) > 1e-6*max(1, math.Abs(w[k])) {
			t.Fatalf("weight %s: mergeweights_contra.go %g, training now %g: run STORY_TRAIN_CONTRA=2 STORY_TRAIN_MERGE=write go test -run TestTrainMergeModel ./internal/story", story.PairFeatureNames()[k], got[k], w[k])
		}
	}
}

// majority is the label counted most in m (ties: the smallest).
func majority(m map[string]int) string {
	best, n := "", 0
	for g, k := range m {
		if k > n || (k == n && g < best) {
			best, n = g, k
		}
	}
	return best
}
