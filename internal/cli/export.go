package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/wire"
)

// exportJSON is one line of `storyline export`: the article as `show
// --json` prints it plus what the story layer decided. The fields url,
// text, title, published, outlet and fetched_at are the ones `ingest`
// reads from JSON Lines, so an export can be ingested into a new store
// (which analyses and links it again).
type exportJSON struct {
	articleJSON
	Outlet      string              `json:"outlet"`
	FetchedAt   string              `json:"fetched_at,omitempty"`
	IngestedAt  string              `json:"ingested_at,omitempty"`
	DuplicateOf int64               `json:"duplicate_of,omitempty"`
	Story       int64               `json:"story,omitempty"`
	Storyline   int64               `json:"storyline,omitempty"`
	LinkReason  string              `json:"link_reason,omitempty"`
	Claims      []wire.ArticleClaim `json:"claims"`
	New         []wire.Sentence     `json:"new_sentences"`
}

func toExportJSON(a *core.Article) exportJSON {
	j := exportJSON{
		articleJSON: toJSON(a, true), Outlet: a.Outlet,
		DuplicateOf: a.DuplicateOf, Story: a.Story, Storyline: a.Storyline, LinkReason: a.LinkReason,
		Claims: []wire.ArticleClaim{}, New: []wire.Sentence{},
	}
	if !a.FetchedAt.IsZero() {
		j.FetchedAt = a.FetchedAt.UTC().Format(time.RFC3339)
	}
	if !a.IngestedAt.IsZero() {
		j.IngestedAt = a.IngestedAt.UTC().Format(time.RFC3339)
	}
	w := wire.FromArticle(a)
	j.Claims, j.New = w.Claims, w.NewSentences
	return j
}

func newExportCmd(g *globalFlags) *cobra.Command {
	var f store.ArticleFilter
	var days dayRange
	var storyID int64
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write stored articles as JSON Lines, oldest first, with everything found in them",
		Long: `Write stored articles to stdout as JSON Lines, one article per line in the
order they were stored: the clean text and metadata, entities, quotes, events,
claims, the story, storyline and duplicate found for it, and the sentences
that were new to its storyline. The lines are also valid input for
"storyline ingest", so an export moves a store (its articles are analysed and
linked again on the way in).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := days.parse(&f.From, &f.To); err != nil {
				return err
			}
			st, err := openStore(cmd, g)
			if err != nil {
				return err
			}
			defer st.Close()
			ids, err := exportIDs(cmd.Context(), st, f, storyID)
			if err != nil {
				return err
			}
			return exportArticles(cmd.Context(), st, ids, cmd.OutOrStdout())
		},
	}
	articleFilterFlags(cmd, &f, &days)
	cmd.Flags().Int64Var(&storyID, "story", 0, "only the articles of this story")
	return cmd
}

// exportPage is how many article summaries one listing query reads.
const exportPage = 1000

// exportIDs lists the IDs of the articles to export, oldest first. With a
// story, the filter's other fields narrow that story's articles.
func exportIDs(ctx context.Context, st store.Store, f store.ArticleFilter, storyID int64) ([]int64, error) {
	var keep map[int64]bool
	if storyID != 0 {
		d, err := st.Story(ctx, storyID)
		if err != nil {
			return nil, err
		}
		keep = make(map[int64]bool, len(d.Articles))
		for _, a := range d.Articles {
			keep[a.ID] = true
		}
	}
	var ids []int64
	f.Limit, f.BeforeID = exportPage, 0
	for {
		page, err := st.Articles(ctx, f)
		if err != nil {
			return nil, err
		}
		for _, a := range page {
			if keep == nil || keep[a.ID] {
				ids = append(ids, a.ID)
			}
		}
		if len(page) < exportPage {
			break
		}
		f.BeforeID = page[len(page)-1].ID
	}
	slices.Sort(ids)
	return ids, nil
}

// exportArticles writes each article in full, one JSON object per line.
func exportArticles(ctx context.Context, st store.Store, ids []int64, w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := st.Article(ctx, id)
		if err != nil {
			return err
		}
		if err := enc.Encode(toExportJSON(a)); err != nil {
			return fmt.Errorf("write article %d: %w", id, err)
		}
	}
	return nil
}
