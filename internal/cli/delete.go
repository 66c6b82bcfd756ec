package cli

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"
)

func newDeleteCmd(g *globalFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "delete ID...",
		Short: "Delete stored articles and everything found in them",
		Long: `Delete stored articles by ID, each in its own transaction: the article, its
entities' counts, quotes, events, claims and what-is-new sentences go; its
story's summary is recomputed. What the story layer learned from it (story
and storyline links of other articles) stays. The same content can be
ingested again. An unknown ID is reported and the others are still deleted.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := openStore(cmd, g)
			if err != nil {
				return err
			}
			defer st.Close()
			var errs []error
			n := 0
			for _, arg := range args {
				id, err := strconv.ParseInt(arg, 10, 64)
				if err != nil || id <= 0 {
					errs = append(errs, fmt.Errorf("article ID %q: not a positive number", arg))
					continue
				}
				if err := st.Delete(cmd.Context(), id); err != nil {
					errs = append(errs, err)
					continue
				}
				n++
			}
			fmt.Fprintf(cmd.OutOrStdout(), "deleted %s\n", count(n, "article"))
			return errors.Join(errs...)
		},
	}
}
