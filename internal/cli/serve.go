package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/server"
	"github.com/storyline/storyline/internal/store"
)

func newServeCmd(g *globalFlags) *cobra.Command {
	var (
		addr         string
		allowPrivate bool
		rate         float64
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web UI and JSON API over the store",
		Long: `Serve the web UI and the JSON API (/api/, described at /api/openapi.json).

Write endpoints need the token in STORYLINE_TOKEN ("Authorization: Bearer TOKEN").
Without STORYLINE_TOKEN the server binds to loopback only, whatever --addr says.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := store.Open(cmd.Context(), g.db, store.Options{})
			if err != nil {
				return err
			}
			defer st.Close()
			adviseUpgrade(cmd.ErrOrStderr(), g.db, st)
			opts := server.Options{Token: os.Getenv("STORYLINE_TOKEN"), AllowPrivateURLs: allowPrivate, RateLimit: rate, Stages: defaultStages()}
			return serve(cmd.Context(), st, opts, addr, cmd.ErrOrStderr(), nil)
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (host:port)")
	cmd.Flags().BoolVar(&allowPrivate, "allow-private-urls", false, "let URL ingestion fetch private, loopback and link-local addresses")
	// ingest, extract and analyze call it --allow-private: serve takes that
	// name too.
	cmd.Flags().BoolVar(&allowPrivate, "allow-private", false, "the name ingest gives --allow-private-urls")
	_ = cmd.Flags().MarkHidden("allow-private")
	cmd.Flags().Float64Var(&rate, "rate", 0, "requests per second per client address (0: default 100, negative: no limit)")
	return cmd
}

// listen binds addr, forcing loopback when no token is configured. It says
// on w what it did.
func listen(addr, token string, w io.Writer) (net.Listener, error) {
	if token == "" && !server.IsLoopbackAddr(addr) {
		_, port, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, fmt.Errorf("--addr %q: %w", addr, err)
		}
		addr = net.JoinHostPort("127.0.0.1", port)
		fmt.Fprintf(w, "storyline: STORYLINE_TOKEN is not set: listening on loopback only (%s); writes are open to local users\n", addr)
	} else if token == "" {
		fmt.Fprintln(w, "storyline: STORYLINE_TOKEN is not set: loopback only; writes are open to local users")
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen %s: %w", addr, err)
	}
	return ln, nil
}

// serve runs a server over st on addr until ctx ends, printing its URL on
// w. ready, when set, is called with the URL once it accepts connections.
func serve(ctx context.Context, st store.Store, opts server.Options, addr string, w io.Writer, ready func(url string)) error {
	ln, err := listen(addr, opts.Token, w)
	if err != nil {
		return err
	}
	return serveOn(ctx, st, opts, ln, w, ready)
}

func serveOn(ctx context.Context, st store.Store, opts server.Options, ln net.Listener, w io.Writer, ready func(url string)) error {
	srv := server.New(st, opts)
	u := "http://" + ln.Addr().String() + "/"
	fmt.Fprintf(w, "storyline: serving %s (Ctrl-C to stop)\n", u)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	if ready != nil {
		ready(u)
	}
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
