package wire

import (
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// TestUndatedWhyLater: a given date dropped because it lies after the page
// was read says so; it read "unusable" like a date that cannot be read, and
// a reader of a fictional or mistyped feed could not tell why (review24).
// A relative stamp and an impossible day stay "unusable".
func TestUndatedWhyLater(t *testing.T) {
	read := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		date string
		want string
	}{
		{"2031-05-02", `date "2031-05-02" later than the page was read, dropped`},
		{"May 2, 2031", `date "May 2, 2031" later than the page was read, dropped`},
		{"31/02/2026", `date "31/02/2026" unusable, dropped`},
		{"3 hours ago", `date "3 hours ago" unusable, dropped`},
		{"soon", `date "soon" unusable, dropped`},
	} {
		a := &core.Article{IngestedAt: read, Removed: []core.Removal{{Text: c.date, Reason: core.ReasonBadDate}}}
		if got := UndatedWhy(a); got != c.want {
			t.Errorf("UndatedWhy(%q) = %q, want %q", c.date, got, c.want)
		}
	}
}

// TestArticleSaysWhyUndated: /api/articles/ID and show --json say why an
// undated article has no date, as the article page does; a dated article
// carries no such field (review24 left it).
func TestArticleSaysWhyUndated(t *testing.T) {
	read := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	a := &core.Article{IngestedAt: read, Removed: []core.Removal{{Text: "soon", Reason: core.ReasonBadDate}}}
	if got, want := FromArticle(a).UndatedWhy, `date "soon" unusable, dropped`; got != want {
		t.Errorf("undated: UndatedWhy = %q, want %q", got, want)
	}
	a.Published = "2026-11-20"
	if got := FromArticle(a).UndatedWhy; got != "" {
		t.Errorf("dated: UndatedWhy = %q, want none", got)
	}
}
