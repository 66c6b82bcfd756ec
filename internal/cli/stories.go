package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/timeline"
	"github.com/storyline/storyline/internal/wire"
)

// openStore opens the store the reading and upkeep commands work on. A path
// with no file there is an error, not a new empty store: a mistyped --db (or
// a command run outside the store's folder) would else answer "no articles"
// and leave an empty storyline.db behind. ingest and serve create the store.
func openStore(cmd *cobra.Command, g *globalFlags) (store.Store, error) {
	if g.db != ":memory:" {
		if _, err := os.Stat(g.db); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: ingest pages first (storyline --db %s ingest PATH) or give the store's path with --db", g.db, g.db)
		}
	}
	st, err := store.Open(cmd.Context(), g.db, store.Options{})
	if err == nil {
		adviseUpgrade(cmd.ErrOrStderr(), g.db, st)
	}
	return st, err
}

// adviseUpgrade prints on w what the migrations that opening the store at
// path ran ask the user to run (store.Upgraded), once per line.
func adviseUpgrade(w io.Writer, path string, st store.Store) {
	if u, ok := st.(store.Upgraded); ok {
		for _, a := range u.UpgradeAdvice() {
			fmt.Fprintf(w, "storyline: store %s upgraded: %s\n", path, a)
		}
	}
}

// runList opens the store, runs query and prints the result: one indented
// JSON array of the items' wire shapes (toJSON) with asJSON, else each item
// through line, or none when empty. limit is the --limit (1 or more): query
// is asked for one item more, so a list cut at it is told so on stderr
// (in both forms, as quotes and events do), and a whole one is not.
func runList[T, J any](cmd *cobra.Command, g *globalFlags, asJSON bool, none *string, limit int,
	query func(ctx context.Context, st store.Store, limit int) ([]T, error), toJSON func(T) J, line func(io.Writer, T)) error {
	if err := positiveLimit(limit); err != nil {
		return err
	}
	st, err := openStore(cmd, g)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := query(cmd.Context(), st, limit+1)
	if err != nil {
		return err
	}
	if len(list) > limit {
		list = list[:limit]
		defer fmt.Fprintf(cmd.ErrOrStderr(), "storyline: the first %d shown, there are more (--limit %d shows more)\n", limit, 2*limit)
	}
	out := cmd.OutOrStdout()
	if asJSON {
		js := make([]J, 0, len(list))
		for _, x := range list {
			js = append(js, toJSON(x))
		}
		return encodeJSON(out, js)
	}
	if len(list) == 0 {
		fmt.Fprintln(out, *none)
	}
	for _, x := range list {
		line(out, x)
	}
	return nil
}

// limitHint tells on w (stderr: the listing on stdout stays as it was) that
// a list of n items stopped at its limit, so a reader does not take the
// first page for the whole store; more says how to see the rest.
func limitHint(w io.Writer, n, limit int, more string) {
	if limit > 0 && n >= limit {
		fmt.Fprintf(w, "storyline: the first %d shown, there may be more (%s)\n", n, more)
	}
}

func encodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func span(first, last string) string {
	switch {
	case first == "" && last == "":
		return "undated"
	case first == last:
		return first
	}
	return first + " – " + last
}

func printStoryLine(w io.Writer, s store.StoryInfo) {
	title := s.Title
	if title == "" {
		title = "(untitled)"
	}
	fmt.Fprintf(w, "story %-5d storyline %-5d %s %s  %-23s %s\n", s.ID, s.Storyline, countCol(s.Articles, 3, "article"), countCol(s.Sources, 2, "source"), span(s.First, s.Last), oneLine(title, 70))
	if len(s.TopEntities) > 0 {
		fmt.Fprintf(w, "%12s%s\n", "", oneLine(strings.Join(s.TopEntities, ", "), 100))
	}
}

