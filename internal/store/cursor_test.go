package store

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// cursorStore holds fictional articles, dated and undated, some on one day,
// each with quotes (two at one start) and events.
func cursorStore(t *testing.T) Store {
	t.Helper()
	s := openTest(t, filepath.Join(t.TempDir(), "cur.db"))
	var arts []*core.Article
	for i, pub := range []string{"2031-05-01", "", "2031-03-01", "2031-04-01", "2031-04-01", "", "2031-03-01T09:30:00Z"} {
		a := sample(fmt.Sprintf("c%d", i), fmt.Sprintf("Dock report %d", i))
		a.Published = pub
		a.Quotes = []core.Quote{
			{Text: fmt.Sprintf("first words %d", i), Speaker: "Anna Lorvik", Direct: true, Sentence: "x", Start: 10, End: 20},
			{Text: fmt.Sprintf("same place %d", i), Speaker: "Anna Lorvik", Direct: true, Sentence: "x", Start: 10, End: 20},
			{Text: fmt.Sprintf("later words %d", i), Speaker: "Bo Tarrant", Direct: true, Sentence: "x", Start: 40, End: 50},
		}
		a.Events = []core.Event{
			{Actor: "Anna Lorvik", Type: "consult", Sentence: fmt.Sprintf("met %d", i), Confidence: 0.9},
			{Actor: "Bo Tarrant", Type: "protest", Sentence: fmt.Sprintf("marched %d", i), Confidence: 0.8},
		}
		arts = append(arts, a)
	}
	if _, err := s.PutBatch(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestQuotesAndEventsPageByCursor(t *testing.T) {
	ctx := context.Background()
	s := cursorStore(t)
	april := time.Date(2031, 4, 1, 0, 0, 0, 0, time.UTC)
	for _, newest := range []bool{false, true} {
		for _, from := range []time.Time{{}, april} {
			name := fmt.Sprintf("newest=%v from=%v", newest, !from.IsZero())
			all, err := s.Quotes(ctx, QuoteFilter{Newest: newest, From: from, Limit: 1000})
			if err != nil {
				t.Fatal(err)
			}
			for _, limit := range []int{1, 2, 4} {
				var walked []StoredQuote
				var after Cursor
				for range 100 {
					page, err := s.Quotes(ctx, QuoteFilter{Newest: newest, From: from, Limit: limit, After: after})
					if err != nil {
						t.Fatal(err)
					}
					walked = append(walked, page...)
					if len(page) < limit {
						break
					}
					// The cursor goes through its words, as a reader passes it.
					if after, err = ParseCursor(page[len(page)-1].Cursor().String()); err != nil {
						t.Fatal(err)
					}
				}
				if !slices.EqualFunc(walked, all, func(a, b StoredQuote) bool { return a.ID == b.ID }) {
					t.Errorf("%s limit %d: walked %d quotes %v, want the %d of one list %v", name, limit, len(walked), texts(walked), len(all), texts(all))
				}
			}
			evs, err := s.Events(ctx, EventFilter{Newest: newest, From: from, Limit: 1000})
			if err != nil {
				t.Fatal(err)
			}
			var walked []StoredEvent
			var after Cursor
			for range 100 {
				page, err := s.Events(ctx, EventFilter{Newest: newest, From: from, Limit: 3, After: after})
				if err != nil {
					t.Fatal(err)
				}
				walked = append(walked, page...)
				if len(page) < 3 {
					break
				}
				after = page[len(page)-1].Cursor()
			}
			if !slices.EqualFunc(walked, evs, func(a, b StoredEvent) bool { return a.ID == b.ID }) || len(evs) == 0 {
				t.Errorf("%s: walked %d events, want the %d of one list", name, len(walked), len(evs))
			}
		}
	}
	// A filter keeps applying past the cursor.
	first, err := s.Quotes(ctx, QuoteFilter{Speaker: "Bo Tarrant", Limit: 2})
	if err != nil || len(first) != 2 {
		t.Fatalf("Bo Tarrant: %v %v", first, err)
	}
	rest, err := s.Quotes(ctx, QuoteFilter{Speaker: "Bo Tarrant", After: first[1].Cursor()})
	if err != nil {
		t.Fatal(err)
	}
	if len(rest) != 5 {
		t.Errorf("Bo Tarrant after 2: %d quotes, want 5", len(rest))
	}
	for _, q := range rest {
		if q.Speaker != "Bo Tarrant" {
			t.Errorf("after the cursor, a quote of %q", q.Speaker)
		}
	}
}

func texts(qs []StoredQuote) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Text)
	}
	return out
}

