package cli

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/wire"
)

func newEntitiesCmd(g *globalFlags) *cobra.Command {
	var f store.EntityFilter
	var typ string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "List people, organisations and places across the store, most mentioned first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f.Type = core.EntityType(strings.ToUpper(typ))
			switch f.Type {
			case "", core.Person, core.Organisation, core.Location, core.Misc:
			default:
				return fmt.Errorf("--type %q: want PER, ORG, LOC or MISC", typ)
			}
			if err := positiveLimit(f.Limit); err != nil {
				return err // as the other lists (it listed 100)
			}
			st, err := openStore(cmd, g)
			if err != nil {
				return err
			}
			defer st.Close()
			// One row more than the limit tells whether the list is cut.
			page := f
			limit := page.Limit
			page.Limit++
			list, err := st.Entities(cmd.Context(), page)
			if err != nil {
				return err
			}
			if len(list) > limit {
				list = list[:limit]
				defer fmt.Fprintf(cmd.ErrOrStderr(), "storyline: the %d most mentioned shown, there are more (--limit %d shows more; --name or --type narrows)\n", limit, 2*limit)
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return jsonLines(out, list, func(e store.StoredEntity) wire.Entity { return wire.FromEntity(e.Entity, e.Articles) })
			}
			if len(list) == 0 {
				msg := wire.NoneFound("entities", wire.Given("of type", string(f.Type)), wire.Given("named like", f.Name))
				// A --name no stored name has says the names near it
				// (wire.NameHintFor, as /api/entities' hint).
				hint, err := wire.NameHintFor(cmd.Context(), st, f.Name)
				if err != nil {
					return err
				}
				if hint != "" {
					msg += " (" + hint + ")"
				}
				fmt.Fprintln(out, msg)
				return nil
			}
			for _, e := range list {
				line := fmt.Sprintf("%-4s %-32s %s in %s", e.Type, oneLine(e.Name, 32), countCol(e.Mentions, 4, "mention"), countCol(e.Articles, 3, "article"))
				if len(e.Aliases) > 0 {
					line += "  aka " + oneLine(strings.Join(e.Aliases, "; "), 60)
				}
				fmt.Fprintln(out, line)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&typ, "type", "", "only this type: PER, ORG, LOC or MISC")
	cmd.Flags().StringVar(&f.Name, "name", "", "only names or aliases containing this text")
	cmd.Flags().IntVar(&f.Limit, "limit", 100, "how many")
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object per entity")
	return cmd
}

