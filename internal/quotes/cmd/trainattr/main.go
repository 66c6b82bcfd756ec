// Command trainattr trains the quotes package's attribution tagger on the
// PolNeAR train split and writes its weights (see internal/quotes/NOTE.md).
//
//	go run ./internal/quotes/cmd/trainattr -epochs 8 -seed 1 -out internal/quotes/attrmodel.bin.gz
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/storyline/storyline/internal/quotes"
)

func main() {
	data := flag.String("data", "../shared/bench/quotes/polnear", "PolNeAR folder (holding data/)")
	splits := flag.String("splits", "train", "comma-separated splits to train on (never test)")
	dev := flag.String("dev", "dev", "split scored after each epoch (\"\" for none)")
	epochs := flag.Int("epochs", 8, "training passes")
	epochs2 := flag.Int("epochs2", 0, "training passes of the second stage (0: -epochs)")
	folds := flag.Int("folds", 2, "parts train is cut into to tag it for the second stage")
	seed := flag.Int64("seed", 1, "shuffling seed")
	minW := flag.Float64("min-weight", 0.5, "drop features whose weights all have magnitude below this")
	out := flag.String("out", "", "write the model here")
	stacked := flag.Bool("stacked", false, "train a second stage on the first stage's tags (two-fold cross-validated)")
	all := flag.Bool("all-annotators", false, "train on every annotator's file of an article, not just the first")
	miss := flag.Float64("miss-weight", 1, "update scale on missed attribution tokens (gold Source/Cue/Content tagged O)")
	clus := flag.Bool("clusters", false, "add the word-cluster features (package ner's clusters)")
	sent := flag.Bool("sentence", false, "add the sentence-level features (sentfeat.go)")
	frames := flag.Bool("frames", false, "add the word-frame features (frames.go)")
	ctx := flag.Bool("context", false, "add the wider second-stage context features (ctxfeat.go)")
	lex := flag.Bool("cuelex", false, "add the cue-stem lexicon features (features_cuelex.go)")
	hoFolds := flag.Int("holdout-folds", 0, "with -holdout, leave out the articles whose index modulo this is -holdout (cross-validated tags on train)")
	hoFold := flag.Int("holdout", 0, "the fold left out (see -holdout-folds)")
	in := flag.String("prune", "", "instead of training, read this model and write it pruned to -out")
	comb := flag.String("combine", "", "instead of training, read these models (comma-separated) and write their ensemble (quotes.Combine), pruned, to -out")
	flag.Parse()
	if *in != "" || *comb != "" {
		paths := strings.Split(*comb, ",")
		if *in != "" {
			paths = []string{*in}
		}
		if err := prune(paths, *out, float32(*minW)); err != nil {
			fmt.Fprintln(os.Stderr, "trainattr:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*data, *splits, *dev, *epochs, *epochs2, *folds, *seed, float32(*minW), float32(*miss), *out, *all, *stacked, *clus, *sent, *frames, *ctx, *lex, *hoFolds, *hoFold); err != nil {
		fmt.Fprintln(os.Stderr, "trainattr:", err)
		os.Exit(1)
	}
}

func run(data, splits, dev string, epochs, epochs2, folds int, seed int64, minW, miss float32, out string, all, stacked, clus, sent, frames, wide, lex bool, hoFolds, hoFold int) error {
	ctx := context.Background()
	o := quotes.TrainOptions{Dir: data, Splits: strings.Split(splits, ","), Epochs: epochs, Seed: seed, AllAnnotators: all, Stacked: stacked, Epochs2: epochs2, Folds: folds, MissWeight: miss, Clusters: clus, SentenceFeatures: sent, Frames: frames, Context: wide, CueLex: lex, HoldOutFolds: hoFolds, HoldOut: hoFold}
	if dev != "" {
		o.Progress = func(e int, m *quotes.Model) {
			sc, err := quotes.ScorePolNeAR(ctx, quotes.PolNeAROptions{Dir: data, Split: dev, Find: quotes.Options{Model: m}})
			if err != nil {
				fmt.Fprintln(os.Stderr, "score:", err)
				return
			}
			fmt.Printf("epoch %d %s: overlap P=%.3f R=%.3f F1=%.3f exact F1=%.3f speaker %.3f (%d/%d)\n", e, dev,
				sc.Overlap.Precision(), sc.Overlap.Recall(), sc.Overlap.F1(), sc.Exact.F1(), sc.SpeakerAccuracy(), sc.SpeakerRight, sc.SpeakerTotal)
		}
	}
	m, err := quotes.TrainModel(ctx, o)
	if err != nil {
		return err
	}
	if out == "" {
		return nil
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	n, err := m.Write(f, minW)
	if err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d features\n", out, n)
	return nil
}

func prune(in []string, out string, minW float32) error {
	var ms []*quotes.Model
	for _, path := range in {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		m, err := quotes.LoadModel(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		ms = append(ms, m)
	}
	m, err := quotes.Combine(ms...)
	if err != nil {
		return err
	}
	g, err := os.Create(out)
	if err != nil {
		return err
	}
	n, err := m.Write(g, minW)
	if err != nil {
		g.Close()
		return err
	}
	fmt.Printf("wrote %s: %d features\n", out, n)
	return g.Close()
}
