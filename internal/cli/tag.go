package cli

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/ner"
)

func newTagCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "tag",
		Short: "Tag named entities (PER, ORG, LOC, MISC) in text read on stdin",
		Long: `tag reads text on stdin and tags its named entities.

--format conll (the default) reads CoNLL tokens: one token per line (the
first column; other columns are ignored), a blank line between sentences,
-DOCSTART- lines between documents (passed through). It prints "token TAG"
per token, IOB2 tags, and a blank line after each sentence, so any NER gold
set can be scored with conlleval.

--format text reads raw text and prints one mention per line:
start, end (byte offsets), type and text, separated by tabs.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := ner.Default()
			if err != nil {
				return err
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer out.Flush()
			switch format {
			case "conll":
				return tagCoNLL(t, cmd.InOrStdin(), out)
			case "text":
				b, err := io.ReadAll(cmd.InOrStdin())
				if err != nil {
					return fmt.Errorf("tag: read stdin: %w", err)
				}
				for _, m := range t.Entities(string(b)) {
					fmt.Fprintf(out, "%d\t%d\t%s\t%s\n", m.Start, m.End, m.Type, m.Text)
				}
				return nil
			}
			return fmt.Errorf("tag: unknown --format %q (want conll or text)", format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "conll", "input format: conll or text")
	return cmd
}

// tagCoNLL tags CoNLL-format input document by document (a document ends at
// a -DOCSTART- line or at the end of input) and writes "token TAG" lines.
func tagCoNLL(t *ner.Tagger, r io.Reader, w *bufio.Writer) error {
	var (
		doc  [][]string
		sent []string
	)
	flushDoc := func() {
		if len(sent) > 0 {
			doc = append(doc, sent)
			sent = nil
		}
		for i, tags := range t.TagDoc(doc) {
			for k, tok := range doc[i] {
				w.WriteString(tok)
				w.WriteByte(' ')
				w.WriteString(tags[k])
				w.WriteByte('\n')
			}
			w.WriteByte('\n')
		}
		doc = nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			if len(sent) > 0 {
				doc = append(doc, sent)
				sent = nil
			}
		case fields[0] == "-DOCSTART-":
			flushDoc()
			w.WriteString(sc.Text())
			w.WriteString("\n\n")
		default:
			sent = append(sent, fields[0])
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("tag: stdin line %d: %w", line, err)
	}
	flushDoc()
	return nil
}
