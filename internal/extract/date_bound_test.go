package extract

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/dates"
	"github.com/storyline/storyline/internal/testshared"
)

// An undated page too large for the whole-page date search says so among
// its removals (core.ReasonDateBounded), where a reader looks for why an
// article is undated; a page the container dates does not.
func TestDateSearchBoundedNoted(t *testing.T) {
	page := testshared.LedgerPage(dates.MaxLibraryElements/10 + 100) // more elements than the date search reads
	for _, c := range []struct {
		hint string
		want bool
	}{{"", true}, {"2031-03-02", false}} {
		doc := core.Document{Source: "ledger.html", Format: core.FormatHTML, Body: page, Published: c.hint,
			FetchedAt: time.Date(2031, 3, 10, 0, 0, 0, 0, time.UTC)}
		a, err := New(Options{}).Extract(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, r := range a.Removed {
			if r.Reason == core.ReasonDateBounded && strings.Contains(r.Text, "whole-page date search left out") {
				got = true
			}
		}
		if got != c.want || (a.Published == "") != c.want {
			t.Errorf("hint %q: published %q, bounded noted %v; want noted %v", c.hint, a.Published, got, c.want)
		}
	}
}