func TestParseCursor(t *testing.T) {
	for _, c := range []Cursor{
		{Published: "2031-03-01T09:30:00+02:00", ArticleID: 7, Pos: 120, ID: 44},
		{Published: "", ArticleID: 3, ID: 9},
		{Published: "odd/date 1/2/3", ArticleID: 1, Pos: 0, ID: 1},
	} {
		got, err := ParseCursor(c.String())
		if err != nil || got != c {
			t.Errorf("ParseCursor(%q) = %+v, %v; want %+v", c.String(), got, err, c)
		}
	}
	if c, err := ParseCursor(""); err != nil || !c.IsZero() {
		t.Errorf(`ParseCursor("") = %+v, %v`, c, err)
	}
	for _, bad := range []string{"x", "2031-01-01/1/2", "2031-01-01/a/2/3", "/0/0/0", "2031/1/2/-3"} {
		if _, err := ParseCursor(bad); err == nil {
			t.Errorf("ParseCursor(%q) took it", bad)
		}
	}
}

func TestArticleLabel(t *testing.T) {
	long := strings.Repeat("harbour ", 20)
	for _, c := range []struct {
		title, lead, want string
	}{
		{"Dockers march", "The dockers marched.", "Dockers march"},
		{"", "  The dockers of Veldmark marched on Tuesday.\nMore later.", "The dockers of Veldmark marched on Tuesday."},
		{"", long, strings.TrimSpace(long[:99]) + "…"},
		{"", "  \n", "Article 12"},
	} {
		if got := ArticleLabel(12, c.title, c.lead); got != c.want {
			t.Errorf("ArticleLabel(%q, %q) = %q, want %q", c.title, c.lead, got, c.want)
		}
	}
}

// An untitled article is labelled in the quote, event and claim lists by
// its first line, as its story is titled.
func TestListsLabelUntitledArticles(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, filepath.Join(t.TempDir(), "label.db"))
	a := sample("untitled", "")
	a.Text = "Dockers of Port Verrin walked out at dawn.\n\nThe council met."
	if _, err := s.PutBatch(ctx, []*core.Article{a}); err != nil {
		t.Fatal(err)
	}
	qs, err := s.Quotes(ctx, QuoteFilter{})
	if err != nil || len(qs) != 1 {
		t.Fatalf("quotes: %v %v", qs, err)
	}
	evs, err := s.Events(ctx, EventFilter{})
	if err != nil || len(evs) != 1 {
		t.Fatalf("events: %v %v", evs, err)
	}
	want := "Dockers of Port Verrin walked out at dawn."
	if qs[0].Label != want || evs[0].Label != want || qs[0].Title != "" {
		t.Errorf("labels: quote %q (title %q), event %q; want %q", qs[0].Label, qs[0].Title, evs[0].Label, want)
	}
}

// UntitledLabels reads only the beginning of a text (ArticleFilter.Lead)
// and labels as ArticleLabel does on the whole text, also after a run of
// blanks longer than the beginning a label keeps; the quote list agrees.
func TestUntitledLabelsFromLead(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, filepath.Join(t.TempDir(), "lead.db"))
	long := "Dockers of Port Verrin walked out at dawn and " + strings.Repeat("marched on the harbour office ", 8)
	texts := []string{
		strings.Repeat(" ", 150) + long + "\n\nThe council met.",
		"\t \t" + strings.Repeat("\u00a0", 3) + "Short line of the Verrin dockers.\nMore.",
		"\n\nA first line left blank.",
	}
	var arts []*core.Article
	for i, text := range texts {
		a := sample(fmt.Sprintf("lead%d", i), "")
		a.Text = text
		arts = append(arts, a)
	}
	titled := sample("titled", "Verrin dockers")
	arts = append(arts, titled)
	if _, err := s.PutBatch(ctx, arts); err != nil {
		t.Fatal(err)
	}
	leads, err := s.Articles(ctx, ArticleFilter{IDs: []int64{arts[0].ID}, Lead: true})
	if err != nil || len(leads) != 1 || len([]rune(leads[0].Text)) > 200 {
		t.Fatalf("lead of article %d: %v %v", arts[0].ID, leads, err)
	}
	labels, err := UntitledLabels(ctx, s, arts)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := labels[titled.ID]; ok || len(labels) != len(texts) {
		t.Errorf("labels %v: want the %d untitled articles only", labels, len(texts))
	}
	for i, text := range texts {
		id := arts[i].ID
		if want := ArticleLabel(id, "", text); labels[id] != want {
			t.Errorf("article %d: label %q, want %q (from the whole text)", id, labels[id], want)
		}
	}
	qs, err := s.Quotes(ctx, QuoteFilter{ArticleID: arts[0].ID})
	if err != nil || len(qs) == 0 {
		t.Fatalf("quotes of article %d: %v %v", arts[0].ID, qs, err)
	}
	if qs[0].Label != labels[arts[0].ID] {
		t.Errorf("quote list labels article %d %q, cards %q", arts[0].ID, qs[0].Label, labels[arts[0].ID])
	}
}
