package cli

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/gob"
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
	"github.com/storyline/storyline/internal/timeline"
)

func newReanalyzeCmd(g *globalFlags) *cobra.Command {
	var dryRun bool
	cmd := &cobra.Command{
		Use:   "reanalyze [ID...]",
		Short: "Run the current analysis again on stored articles",
		Long: `Run the language layer of this build (entities, quotes, events) again on stored
articles and replace what the store holds for each: its entities, quotes,
events and the claims drawn from them; story summaries are recomputed. Text,
stories and storylines stay as they are (the story layer is not re-run;
export and ingest into a new store for that).

With no ID, every stored article: all are analysed first, then the store
replaces every analysis in one transaction, filing the entities from nothing
in the order the articles were stored, as a fresh ingest would; until it
commits, readers see the old analysis, and if anything fails nothing changes.
An article whose analysis fails keeps its stored analysis and is reported.
Then what is new in each article is judged again by this build, storyline by
storyline in publication order (stored in transactions of at most 256
articles).

With IDs, each article is its own transaction, filed among the entities the
other articles made (taking back exactly what its old analysis added to their
counts, type votes and titles); an error names the article, leaves it as it
was, and the others go on. --dry-run reports what would change and writes
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
			tick := reanalyzeProgress(cmd.ErrOrStderr(), len(ids))
			whole := ids // every stored article, when no ID was given
			if len(args) == 0 && !dryRun {
				var failed []error
				sum, failed, err = reanalyzeAll(ctx, st, re, stages, ids, tick)
				errs = append(errs, failed...)
				if err != nil {
					return errors.Join(append(errs, err)...)
				}
				ids = nil
			}
			err = analyseInOrder(ctx, st, stages, ids, func(j reanalyzeJob) error {
				tick()
				if j.err != nil {
					errs = append(errs, j.err)
					return nil
				}
				a := j.a
				if !dryRun {
					if err := re.Reannotate(ctx, a); err != nil {
						errs = append(errs, err)
						return nil
					}
					// What the store now holds (it files names under the
					// stored entities they join), not what the analysis found.
					var err error
					if a, err = st.Article(ctx, a.ID); err != nil {
						errs = append(errs, err) // the store's error names the article
						return nil
					}
				}
				sum.articles++
				if fingerprint(a) != j.was {
					sum.changed++
				}
				sum.add(j.before, tally(a))
				return nil
			})
			if err != nil {
				return errors.Join(append(errs, err)...)
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
			if len(args) == 0 {
				// This build's judge of what is new, over every storyline in
				// publication order.
				n, err := timeline.RenewArticles(ctx, st, whole, timeline.RenewOptions{All: true})
				if err != nil {
					errs = append(errs, fmt.Errorf("judging what is new: %w", err))
				}
				fmt.Fprintf(cmd.OutOrStdout(), "what is new: %s judged again in publication order\n", count(n, "article"))
			}
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

// analyzeStored reads stored article id and runs the stages on it. When a
// stage fails, the job has the error and the article as stored.
func analyzeStored(ctx context.Context, st store.Store, stages []ingest.Stage, id int64) reanalyzeJob {
	a, err := st.Article(ctx, id)
	if err != nil {
		// The store's error names the article ("article 99: not found"):
		// wrapped again it read "article 99: article 99: not found".
		return reanalyzeJob{err: listHint(err, "storyline articles")}
	}
	j := reanalyzeJob{a: a, before: tally(a), was: fingerprint(a)}
	ents, qs, evs := a.Entities, a.Quotes, a.Events
	for _, s := range stages {
		if err := s.Process(ctx, a); err != nil {
			a.Entities, a.Quotes, a.Events = ents, qs, evs
			j.err = fmt.Errorf("article %d (%s): %w", id, a.Source, err)
			return j
		}
	}
	return j
}

// analyseInOrder analyses the stored articles ids in parallel, a chunk at
// a time, and hands each to emit in the order of ids, so that what is
// stored from them does not depend on the number of workers. It stops at
// emit's first error or when ctx ends.
func analyseInOrder(ctx context.Context, st store.Store, stages []ingest.Stage, ids []int64, emit func(reanalyzeJob) error) error {
	workers := max(1, runtime.GOMAXPROCS(0))
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
			if err := emit(j); err != nil {
				return err
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	return nil
}

// spooled is what reanalyzeAll keeps of an analysed article until the
// store takes them all in one transaction.
type spooled struct {
	ID          int64
	Title, Text string
	Entities    []core.Entity
	Quotes      []core.Quote
	Events      []core.Event
}

// reanalyzeAll analyses every stored article (ids, ascending) into a spool
// file, then has the store replace every analysis in one transaction
// (store.Reannotator.ReannotateAll), so that the entities are filed as a
// fresh ingest files them. An article whose analysis fails keeps its
// stored analysis (and the error is reported).
func reanalyzeAll(ctx context.Context, st store.Store, re store.Reannotator, stages []ingest.Stage, ids []int64, tick func()) (reanalyzeCounts, []error, error) {
	var sum reanalyzeCounts
	f, err := os.CreateTemp("", "storyline-reanalyze-*.gob")
	if err != nil {
		return sum, nil, fmt.Errorf("reanalyze: %w", err)
	}
	defer os.Remove(f.Name())
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := gob.NewEncoder(w)
	was := make(map[int64][32]byte, len(ids))
	var errs []error
	err = analyseInOrder(ctx, st, stages, ids, func(j reanalyzeJob) error {
		tick()
		if j.a == nil { // not readable: the store check below refuses the run
			errs = append(errs, j.err)
			return nil
		}
		if j.err != nil {
			errs = append(errs, fmt.Errorf("%w (its stored analysis is kept)", j.err))
		}
		was[j.a.ID] = j.was
		sum.before.add(j.before)
		return enc.Encode(spooled{ID: j.a.ID, Title: j.a.Title, Text: j.a.Text, Entities: j.a.Entities, Quotes: j.a.Quotes, Events: j.a.Events})
	})
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		_, err = f.Seek(0, io.SeekStart)
	}
	if err != nil {
		return sum, errs, fmt.Errorf("reanalyze: %w", err)
	}
	dec := gob.NewDecoder(bufio.NewReader(f))
	next := func() (*core.Article, error) {
		var sp spooled
		if err := dec.Decode(&sp); err == io.EOF {
			return nil, nil
		} else if err != nil {
			return nil, fmt.Errorf("spool: %w", err)
		}
		return &core.Article{ID: sp.ID, Title: sp.Title, Text: sp.Text, Entities: sp.Entities, Quotes: sp.Quotes, Events: sp.Events}, nil
	}
	if err := re.ReannotateAll(ctx, ids, next); err != nil {
		return sum, errs, err
	}
	// What the store holds now.
	for _, id := range ids {
		a, err := st.Article(ctx, id)
		if err != nil {
			errs = append(errs, fmt.Errorf("article %d: %w", id, err))
			continue
		}
		sum.articles++
		if fingerprint(a) != was[id] {
			sum.changed++
		}
		sum.after.add(tally(a))
	}
	return sum, errs, nil
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
	c.before.add(before)
	c.after.add(after)
}

func (t *reanalyzeTally) add(o reanalyzeTally) {
	t.entities += o.entities
	t.quotes += o.quotes
	t.events += o.events
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
