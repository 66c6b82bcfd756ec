// Command storyline turns raw news coverage into a clean, deduplicated, cited
// record of who said what, when. See README.md.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/storyline/storyline/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := cli.Execute(ctx, os.Args[1:])
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "storyline:", err)
		os.Exit(1)
	}
}
