package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/wire"
)

func newEventsCmd(g *globalFlags) *cobra.Command {
	var f store.EventFilter
	var asJSON, all bool
	var days dayRange
	var after string
	cmd := &cobra.Command{
		Use:   "events [--actor NAME] [--target NAME] [--type TYPE]",
		Short: "List events across the store in publication order: who did what to whom",
		Long: "List events across the store in publication order: who did what (--type) to\n" +
			"whom (--actor, --target: canonical name or alias), and when (--from, --to).\n" +
			"Events the confidence model thinks more likely not reported by their sentence\n" +
			"(below 50%) are left out; --all lists them too, --min-confidence sets the line.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if err := days.parse(&f.From, &f.To); err != nil {
				return err
			}
			if f.Type, err = store.EventType(f.Type); err != nil {
				return fmt.Errorf("--type: %w", err)
			}
			if f.After, err = store.ParseCursor(after); err != nil {
				return fmt.Errorf("--after %q: %w (give the word a cut list named)", after, err)
			}
			if err := positiveLimit(f.Limit); err != nil {
				return err
			}
			if f.MinConfidence < 0 || f.MinConfidence > 1 {
				return fmt.Errorf("--min-confidence: want a number from 0 to 1, not %v", f.MinConfidence)
			}
			if all {
				f.MinConfidence = 0
			}
			st, err := openStore(cmd, g)
			if err != nil {
				return err
			}
			defer st.Close()
			for _, name := range []string{f.Actor, f.Target} {
				if err := speakersHint(cmd.Context(), cmd.ErrOrStderr(), st, name); err != nil {
					return err
				}
			}
			list, next, err := pageOf(f.Limit, func(limit int) ([]store.StoredEvent, error) {
				page := f
				page.Limit = limit
				return st.Events(cmd.Context(), page)
			})
			if err != nil {
				return err
			}
			defer cursorHint(cmd.ErrOrStderr(), len(list), next, f.Newest)
			out := cmd.OutOrStdout()
			if asJSON {
				return jsonLines(out, list, wire.FromStoredEvent)
			}
			if len(list) == 0 {
				msg, err := noEvents(cmd.Context(), st, f, days, after)
				if err != nil {
					return err
				}
				fmt.Fprintln(out, msg)
				return nil
			}
			for _, e := range list {
				fmt.Fprintf(out, "%-10s %s (article %d):\n    %s\n", dayOrUndated(e.Published), eventLine(e.Event), e.ArticleID, oneLine(e.Sentence, 200))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&f.Actor, "actor", "", "only events by this doer (canonical name or alias)")
	cmd.Flags().StringVar(&f.Target, "target", "", "only events done to this one (canonical name or alias)")
	cmd.Flags().Int64Var(&f.Story, "story", 0, "only events of this story's articles")
	cmd.Flags().Int64Var(&f.Storyline, "storyline", 0, "only events of this storyline's articles (as /api/events?storyline=)")
	cmd.Flags().Int64Var(&f.ArticleID, "article", 0, "only events of this article (as /api/events?article=)")
	cmd.Flags().StringVar(&f.Type, "type", "", "only this event type: "+strings.Join(core.EventTypes(), ", "))
	cmd.Flags().Float64Var(&f.MinConfidence, "min-confidence", core.SureEvent, "leave out events whose confidence is known and below this (0 to 1)")
	cmd.Flags().BoolVar(&all, "all", false, "list every event, however unsure (as --min-confidence 0)")
	days.flags(cmd)
	cmd.Flags().IntVar(&f.Limit, "limit", 200, "how many")
	cmd.Flags().BoolVar(&f.Newest, "newest", false, "the newest events first")
	cmd.Flags().StringVar(&after, "after", "", "go on from where a cut list stopped (the cursor its last line on stderr named)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object per event")
	return cmd
}

// eventLine is one event for a reader: doer — type — target · place · date,
// with its confidence, marked when it is below the sure line.
func eventLine(e core.Event) string {
	actor := e.Actor
	if actor == "" {
		actor = "(doer not named)"
	}
	line := actor + " — " + e.Type
	if e.Target != "" {
		line += " — " + e.Target
	}
	if e.Place != "" {
		line += " · " + e.Place
	}
	if e.Date != "" {
		line += " · " + e.Date
	}
	if e.Weak(core.SureEvent) {
		line += fmt.Sprintf("  [%.0f%%, less certain]", 100*e.Confidence)
	} else if e.Confidence > 0 {
		line += fmt.Sprintf("  [%.0f%%]", 100*e.Confidence)
	}
	return line
}

// noEvents says that no event matched, naming the filters that matched
// none (a mistyped --type or name read as an empty store) and, for an
// actor or target, the stored names it matched or those near it
// (wire.NameHintFor, as /api/events' hint).
func noEvents(ctx context.Context, st store.Store, f store.EventFilter, days dayRange, after string) (string, error) {
	msg := wire.NoneFound("events", wire.Given("of type", f.Type), wire.Given("by", f.Actor), wire.Given("done to", f.Target),
		wire.GivenID("in story", f.Story), wire.GivenID("in storyline", f.Storyline), wire.GivenID("in article", f.ArticleID), wire.GivenDays(days.from, days.to), wire.Given("after", after))
	var hints []string
	for _, name := range []string{f.Actor, f.Target} {
		h, err := wire.NameHintFor(ctx, st, name)
		if err != nil {
			return "", err
		}
		if h != "" {
			hints = append(hints, h)
		}
	}
	switch {
	case len(hints) > 0:
		msg += " (" + strings.Join(hints, "; ") + ")"
	case f.Type != "":
		msg += " (storyline events --all lists the types found)"
	}
	return msg, nil
}

// positiveLimit refuses a --limit below 1 for the cursor-paged lists (the
// store read 0 as its default of 200 and the cut went untold).
func positiveLimit(n int) error {
	if n < 1 {
		return fmt.Errorf("--limit %d: want 1 or more", n)
	}
	return nil
}

// pageOf reads one page of a cursor-paged list: list asked for one row more
// than limit (0 or less: no limit) tells whether there is a next page; the
// page comes back cut to limit with the cursor of its last row, zero at
// the end.
func pageOf[T interface{ Cursor() store.Cursor }](limit int, list func(limit int) ([]T, error)) ([]T, store.Cursor, error) {
	ask := limit
	if limit > 0 {
		ask = limit + 1
	}
	rows, err := list(ask)
	if err != nil || limit <= 0 || len(rows) <= limit {
		return rows, store.Cursor{}, err
	}
	rows = rows[:limit]
	return rows, rows[limit-1].Cursor(), nil
}

// cursorHint tells on w that a quote or event list was cut and how to go
// on: --after the last row's cursor, and, oldest first, --newest.
func cursorHint(w io.Writer, n int, next store.Cursor, newest bool) {
	if next.IsZero() {
		return
	}
	more := "--after " + next.String() + " lists the next ones"
	if !newest {
		more = "the oldest first: --newest shows the latest, " + more
	}
	fmt.Fprintf(w, "storyline: the first %d shown, there are more (%s)\n", n, more)
}
