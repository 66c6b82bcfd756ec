package analyze

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

func TestTitleQuote(t *testing.T) {
	q := func(text, cue string, frag bool) quotes.Quote {
		return quotes.Quote{Quote: core.Quote{Text: text, Speaker: "Ana Lind", Direct: true, Fragment: frag}, Cue: cue}
	}
	for _, tc := range []struct {
		name string
		q    quotes.Quote
		want bool
	}{
		{"a book title carried from the quote before", q("The Harbour of the North,", "", false), true},
		{"an award in title case", q("Outstanding Work in a Ferry Documentary.", "", false), true},
		{"a document titled", q("Fair Tides for All", "released a report titled", false), true},
		{"known as", q("ferryman", "known", true), true},
		{"a title with its own reporting word", q("Fair Tides for All", "said", false), false},
		{"a sentence carried over", q("We will reopen the harbour in May.", "", false), false},
		{"one capitalised word", q("Moon,", "", false), false},
		{"known, not a fragment", q("The town was known for its boats and we loved it.", "known", false), false},
		{"no speaker", quotes.Quote{Quote: core.Quote{Text: "Fair Tides for All", Direct: true}}, false},
		{"indirect", quotes.Quote{Quote: core.Quote{Text: "Fair Tides for All", Speaker: "Ana Lind"}}, false},
	} {
		if got := titleQuote(tc.q); got != tc.want {
			t.Errorf("%s: titleQuote(%q, cue %q) = %v, want %v", tc.name, tc.q.Text, tc.q.Cue, got, tc.want)
		}
	}
}

func TestTitleCase(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"All the President's Men,", true},
		{"Advancing Rights and Health in a New Era", true},
		{"the Harbour Men", false},
		{"Harbour", false},
		{"Ferries Run Again in 2026", true},
		{"Ferries run again", false},
		{"", false},
	} {
		if got := titleCase(tc.s); got != tc.want {
			t.Errorf("titleCase(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
