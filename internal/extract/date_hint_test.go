package extract

import (
	"context"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// A date the container gives is used when plausible; otherwise it is
// dropped and the drop is listed among the removals, so a user sees why
// the article is undated.
func TestPublishedHint(t *testing.T) {
	fetched := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	body := []byte("The ferry council of Port Elmsworth met on Monday and voted to repair the north pier before summer.")
	cases := []struct {
		hint, want string
		dropped    bool
	}{
		{"2026-03-09", "2026-03-09", false},
		{"", "", false},
		{"2099-01-01", "", true},
		{"1970-01-01", "", true},
		{"not a date", "", true},
	}
	for _, c := range cases {
		doc := core.Document{Source: "dump.jsonl:1", Format: core.FormatText, Body: body, Published: c.hint, FetchedAt: fetched}
		a, err := New(Options{}).Extract(context.Background(), doc)
		if err != nil {
			t.Fatalf("%q: %v", c.hint, err)
		}
		if a.Published != c.want {
			t.Errorf("%q: Published = %q, want %q", c.hint, a.Published, c.want)
		}
		got := false
		for _, r := range a.Removed {
			if r.Reason == core.ReasonBadDate && r.Text == c.hint {
				got = true
			}
		}
		if got != c.dropped {
			t.Errorf("%q: unusable-date removal listed = %v, want %v (removed %v)", c.hint, got, c.dropped, a.Removed)
		}
	}
}

// A text record with no date of its own takes the day its address carries;
// a date the record gives wins over the address, and an address with no
// full date leaves the article undated.
func TestPublishedFromURL(t *testing.T) {
	fetched := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	body := []byte("The ferry council of Port Elmsworth met on Monday and voted to repair the north pier before summer.")
	cases := []struct {
		hint, url, want string
	}{
		{"", "https://news.example.org/2026/03/02/ferry-council-votes", "2026-03-02"},
		{"2026-03-09", "https://news.example.org/2026/03/02/ferry-council-votes", "2026-03-09"},
		{"not a date", "https://news.example.org/2026/03/02/ferry-council-votes", "2026-03-02"},
		{"", "https://news.example.org/2026/03/ferry-council-votes", ""},
		{"", "https://news.example.org/2027/01/02/from-the-future", ""},
	}
	for _, c := range cases {
		doc := core.Document{Source: "dump.jsonl:1", Format: core.FormatText, Body: body, Published: c.hint, URL: c.url, FetchedAt: fetched}
		a, err := New(Options{}).Extract(context.Background(), doc)
		if err != nil {
			t.Fatalf("%q %q: %v", c.hint, c.url, err)
		}
		if a.Published != c.want {
			t.Errorf("%q %q: Published = %q, want %q", c.hint, c.url, a.Published, c.want)
		}
	}
}
