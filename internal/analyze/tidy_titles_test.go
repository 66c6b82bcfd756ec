package analyze

import (
	"strings"
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

func TestWorkTitle(t *testing.T) {
	for _, tc := range []struct {
		name, text, span string
		want             bool
	}{
		{"a memoir's title", "Brell wrote in his 2019 memoir, \"A Harbour Life: The Velsk Years, `Old Ferry ' and the Fight for the Port.\" Then he left.",
			"A Harbour Life: The Velsk Years, `Old Ferry ' and the Fight for the Port.", true},
		{"words said after a work noun", "Brell spoke about the film, \"it was too long and too loud,\" he said.",
			"it was too long and too loud,", false},
		{"a title-case quotation with no work noun", "Brell shouted \"Free The Port Now\" at the crowd.",
			"Free The Port Now", false},
		{"one word after 'titled' (titledBefore)", "The ad, titled \"Harbourmaster?\", ends with a shot of the quay.",
			"Harbourmaster?", true},
		{"a sentence-case title after 'entitled'", "Brell gave a talk entitled “why the port must stay open” in Velsk.",
			"why the port must stay open", true},
		{"a broadcaster's programme", "Brell told VBC’s “Harbour Morning” on Friday that the port would stay open.",
			"Harbour Morning", true},
		{"a programme after a two-word broadcaster, wire-copy marks", "In an interview on Fox News's ''Velsk Tonight,'' Brell said the port would stay open.",
			"Velsk Tonight,", true},
		{"an anthem", "The crowd sang the old anthem “Ferries Run Again” as Brell spoke.",
			"Ferries Run Again", true},
		{"a person's possessive is no broadcaster", "Brell’s “Harbour First” plan was dropped, he said.",
			"Harbour First", false},
		{"words said to a broadcaster", "Brell told VBC’s “we will keep the port open.”",
			"we will keep the port open.", false},
		{"'titled' far before the mark", "The ad was titled in haste, Brell said: \"we had no time.\"",
			"we had no time.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := strings.Index(tc.text, tc.span)
			q := quotes.Quote{Quote: core.Quote{Text: tc.span, Start: s, End: s + len(tc.span), Direct: true, Speaker: "Tomas Brell"}}
			if got := workTitle(tc.text, q); got != tc.want {
				t.Errorf("workTitle = %v, want %v", got, tc.want)
			}
		})
	}
}
