package cli

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/events"
)

// newEvalEventsCmd scores event typing on the PLOVER gold records or on
// one of the dev sets that cover every PLOVER category.
func newEvalEventsCmd() *cobra.Command {
	var (
		data, half, set   string
		confusion, errors bool
	)
	cmd := &cobra.Command{
		Use:   "events",
		Short: "Score event typing on the PLOVER gold records or a dev set (type accuracy)",
		Long: `Score event typing. Each record is one sentence with a gold PLOVER category;
the primary event found in it (the earliest, unless a later trigger is much
longer) is mapped to its PLOVER category and compared. Type accuracy counts a
record with no event as wrong; actor match compares the event's actor with the
gold actor text. Metrics are defined in internal/events/plover.go.

--set plover (default): the PLOVER gold records read from --data (the
plover_gsr folder); --half dev is the first 161 records (for tuning), test
the rest (for reporting), all both.
--set written: fictional sentences written for storyline covering every
category (internal/events/testdata/written_dev.tsv, built in); --half tune
(odd lines of each category), check (even lines), final (a last batch written
after all tuning and never tuned on) or all.
--set petrarch-plover: the petrarch2 unit-test sentences with their CAMEO
codes mapped to PLOVER by CAMEO2PLOVER-2021.txt; --data is the events bench
folder holding petrarch2_unittests/ and plover_gsr/.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out := cmd.OutOrStdout()
			var (
				sc     events.PLOVERScore
				misses []events.Miss
				recs   []events.Labeled
				err    error
			)
			switch set {
			case "plover":
				if data == "" {
					data = "../shared/bench/events/plover_gsr"
				}
				if half == "" {
					half = "test"
				}
				if errors && half != "dev" {
					return fmt.Errorf("eval events: --errors only with --half dev (the test half is for reporting)")
				}
				if recs, err = events.PLOVERRecords(data, half); err != nil {
					return fmt.Errorf("eval events: %w (pass --data DIR, the plover_gsr folder)", err)
				}
				fmt.Fprintf(out, "PLOVER gold records half=%s records=%d data=%s\n", half, len(recs), data)
			case "written":
				if half == "" {
					half = "all"
				}
				if recs, err = events.WrittenDev(half); err != nil {
					return fmt.Errorf("eval events: %w", err)
				}
				fmt.Fprintf(out, "written dev set half=%s records=%d\n", half, len(recs))
			case "petrarch-plover":
				if data == "" {
					data = "../shared/bench/events"
				}
				if recs, err = events.PetrarchPLOVER(cmd.Context(), data); err != nil {
					return fmt.Errorf("eval events: %w (pass --data DIR, the events bench folder)", err)
				}
				fmt.Fprintf(out, "petrarch2 unit tests as PLOVER records=%d data=%s\n", len(recs), data)
			default:
				return fmt.Errorf("eval events: unknown --set %q (plover, written or petrarch-plover)", set)
			}
			{
				if sc, misses, err = events.ScoreLabeled(cmd.Context(), recs, events.Options{}); err != nil {
					return fmt.Errorf("eval events: %w", err)
				}
			}
			fmt.Fprintf(out, "type accuracy  %.3f  (%d of %d; %d with no event)\n", sc.TypeAccuracy(), sc.TypeRight, sc.Records, sc.NoEvent)
			if set != "petrarch-plover" {
				fmt.Fprintf(out, "actor match    %.3f  (%d of %d)\n", sc.ActorAccuracy(), sc.ActorRight, sc.Records)
			}
			printPerType(out, sc)
			if confusion {
				fmt.Fprintln(out, "gold -> predicted:")
				for _, l := range sc.ConfusionLines() {
					fmt.Fprintln(out, "  "+l)
				}
			}
			if errors {
				for _, m := range misses {
					got := m.Got
					if got == "" {
						got = "(none)"
					}
					fmt.Fprintf(out, "%v -> %s [%s] actor=%q: %s\n", m.Want, got, m.Trigger, m.Actor, m.Text)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&set, "set", "plover", "plover, written or petrarch-plover")
	cmd.Flags().StringVar(&data, "data", "", "data folder (default: ../shared/bench/events/plover_gsr for plover, ../shared/bench/events for petrarch-plover)")
	cmd.Flags().StringVar(&half, "half", "", "plover: dev (first 161 records), test (the rest, default) or all; written: tune, check, final or all (default)")
	cmd.Flags().BoolVar(&confusion, "confusion", false, "print gold -> predicted category counts")
	cmd.Flags().BoolVar(&errors, "errors", false, "print the records typed wrong (dev sets only)")
	return cmd
}

// printPerType prints one line per gold category: right of total.
func printPerType(out io.Writer, sc events.PLOVERScore) {
	for _, tc := range sc.PerType() {
		fmt.Fprintf(out, "  %-12s %3d/%-3d %.2f\n", tc.Type, tc.Right, tc.Total, float64(tc.Right)/float64(tc.Total))
	}
}
