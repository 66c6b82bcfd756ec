package wire

import (
	"html"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/store"
)

// FuzzMarkedHTML: whatever a snippet holds, MarkedHTML gives only <mark>
// and </mark> as markup, balanced, and the text escaped: without the tags
// and unescaped it is the snippet without its marks (Unmark; NUL as
// U+FFFD).
func FuzzMarkedHTML(f *testing.F) {
	for _, s := range []string{"", "the " + store.MarkStart + "vote" + store.MarkEnd + " & <b>", store.MarkEnd + "x" + store.MarkStart,
		store.MarkStart + store.MarkStart + "a" + store.MarkEnd + store.MarkEnd, "\xff<" + store.MarkStart} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := MarkedHTML(s)
		open := strings.Count(out, "<mark>")
		if open != strings.Count(out, "</mark>") {
			t.Fatalf("MarkedHTML(%q) = %q: unbalanced", s, out)
		}
		bare := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(out)
		if strings.ContainsAny(bare, "<>\"'") {
			t.Fatalf("MarkedHTML(%q) = %q: markup besides <mark>", s, out)
		}
		// html/template writes NUL as U+FFFD.
		if got, want := html.UnescapeString(bare), strings.ReplaceAll(Unmark(s), "\x00", "\uFFFD"); got != want {
			t.Fatalf("MarkedHTML(%q) = %q: reads %q, want %q", s, out, got, want)
		}
	})
}
