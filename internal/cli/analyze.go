package cli

import (
	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/source"
)

// newAnalyzeCmd extracts articles and runs the language layer on them
// without storing anything.
func newAnalyzeCmd() *cobra.Command {
	var asJSON, removed, allowPrivate, heuristic bool
	cmd := &cobra.Command{
		Use:   "analyze [--json] PATH|URL|- ...",
		Short: "Extract articles and find their entities, quotes and events",
		Long: "analyze reads the inputs, extracts each document's article and runs the language layer:\n" +
			"entities under canonical names, quotes with their speakers, and PLOVER-style events.\n" +
			"With --json it prints one JSON object per document: everything extract --json gives\n" +
			"plus entities[{name,type,aliases,mentions}], quotes[{text,speaker,direct,sentence,start,end}]\n" +
			"(start/end are byte offsets into text) and events[{actor,type,target,place,date,sentence}].",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			stage := analyze.New(analyze.Options{Heuristic: heuristic})
			return runExtract(cmd, args, extractView{asJSON: asJSON, removed: removed}, source.Options{AllowPrivate: allowPrivate}, []ingest.Stage{stage})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object per document")
	cmd.Flags().BoolVar(&removed, "removed", false, "also list what the cleaner removed, with why")
	cmd.Flags().BoolVar(&allowPrivate, "allow-private", false, "allow fetching URLs on private, loopback and link-local addresses")
	cmd.Flags().BoolVar(&heuristic, "heuristic", false, "name entities with the capitalised-name heuristic instead of the NER tagger")
	return cmd
}