func newQuotesCmd(g *globalFlags) *cobra.Command {
	var f store.QuoteFilter
	var asJSON, each bool
	var days dayRange
	var after string
	cmd := &cobra.Command{
		Use:   "quotes [--speaker NAME] [--about WORDS]",
		Short: "List quotes across the store in publication order",
		Long: "List quotes across the store in publication order: what has a speaker said\n" +
			"(--speaker, canonical name, alias or part of the name: a surname alone lists every\n" +
			"stored person of that name, and says on stderr who matched) about something (--about, every word in\n" +
			"any inflection), and when (--from, --to). A statement several articles repeat\n" +
			"(same speaker, same words, or the words of one inside the other) is listed once\n" +
			"with every article that gives it; --each lists every occurrence.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if err := days.parse(&f.From, &f.To); err != nil {
				return err
			}
			if f.After, err = store.ParseCursor(after); err != nil {
				return fmt.Errorf("--after %q: %w (give the word a cut list named)", after, err)
			}
			if err := positiveLimit(f.Limit); err != nil {
				return err
			}
			st, err := openStore(cmd, g)
			if err != nil {
				return err
			}
			defer st.Close()
			if err := speakersHint(cmd.Context(), cmd.ErrOrStderr(), st, f.Speaker); err != nil {
				return err
			}
			list, next, err := pageOf(f.Limit, func(limit int) ([]store.StoredQuote, error) {
				page := f
				page.Limit = limit
				return st.Quotes(cmd.Context(), page)
			})
			if err != nil {
				return err
			}
			defer cursorHint(cmd.ErrOrStderr(), len(list), next, f.Newest)
			out := cmd.OutOrStdout()
			if asJSON {
				return jsonLines(out, list, wire.FromStoredQuote)
			}
			if len(list) == 0 {
				// Every filter given is named: a speaker with quotes
				// but none --about the words is not told "no quotes by".
				by, others := wire.Given("by", f.Speaker), []string{wire.Given("about", f.About), wire.GivenID("in article", f.ArticleID), wire.GivenID("in story", f.Story), wire.GivenID("in storyline", f.Storyline), wire.GivenDays(days.from, days.to), wire.Given("after", after)}
				msg := wire.NoneFound("quotes", append([]string{by}, others...)...)
				// What the name matched, or that none has it and the
				// names near it (wire.NameHintFor, as /api/quotes' hint).
				hint, err := wire.NameHintFor(cmd.Context(), st, f.Speaker)
				if err != nil {
					return err
				}
				var hints []string
				if hint != "" {
					hints = append(hints, hint)
				}
				if onlyGiven(by, others...) && strings.HasPrefix(hint, "no stored name") && !strings.Contains(hint, "; near it: ") {
					hints = append(hints, "storyline entities --type PER lists the people in the store")
				}
				fmt.Fprintln(out, msg+parenthesised(hints))
				return nil
			}
			if each {
				for _, q := range list {
					fmt.Fprintf(out, "%-10s %s (%s, article %d):\n    %s\n", dayOrUndated(q.Published), speakerOrNone(q.Speaker), quoteKind(q.Direct), q.ArticleID, oneLine(q.Shown(), 200))
				}
				return nil
			}
			for _, g := range store.GroupQuotes(list) {
				first := g.Occurrences[0]
				where := fmt.Sprintf("article %d", first.ArticleID)
				if arts := g.Articles(); len(arts) > 1 {
					ids := make([]string, len(arts))
					for i, id := range arts {
						ids[i] = strconv.FormatInt(id, 10)
					}
					last := ""
					for _, o := range g.Occurrences {
						if d := day(o.Published); d > last {
							last = d
						}
					}
					where = fmt.Sprintf("%d articles: %s", len(arts), strings.Join(ids, ", "))
					if last != "" && last != day(first.Published) {
						where += ", latest " + last
					}
				}
				fmt.Fprintf(out, "%-10s %s (%s, %s):\n    %s\n", dayOrUndated(first.Published), speakerOrNone(g.Speaker), quoteKind(g.Direct), where, oneLine(core.Quote{Text: g.Text, Direct: g.Direct}.Shown(), 200))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&f.Speaker, "speaker", "", "only quotes by this speaker (canonical name, alias, or name words: \"Kovrin\" for every stored Kovrin, named on stderr)")
	cmd.Flags().Int64Var(&f.ArticleID, "article", 0, "only quotes of this article (as /api/quotes?article=)")
	cmd.Flags().Int64Var(&f.Story, "story", 0, "only quotes of this story's articles (as /api/quotes?story=)")
	cmd.Flags().Int64Var(&f.Storyline, "storyline", 0, "only quotes of this storyline's articles: who said what as it moved (as /api/quotes?storyline=)")
	cmd.Flags().StringVar(&f.About, "about", "", `only quotes whose text or sentence holds every one of these words, in any inflection ("negotiations" finds "negotiate")`)
	days.flags(cmd)
	cmd.Flags().IntVar(&f.Limit, "limit", 200, "how many")
	cmd.Flags().BoolVar(&f.Newest, "newest", false, "the newest quotes first")
	cmd.Flags().StringVar(&after, "after", "", "go on from where a cut list stopped (the cursor its last line on stderr named)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object per quote")
	cmd.Flags().BoolVar(&each, "each", false, "list every occurrence on its own (by default one statement repeated by several articles is listed once, with where it was given)")
	return cmd
}

// day is the publication day of a stored date ("" when undated).
func day(published string) string {
	if len(published) > 10 {
		return published[:10]
	}
	return published
}

// speakerOrNone names an unknown speaker for a reader.
func speakerOrNone(sp string) string {
	if sp == "" {
		return "(unattributed)"
	}
	return sp
}

// quoteKind is "direct" for words in quotation marks, else "reported".
func quoteKind(direct bool) string {
	if direct {
		return "direct"
	}
	return "reported"
}
