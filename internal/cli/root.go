package cli

import (
	"context"

	"github.com/spf13/cobra"
)

// globalFlags are the flags every command shares.
type globalFlags struct {
	db string
}

// Execute runs the storyline command line with args.
func Execute(ctx context.Context, args []string) error {
	root := newRootCmd()
	root.SetArgs(args)
	return root.ExecuteContext(ctx)
}

func newRootCmd() *cobra.Command {
	g := &globalFlags{}
	root := &cobra.Command{
		Use:           "storyline",
		Short:         "Turn raw news coverage into a clean record of who said what, when",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(flagError) // every command's: names the flag and what it wants
	// Stored text reaches the terminal with its control characters shown
	// escaped (safeout.go), whatever the command.
	root.PersistentPreRun = func(cmd *cobra.Command, _ []string) { safeOutput(cmd) }
	root.PersistentFlags().StringVar(&g.db, "db", "storyline.db", "path of the SQLite store")
	root.AddCommand(newIngestCmd(g), newExtractCmd(), newArticlesCmd(g), newShowCmd(g), newEntitiesCmd(g), newQuotesCmd(g), newEventsCmd(g), newSearchCmd(g))
	root.AddCommand(newStoriesCmd(g), newStoryCmd(g), newStorylinesCmd(g), newClaimsCmd(g), newNewCmd(g), newExportCmd(g), newDeleteCmd(g), newSettleCmd(g), newReanalyzeCmd(g))
	eval := &cobra.Command{Use: "eval", Short: "Measure storyline on benchmark data"}
	eval.AddCommand(newEvalExtractionCmd(), newEvalDatesCmd())
	eval.AddCommand(newEvalClusteringCmd())
	eval.AddCommand(newEvalNERCmd())
	eval.AddCommand(newEvalQuotesCmd(), newEvalEventsCmd())
	eval.AddCommand(newEvalClaimsCmd())
	eval.AddCommand(newEvalSpeakersCmd())
	eval.AddCommand(newEvalEntitiesCmd())
	eval.AddCommand(newEvalStorylinesCmd())
	eval.AddCommand(newEvalNoveltyCmd())
	root.AddCommand(eval)
	root.AddCommand(newClusterCmd())
	root.AddCommand(newServeCmd(g), newDemoCmd(g))
	root.AddCommand(newTagCmd())
	root.AddCommand(newAnalyzeCmd())
	return root
}