func newStoriesCmd(g *globalFlags) *cobra.Command {
	var f store.StoryFilter
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stories",
		Short: "List stories (one event across outlets), most recent first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			none := wire.NoneFound("stories", wire.GivenID("of storyline", f.Storyline), wire.Given("mentioning", f.Entity), wire.AtLeast(f.MinArticles, "article"))
			return runList(cmd, g, asJSON, &none, f.Limit, func(ctx context.Context, st store.Store, limit int) ([]store.StoryInfo, error) {
				f := f
				f.Limit = limit
				// Several stored names (a surname): say which, as quotes --speaker.
				if err := speakersHint(ctx, cmd.ErrOrStderr(), st, f.Entity); err != nil {
					return nil, err
				}
				list, err := st.Stories(ctx, f)
				if err == nil && len(list) == 0 {
					none, err = withNameHint(ctx, st, none, f.Entity)
				}
				return list, err
			}, wire.FromStory, printStoryLine)
		},
	}
	cmd.Flags().Int64Var(&f.Storyline, "storyline", 0, "only stories of this storyline")
	cmd.Flags().StringVar(&f.Entity, "entity", "", "only stories mentioning this entity (a name, an alias, or words of a name: a surname finds every person of it)")
	cmd.Flags().IntVar(&f.MinArticles, "min-articles", 1, "only stories of at least this many articles (2: stories more than one report covers)")
	cmd.Flags().IntVar(&f.Limit, "limit", 50, "how many")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// listHint adds to a not-found error the command that lists the IDs there
// are, so a reader with a wrong ID knows where to look; other errors pass.
func listHint(err error, list string) error {
	if errors.Is(err, core.ErrNotFound) {
		return fmt.Errorf("%w (%s lists them)", err, list)
	}
	return err
}

func parseID(what, s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("%s ID %q: not a positive number", what, s)
	}
	return id, nil
}

