package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/ner"
)

func newEvalNERCmd() *cobra.Command {
	var data, split string
	var errs bool
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "Score the NER tagger with conlleval's entity-level P/R/F1",
		Long: `ner tags a gold NER set with the embedded model and prints conlleval's
entity-level precision, recall and F1, overall and per type.

--data is a folder in one of the layouts of ../shared/bench/ner:
  train.txt/valid.txt/test.txt (CoNLL-2003; --split train, valid or test),
  one *.conll.txt file (wikigold), or CONLL-format/data/SPLIT/*.conll
  (re3d, GUM; --split train or test; each file is read as one document),
  CONLL-format/SPLIT/*.tsv (GUM's 21 Wikinews articles, one a file, with
  IO tags: --split news), or a single CoNLL file.
Gold types are mapped onto PER/ORG/LOC/MISC by name (person, organisation or
organization, location or place, misc); other gold types (re3d's Nationality,
Weapon, ...; GUM's object, event, ...) count as O. When the gold set has no
MISC type the tagger's MISC predictions are dropped too, so only the shared
types PER/ORG/LOC are scored.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			files, err := nerFiles(data, split)
			if err != nil {
				return err
			}
			var docs []ner.CoNLLDoc
			for _, p := range files {
				f, err := os.Open(p)
				if err != nil {
					return fmt.Errorf("eval ner: %w", err)
				}
				d, err := ner.ReadCoNLL(f, p)
				f.Close()
				if err != nil {
					return err
				}
				docs = append(docs, d...)
			}
			t, err := ner.Default()
			if err != nil {
				return err
			}
			goldMisc := false
			for _, d := range docs {
				for _, s := range d {
					for _, tag := range s.Tags {
						if strings.HasSuffix(mapGoldTag(tag), "-MISC") {
							goldMisc = true
						}
					}
				}
			}
			mapGuess := func(tag string) string { return tag }
			if !goldMisc {
				mapGuess = func(tag string) string {
					if strings.HasSuffix(tag, "-MISC") {
						return "O"
					}
					return tag
				}
			}
			ev := ner.EvaluateErrors(t, docs, mapGoldTag, mapGuess, errs)
			printEval(cmd.OutOrStdout(), data, split, files, ev, goldMisc)
			for _, it := range ev.Errors.Items {
				fmt.Fprintf(cmd.OutOrStdout(), "%s\t%s\t%s\t%s\n", it.Class, it.GoldType, it.Gold, it.Guess)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", "../shared/bench/ner/conll2003", "gold NER folder or file")
	cmd.Flags().StringVar(&split, "split", "test", "which split to score (train, valid/dev, test)")
	cmd.Flags().BoolVar(&errs, "errors", false, "list every chunk that is not correct (class, gold type, gold text, guesses)")
	return cmd
}

// mapGoldTag maps a gold tag onto B-/I- and PER/ORG/LOC/MISC, "O" for the
// other types. A tag with no prefix (GUM's news files: "person") is read as
// IO: a run of tokens of one type is one entity.
func mapGoldTag(tag string) string {
	if tag != "O" && !strings.Contains(tag, "-") {
		tag = "I-" + tag
	}
	typ := mapNERType(tag)
	if typ == "" {
		return "O"
	}
	return tag[:2] + typ
}

// mapNERType maps a gold tag's type onto PER/ORG/LOC/MISC; "" means not an
// entity of those types (or not an entity at all).
func mapNERType(tag string) string {
	if len(tag) < 3 || tag[1] != '-' {
		return ""
	}
	switch strings.ToLower(tag[2:]) {
	case "per", "person":
		return "PER"
	case "org", "organisation", "organization":
		return "ORG"
	case "loc", "location", "place", "gpe":
		return "LOC"
	case "misc":
		return "MISC"
	}
	return ""
}

// nerFiles finds the gold files of split in data.
func nerFiles(data, split string) ([]string, error) {
	st, err := os.Stat(data)
	if err != nil {
		return nil, fmt.Errorf("eval ner: %w (benchmark data lives in ../shared/bench/ner)", err)
	}
	if !st.IsDir() {
		return []string{data}, nil
	}
	if split == "dev" {
		split = "valid"
	}
	if p := filepath.Join(data, split+".txt"); exists(p) {
		return []string{p}, nil
	}
	if m, _ := filepath.Glob(filepath.Join(data, "*.conll.txt")); len(m) > 0 {
		return m, nil
	}
	if m, _ := filepath.Glob(filepath.Join(data, "CONLL-format", "data", split, "*.conll")); len(m) > 0 {
		return m, nil
	}
	if m, _ := filepath.Glob(filepath.Join(data, "CONLL-format", split, "*.tsv")); len(m) > 0 {
		return m, nil // GUM's news: one Wikinews article a file
	}
	if m, _ := filepath.Glob(filepath.Join(data, "*.conll")); len(m) > 0 {
		return m, nil
	}
	return nil, fmt.Errorf("eval ner: no %s split found in %s", split, data)
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func printEval(w io.Writer, data, split string, files []string, ev *ner.Evaluation, goldMisc bool) {
	fmt.Fprintf(w, "data: %s (split %s, %d file(s))\n", data, split, len(files))
	if !goldMisc {
		fmt.Fprintln(w, "gold set has no MISC type: predicted MISC dropped; scoring PER/ORG/LOC")
	}
	o := ev.Overall
	fmt.Fprintf(w, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n", ev.Tokens, o.Gold, o.Guessed, o.Correct)
	fmt.Fprintf(w, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
		100*ev.Accuracy(), 100*o.Precision(), 100*o.Recall(), 100*o.F1())
	types := ev.Types()
	sort.Strings(types)
	for _, t := range types {
		c := ev.ByType[t]
		if t == "" {
			continue
		}
		fmt.Fprintf(w, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n", t, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Guessed)
	}
	fmt.Fprintln(w, "error classes (gold chunks: correct, type, boundary, boundary+type, missed (of which no name word: pronouns, nominals); guesses: spurious):")
	printErrors(w, "overall", ev.Errors.Overall)
	for _, t := range types {
		if c := ev.Errors.ByType[t]; c != nil && t != "" {
			printErrors(w, t, *c)
		}
	}
}

func printErrors(w io.Writer, name string, c ner.ErrorCounts) {
	p, r, f := c.Overlap()
	fmt.Fprintf(w, "%17s: correct %d; type %d; boundary %d; boundary+type %d; missed %d (%d); spurious %d; overlap P/R/F1 %.2f/%.2f/%.2f\n",
		name, c.Correct, c.Type, c.Boundary, c.BoundaryType, c.Missed, c.MissedLower, c.Spurious, 100*p, 100*r, 100*f)
}
