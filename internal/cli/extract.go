package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/wire"
)

func newExtractCmd() *cobra.Command {
	var asJSON, removed, allowPrivate bool
	cmd := &cobra.Command{
		Use:   "extract [--json] PATH|URL|- ...",
		Short: "Extract clean articles without storing them",
		Long: "extract reads the inputs and prints each document's clean article, in input order.\n" +
			"With --json it prints one JSON object per document: source, title, subtitle, authors,\n" +
			"published, language, text, removed and key_points; a failed input prints {source, error}.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd, args, extractView{asJSON: asJSON, removed: removed}, source.Options{AllowPrivate: allowPrivate}, nil)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object per document")
	cmd.Flags().BoolVar(&removed, "removed", false, "also list what the cleaner removed, with why")
	cmd.Flags().BoolVar(&allowPrivate, "allow-private", false, "allow fetching URLs on private, loopback and link-local addresses")
	return cmd
}

// extractView is how extract and analyze print: JSON objects, or text with
// or without the list of removed pieces.
type extractView struct {
	asJSON, removed bool
}

// runExtract prints each input's article; stages (the language layer) run
// when given, and their results are printed with --json.
func runExtract(cmd *cobra.Command, args []string, view extractView, src source.Options, stages []ingest.Stage) error {
	asJSON := view.asJSON
	out, errw := cmd.OutOrStdout(), cmd.ErrOrStderr()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed, ok := 0, 0
	err := ingest.Each(cmd.Context(), args, ingest.Options{Source: src, Stages: stages}, func(input string, a *core.Article, err error) error {
		if err != nil {
			failed++
			fmt.Fprintf(errw, "failed: %v%s\n", err, privateHint(err))
			if asJSON {
				return enc.Encode(articleJSON{Source: input, Error: err.Error(), Authors: []string{}, Removed: []wire.Removal{}, KeyPoints: []string{}})
			}
			return nil
		}
		ok++
		if why := notAnalysed(a.Language); stages != nil && why != "" {
			fmt.Fprintf(errw, "note: %s: %s\n", a.Source, why)
		}
		if asJSON {
			return enc.Encode(toJSON(a, stages != nil))
		}
		printArticle(out, a, view.removed)
		return nil
	})
	if err != nil {
		return err
	}
	if ok == 0 && failed > 0 {
		return fmt.Errorf("no article extracted: %d input(s) failed", failed)
	}
	return nil
}

// articleHeading names an article at the head of show, new and extract as
// every list and page names it (store.ArticleLabel): its title, else the
// first line of its text, else "Article N"; "(no title)" only for an
// extracted article with neither, which has no ID.
func articleHeading(a *core.Article) string {
	if a.Title == "" && a.ID == 0 && strings.TrimSpace(a.Text) == "" {
		return "(no title)"
	}
	return store.ArticleLabel(a.ID, a.Title, a.Text)
}

// label names a listed article: its title, else its label in labels
// (store.UntitledLabels), else "Article N".
func label(a *core.Article, labels map[int64]string) string {
	if a.Title != "" {
		return a.Title
	}
	if l, ok := labels[a.ID]; ok {
		return l
	}
	return store.ArticleLabel(a.ID, "", "")
}

// printArticle renders an article for reading on a terminal.
func printArticle(w io.Writer, a *core.Article, withRemoved bool) {
	title := articleHeading(a)
	fmt.Fprintln(w, title)
	fmt.Fprintln(w, strings.Repeat("=", min(len([]rune(title)), 78)))
	if a.Subtitle != "" {
		fmt.Fprintf(w, "%s\n", a.Subtitle)
	}
	var meta []string
	if a.ID != 0 {
		meta = append(meta, fmt.Sprintf("#%d", a.ID))
	}
	if len(a.Authors) > 0 {
		meta = append(meta, "by "+strings.Join(a.Authors, ", "))
	}
	if a.Published != "" {
		meta = append(meta, a.Published)
	} else if why := wire.UndatedWhy(a); why != "" {
		meta = append(meta, "undated: "+why)
	}
	if a.Outlet != "" {
		meta = append(meta, a.Outlet)
	}
	if a.Language != "" {
		meta = append(meta, "language "+a.Language)
	}
	meta = append(meta, a.Source)
	fmt.Fprintf(w, "%s\n", strings.Join(meta, " · "))
	if a.Story != 0 {
		line := fmt.Sprintf("story %d · storyline %d", a.Story, a.Storyline)
		if a.DuplicateOf != 0 {
			line += fmt.Sprintf(" · near-duplicate of #%d", a.DuplicateOf)
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, a.Text)
	if len(a.KeyPoints) > 0 {
		fmt.Fprintln(w, "\nKey points (appended to the page, not part of the article):")
		for i, k := range a.KeyPoints {
			fmt.Fprintf(w, "  %d. %s\n", i+1, k)
		}
	}
	if len(a.Quotes) > 0 {
		fmt.Fprintln(w, "\nQuotes:")
		for _, q := range a.Quotes {
			sp := q.Speaker
			if sp == "" {
				sp = "(unattributed)"
			}
			fmt.Fprintf(w, "  %s: %q\n", sp, q.Text)
		}
	}
	if len(a.Entities) > 0 {
		var names []string
		for _, e := range a.Entities {
			names = append(names, fmt.Sprintf("%s (%s)", e.Name, e.Type))
		}
		fmt.Fprintf(w, "\nEntities: %s\n", strings.Join(names, ", "))
	}
	if len(a.Events) > 0 {
		fmt.Fprintln(w, "\nEvents:")
		for _, e := range a.Events {
			fmt.Fprintf(w, "  %s\n", eventLine(e))
		}
	}
	if len(a.Claims) > 0 {
		fmt.Fprintln(w, "\nClaims:")
		for _, c := range a.Claims {
			line := c.Text
			if c.Speaker != "" {
				line += " (voiced by " + c.Speaker + ")"
			}
			if c.Questioned {
				line += " (questioned)"
			}
			fmt.Fprintf(w, "  %s\n", line)
		}
	}
	if withRemoved && len(a.Removed) > 0 {
		fmt.Fprintln(w, "\nRemoved:")
		for _, r := range a.Removed {
			fmt.Fprintf(w, "  [%s] %s\n", r.Reason, oneLine(r.Text, 100))
		}
	} else if len(a.Removed) > 0 {
		fmt.Fprintf(w, "\n(%d pieces removed; see them with --removed)\n", len(a.Removed))
	}
	fmt.Fprintln(w)
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
