package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/wire"
)

func newSearchCmd(g *globalFlags) *cobra.Command {
	var q store.SearchQuery
	var days dayRange
	var asJSON, facets bool
	cmd := &cobra.Command{
		Use:   "search [QUERY]",
		Short: "Search stored articles: full text (words, \"phrases\", prefix*, OR, -NOT) and filters",
		Long: `Search stored articles by full text over title, subtitle and body, ranked
by bm25 (a title match counts most), with the same query language and
filters as the web UI and /api/search. Matches are shown between [ and ].
A query is optional when a filter is given.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if len(args) == 1 {
				q.Text = args[0]
			}
			if err := days.parse(&q.From, &q.To); err != nil {
				return err
			}
			if q.Limit < 1 || q.Limit > 100 || q.Offset < 0 {
				// As /api/search: the store would cap the page silently.
				if q.Offset < 0 {
					return fmt.Errorf("--offset %d: want 0 or more", q.Offset)
				}
				return fmt.Errorf("--limit %d: want a number from 1 to 100", q.Limit)
			}
			q.Facets = facets
			st, err := openStore(cmd, g)
			if err != nil {
				return err
			}
			defer st.Close()
			// Several stored names (a surname): say which, as quotes --speaker.
			if err := speakersHint(cmd.Context(), cmd.ErrOrStderr(), st, q.Entity); err != nil {
				return err
			}
			res, err := st.Search(cmd.Context(), q)
			if err != nil {
				if errors.Is(err, store.ErrBadQuery) {
					if strings.TrimSpace(q.Text) == "" {
						return fmt.Errorf("%w (give a query, a filter such as --entity, --source, --story or --from, or both)", err)
					}
					return fmt.Errorf("search %q: %w", q.Text, err)
				}
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeSearchJSON(out, res, facets)
			}
			if res.Total == 0 {
				msg, err := withNameHint(cmd.Context(), st, wire.NoneFound("matches", wire.Given("for", q.Text), wire.Given("mentioning", q.Entity), wire.Given("from a source like", q.Source),
					wire.Given("in language", q.Language), wire.GivenDays(days.from, days.to), wire.GivenID("in story", q.Story)), q.Entity)
				if err != nil {
					return err
				}
				fmt.Fprintln(out, msg)
				return nil
			}
			fmt.Fprint(out, count(res.Total, "match"))
			if len(res.Hits) < res.Total {
				fmt.Fprintf(out, ", showing %d–%d", q.Offset+1, q.Offset+len(res.Hits))
				if next := q.Offset + len(res.Hits); len(res.Hits) > 0 && next < res.Total {
					fmt.Fprintf(out, " (--offset %d shows the next)", next)
				}
			}
			fmt.Fprintln(out)
			// An untitled hit is named as the pages name it (its first
			// line, store.UntitledLabels); it had an empty title.
			var untitled []*core.Article
			for _, h := range res.Hits {
				if h.Title == "" {
					untitled = append(untitled, &core.Article{ID: h.ID})
				}
			}
			labels, err := store.UntitledLabels(cmd.Context(), st, untitled)
			if err != nil {
				return err
			}
			for _, h := range res.Hits {
				title := plainMarks(h.TitleMarked)
				if h.Title == "" {
					title = labels[h.ID]
				}
				date := h.Published
				if len(date) > 10 {
					date = date[:10]
				}
				if date == "" {
					date = "undated   "
				}
				fmt.Fprintf(out, "\n%6d  %s  %s\n", h.ID, date, oneLine(title, 90))
				src := h.Source
				if h.Outlet != "" {
					src = h.Outlet + " · " + src
				}
				if h.Story != 0 {
					src += fmt.Sprintf(" · story %d", h.Story)
				}
				if h.DuplicateOf != 0 {
					src += fmt.Sprintf(" · copy of %d", h.DuplicateOf) // as articles and the cards
				}
				fmt.Fprintf(out, "        %s\n", oneLine(src, 100))
				if h.Snippet != "" {
					fmt.Fprintf(out, "        %s\n", oneLine(plainMarks(h.Snippet), 160))
				}
			}
			if facets {
				printFacets(out, "sources", res.Facets.Sources)
				printFacets(out, "entities", res.Facets.Entities)
				printFacets(out, "months", res.Facets.Months)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&q.Entity, "entity", "", "only articles mentioning this entity (a name, an alias, or words of a name: a surname finds every person of it)")
	cmd.Flags().StringVar(&q.Source, "source", "", "only sources or outlets containing this text")
	cmd.Flags().StringVar(&q.Language, "language", "", "only this language (ISO 639-1)")
	days.flags(cmd)
	cmd.Flags().Int64Var(&q.Story, "story", 0, "only articles of this story")
	cmd.Flags().IntVar(&q.Limit, "limit", 20, "hits to show (at most 100)")
	cmd.Flags().IntVar(&q.Offset, "offset", 0, "hits to skip (paging)")
	cmd.Flags().BoolVar(&facets, "facets", false, "also count the matches by source, entity and month")
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object: total, results (and facets), as /api/search")
	return cmd
}

// plainMarks shows search highlights in plain text as [match].
func plainMarks(s string) string {
	return strings.NewReplacer(store.MarkStart, "[", store.MarkEnd, "]").Replace(s)
}

func printFacets(w io.Writer, name string, fs []store.FacetCount) {
	if len(fs) == 0 {
		return
	}
	parts := make([]string, len(fs))
	for i, f := range fs {
		v := f.Value
		if v == "" {
			v = "(none)"
			if name == "months" {
				v = "undated" // as the search page says
			}
		}
		parts[i] = fmt.Sprintf("%s %d", v, f.Count)
	}
	fmt.Fprintf(w, "\n%s: %s\n", name, strings.Join(parts, " · "))
}

// writeSearchJSON writes the results as /api/search gives them
// (wire.SearchResult: total, results, facets when counted), less the API's
// next cursor (--offset pages here). "hits", the results' name before
// session 22, is gone.
func writeSearchJSON(w io.Writer, res store.SearchResult, facets bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(wire.FromSearch(res, facets))
}
