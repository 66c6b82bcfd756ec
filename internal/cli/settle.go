package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/store"
)

func newSettleCmd(g *globalFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "settle",
		Short: "End a load for the story layer: merge stories the evidence shows to be one",
		Long: `settle does what the end of a stream does for the story layer: the pending
checks of articles that just missed a story run, the young stories are looked
up again, and stories a learned model finds to be one event merge; the
articles of merged stories move to the story that holds them now.

ingest settles by itself after a load of 64 or more new articles. Run settle
after many small ingests (an ingest --every watch, the web form): settling
after every few articles would merge young stories too early.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := openStore(cmd, g)
			if err != nil {
				return err
			}
			defer st.Close()
			s, ok := st.(store.Settler)
			if !ok {
				return fmt.Errorf("settle: this store cannot settle")
			}
			n, err := s.Settle(cmd.Context())
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "settled: %s moved to the story they share\n", count(n, "article"))
			return nil
		},
	}
}
