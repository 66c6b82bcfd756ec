package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/extract"
)

// newEvalExtractionCmd is `storyline eval extraction`: it scores extraction
// on ../shared/bench/extraction-zyte or extraction-trafilatura.
func newEvalExtractionCmd() *cobra.Command {
	var (
		data, out, predictions string
		baseline               bool
		fallback               string
		shortText              int
		raw                    bool
		reference              bool
		limit, worst           int
		cpuprofile             string
	)
	cmd := &cobra.Command{
		Use:   "extraction",
		Short: "Score article extraction on the Zyte or trafilatura benchmark",
		Long: `Score article extraction on a benchmark folder; which one is told by its
files (ground-truth.json: Zyte, token 4-shingle P/R/F1; evaldata.json:
trafilatura, snippet P/R/F1). Pages are extracted one after the other on one
goroutine, so pages/s is a one-core figure.

--baseline adds go-trafilatura alone, side by side in the same run.
--reference scores the Zyte reference outputs and prints them beside the
published table, to check the scorer. --predictions scores a Zyte-format
JSON file written by another tool (bench/readability).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := cmd.OutOrStdout()
			if data == "" {
				d, ok := eval.ExtractionDefaultDir(eval.ExtractionZyte)
				if !ok {
					return fmt.Errorf("eval extraction: no --data and ../shared/bench/%s not found: %w", eval.ExtractionZyte, eval.ErrExtractionDataMissing)
				}
				data = d
			}
			if reference {
				return printReference(w, data)
			}
			if predictions != "" {
				m, err := eval.ScorePredictions(data, predictions)
				if err != nil {
					return err
				}
				fmt.Fprintf(w, "%-24s P %.3f  R %.3f  F1 %.3f  acc %.3f\n", predictions, m.Precision, m.Recall, m.F1, m.Accuracy)
				return nil
			}
			if cpuprofile != "" {
				f, err := os.Create(cpuprofile)
				if err != nil {
					return fmt.Errorf("eval extraction: %w", err)
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return fmt.Errorf("eval extraction: %w", err)
				}
				defer pprof.StopCPUProfile()
			}
			mode, err := fallbackMode(fallback)
			if err != nil {
				return err
			}
			systems := []eval.ExtractionSystem{{Name: "storyline", Extractor: extract.New(extract.Options{Fallback: mode, Raw: raw, ShortText: shortText})}}
			if baseline {
				systems = append(systems, eval.ExtractionSystem{Name: "go-trafilatura", Extractor: eval.GoTrafilatura(false)})
			}
			rep, err := eval.RunExtraction(cmd.Context(), eval.ExtractionOptions{
				Data: data, Systems: systems, Limit: limit, KeepOutputs: out != "",
			})
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "%s: %d pages, one core\n", rep.Bench, rep.Pages)
			fmt.Fprintf(w, "%-16s %9s %9s %9s %9s %7s %9s %11s\n", "system", "precision", "recall", "F1", "accuracy", "failed", "pages/s", "pages/cpu-s")
			for _, s := range rep.Scores {
				fmt.Fprintf(w, "%-16s %9.3f %9.3f %9.3f %9.3f %7d %9.1f %11.1f\n", s.System, s.Precision, s.Recall, s.F1, s.Accuracy, s.Failed, s.PagesPerSecond(), s.CPUPagesPerSecond())
			}
			if worst > 0 && len(rep.Scores) > 0 {
				printWorst(w, rep.Scores[0], worst)
			}
			if out != "" {
				if err := os.MkdirAll(out, 0o755); err != nil {
					return fmt.Errorf("eval extraction: %w", err)
				}
				for _, s := range rep.Scores {
					if err := writeOutputs(filepath.Join(out, s.System+".json"), s.Outputs); err != nil {
						return err
					}
				}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&data, "data", "", "benchmark folder (default ../shared/bench/extraction-zyte)")
	f.BoolVar(&baseline, "baseline", false, "also score go-trafilatura alone in the same run")
	f.IntVar(&shortText, "short-text", 0, "with --fallback short: the length in characters under which the fallbacks run (0: the default)")
	f.StringVar(&fallback, "fallback", "short", "when go-trafilatura compares with its readability/domdistiller fallbacks: short, never, always")
	f.BoolVar(&raw, "raw", false, "turn off storyline's post-processing of go-trafilatura's output")
	f.BoolVar(&reference, "reference", false, "score extraction-zyte/reference-outputs beside the published table")
	f.StringVar(&predictions, "predictions", "", "score a Zyte-format predictions JSON file instead of extracting")
	f.StringVar(&out, "out", "", "write each system's outputs as Zyte-format JSON files (SYSTEM.json) into this folder")
	f.IntVar(&limit, "limit", 0, "score only the first N pages (0: all)")
	f.StringVar(&cpuprofile, "cpuprofile", "", "write a CPU profile of the run to this file")
	f.IntVar(&worst, "worst", 0, "list the N pages with the lowest F1")
	return cmd
}

func printReference(w io.Writer, data string) error {
	rows, err := eval.ScoreReference(data)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%-20s %19s %19s %19s %19s\n", "reference output", "F1 ours/pub", "precision ours/pub", "recall ours/pub", "accuracy ours/pub")
	for _, r := range rows {
		if !r.Found {
			fmt.Fprintf(w, "%-20s %9.3f %9s %9.3f %9s %9.3f %9s %9.3f %9s\n", r.System, r.Ours.F1, "-", r.Ours.Precision, "-", r.Ours.Recall, "-", r.Ours.Accuracy, "-")
			continue
		}
		fmt.Fprintf(w, "%-20s %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f\n", r.System,
			r.Ours.F1, r.Published.F1, r.Ours.Precision, r.Published.Precision,
			r.Ours.Recall, r.Published.Recall, r.Ours.Accuracy, r.Published.Accuracy)
	}
	return nil
}

func printWorst(w io.Writer, s eval.ExtractionScore, n int) {
	ids := make([]string, 0, len(s.PageF1))
	for id := range s.PageF1 {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return s.PageF1[ids[i]] < s.PageF1[ids[j]] })
	fmt.Fprintf(w, "lowest F1 (%s):\n", s.System)
	for _, id := range ids[:min(n, len(ids))] {
		fmt.Fprintf(w, "  %.3f %s\n", s.PageF1[id], id)
	}
}

// writeOutputs writes texts as {id: {"articleBody": text}}.
func writeOutputs(path string, texts map[string]string) error {
	type item struct {
		ArticleBody string `json:"articleBody"`
	}
	out := make(map[string]item, len(texts))
	for id, t := range texts {
		out[id] = item{ArticleBody: t}
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func fallbackMode(s string) (extract.FallbackMode, error) {
	switch s {
	case "never":
		return extract.FallbackNever, nil
	case "short", "":
		return extract.FallbackShort, nil
	case "always":
		return extract.FallbackAlways, nil
	}
	return 0, fmt.Errorf("eval extraction: --fallback %q: want never, short or always", s)
}
