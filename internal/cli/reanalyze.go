package cli

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"sync"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/store"
)

func newReanalyzeCmd(g *globalFlags) *cobra.Command {
	var dryRun bool
	cmd := &cobra.Command{
		Use:   "reanalyze [ID...]",
		Short: "Run the current analysis again on stored articles",
		Long: `Run the language layer of this build (entities, quotes, events) again on stored
articles, by ID or, with no ID, on every stored article in the order they were
stored, and replace what the store holds for each: its entities (taking back
exactly what the old analysis added to their counts, type votes and titles),
quotes, events and the claims drawn from them; its story's summary is
recomputed. Each article is its own transaction: an error names the article,
leaves it as it was and the others go on. Text, stories, storylines and
what-is-new stay as they are (the story layer is not re-run; export and ingest
into a new store for that). --dry-run reports what would change and writes
nothing (its counts are what the analysis finds, before the store files names
under the entities they join).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			var ids []int64
			var errs []error
			for _, arg := range args {
				id, err := strconv.ParseInt(arg, 10, 64)
				if err != nil || id <= 0 {
					errs = append(errs, fmt.Errorf("article ID %q: not a positive number", arg))
					continue
				}
				ids = append(ids, id)
			}
			if len(args) > 0 && len(ids) == 0 {
				return errors.Join(errs...)
			}
			st, err := openStore(cmd, g)
			if err != nil {
				return err
			}
			defer st.Close()
			re, ok := st.(store.Reannotator)
			if !ok && !dryRun {
				return errors.New("reanalyze: this store cannot replace analyses")
			}
			ctx := cmd.Context()
			if len(args) == 0 {
				if ids, err = allArticleIDs(cmd, st); err != nil {
					return err
				}
			}
			stages := defaultStages()
			var sum reanalyzeCounts
			// Articles are analysed in parallel a chunk at a time and
			// stored one by one in ID order, so that the store files names
			// the same way whatever the number of workers.
			workers := max(1, runtime.GOMAXPROCS(0))
			tick := reanalyzeProgress(cmd.ErrOrStderr(), len(ids))
			for len(ids) > 0 {
				chunk := ids[:min(len(ids), 8*workers)]
				ids = ids[len(chunk):]
				jobs := make([]reanalyzeJob, len(chunk))
				var wg sync.WaitGroup
				next := make(chan int)
				for range workers {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for i := range next {
							jobs[i] = analyzeStored(ctx, st, stages, chunk[i])
						}
					}()
				}
				for i := range chunk {
					next <- i
				}
				close(next)
				wg.Wait()
				for _, j := range jobs {
					tick()
					if j.err != nil {
						errs = append(errs, j.err)
						continue
					}
					a := j.a
					if !dryRun {
						if err := re.Reannotate(ctx, a); err != nil {
							errs = append(errs, err)
							continue
						}
						// What the store now holds (it files names under the
						// stored entities they join), not what the analysis found.
						if a, err = st.Article(ctx, a.ID); err != nil {
							errs = append(errs, fmt.Errorf("article %d: %w", j.a.ID, err))
							continue
						}
					}
					sum.articles++
					if fingerprint(a) != j.was {
						sum.changed++
					}
					sum.add(j.before, tally(a))
				}
				if err := ctx.Err(); err != nil {
					return errors.Join(append(errs, err)...)
				}
			}
			if dryRun {
				// The store files names under the entities they join when it
				// stores them: what the analysis finds is not what it would hold.
				fmt.Fprintf(cmd.OutOrStdout(), "would re-analyse %s: stored entities %d, quotes %d, events %d; found now entities %d, quotes %d, events %d\n",
					count(sum.articles, "article"), sum.before.entities, sum.before.quotes, sum.before.events,
					sum.after.entities, sum.after.quotes, sum.after.events)
				return errors.Join(errs...)
			}
			verb := "re-analysed"
			fmt.Fprintf(cmd.OutOrStdout(), "%s %s, %d changed: entities %d -> %d, quotes %d -> %d, events %d -> %d\n",
				verb, count(sum.articles, "article"), sum.changed, sum.before.entities, sum.after.entities,
				sum.before.quotes, sum.after.quotes, sum.before.events, sum.after.events)
			return errors.Join(errs...)
		},
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "report what would change, write nothing")
	return cmd
}

type reanalyzeTally struct{ entities, quotes, events int }

// reanalyzeProgress shows a progress bar on w when it is a terminal.
func reanalyzeProgress(w io.Writer, total int) func() {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return func() {}
	}
	bar := progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("re-analysing"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionClearOnFinish(),
	)
	return func() { bar.Add(1) }
}

// reanalyzeJob is one stored article analysed again.
type reanalyzeJob struct {
	a      *core.Article
	before reanalyzeTally
	was    [32]byte
	err    error
}

// analyzeStored reads stored article id and runs the stages on it.
func analyzeStored(ctx context.Context, st store.Store, stages []ingest.Stage, id int64) reanalyzeJob {
	a, err := st.Article(ctx, id)
	if err != nil {
		return reanalyzeJob{err: fmt.Errorf("article %d: %w", id, err)}
	}
	j := reanalyzeJob{a: a, before: tally(a), was: fingerprint(a)}
	for _, s := range stages {
		if err := s.Process(ctx, a); err != nil {
			return reanalyzeJob{err: fmt.Errorf("article %d (%s): %w", id, a.Source, err)}
		}
	}
	return j
}

func tally(a *core.Article) reanalyzeTally {
	return reanalyzeTally{entities: len(a.Entities), quotes: len(a.Quotes), events: len(a.Events)}
}

// fingerprint sums up an article's entities, quotes and events, to tell
// whether a re-analysis changed them.
func fingerprint(a *core.Article) [32]byte {
	h := sha256.New()
	for _, e := range a.Entities {
		fmt.Fprintf(h, "e\x00%s\x00%s\x00%d\n", e.Name, e.Type, e.Mentions)
	}
	for _, q := range a.Quotes {
		fmt.Fprintf(h, "q\x00%s\x00%s\x00%t\x00%d\x00%d\n", q.Speaker, q.Text, q.Direct, q.Start, q.End)
	}
	for _, e := range a.Events {
		fmt.Fprintf(h, "v\x00%s\x00%s\x00%s\x00%s\x00%.3f\n", e.Actor, e.Type, e.Target, e.Sentence, e.Confidence)
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

type reanalyzeCounts struct {
	articles      int
	changed       int
	before, after reanalyzeTally
}

func (c *reanalyzeCounts) add(before, after reanalyzeTally) {
	c.before.entities += before.entities
	c.before.quotes += before.quotes
	c.before.events += before.events
	c.after.entities += after.entities
	c.after.quotes += after.quotes
	c.after.events += after.events
}

// allArticleIDs lists every stored article's ID, oldest first (the order
// they were stored in).
func allArticleIDs(cmd *cobra.Command, st store.Store) ([]int64, error) {
	var ids []int64
	var before int64
	for {
		page, err := st.Articles(cmd.Context(), store.ArticleFilter{Limit: 1000, BeforeID: before})
		if err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		if len(page) == 0 {
			break
		}
		for _, a := range page {
			ids = append(ids, a.ID)
			if before == 0 || a.ID < before {
				before = a.ID
			}
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids), nil
}
