package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/server"
	"github.com/storyline/storyline/internal/store"
)

func newDemoCmd(g *globalFlags) *cobra.Command {
	var o demoOptions
	var noOpen bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Ingest the fictional sample corpus into a temporary store and serve it",
		Long: `Ingest the fictional sample corpus (examples/) into a temporary store, serve the
web UI on it and print the URL. The store is deleted when the demo stops.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.Out = cmd.ErrOrStderr()
			if !noOpen {
				o.Ready = openBrowser
			}
			return runDemo(cmd.Context(), o)
		},
	}
	cmd.Flags().StringVar(&o.Addr, "addr", "127.0.0.1:8080", "address to listen on (loopback unless STORYLINE_TOKEN is set)")
	cmd.Flags().StringVar(&o.Corpus, "corpus", "examples", "folder of the sample corpus")
	cmd.Flags().BoolVar(&noOpen, "no-open", false, "do not open a browser")
	return cmd
}

// demoOptions configures runDemo.
type demoOptions struct {
	Corpus string           // folder to ingest; default "examples"
	Addr   string           // listen address; "127.0.0.1:0" picks a free port
	Out    io.Writer        // progress and the URL; default io.Discard
	Ready  func(url string) // called once the server accepts connections
	Server server.Options   // extra server options (Token is read from STORYLINE_TOKEN when empty)
}

// runDemo ingests the corpus into a temporary store and serves it until ctx
// ends, then deletes the store.
func runDemo(ctx context.Context, o demoOptions) error {
	if o.Corpus == "" {
		o.Corpus = "examples"
	}
	if o.Out == nil {
		o.Out = io.Discard
	}
	if st, err := os.Stat(o.Corpus); err != nil || !st.IsDir() {
		return fmt.Errorf("demo corpus %s not found: run the demo from the storyline repository or pass --corpus DIR", o.Corpus)
	}
	dir, err := os.MkdirTemp("", "storyline-demo-")
	if err != nil {
		return fmt.Errorf("demo store: %w", err)
	}
	defer os.RemoveAll(dir)
	st, err := store.Open(ctx, filepath.Join(dir, "demo.db"), store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	sum, err := ingest.Run(ctx, st, []string{o.Corpus}, ingest.Options{Stages: defaultStages(), MinWords: ingest.MinWords})
	if err != nil {
		return fmt.Errorf("demo ingest: %w", err)
	}
	fmt.Fprintf(o.Out, "storyline: demo store holds %d articles from %s (%d failed)\n", sum.Ingested+sum.Duplicates, o.Corpus, sum.Failed)
	for _, f := range sum.Failures {
		fmt.Fprintf(o.Out, "  failed: %s\n", failureLine(f))
	}
	opts := o.Server
	if opts.Token == "" {
		opts.Token = os.Getenv("STORYLINE_TOKEN")
	}
	if opts.Stages == nil {
		opts.Stages = defaultStages()
	}
	return serve(ctx, st, opts, o.Addr, o.Out, o.Ready)
}

// openBrowser asks the desktop to open url; failure is not an error (the
// URL is printed anyway).
func openBrowser(url string) {
	var c *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		c = exec.Command("open", url)
	case "windows":
		c = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		if _, err := exec.LookPath("xdg-open"); err != nil {
			return
		}
		c = exec.Command("xdg-open", url)
	}
	if c.Start() == nil {
		go c.Wait()
	}
}
