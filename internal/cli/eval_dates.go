package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newEvalDatesCmd is a placeholder replaced by the dates harness.
func newEvalDatesCmd() *cobra.Command {
	return &cobra.Command{Use: "dates", RunE: func(*cobra.Command, []string) error { return errors.New("not implemented yet") }}
}
