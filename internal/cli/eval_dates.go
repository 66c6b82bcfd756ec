package cli

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/dates"
	"github.com/storyline/storyline/internal/eval"
)

// newEvalDatesCmd scores date extraction on the dates-htmldate benchmark.
func newEvalDatesCmd() *cobra.Command {
	var (
		data     string
		set      string
		baseline bool
		withURL  bool
		misses   bool
	)
	cmd := &cobra.Command{
		Use:   "dates",
		Short: "Score publication-date extraction on dates-htmldate (day-level P/R/F1/accuracy)",
		Long: `Score publication-date extraction on the dates-htmldate benchmark, with the
metric of upstream htmldate's comparison: a day is the unit; no output on a page
with a date is a false negative, a wrong output a false positive.
--set default is the dev split (800 pages), --set mediacloud the test split (200), --set all both (the published table).
--baseline also scores go-htmldate alone (extensive mode, original date).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if st, err := os.Stat(data); err != nil || !st.IsDir() {
				return fmt.Errorf("%w: %s does not exist; pass --data DIR (the dates-htmldate folder)", eval.ErrDatesDataMissing, data)
			}
			if _, ok := eval.DatesSets[set]; !ok {
				return fmt.Errorf("dates set %q: want default, mediacloud or all", set)
			}
			out := cmd.OutOrStdout()
			run := func(label string, ex eval.DatesExtractor) error {
				s, err := eval.ScoreDates(cmd.Context(), eval.DatesOptions{Dir: data, Set: set, Extract: ex, WithURL: withURL})
				if err != nil {
					return err
				}
				fmt.Fprintf(out, "%-22s P=%.3f R=%.3f F1=%.3f accuracy=%.3f  tp=%d fp=%d tn=%d fn=%d  n=%d  %.1f pages/s\n",
					label, s.Precision(), s.Recall(), s.F1(), s.Accuracy(), s.TP, s.FP, s.TN, s.FN, s.N(), s.PagesPerSecond())
				if misses {
					for _, p := range s.Pages {
						if p.Outcome == "fp" || p.Outcome == "fn" {
							gold := p.Gold
							if p.GoldNaN {
								gold = "NaN"
							}
							fmt.Fprintf(out, "  %s %s gold=%s got=%s %s\n", p.Outcome, p.File, gold, p.Got, p.URL)
						}
					}
				}
				return nil
			}
			fmt.Fprintf(out, "dates-htmldate set=%s data=%s\n", set, data)
			if err := run("storyline", func(html []byte, url string) (string, bool) {
				return dates.FromHTML(html, dates.HTMLOptions{URL: url})
			}); err != nil {
				return err
			}
			if baseline {
				return run("go-htmldate extensive", eval.DatesBaseline)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", "../shared/bench/dates-htmldate", "dates-htmldate benchmark folder")
	cmd.Flags().StringVar(&set, "set", "default", "split: default (dev), mediacloud (test) or all")
	cmd.Flags().BoolVar(&baseline, "baseline", false, "also score go-htmldate extensive alone, side by side")
	cmd.Flags().BoolVar(&withURL, "with-url", false, "pass each page's URL to the extractor (upstream scoring does not)")
	cmd.Flags().BoolVar(&misses, "misses", false, "list every false positive and false negative")
	return cmd
}
