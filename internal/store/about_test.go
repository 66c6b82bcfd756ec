package store

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
)

func TestAboutStems(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"negotiations", []string{"negoti"}},
		{"Peace talks, peace!", []string{"peac", "talk"}},
		{"", nil},
		{"  ,;  ", nil},
		{"Gespräche 2024", []string{"gespräche", "2024"}},
		{"a b c d e f g h i j", []string{"a", "b", "c", "d", "e", "f", "g", "h"}},
	}
	for _, tt := range tests {
		if got := aboutStems(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("aboutStems(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAboutMatch(t *testing.T) {
	tests := []struct {
		stems          []string
		text, sentence string
		want           bool
	}{
		{[]string{"negoti"}, "We are ready to negotiate.", "", true},
		{[]string{"negoti"}, "short", "He spoke of Negotiations.", true},
		{[]string{"war"}, "We walked toward the harbour.", "An award.", false},
		{[]string{"war"}, "The wars must end.", "", true},
		{[]string{"war"}, "“war", "", true},
		{[]string{"peac", "talk"}, "Peace is near.", "Peace is near, talks resume.", true},
		{[]string{"peac", "talk"}, "Peace is near.", "Peace is near.", false},
	}
	for _, tt := range tests {
		if got := aboutMatch(tt.stems, tt.text, tt.sentence); got != tt.want {
			t.Errorf("aboutMatch(%q, %q, %q) = %v", tt.stems, tt.text, tt.sentence, got)
		}
	}
}

// TestQuotesAbout: what has a speaker said about something, and when.
func TestQuotesAbout(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, ":memory:")
	mk := func(hash, published string, quotes ...string) *core.Article {
		a := sample(hash, "Article "+hash)
		a.Published = published
		a.Quotes = nil
		for _, q := range quotes {
			a.Quotes = append(a.Quotes, core.Quote{Text: q, Speaker: "Anna Lorvik", Direct: true, Sentence: q, Start: 0, End: len(q)})
		}
		return a
	}
	if _, err := s.PutBatch(ctx, []*core.Article{
		mk("q1", "2031-01-05", "We are ready to negotiate with the crews.", "The harbour stays open."),
		mk("q2", "2031-02-10", "Negotiations resume on Monday.", "We walked toward an award."),
		mk("q3", "2031-03-15", "No negotiator has called us."),
		mk("q4", "", "Negotiating is our duty."),
	}); err != nil {
		t.Fatal(err)
	}
	texts := func(f QuoteFilter) []string {
		t.Helper()
		qs, err := s.Quotes(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, q := range qs {
			out = append(out, q.Text[:12])
		}
		return out
	}
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	tests := []struct {
		f    QuoteFilter
		want []string
	}{
		// Undated quotes come last, oldest-first and newest-first alike.
		{QuoteFilter{Speaker: "Lorvik", About: "negotiations"}, []string{"We are ready", "Negotiations", "No negotiato", "Negotiating "}},
		{QuoteFilter{About: "negotiations", Limit: 2}, []string{"We are ready", "Negotiations"}},
		{QuoteFilter{About: "negotiations", Limit: 4}, []string{"We are ready", "Negotiations", "No negotiato", "Negotiating "}},
		{QuoteFilter{About: "negotiations", Newest: true}, []string{"No negotiato", "Negotiations", "We are ready", "Negotiating "}},
		{QuoteFilter{About: "negotiations", Newest: true, Limit: 1}, []string{"No negotiato"}},
		{QuoteFilter{About: "war"}, nil}, // "toward", "award" are not "war"
		{QuoteFilter{About: "negotiate crews"}, []string{"We are ready"}},
		{QuoteFilter{About: "negotiations", From: day("2031-02-01")}, []string{"Negotiations", "No negotiato"}},
		{QuoteFilter{About: "negotiations", From: day("2031-01-01"), To: day("2031-02-10")}, []string{"We are ready", "Negotiations"}},
		{QuoteFilter{To: day("2031-01-31")}, []string{"We are ready", "The harbour "}},
		{QuoteFilter{Speaker: "Nobody", About: "negotiations"}, nil},
	}
	for _, tt := range tests {
		if got := texts(tt.f); !slices.Equal(got, tt.want) {
			t.Errorf("Quotes(%+v) = %q, want %q", tt.f, got, tt.want)
		}
	}
}
