package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/wire"
)

func newArticlesCmd(g *globalFlags) *cobra.Command {
	var f store.ArticleFilter
	var days dayRange
	var asJSON bool
	var order, after string
	var story int64
	cmd := &cobra.Command{
		Use:   "articles",
		Short: "List stored articles, the newest published first (undated last)",
		Long: "List stored articles, the newest published first (the last stored first\n" +
			"among those of one time, the undated at the end), as /api/articles; --sort\n" +
			"stored lists the last stored first, as before (--before ID pages it).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if err := days.parse(&f.From, &f.To); err != nil {
				return err
			}
			switch order {
			case "published":
				f.ByPublished = f.BeforeID == 0 // --before ID pages the stored order
			case "stored":
				if after != "" {
					return fmt.Errorf("--after goes on in the order by publication; --sort stored pages with --before ID")
				}
			default:
				return fmt.Errorf("--sort %q: want published (the newest publication first) or stored (the last stored first)", order)
			}
			if f.BeforeID != 0 && after != "" {
				return fmt.Errorf("give --before ID (the stored order) or --after CURSOR (by publication), not both")
			}
			if f.After, err = store.ParseCursor(after); err != nil {
				return fmt.Errorf("--after %q: %w (give the word a cut list named)", after, err)
			}
			if err := positiveLimit(f.Limit); err != nil {
				return err
			}
			if story < 0 {
				return fmt.Errorf("--story %d: want a story's number (storyline stories lists them)", story)
			}
			if story > 0 {
				if f.Entity != "" {
					return fmt.Errorf("--story and --entity cannot be combined; use storyline search --story ID --entity NAME")
				}
				f.Stories = []int64{story}
			}
			st, err := openStore(cmd, g)
			if err != nil {
				return err
			}
			defer st.Close()
			// Several stored names (a surname): say which, as quotes --speaker.
			if err := speakersHint(cmd.Context(), cmd.ErrOrStderr(), st, f.Entity); err != nil {
				return err
			}
			// One more than the limit tells whether the list is cut.
			page := f
			page.Limit++
			list, err := st.Articles(cmd.Context(), page)
			if err != nil {
				return err
			}
			if len(list) > f.Limit {
				list = list[:f.Limit]
				last := list[len(list)-1]
				next := fmt.Sprintf("--before %d lists the next ones", last.ID)
				if f.ByPublished {
					next = fmt.Sprintf("--after %s lists the next ones", store.ArticleCursor(last))
				}
				defer fmt.Fprintf(cmd.ErrOrStderr(), "storyline: the first %d shown, there are more (%s)\n", len(list), next)
			}
			out := cmd.OutOrStdout()
			if asJSON {
				// The shape of /api/articles' rows (the list reads no text,
				// so none is claimed empty), with the content hash.
				return jsonLines(out, list, func(a *core.Article) articleRow {
					return articleRow{ArticleSummary: wire.FromSummary(a), Hash: a.Hash}
				})
			}
			if len(list) == 0 {
				if story > 0 {
					fmt.Fprintf(out, "no articles of story %d match (storyline stories lists the stories)\n", story)
					return nil
				}
				msg, err := withNameHint(cmd.Context(), st, wire.NoneFound("articles", wire.Given("from a source like", f.Source), wire.Given("in language", f.Language),
					wire.Given("mentioning", f.Entity), wire.GivenDays(days.from, days.to), wire.Given("after", after), wire.GivenID("below ID", f.BeforeID)), f.Entity)
				if err != nil {
					return err
				}
				fmt.Fprintln(out, msg)
				return nil
			}
			labels, err := store.UntitledLabels(cmd.Context(), st, list)
			if err != nil {
				return err
			}
			for _, a := range list {
				title := a.Title
				if title == "" {
					title = labels[a.ID]
				}
				date := a.Published
				if len(date) > 10 {
					date = date[:10]
				}
				if date == "" {
					date = "undated   " // as stories, claims and the pages say
				}
				copyOf := ""
				if a.DuplicateOf != 0 {
					copyOf = fmt.Sprintf("  copy of %d", a.DuplicateOf) // as the pages' cards
				}
				fmt.Fprintf(out, "%6d  %s  %-2s  %s  (%s)%s\n", a.ID, date, a.Language, oneLine(title, 70), sourceLine(a.Source, 50), copyOf)
			}
			return nil
		},
	}
	articleFilterFlags(cmd, &f, &days)
	cmd.Flags().IntVar(&f.Limit, "limit", 50, "how many")
	cmd.Flags().Int64Var(&story, "story", 0, "only this story's articles (as /api/articles?story=)")
	cmd.Flags().StringVar(&order, "sort", "published", "published: the newest publication first; stored: the last stored first")
	cmd.Flags().StringVar(&after, "after", "", "go on from where a cut list stopped (the cursor its last line on stderr named)")
	cmd.Flags().Int64Var(&f.BeforeID, "before", 0, "only IDs below this one (paging the stored order; implies --sort stored)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object per article")
	return cmd
}

// articleRow is one line of articles --json: a row of /api/articles (same
// fields, same names) and the article's content hash.
type articleRow struct {
	wire.ArticleSummary
	Hash string `json:"hash"`
}

// sourceLine is a source (URL or path) on one line of at most n runes, cut
// in the middle: a URL's host and a path's file name and ":line" (what tells
// one JSONL record from the next) both stay.
func sourceLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n || n < 3 {
		return oneLine(s, n)
	}
	head := (n - 1) / 2
	return string(r[:head]) + "…" + string(r[len(r)-(n-1-head):])
}

// articleFilterFlags adds the article filters articles and export share:
// --source, --language, --entity, --from and --to.
func articleFilterFlags(cmd *cobra.Command, f *store.ArticleFilter, days *dayRange) {
	cmd.Flags().StringVar(&f.Source, "source", "", "only sources or outlets containing this text")
	cmd.Flags().StringVar(&f.Language, "language", "", "only this language (ISO 639-1)")
	cmd.Flags().StringVar(&f.Entity, "entity", "", "only articles mentioning this entity (a name, an alias, or words of a name: a surname finds every person of it)")
	days.flags(cmd)
}

// dayRange is the --from/--to pair of flags the listing commands share.
type dayRange struct{ from, to string }

func (r *dayRange) flags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&r.from, "from", "", "published on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&r.to, "to", "", "published on or before this day (YYYY-MM-DD)")
}

// parse reads the flags into from and to (zero when not given). A bad
// day is named as the API names it (`--from: want a date like 2024-05-31,
// got "yesterday"`), not by Go's time parser.
func (r dayRange) parse(from, to *time.Time) error {
	var err error
	if *from, err = parseDay("--from", r.from); err != nil {
		return err
	}
	*to, err = parseDay("--to", r.to)
	return err
}

func parseDay(flag, s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: want a date like 2024-05-31, got %q", flag, s)
	}
	return t, nil
}

func newShowCmd(g *globalFlags) *cobra.Command {
	var asJSON, removed bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show one stored article, clean and readable",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID("article", args[0])
			if err != nil {
				return err
			}
			st, err := openStore(cmd, g)
			if err != nil {
				return err
			}
			defer st.Close()
			a, err := st.Article(cmd.Context(), id)
			if err != nil {
				return listHint(err, "storyline articles")
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				return enc.Encode(toExportJSON(a))
			}
			printArticle(cmd.OutOrStdout(), a, removed)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the article as JSON (the record export writes: story, storyline, duplicate, claims and new sentences included)")
	cmd.Flags().BoolVar(&removed, "removed", false, "also list the debris removed, with reasons")
	return cmd
}
