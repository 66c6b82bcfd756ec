package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestListsSayUndated: articles, quotes (grouped and --each) and events
// write "undated" in the date column of an undated article, as stories,
// storylines and claims do; they left it blank, which read as a column
// shifted (review24).
func TestListsSayUndated(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "velmont.txt")
	text := "Velmont harbour reopens after the storm\n\n" +
		"The mayor of Velmont, Ida Ruske, said on Tuesday: \"The harbour will reopen for every ferry on Friday.\"\n\n" +
		"Ruske said the repairs had cost the town more than it could easily afford this year.\n"
	if err := os.WriteFile(page, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "s.db")
	if out, err := run(t, "--db", db, "ingest", page); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	for _, args := range [][]string{{"articles"}, {"quotes"}, {"quotes", "--each"}, {"events", "--all"}} {
		out, err := run(t, append([]string{"--db", db}, args...)...)
		if err != nil {
			t.Fatalf("%s: %v", args, err)
		}
		lines := 0
		for _, l := range strings.Split(out, "\n") {
			if l == "" || strings.HasPrefix(l, "    ") && !strings.HasPrefix(l, "     ") {
				continue // a quote's or event's sentence
			}
			lines++
			if !strings.Contains(l, "undated") {
				t.Errorf("%s: line %q does not say undated", args, l)
			}
		}
		if lines == 0 {
			t.Errorf("%s listed nothing:\n%s", args, out)
		}
	}
}
