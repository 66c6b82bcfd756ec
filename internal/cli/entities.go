package cli

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
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
			st, err := openStore(cmd, g)
			if err != nil {
				return err
			}
			defer st.Close()
			list, err := st.Entities(cmd.Context(), f)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetEscapeHTML(false)
				for _, e := range list {
					if err := enc.Encode(struct {
						entityJSON
						Articles int `json:"articles"`
					}{entityJSON{Name: e.Name, Type: string(e.Type), Aliases: strs(e.Aliases), Attributes: e.Attributes, Mentions: e.Mentions}, e.Articles}); err != nil {
						return err
					}
				}
				return nil
			}
			if len(list) == 0 {
				fmt.Fprintln(out, "no entities")
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
	var asJSON bool
	var days dayRange
	cmd := &cobra.Command{
		Use:   "quotes [--speaker NAME] [--about WORDS]",
		Short: "List quotes across the store in publication order",
		Long: "List quotes across the store in publication order: what has a speaker said\n" +
			"(--speaker, canonical name or alias) about something (--about, every word in\n" +
			"any inflection), and when (--from, --to).",
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
			list, err := st.Quotes(cmd.Context(), f)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetEscapeHTML(false)
				for _, q := range list {
					if err := enc.Encode(struct {
						quoteJSON
						ArticleID int64   `json:"article_id"`
						Title     *string `json:"title"`
						Published *string `json:"published"`
						Source    string  `json:"source"`
					}{quoteJSON{Text: q.Text, Speaker: q.Speaker, Direct: q.Direct, Fragment: q.Fragment, Sentence: q.Sentence, Start: q.Start, End: q.End},
						q.ArticleID, nullable(q.Title), nullable(q.Published), q.Source}); err != nil {
						return err
					}
				}
				return nil
			}
			if len(list) == 0 {
				fmt.Fprintln(out, "no quotes")
				return nil
			}
			for _, q := range list {
				date := q.Published
				if len(date) > 10 {
					date = date[:10]
				}
				sp := q.Speaker
				if sp == "" {
					sp = "(unattributed)"
				}
				kind := "reported"
				if q.Direct {
					kind = "direct"
				}
				fmt.Fprintf(out, "%-10s %s (%s, article %d):\n    %s\n", date, sp, kind, q.ArticleID, oneLine(q.Text, 200))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&f.Speaker, "speaker", "", "only quotes by this speaker (canonical name or alias)")
	cmd.Flags().StringVar(&f.About, "about", "", `only quotes whose text or sentence holds every one of these words, in any inflection ("negotiations" finds "negotiate")`)
	days.flags(cmd)
	cmd.Flags().IntVar(&f.Limit, "limit", 200, "how many")
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object per quote")
	return cmd
}
