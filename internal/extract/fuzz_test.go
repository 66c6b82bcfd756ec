package extract

import (
	"context"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
)

// FuzzDecode checks decode always returns valid UTF-8 and flatten never
// fails on what decode returns.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("<meta charset=\"iso-8859-1\"><p>caf\xe9</p>"))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"))
	f.Add([]byte("<div><div><div>deep</div></div></div>"))
	f.Add([]byte("plain \xc3\x28 text"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s := decode(b)
		if !utf8.ValidString(s) {
			t.Fatalf("decode(%q) = %q: invalid UTF-8", b, s)
		}
		if _, err := flatten(s, 4); err != nil {
			t.Fatalf("flatten: %v", err)
		}
	})
}

// FuzzExtract checks Extract never panics, and returns either an article
// with valid UTF-8 text or an error.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(page(storyHead, storyBody)), true)
	f.Add([]byte("<html><body><p>One short paragraph about the harbour.</p></body></html>"), true)
	f.Add([]byte("Title line\n\nA paragraph of a text scrape about the mill."), false)
	f.Add([]byte("<table><tr><td>1</td><td>Kyle</td></tr></table>"), true)
	e := New(Options{})
	f.Fuzz(func(t *testing.T, b []byte, isHTML bool) {
		format := core.FormatText
		if isHTML {
			format = core.FormatHTML
		}
		a, err := e.Extract(context.Background(), core.Document{Source: "fuzz", Format: format, Body: b})
		if err != nil {
			if !errors.Is(err, core.ErrNotArticle) && !errors.Is(err, core.ErrTooLarge) {
				t.Logf("err = %v", err) // parse errors are allowed; panics are not
			}
			return
		}
		if a.Text == "" || !utf8.ValidString(a.Text) {
			t.Fatalf("Text = %q", a.Text)
		}
	})
}
