package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newEvalExtractionCmd is a placeholder replaced by the extraction harness.
func newEvalExtractionCmd() *cobra.Command {
	return &cobra.Command{Use: "extraction", RunE: func(*cobra.Command, []string) error { return errors.New("not implemented yet") }}
}
