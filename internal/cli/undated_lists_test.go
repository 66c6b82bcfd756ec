package cli

import (
	"strings"
	"testing"
)

// TestListsSayUndated: articles, quotes (grouped and --each) and events
// write "undated" in the date column of an undated article, as stories,
// storylines and claims do; they left it blank, which read as a column
// shifted (review24).
func TestListsSayUndated(t *testing.T) {
	db := ingestFile(t, "velmont.txt", "Velmont harbour reopens after the storm\n\n"+
		"The mayor of Velmont, Ida Ruske, said on Tuesday: \"The harbour will reopen for every ferry on Friday.\"\n\n"+
		"Ruske said the repairs had cost the town more than it could easily afford this year.\n")
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
