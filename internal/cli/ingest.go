package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/timeline"
	"github.com/storyline/storyline/internal/wire"
)

func newIngestCmd(g *globalFlags) *cobra.Command {
	var workers, memLimitMB int
	var allowPrivate bool
	var every time.Duration
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL|- ...",
		Short: "Read, clean and store news pages (files, directories, feeds, WARC, JSONL, URLs, stdin)",
		Long: `Read, clean and store news pages: files, directories, .gz, HTML, text,
JSON Lines, WARC, RSS/Atom feeds, URLs and "-" for stdin. Each article runs
through the whole pipeline as it arrives. Re-ingesting the same content adds
nothing. A load of 64 or more new articles ends as a stream does: stories the
evidence shows to be one event are merged then.

A JSON Lines record needs a body ("html", or text in "text", "maintext" or
"body") and may give "url" (or "link"), "title" (or "headline"), "published"
(or "date", "published_at", "publish_date", "date_publish", "datePublished",
"pubDate"), "outlet" and "fetched_at"; what "storyline export" writes reads back.

With --every, ingest keeps watching: it reads the same inputs again at that
interval (a feed's new items, a directory's new files) until interrupted,
printing a summary per round; a round that fails is reported and the next
one still runs.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if every != 0 && every < minEvery {
				return fmt.Errorf("--every %v: the shortest interval is %v", every, minEvery)
			}
			if every > 0 && slices.Contains(args, "-") {
				return fmt.Errorf("--every: stdin (\"-\") can be read only once")
			}
			setMemoryLimit(memLimitMB)
			st, err := store.Open(ctx, g.db, store.Options{})
			if err != nil {
				return err
			}
			defer st.Close()
			stderr := cmd.ErrOrStderr()
			adviseUpgrade(stderr, g.db, st)
			// A body of fewer than ingest.MinWords words is refused with its
			// own error, as the API refuses it; the rest goes on.
			opts := ingest.Options{Workers: workers, Source: source.Options{AllowPrivate: allowPrivate}, Stages: defaultStages(), MinWords: ingest.MinWords}
			opts.Progress = progressReporter(stderr)
			if every == 0 {
				return ingestOnce(ctx, st, args, opts, true, cmd.OutOrStdout(), stderr)
			}
			return watch(ctx, every, func(round int) {
				if round == 2 {
					// Later rounds see the earlier content again: only news
					// and failures are worth a line.
					report := opts.Progress
					opts.Progress = func(p ingest.Progress) {
						if p.Outcome != ingest.Duplicate {
							report(p)
						}
					}
				}
				fmt.Fprintf(cmd.OutOrStdout(), "round %d at %s: ", round, time.Now().UTC().Format(time.RFC3339))
				// The first round is a load and settles; later rounds bring a
				// few articles each and leave their stories open.
				if err := ingestOnce(ctx, st, args, opts, round == 1, cmd.OutOrStdout(), stderr); err != nil && ctx.Err() == nil {
					fmt.Fprintf(stderr, "round %d: %v\n", round, err)
				}
			})
		},
	}
	cmd.Flags().IntVar(&workers, "workers", 0, "extraction workers (0: one per CPU)")
	cmd.Flags().BoolVar(&allowPrivate, "allow-private", false, "allow fetching URLs on private, loopback and link-local addresses")
	cmd.Flags().DurationVar(&every, "every", 0, "keep watching: read the inputs again at this interval (e.g. 15m) until interrupted")
	cmd.Flags().IntVar(&memLimitMB, "memory-limit", DefaultMemoryLimitMB, "soft limit on the Go heap in MiB, so a long ingest stays small (0: none; GOMEMLIMIT overrides)")
	return cmd
}

// minEvery is the shortest interval ingest --every accepts, so a watch
// cannot hammer the sites it reads.
const minEvery = time.Minute

// settleMin is the smallest load after which ingest settles the story
// layer (store.Settler): a load of this many new articles ends like a
// stream, as the clustering benchmarks measure it; smaller batches leave
// their stories to the next load.
const settleMin = 64

// ingestOnce runs one ingest of args and prints its summary; with settle, a
// load of at least settleMin new articles settles the story layer. It fails when
// the run fails or when every input failed.
func ingestOnce(ctx context.Context, st store.Store, args []string, opts ingest.Options, settle bool, out, stderr io.Writer) error {
	var (
		mu  sync.Mutex
		ids []int64 // the articles stored by this run
	)
	report := opts.Progress
	opts.Progress = func(p ingest.Progress) {
		if p.Outcome == ingest.Ingested && p.ID != 0 {
			mu.Lock()
			ids = append(ids, p.ID)
			mu.Unlock()
		}
		if report != nil {
			report(p)
		}
	}
	sum, runErr := ingest.Run(ctx, st, args, opts)
	printSummary(out, sum)
	if o, ok := st.(store.Settler); ok && runErr == nil && settle && sum.Ingested >= settleMin {
		if n, err := o.Settle(ctx); err != nil {
			fmt.Fprintf(stderr, "warning: %v\n", err)
		} else if n > 0 {
			fmt.Fprintf(out, "settled: %s moved to the story they share\n", count(n, "article"))
		}
	}
	// What is new in each article is judged as it arrives; storylines whose
	// articles arrived out of publication order are judged again in that
	// order (timeline.Renew), after settling moved articles between them.
	if len(ids) > 0 && ctx.Err() == nil {
		if n, err := timeline.RenewArticles(ctx, st, ids, timeline.RenewOptions{}); err != nil {
			fmt.Fprintf(stderr, "warning: judging what is new in publication order: %v\n", err)
		} else if n > 0 {
			fmt.Fprintf(out, "what is new: %s judged again in publication order\n", count(n, "article"))
		}
	}
	if o, ok := st.(store.Optimizer); ok && runErr == nil && sum.Ingested >= 100 {
		if err := o.Optimize(ctx); err != nil {
			fmt.Fprintf(stderr, "warning: %v\n", err)
		}
	}
	if runErr != nil {
		return runErr
	}
	if sum.Failed > 0 && sum.Ingested+sum.Duplicates == 0 {
		return fmt.Errorf("nothing ingested: %d input(s) failed", sum.Failed)
	}
	return nil
}

// watch calls round with 1, 2, ... every interval (counted from the start
// of the previous round) until ctx ends; an interrupted watch is no error.
func watch(ctx context.Context, every time.Duration, round func(n int)) error {
	for n := 1; ; n++ {
		start := time.Now()
		round(n)
		t := time.NewTimer(max(every-time.Since(start), 0))
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// DefaultMemoryLimitMB is ingest's default soft memory limit. Ingest streams,
// so its live heap stays well under 100 MB; without a limit the garbage
// collector lets the heap grow to several times that between collections
// on long runs (bench/ingestmem: 390 MB after 13,500 pages and rising).
const DefaultMemoryLimitMB = 320

// setMemoryLimit sets the runtime's soft memory limit unless GOMEMLIMIT
// already does.
func setMemoryLimit(mb int) {
	if mb <= 0 || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(int64(mb) << 20)
}

// progressReporter shows a progress bar when w is a terminal and plain lines
// (one per settled input) otherwise.
func progressReporter(w io.Writer) func(ingest.Progress) {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		bar := progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionClearOnFinish(),
		)
		return func(p ingest.Progress) {
			if p.Outcome == ingest.Failed {
				bar.Clear()
				fmt.Fprintf(w, "failed: %v%s\n", p.Err, privateHint(p.Err))
			}
			bar.Add(1)
		}
	}
	return func(p ingest.Progress) {
		switch p.Outcome {
		case ingest.Ingested:
			if notes := ingestNotes(p.Article); len(notes) > 0 {
				fmt.Fprintf(w, "ingested %d %s (%s)\n", p.ID, p.Input, strings.Join(notes, "; "))
			} else {
				fmt.Fprintf(w, "ingested %d %s\n", p.ID, p.Input)
			}
		case ingest.Duplicate:
			fmt.Fprintf(w, "duplicate of %d %s\n", p.ID, p.Input)
		case ingest.Failed:
			fmt.Fprintf(w, "failed: %v%s\n", p.Err, privateHint(p.Err))
		}
	}
}

// notAnalysed says why the language layer (internal/analyze) found
// nothing in an article labelled lang: it reads English only and leaves an
// article of another language alone, which without a word reads as an
// article with no names, quotes or events. "" for English or unknown.
func notAnalysed(lang string) string {
	if lang == "" || lang == "en" {
		return ""
	}
	return "language " + lang + ": not analysed, the language layer reads English only"
}

// ingestNotes says what became of an article just stored that its line
// would otherwise hide: a language the language layer does not read, a
// given date dropped as unusable (in the future, before 1990, unreadable),
// so the article is undated and placed by its text alone, or no date found
// on a page too large for the whole-page date search (core.ReasonDateBounded).
func ingestNotes(a *core.Article) []string {
	if a == nil {
		return nil
	}
	var notes []string
	if why := notAnalysed(a.Language); why != "" {
		notes = append(notes, why)
	}
	for _, r := range a.Removed {
		if r.Reason == core.ReasonBadDate {
			why := "unusable"
			if a.FetchedAt.IsZero() && relativeDate(r.Text) {
				why = relativeNoFetch // as cluster says
			}
			notes = append(notes, fmt.Sprintf("date %q %s, dropped", cutNote(r.Text, 40), why))
		}
		if r.Reason == core.ReasonDateBounded {
			notes = append(notes, "undated: "+r.Text)
		}
	}
	return notes
}

func printSummary(w io.Writer, s ingest.Summary) {
	fmt.Fprintf(w, "ingested %d, duplicates %d, failed %d\n", s.Ingested, s.Duplicates, s.Failed)
	for _, f := range s.Failures {
		fmt.Fprintf(w, "  failed: %s\n", failureLine(f))
	}
}

// failureLine names the input once: most reasons already open with it.
func failureLine(f ingest.Failure) string {
	hint := ""
	if strings.Contains(f.Reason, source.ErrPrivateAddress.Error()) {
		hint = privateHint(source.ErrPrivateAddress)
	}
	if f.Input == "" || strings.HasPrefix(f.Reason, f.Input) {
		return f.Reason + hint
	}
	return f.Input + ": " + f.Reason + hint
}

// privateHint is what a URL refused for its private, loopback or
// link-local address adds to its failure line: the flag that fetches it
// (the line said only "refusing to fetch a private … address").
func privateHint(err error) string {
	if errors.Is(err, source.ErrPrivateAddress) {
		return " (--allow-private fetches it)"
	}
	return ""
}

// cutNote is wire.CutNote: s cut to at most n bytes on a rune boundary.
func cutNote(s string, n int) string { return wire.CutNote(s, n) }
