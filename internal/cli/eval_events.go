package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/events"
)

// newEvalEventsCmd scores event typing on the PLOVER gold records.
func newEvalEventsCmd() *cobra.Command {
	var (
		data, half string
		confusion  bool
	)
	cmd := &cobra.Command{
		Use:   "events",
		Short: "Score event typing on the PLOVER gold records (type accuracy)",
		Long: `Score event extraction on the PLOVER gold-standard records (read from --data
at run time). Each record is one sentence with a gold PLOVER category; the
primary event found in it (longest trigger, then earliest) is mapped to its
PLOVER category and compared. Type accuracy counts a record with no event as
wrong; actor match compares the event's actor with the gold source texts.
Metrics are defined in internal/events/plover.go. --half dev is the first 161
records (for tuning), test the rest (for reporting), all both.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			sc, err := events.ScorePLOVER(cmd.Context(), data, half, events.Options{})
			if err != nil {
				return fmt.Errorf("eval events: %w (pass --data DIR, the plover_gsr folder)", err)
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "PLOVER gold records half=%s records=%d data=%s\n", half, sc.Records, data)
			fmt.Fprintf(out, "type accuracy  %.3f  (%d of %d; %d with no event)\n", sc.TypeAccuracy(), sc.TypeRight, sc.Records, sc.NoEvent)
			fmt.Fprintf(out, "actor match    %.3f  (%d of %d)\n", sc.ActorAccuracy(), sc.ActorRight, sc.Records)
			if confusion {
				fmt.Fprintln(out, "gold -> predicted:")
				for _, l := range sc.ConfusionLines() {
					fmt.Fprintln(out, "  "+l)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", "../shared/bench/events/plover_gsr", "plover_gsr folder (or PLOVER_GSR_CAMEO.txt)")
	cmd.Flags().StringVar(&half, "half", "test", "dev (first 161 records), test (the rest) or all")
	cmd.Flags().BoolVar(&confusion, "confusion", false, "print gold -> predicted category counts")
	return cmd
}
