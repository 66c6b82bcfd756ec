package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/dates"
)

// bigLedgerPage is a fictional page with a short report and a table of
// more than dates.MaxLibraryElements elements, dated nowhere.
func bigLedgerPage() []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Varrow ferry tonnage</title></head><body><article><h1>Varrow ferry tonnage</h1>` +
		`<p>The Varrow ferry office published its tonnage ledger for the north pier, crossing by crossing, as the harbour council asked.</p>` +
		`<p>Councillor Mara Tendel said the figures would guide the repair of the pier before summer.</p><table>`)
	for r := range dates.MaxLibraryElements/10 + 100 {
		b.WriteString("<tr>")
		for c := range 10 {
			fmt.Fprintf(&b, "<td>%d</td>", (r*10+c)*7919%99991)
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</table></article></body></html>")
	return []byte(b.String())
}

// An undated page too large for the whole-page date search says so among
// its removals (core.ReasonDateBounded), where a reader looks for why an
// article is undated; a page the container dates does not.
func TestDateSearchBoundedNoted(t *testing.T) {
	page := bigLedgerPage()
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
