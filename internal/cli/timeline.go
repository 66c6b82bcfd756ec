package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/timeline"
	"github.com/storyline/storyline/internal/wire"
)

// showTimeline prints how one storyline moved (`storylines ID`).
func showTimeline(cmd *cobra.Command, g *globalFlags, arg string, asJSON bool, o timeline.Options) error {
	id, err := parseID("storyline", arg)
	if err != nil {
		return err
	}
	st, err := openStore(cmd, g)
	if err != nil {
		return err
	}
	defer st.Close()
	t, err := timeline.Build(cmd.Context(), st, id, o)
	if err != nil {
		return listHint(err, "storyline storylines --min-stories 1")
	}
	out := cmd.OutOrStdout()
	if asJSON {
		return encodeJSON(out, wire.FromTimeline(t))
	}
	writeTimeline(out, t)
	return nil
}

func writeTimeline(out io.Writer, t *timeline.Timeline) {
	fmt.Fprintf(out, "storyline %d: %s, %s, %s\n", t.ID, count(len(t.Steps)+t.Omitted, "story"), count(t.Articles, "article"), span(t.First, t.Last))
	if t.Omitted > 0 {
		fmt.Fprintf(out, "(%s before these left out)\n", count(t.Omitted, "earlier story"))
	}
	for _, r := range t.Recurring {
		fmt.Fprintf(out, "  recurring: %s  [%s]\n", r.Text, count(len(r.Stories), "story"))
	}
	for _, s := range t.Steps {
		fmt.Fprintf(out, "\n%-23s story %d: %s  (%s, %s)\n", span(s.Story.First, s.Story.Last), s.Story.ID, oneLine(s.Story.Title, 80),
			count(s.Story.Articles, "article"), count(s.Story.Sources, "source"))
		if len(s.Story.TopEntities) > 0 {
			// Who and where: the story's most mentioned names (as
			// /api/storylines/ID's top_entities and the stories list).
			fmt.Fprintf(out, "    with: %s\n", oneLine(strings.Join(s.Story.TopEntities, ", "), 160))
		}
		for _, c := range s.Claims {
			mark := "said first here"
			if !c.First {
				mark = fmt.Sprintf("again (first in story %d, %s)", c.FirstStory, dayOrUndated(c.FirstDay))
			}
			if c.Questioned {
				mark += ", questioned"
			}
			fmt.Fprintf(out, "    claim: %s  [%s]\n", c.Text, mark)
		}
		for _, n := range s.New {
			fmt.Fprintf(out, "    + %s  [article %d]\n", oneLine(n.Text, 160), n.ArticleID)
		}
		if more := s.NewTotal - len(s.New); more > 0 {
			them := "them"
			if more == 1 {
				them = "it"
			}
			fmt.Fprintf(out, "    (%s: --new %d shows %s)\n", count(more, "more new sentence"), s.NewTotal, them)
		}
		if s.NewTotal == 0 {
			fmt.Fprintln(out, "    nothing new: its articles repeat what the storyline said before")
		}
	}
}
