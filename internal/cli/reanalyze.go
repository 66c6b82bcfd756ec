package cli

import (
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/spf13/cobra"

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
nothing.`,
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
			for _, id := range ids {
				a, err := st.Article(ctx, id)
				if err != nil {
					errs = append(errs, fmt.Errorf("article %d: %w", id, err))
					continue
				}
				before := reanalyzeTally{entities: len(a.Entities), quotes: len(a.Quotes), events: len(a.Events)}
				failed := false
				for _, s := range stages {
					if err := s.Process(ctx, a); err != nil {
						errs = append(errs, fmt.Errorf("article %d (%s): %w", id, a.Source, err))
						failed = true
						break
					}
				}
				if failed {
					continue
				}
				after := reanalyzeTally{entities: len(a.Entities), quotes: len(a.Quotes), events: len(a.Events)}
				if !dryRun {
					if err := re.Reannotate(ctx, a); err != nil {
						errs = append(errs, err)
						continue
					}
				}
				sum.articles++
				sum.add(before, after)
			}
			verb := "re-analysed"
			if dryRun {
				verb = "would re-analyse"
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s %s: entities %d -> %d, quotes %d -> %d, events %d -> %d\n",
				verb, count(sum.articles, "article"), sum.before.entities, sum.after.entities,
				sum.before.quotes, sum.after.quotes, sum.before.events, sum.after.events)
			return errors.Join(errs...)
		},
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "report what would change, write nothing")
	return cmd
}

type reanalyzeTally struct{ entities, quotes, events int }

type reanalyzeCounts struct {
	articles      int
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