func newStoryCmd(g *globalFlags) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "story ID",
		Short: "Show one story: articles, sources, time span, entities, claims",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID("story", args[0])
			if err != nil {
				return err
			}
			st, err := openStore(cmd, g)
			if err != nil {
				return err
			}
			defer st.Close()
			d, err := st.Story(cmd.Context(), id)
			if err != nil {
				return listHint(err, "storyline stories")
			}
			out := cmd.OutOrStdout()
			if asJSON {
				j := wire.FromStoryDetail(d)
				evs, err := st.Events(cmd.Context(), store.EventFilter{Story: d.ID, MinConfidence: core.SureEvent, Limit: wire.StoryEventsMax})
				if err != nil {
					return err
				}
				j.WithEvents(evs) // as /api/stories/ID
				return encodeJSON(out, j)
			}
			// Untitled articles by their first line, as the story page.
			labels, err := store.UntitledLabels(cmd.Context(), st, d.Articles)
			if err != nil {
				return err
			}
			printStoryLine(out, d.StoryInfo)
			fmt.Fprintln(out, "\nArticles:")
			for _, a := range d.Articles {
				dup := ""
				if a.DuplicateOf != 0 {
					dup = fmt.Sprintf(" (copy of %d)", a.DuplicateOf)
				}
				src := a.Outlet
				if src == "" {
					src = a.Source
				}
				fmt.Fprintf(out, "  %5d  %-10s  %s — %s%s\n", a.ID, dayOrUndated(a.Published), oneLine(label(a, labels), 60), sourceLine(src, 40), dup)
			}
			if len(d.Entities) > 0 {
				fmt.Fprintln(out, "\nEntities:")
				for _, e := range d.Entities {
					fmt.Fprintf(out, "  %-4s %s (%s in %s)\n", e.Type, e.Name, count(e.Mentions, "mention"), count(e.Articles, "article"))
				}
			}
			evs, err := st.Events(cmd.Context(), store.EventFilter{Story: d.ID, MinConfidence: core.SureEvent, Limit: 2000})
			if err != nil {
				return err
			}
			printStoryEvents(out, d.ID, store.GroupEvents(evs))
			printStoryQuotes(out, d.Quotes)
			if len(d.Claims) > 0 {
				fmt.Fprintln(out, "\nClaims:")
				for _, c := range d.Claims {
					fmt.Fprintf(out, "  %s  (%s, %s)\n", c.Text, count(c.Articles, "article"), claimWhen(c))
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// printStoryEvents lists a story's acts (its sure events grouped by doer,
// type and target), those the most articles report first.
func printStoryEvents(out io.Writer, story int64, gs []store.EventGroup) {
	if len(gs) == 0 {
		return
	}
	fmt.Fprintln(out, "\nWho did what:")
	for i, g := range gs {
		if i == maxStoryQuotes {
			fmt.Fprintf(out, "  … %d more (storyline events --story %d)\n", len(gs)-i, story)
			break
		}
		fmt.Fprintf(out, "  %s  (%s, %s)\n", eventLine(core.Event{Actor: g.Actor, Type: g.Type, Target: g.Target}), count(len(g.Articles()), "article"), dayOrUndated(g.First()))
	}
}

// maxStoryQuotes is how many statements `story` lists.
const maxStoryQuotes = 12

// printStoryQuotes lists a story's attributed statements (scare-quote
// fragments aside), those the most articles repeat first, then in time
// order, each once (store.GroupQuotes).
func printStoryQuotes(out io.Writer, qs []store.StoredQuote) {
	var kept []store.StoredQuote
	for _, q := range qs {
		if q.Speaker != "" && !q.Fragment {
			kept = append(kept, q)
		}
	}
	groups := store.GroupQuotes(kept)
	if len(groups) == 0 {
		return
	}
	sort.SliceStable(groups, func(i, j int) bool { return len(groups[i].Articles()) > len(groups[j].Articles()) })
	fmt.Fprintln(out, "\nWho said what:")
	for i, g := range groups {
		if i == maxStoryQuotes {
			fmt.Fprintf(out, "  … %d more (storyline quotes --speaker NAME)\n", len(groups)-i)
			break
		}
		text := oneLine(core.Quote{Text: g.Text, Direct: g.Direct}.Shown(), 160)
		first := ""
		for _, o := range g.Occurrences {
			if d := dayOf(o.Published); d != "" && (first == "" || d < first) {
				first = d
			}
		}
		fmt.Fprintf(out, "  %s: %s  (%s, %s)\n", g.Speaker, text, count(len(g.Articles()), "article"), dayOrUndated(first))
	}
}

func dayOf(s string) string {
	if len(s) > 10 {
		return s[:10]
	}
	return s
}

func dayOrUndated(s string) string {
	if s == "" {
		return "undated"
	}
	return dayOf(s)
}

// claimWhen is when a claim appeared: "first DAY, latest DAY", or the one
// day (or "undated") when both fall on it ("first 2031-04-02, latest
// 2031-04-02" said one day twice).
func claimWhen(c store.ClaimGroup) string {
	first, latest := dayOrUndated(c.First.Published), dayOrUndated(c.Latest.Published)
	if first == latest {
		return first
	}
	return "first " + first + ", latest " + latest
}

func newStorylinesCmd(g *globalFlags) *cobra.Command {
	var f store.StorylineFilter
	var tl timeline.Options
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "storylines [ID]",
		Short: "List storylines (one story across months) with their stories; with an ID, tell how that one moved",
		Long: `List storylines (one story across months) with their stories.

With a storyline ID, tell how that storyline moved: its stories in time order,
the sentences each story added that the storyline had not said before, and the
claims each voiced first or repeated.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				if tl.MaxNew < 1 {
					return fmt.Errorf("--new %d: want 1 or more", tl.MaxNew) // it showed 5
				}
				return showTimeline(cmd, g, args[0], asJSON, tl)
			}
			if f.MinStories < 1 {
				return fmt.Errorf("--min-stories %d: want 1 or more", f.MinStories) // as ?min_stories=
			}
			none := wire.NoneFound("storylines", wire.AtLeast(f.MinStories, "story"))
			if f.MinStories > 1 {
				none += " (--min-stories 1 lists every story's)"
			}
			return runList(cmd, g, asJSON, &none, f.Limit, func(ctx context.Context, st store.Store, limit int) ([]store.StorylineInfo, error) {
				f := f
				f.Limit = limit
				return st.Storylines(ctx, f)
			}, wire.FromStoryline, func(out io.Writer, l store.StorylineInfo) {
				fmt.Fprintf(out, "storyline %d: %s, %s, %s\n", l.ID, count(len(l.Stories), "story"), count(l.Articles, "article"), span(l.First, l.Last))
				for _, s := range l.Stories {
					fmt.Fprintf(out, "  story %-5d %-23s %s  %s\n", s.ID, span(s.First, s.Last), countCol(s.Articles, 3, "article"), oneLine(s.Title, 70))
				}
			})
		},
	}
	cmd.Flags().IntVar(&tl.MaxNew, "new", 5, "with an ID: how many new sentences to show per story")
	cmd.Flags().IntVar(&f.MinStories, "min-stories", wire.DefaultMinStories, "only storylines of at least this many stories (1: also stories nothing has joined)")
	cmd.Flags().IntVar(&f.Limit, "limit", 50, "how many")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func newClaimsCmd(g *globalFlags) *cobra.Command {
	var f store.ClaimFilter
	var asJSON, singles bool
	cmd := &cobra.Command{
		Use:   "claims [--speaker NAME]",
		Short: "List recurring claims with their first and latest appearance and every occurrence",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			line := wire.NoneFound("claims", wire.Given("of key", f.Key), wire.Given("held by", f.Speaker), wire.GivenID("in story", f.Story), wire.GivenID("in article", f.ArticleID), wire.AtLeast(f.MinCount, "article"))
			var notes []string
			if !singles && f.MinCount <= 1 && f.Key == "" {
				// A speaker's statement one article alone carries is
				// listed only with --singles.
				notes = append(notes, "--singles also lists the statements one article alone carries")
			}
			none := line + parenthesised(notes)
			return runList(cmd, g, asJSON, &none, f.Limit, func(ctx context.Context, st store.Store, limit int) ([]store.ClaimGroup, error) {
				f := f
				f.Limit = limit
				if err := speakersHint(ctx, cmd.ErrOrStderr(), st, f.Speaker); err != nil {
					return nil, err
				}
				list, err := listClaims(ctx, st, f, singles)
				if err != nil || len(list) > 0 {
					return list, err
				}
				// What --speaker matched, or that no stored name has it
				// and the names near it (wire.NameHintFor, as
				// /api/claims' hint), before the --singles note.
				// A holder need not be a stored name ("the ministry"),
				// so the --singles note stays.
				hint, err := wire.NameHintFor(ctx, st, f.Speaker)
				if hint != "" {
					none = line + parenthesised(append([]string{hint}, notes...))
				}
				return list, err
			}, wire.FromClaim, func(out io.Writer, c store.ClaimGroup) {
				fmt.Fprintf(out, "%s  [%s; %s]\n", c.Text, count(c.Articles, "article"), claimWhen(c))
				// The first occurrences and the latest, as the /claims
				// page; --key lists them all (wire.Cut).
				cut := wire.Cut(c.Occurrences, f.Key != "")
				for _, o := range cut.Head {
					printOccurrence(out, o)
				}
				if cut.Hidden > 0 {
					fmt.Fprintf(out, "    … %s (--key %s lists every one)\n", count(cut.Hidden, "more article"), shellWord(c.Key))
				}
				for _, o := range cut.Tail {
					printOccurrence(out, o)
				}
			})
		},
	}
	cmd.Flags().StringVar(&f.Speaker, "speaker", "", "only claims held by this speaker (e.g. Russia; a name, alias or name words: \"Kovrin\" for every stored Kovrin, named on stderr)")
	cmd.Flags().Int64Var(&f.Story, "story", 0, "only claims made in this story's articles (as /api/claims?story=)")
	cmd.Flags().Int64Var(&f.ArticleID, "article", 0, "only claims made in this article (as /api/claims?article=)")
	cmd.Flags().StringVar(&f.Key, "key", "", "only the claim of this key (--json shows keys; as /api/claims?key=, the page /claims?key=), even when one article alone carries it")
	cmd.Flags().IntVar(&f.MinCount, "min-articles", 1, "only claims made in at least this many articles")
	// --min was its name; stories has --min-articles for the same count.
	cmd.Flags().IntVar(&f.MinCount, "min", 1, "the old name of --min-articles")
	_ = cmd.Flags().MarkHidden("min")
	cmd.Flags().BoolVar(&singles, "singles", false, "also list the statements (a speaker's quote) that one article alone carries")
	cmd.Flags().IntVar(&f.Limit, "limit", 100, "how many")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func newNewCmd(g *globalFlags) *cobra.Command {
	var all, asJSON bool
	cmd := &cobra.Command{
		Use:   "new ARTICLE_ID",
		Short: "Show what an article adds to its storyline (sentences not said before)",
		Long: `Show what an article adds to its storyline: its sentences that no article
of the storyline published before it said (dated articles in publication
order, then undated ones in the order they were stored). Ingest judges each
article as it arrives and then judges again, in publication order, the
storylines whose articles arrived out of order (an archive read backwards
tells the same story as one read in order).`,
		Args: cobra.ExactArgs(1),
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
			e, err := store.EarlierInStoryline(cmd.Context(), st, a)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				// One shape with GET /api/articles/{id}/new (?all=true).
				return encodeJSON(out, wire.FromNew(a, e, all))
			}
			fmt.Fprintf(out, "article %d, story %d, storyline %d: %s\n", a.ID, a.Story, a.Storyline, articleHeading(a))
			fmt.Fprintf(out, "%s\n\n", judgedAgainst(a, e))
			n := 0
			for _, s := range a.Sentences {
				if s.New {
					n++
					fmt.Fprintf(out, "+ %s\n", s.Text)
				} else if all {
					fmt.Fprintf(out, "  %s   [%s]\n", s.Text, s.Reason)
				}
			}
			if n == 0 {
				fmt.Fprintln(out, "nothing new: every sentence was said before in its storyline")
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "also show the sentences that are not new, with why")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON, as GET /api/articles/ID/new (with --all, ?all=true): the article, what it was judged against, its new sentences (--all: every sentence, each flagged new or not)")
	return cmd
}

// judgedAgainst says what an article's sentences were judged against: the
// articles of its storyline published before it (e), with their days and
// IDs, or that it is the storyline's first.
func judgedAgainst(a *core.Article, e store.Earlier) string {
	if a.Storyline == 0 {
		return "not linked to a storyline: nothing to judge it against"
	}
	if len(e.IDs) == 0 {
		return fmt.Sprintf("the first article of storyline %d: nothing before it to judge it against", a.Storyline)
	}
	const show = 12
	ids := make([]string, 0, show+1)
	for _, id := range e.IDs[:min(len(e.IDs), show)] {
		ids = append(ids, strconv.FormatInt(id, 10))
	}
	if len(e.IDs) > show {
		ids = append(ids, "…")
	}
	when := ""
	if e.First != "" {
		when = span(e.First, e.Last) + "; "
	}
	before, undated := "published before it", ""
	if a.Published == "" {
		before, undated = "before it", "; undated, it follows the dated ones and the undated ones stored before it"
	}
	n, listed := count(len(e.IDs), "article"), "articles "
	if len(e.IDs) == 1 {
		n, listed = "one article", "article "
	}
	s := fmt.Sprintf("judged against the %s of storyline %d %s (%s%s%s%s)",
		n, a.Storyline, before, when, listed, strings.Join(ids, ", "), undated)
	if len(e.IDs) > 200 {
		s += "; the storyline's memory holds about the latest 200 of them"
	}
	return s
}

// count writes n with word in the singular or plural ("1 article",
// "2 stories").
// countCol is count for aligned columns: the number right-aligned in width
// and the noun padded to its plural's length, so rows line up.
func countCol(n, width int, word string) string {
	plural := strings.TrimPrefix(count(2, word), "2 ")
	noun := strings.TrimPrefix(count(n, word), strconv.Itoa(n)+" ")
	return fmt.Sprintf("%*d %-*s", width, n, len(plural), noun)
}

// count is wire.Count: n and word, in the plural unless n is 1.
func count(n int, word string) string { return wire.Count(n, word) }

// printOccurrence writes one occurrence of a claim under it.
func printOccurrence(out io.Writer, o store.ClaimOccurrence) {
	mark := ""
	if o.Questioned {
		mark = "(questioned) "
	}
	if o.Speaker != "" {
		mark += "(" + o.Speaker + ") "
	}
	fmt.Fprintf(out, "    %5d %-10s %s%s\n", o.ArticleID, dayOrUndated(o.Published), mark, oneLine(o.Sentence, 110))
}

// shellWord is s as one word of a shell command line: as it is when it holds
// nothing a shell reads specially, else in single quotes (a claim key's "|"
// would start a pipe).
func shellWord(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+-.,/:=@%") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
