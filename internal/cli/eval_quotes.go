package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

// newEvalQuotesCmd scores quote extraction and attribution on PolNeAR.
func newEvalQuotesCmd() *cobra.Command {
	var (
		data, split  string
		useNER       bool
		mergeSplit   bool
		minCue       float64
		limit        int
		asStored     bool
		cvModels     string
		noClauseSubj bool
		detect       float64
		detectCue    bool
		detectSrc    bool
		modelFiles   string
	)
	cmd := &cobra.Command{
		Use:   "quotes",
		Short: "Score quote extraction on PolNeAR (content span F1 exact/overlap, speaker accuracy)",
		Long: `Score quote finding and attribution on the PolNeAR corpus (brat annotations read
from --data at run time). Metrics, defined in internal/quotes/polnear.go:
content-span P/R/F1 with exact boundaries and with any overlap (both after
trimming quote marks, spaces and ,.;:!?), one-to-one greedy matching; speaker
accuracy over overlap-matched attributions that have a gold source (the
predicted speaker mention overlaps the gold source span, or the speaker's last
name occurs in it); and direct quotes alone (overlap P/R/F1). Two further
lines: overlap with the parts of a credited unit counted once (a prediction
that matches nothing but overlaps a gold unit another prediction matched is
not counted as predicted: "A," she said, "B." listed as two quotes where
PolNeAR has one unit), and the speaker judged by its name alone.
--as-stored scores what ingest stores (analyze.StoredQuotes), each speaker
with the span it was resolved from when tidying kept the finder's speaker;
its former figures are the "content overlap" and "speaker by name" lines.
--split train and dev are for tuning; test is for reporting. --split train-cv
scores train with cross-validated tags: --cv-models DIR holds fold0.bin.gz ..
foldK-1.bin.gz, fold k trained by cmd/trainattr with -holdout-folds K
-holdout k (see internal/quotes/NOTE.md), and article i of train is tagged by
fold i mod K, a model that never saw it. Several folders, comma-separated,
tag with the ensemble of their fold-k models (quotes.Combine), as --model
FILE,FILE,... does for the other splits.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts := quotes.PolNeAROptions{Dir: data, Split: split, Limit: limit}
			if split == "train-cv" {
				ms, err := loadCVModels(cvModels)
				if err != nil {
					return fmt.Errorf("eval quotes: %w", err)
				}
				opts.Split, opts.CVModels = "train", ms
			}
			if modelFiles != "" {
				m, err := loadModels(strings.Split(modelFiles, ","))
				if err != nil {
					return fmt.Errorf("eval quotes: %w", err)
				}
				opts.Find.Model = m
			}
			opts.Find.MergeSplit = mergeSplit
			opts.Find.MinCuePrecision = minCue
			opts.Find.NoClauseSubjects = noClauseSubj
			opts.Find.Detect, opts.Find.DetectCue, opts.Find.DetectSource = detect, detectCue, detectSrc
			label := "heuristic names"
			if useNER {
				label = "ner+entity"
				z := analyze.New(analyze.Options{})
				opts.Find.Resolver = quotes.ResolverFunc(func(text string) []quotes.Mention {
					return z.Mentions(&core.Article{Text: text})
				})
			}
			if asStored {
				// What ingest stores: the whole language layer, quotes
				// nested and tidied for readers (internal/analyze).
				label = "as stored (analyze)"
				z := analyze.New(analyze.Options{})
				opts.FindFunc = func(text string) []quotes.Quote {
					qs, err := z.StoredQuotes(cmd.Context(), &core.Article{Text: text})
					if err != nil {
						return nil
					}
					return qs
				}
			}
			start := time.Now()
			sc, err := quotes.ScorePolNeAR(cmd.Context(), opts)
			if err != nil {
				return fmt.Errorf("eval quotes: %w (pass --data DIR, the polnear folder)", err)
			}
			el := time.Since(start).Seconds()
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "PolNeAR split=%s articles=%d resolver=%s data=%s\n", split, sc.Articles, label, data)
			row := func(name string, c quotes.PRF) {
				fmt.Fprintf(out, "%-18s P=%.3f R=%.3f F1=%.3f  (matched %d of %d predicted, %d of %d gold)\n",
					name, c.Precision(), c.Recall(), c.F1(), c.Matched, c.Predicted, c.GoldMatched, c.Gold)
			}
			row("content exact", sc.Exact)
			row("content overlap", sc.Overlap)
			row("overlap, parts 1x", sc.OverlapParts)
			row("direct (overlap)", sc.Direct)
			fmt.Fprintf(out, "speaker accuracy   %.3f  (%d of %d matched attributions with a gold source)\n", sc.SpeakerAccuracy(), sc.SpeakerRight, sc.SpeakerTotal)
			fmt.Fprintf(out, "speaker, named     %.3f  (%d of %d; right by span but left without a name counted wrong)\n", sc.SpeakerNamedAccuracy(), sc.SpeakerNamed, sc.SpeakerTotal)
			fmt.Fprintf(out, "speaker by name    %.3f  (%d of %d; the speaker's span not consulted)\n", sc.SpeakerByNameAccuracy(), sc.SpeakerByName, sc.SpeakerTotal)
			fmt.Fprintf(out, "speed              %.0f words/s (%d words, %.2fs, includes reading files)\n", float64(sc.Tokens)/el, sc.Tokens, el)
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", "../shared/bench/quotes/polnear", "PolNeAR folder (holding data/)")
	cmd.Flags().StringVar(&split, "split", "test", "split: train, train-cv (with --cv-models), dev or test")
	cmd.Flags().StringVar(&cvModels, "cv-models", "", "with --split train-cv: folder of fold0.bin.gz, fold1.bin.gz, ... (cross-validated tagger models)")
	cmd.Flags().StringVar(&modelFiles, "model", "", "attribution tagger model file(s) written by cmd/trainattr instead of the embedded one; several, comma-separated, are combined into their ensemble (quotes.Combine)")
	cmd.Flags().BoolVar(&useNER, "ner", false, "resolve speakers with the NER tagger and entity canonicaliser (default: heuristic names)")
	cmd.Flags().BoolVar(&mergeSplit, "merge-split", false, "count a split quote (\"A,\" he said, \"B.\") as one unit, as PolNeAR does (quotes.Options.MergeSplit)")
	cmd.Flags().Float64Var(&minCue, "min-cue", 0, "lowest learned cue precision to use (quotes.Options.MinCuePrecision; 0: default 0.5)")
	cmd.Flags().BoolVar(&noClauseSubj, "no-clause-subjects", false, "do not take a cue's source from its clause where the tagger tagged none (quotes.Options.NoClauseSubjects)")
	cmd.Flags().Float64Var(&detect, "detect", 0, "re-decode sentences the tagger leaves without content when the attribution detector's probability is at least this (quotes.Options.Detect; 0: off)")
	cmd.Flags().BoolVar(&detectCue, "detect-cue", false, "with --detect, the re-decoded path holds a cue as well (quotes.Options.DetectCue)")
	cmd.Flags().BoolVar(&detectSrc, "detect-source", false, "with --detect, the re-decoded path holds a source as well (quotes.Options.DetectSource)")
	cmd.Flags().IntVar(&limit, "limit", 0, "score at most this many articles (0: all)")
	cmd.Flags().BoolVar(&asStored, "as-stored", false, "score the quotes ingest stores (the whole language layer, tidied for readers) instead of quotes.Find's attribution units")
	return cmd
}

// loadCVModels reads dir/fold0.bin.gz, dir/fold1.bin.gz, ... until one is
// missing; at least two are needed. With several folders (comma-separated)
// fold k is the ensemble of every folder's fold k.
func loadCVModels(dirs string) ([]*quotes.Model, error) {
	if dirs == "" {
		return nil, fmt.Errorf("--split train-cv needs --cv-models DIR")
	}
	var ms []*quotes.Model
	for k := 0; ; k++ {
		var paths []string
		for _, dir := range strings.Split(dirs, ",") {
			paths = append(paths, filepath.Join(dir, fmt.Sprintf("fold%d.bin.gz", k)))
		}
		if _, err := os.Stat(paths[0]); errors.Is(err, os.ErrNotExist) {
			break
		}
		m, err := loadModels(paths)
		if err != nil {
			return nil, fmt.Errorf("cv model: %w", err)
		}
		ms = append(ms, m)
	}
	if len(ms) < 2 {
		return nil, fmt.Errorf("cv models in %s: found %d fold*.bin.gz, need at least 2: %w", dirs, len(ms), os.ErrNotExist)
	}
	return ms, nil
}

// loadModels reads attribution models from paths and returns the first,
// or with several their ensemble.
func loadModels(paths []string) (*quotes.Model, error) {
	var ms []*quotes.Model
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("attribution model %s: %w", path, err)
		}
		m, err := quotes.LoadModel(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("attribution model %s: %w", path, err)
		}
		ms = append(ms, m)
	}
	if len(ms) == 1 {
		return ms[0], nil
	}
	m, err := quotes.Combine(ms...)
	if err != nil {
		return nil, fmt.Errorf("attribution models %s: %w", strings.Join(paths, ","), err)
	}
	return m, nil
}
