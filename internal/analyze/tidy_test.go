package analyze

import (
	"context"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

func quoteAt(text, s string, direct, fragment bool, speaker string) quotes.Quote {
	i := strings.Index(text, s)
	return quotes.Quote{Quote: core.Quote{Text: s, Speaker: speaker, Direct: direct, Fragment: fragment, Start: i, End: i + len(s)}}
}

func TestTidyQuotes(t *testing.T) {
	text := `"The ferries will sail," Lorvik said. "We owe the islands that." The council said the plan was "a fair start" for everyone. Crews in the long grey sheds by the old harbour wall said it was late.`
	qs := []quotes.Quote{
		quoteAt(text, `"The ferries will sail," Lorvik said. "We owe the islands that."`, true, false, "Anna Lorvik"),
		quoteAt(text, `"The ferries will sail,"`, true, false, "Anna Lorvik"),
		quoteAt(text, `We owe the islands that.`, true, false, "Anna Lorvik"),
		quoteAt(text, `the plan was "a fair start" for everyone`, false, false, "Harbour Council"),
		quoteAt(text, `a fair start`, true, true, "Harbour Council"),
		quoteAt(text, `it was late`, false, false, "Crews in the long grey sheds by the old harbour wall"),
		quoteAt(text, `everyone`, false, false, "Harbour Council"),
	}
	got := tidyQuotes(text, qs, map[string]bool{"Anna Lorvik": true, "Harbour Council": true}, nil)
	var lines []string
	for _, q := range got {
		if text[q.Start:q.End] != q.Text {
			t.Errorf("offsets [%d,%d) do not give %q", q.Start, q.End, q.Text)
		}
		lines = append(lines, q.Text+" | "+q.Speaker)
	}
	want := []string{
		"The ferries will sail, | Anna Lorvik",
		"We owe the islands that. | Anna Lorvik",
		`the plan was "a fair start" for everyone | Harbour Council`,
		"a fair start | Harbour Council",
		"it was late | ",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

func TestTidyQuotesLongSpeaker(t *testing.T) {
	text := "The strike went on. Dana Okafor, a spokeswoman for Brightwater Lines, which runs most ferries through Veldmark, said the company was \"making other plans\"."
	mention := func(s string, typ core.EntityType) quotes.Mention {
		i := strings.Index(text, s)
		return quotes.Mention{Name: s, Type: typ, Start: i, End: i + len(s)}
	}
	ms := []quotes.Mention{mention("Dana Okafor", core.Person), mention("Brightwater Lines", core.Organisation), mention("Veldmark", core.Location)}
	q := quoteAt(text, "making other plans", true, false, "most ferries through Veldmark and the rest of the coast")
	got := tidyQuotes(text, []quotes.Quote{q}, map[string]bool{"Dana Okafor": true}, ms)
	if len(got) != 1 || got[0].Speaker != "Dana Okafor" {
		t.Errorf("got %+v", got)
	}
	// No person earlier in the sentence: unknown, not a guess.
	text2 := "Crews in the long grey sheds by the old harbour wall said it was \"far too late\"."
	q2 := quoteAt(text2, "far too late", true, false, "Crews in the long grey sheds by the old harbour wall")
	if got := tidyQuotes(text2, []quotes.Quote{q2}, nil, nil); len(got) != 1 || got[0].Speaker != "" {
		t.Errorf("got %+v", got)
	}
}

func TestTidyQuotesSpeechParticiples(t *testing.T) {
	text := `"We are ready," Lorvik said, speaking outside the harbour hall, saying that the ferries would sail on Monday.`
	qs := []quotes.Quote{
		quoteAt(text, "speaking outside the harbour hall", false, false, "Anna Lorvik"),
		quoteAt(text, "saying that the ferries would sail on Monday", false, false, "Anna Lorvik"),
	}
	got := tidyQuotes(text, qs, map[string]bool{"Anna Lorvik": true}, nil)
	if len(got) != 1 || got[0].Text != "the ferries would sail on Monday" || text[got[0].Start:got[0].End] != got[0].Text {
		t.Errorf("got %+v", got)
	}
}

// FuzzTidyQuotes: any spans over any text, no panic, and every quote kept
// still matches the text at its offsets when it did before.
func FuzzTidyQuotes(f *testing.F) {
	f.Add(`"A," he said, saying that "B" was late.`, 0, 4, 14, 38, true)
	f.Add("“Fine” — Lorvik", 0, 8, 1, 3, false)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int, direct bool) {
		mk := func(s, e int, direct bool) quotes.Quote {
			q := quotes.Quote{Quote: core.Quote{Speaker: "a b c d e f g h", Direct: direct, Start: s, End: e}}
			if s >= 0 && e <= len(text) && s <= e {
				q.Text = text[s:e]
			}
			return q
		}
		qs := []quotes.Quote{mk(s1, e1, direct), mk(s2, e2, !direct)}
		for _, q := range tidyQuotes(text, qs, nil, []quotes.Mention{{Name: "X", Type: core.Person, Start: 0, End: 1}}) {
			if q.Start >= 0 && q.End <= len(text) && q.Start <= q.End && text[q.Start:q.End] != q.Text {
				in := false
				for _, o := range qs {
					in = in || (o.Start == q.Start && o.End == q.End)
				}
				if !in {
					t.Errorf("offsets [%d,%d) no longer give %q", q.Start, q.End, q.Text)
				}
			}
		}
	})
}

func TestTidyQuotesApposition(t *testing.T) {
	mentions := func(text string, names ...string) []quotes.Mention {
		var ms []quotes.Mention
		for _, n := range names {
			typ := core.Organisation
			if strings.HasPrefix(n, "P:") {
				n, typ = n[2:], core.Person
			}
			i := strings.Index(text, n)
			ms = append(ms, quotes.Mention{Name: n, Type: typ, Start: i, End: i + len(n)})
		}
		return ms
	}
	for _, c := range []struct {
		text, quote string
		names       []string
		want        string
	}{
		{`Marek Lind, chief executive of the Harbour Authority, said the offer was "fair".`, "fair", []string{"P:Marek Lind", "Harbour Authority"}, "Marek Lind"},
		// No apposition: the organisation spoke.
		{`The Harbour Authority said the offer was "fair".`, "fair", []string{"Harbour Authority"}, "Harbour Authority"},
		{`Marek Lind left. The Harbour Authority, in a statement, said the offer was "fair".`, "fair", []string{"P:Marek Lind", "Harbour Authority"}, "Harbour Authority"},
		{`Marek Lind said the Harbour Authority, which runs the port, had called the offer "fair".`, "fair", []string{"P:Marek Lind", "Harbour Authority"}, "Harbour Authority"},
	} {
		q := quoteAt(c.text, c.quote, true, false, "Harbour Authority")
		got := tidyQuotes(c.text, []quotes.Quote{q}, map[string]bool{"Harbour Authority": true, "Marek Lind": true}, mentions(c.text, c.names...))
		if len(got) != 1 || got[0].Speaker != c.want {
			t.Errorf("%s: got %+v, want speaker %q", c.text, got, c.want)
		}
	}
}

// A person at the very start of the text counts as earlier in the sentence.
func TestFirstPersonAtTextStart(t *testing.T) {
	text := "Dana Okafor, who speaks for the ferry line, said it was \"late\"."
	ms := []quotes.Mention{{Name: "Dana Okafor", Type: core.Person, Start: 0, End: 11}}
	if got := firstPersonBefore(text, strings.Index(text, "late"), ms); got != "Dana Okafor" {
		t.Errorf("got %q", got)
	}
}

func TestHoldsDirect(t *testing.T) {
	unit := mkq(0, 100, false, false)
	cases := []struct {
		name   string
		inside []quotes.Quote
		want   bool
	}{
		{"split quote covering the unit", []quotes.Quote{mkq(1, 40, true, false), mkq(55, 99, true, false)}, true},
		{"short quoted phrase in a reported unit", []quotes.Quote{mkq(80, 95, true, false)}, false},
		{"fragment only", []quotes.Quote{mkq(1, 90, true, true)}, false},
		{"indirect only", []quotes.Quote{mkq(1, 90, false, false)}, false},
	}
	for _, c := range cases {
		qs := append([]quotes.Quote{unit}, c.inside...)
		if got := holdsDirect(unit, qs, 0); got != c.want {
			t.Errorf("%s: holdsDirect = %v, want %v", c.name, got, c.want)
		}
	}
}

func mkq(start, end int, direct, fragment bool) quotes.Quote {
	var q quotes.Quote
	q.Start, q.End, q.Direct, q.Fragment = start, end, direct, fragment
	return q
}

func TestEventsListedOnce(t *testing.T) {
	z := New(Options{})
	a := &core.Article{Title: "Harbour talks", Language: "en",
		Text: "Minister Piet Osk said he is ready for talks and willing to negotiate with the union. The union rejected the offer."}
	if err := z.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	seen := map[core.Event]bool{}
	for _, e := range a.Events {
		if seen[e.Act()] {
			t.Errorf("event listed twice: %+v", e)
		}
		seen[e.Act()] = true
		if e.Confidence <= 0 || e.Confidence > 1 {
			t.Errorf("event %+v: confidence %v outside (0, 1]", e, e.Confidence)
		}
	}
	if len(a.Events) == 0 {
		t.Error("no events found")
	}
}

func TestTidyQuotesTitleAndCapital(t *testing.T) {
	text := "The summit opened. Velsk President Ana Lind said the ferries will sail. Oslo insists that the fishing deal stands. Tom Reyes said in Oslo that the pier is old."
	mention := func(s string, typ core.EntityType) quotes.Mention {
		i := strings.Index(text, s)
		return quotes.Mention{Name: s, Type: typ, Start: i, End: i + len(s)}
	}
	ms := []quotes.Mention{mention("Velsk", core.Location), mention("Ana Lind", core.Person), mention("Oslo", core.Location), mention("Tom Reyes", core.Person)}
	qs := []quotes.Quote{
		quoteAt(text, "the ferries will sail", false, false, "Velsk President"),
		quoteAt(text, "that the fishing deal stands", false, false, "Oslo"),
		quoteAt(text, "that the pier is old", false, false, "Tom Reyes"),
	}
	got := tidyQuotes(text, qs, map[string]bool{"Ana Lind": true, "Oslo": true, "Tom Reyes": true, "Velsk": true}, ms)
	var speakers []string
	for _, q := range got {
		speakers = append(speakers, q.Speaker)
	}
	if want := "Ana Lind|Norway|Tom Reyes"; strings.Join(speakers, "|") != want {
		t.Errorf("speakers %q, want %q", strings.Join(speakers, "|"), want)
	}
}

func TestStatesSomething(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"the bomb in detail", false},
		{"her daily briefing", false},
		{"12 for the Bulldogs", false},
		{"the news Friday morning on Twitter", false},
		{"that the pier is old", true},
		{"Lind does not own the pier", true},
		{"he misused the ferry money", true},
		{"That's my boat", true},
		{"to close the pier", true},
		{"whether the ferries sail", true},
		{"the council of the seven islands on the northern coast", true},
		{"fishers still want the old pier", true},
		{"the lower fifth paid 3 percent", true},
		{"why the plan leaves out Velsk", true},
		{"how the harbour police treat fishers", true},
		{"requests for comment", false},
		{"the reality of rising seas", false},
		{"a long war against Velsk thought", false},
		{"who sail from Velsk", false},
		{"which got 900 views", false},
		{"the steps taken", false},
	} {
		if got := statesSomething(c.in); got != c.want {
			t.Errorf("statesSomething(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestDescription(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Police", "police"},
		{"police", "police"},
		{"The company", "the company"},
		{"State police", "state police"},
		{"Officials in Velsk", "Officials in Velsk"},
		{"The White House", "The White House"},
		{"Velsk's ferry board", "Velsk's ferry board"},
		{"He", ""},
		{"The", ""},
		{"There", ""},
		{"Some", "some"},
		{"Anna Lorvik", "Anna Lorvik"},
		{"", ""},
	} {
		if got := description(c.in); got != c.want {
			t.Errorf("description(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A stored quote keeps the span its speaker was found at only while the
// speaker is the one found there (eval quotes --as-stored credits it).
func TestTidyQuotesSpeakerSpan(t *testing.T) {
	for _, c := range []struct {
		text, speaker, want string
		keep                bool
	}{
		// The apposition names the person: the organisation's span no longer names the speaker.
		{`Marek Lind, chief executive of the Harbour Authority, said the offer was "fair".`, "Harbour Authority", "Marek Lind", false},
		{`The Harbour Authority said the offer was "fair".`, "Harbour Authority", "Harbour Authority", true},
		// A description in lower case is still the words found.
		{`Police said the offer was "fair".`, "Police", "police", true},
		// An unresolved pronoun names no one.
		{`He said the offer was "fair".`, "He", "", false},
	} {
		var ms []quotes.Mention
		known := map[string]bool{}
		for _, n := range []string{"Marek Lind", "Harbour Authority"} {
			if i := strings.Index(c.text, n); i >= 0 {
				typ := core.Organisation
				if n == "Marek Lind" {
					typ = core.Person
				}
				ms = append(ms, quotes.Mention{Name: n, Type: typ, Start: i, End: i + len(n)})
				known[n] = true
			}
		}
		q := quoteAt(c.text, "fair", true, false, c.speaker)
		q.SpeakerStart = strings.Index(c.text, c.speaker)
		q.SpeakerEnd = q.SpeakerStart + len(c.speaker)
		got := tidyQuotes(c.text, []quotes.Quote{q}, known, ms)
		if len(got) != 1 || got[0].Speaker != c.want {
			t.Errorf("%s: got %+v, want speaker %q", c.text, got, c.want)
			continue
		}
		if kept := got[0].SpeakerStart == q.SpeakerStart && got[0].SpeakerEnd == q.SpeakerEnd; kept != c.keep {
			t.Errorf("%s: span %d-%d kept = %v, want %v", c.text, got[0].SpeakerStart, got[0].SpeakerEnd, kept, c.keep)
		}
		if !c.keep && (got[0].SpeakerStart != -1 || got[0].SpeakerEnd != -1) {
			t.Errorf("%s: span %d-%d, want -1", c.text, got[0].SpeakerStart, got[0].SpeakerEnd)
		}
	}
}

// StoredQuotes returns what Process stores.
func TestStoredQuotesAsProcess(t *testing.T) {
	a := &core.Article{Text: article}
	if err := New(Options{}).Process(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	qs, err := New(Options{}).StoredQuotes(t.Context(), &core.Article{Text: article})
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != len(a.Quotes) || len(qs) == 0 {
		t.Fatalf("StoredQuotes: %d quotes, Process: %d", len(qs), len(a.Quotes))
	}
	named := 0
	for i, q := range qs {
		if q.Quote != a.Quotes[i] {
			t.Errorf("quote %d: %+v, Process stored %+v", i, q.Quote, a.Quotes[i])
		}
		if q.SpeakerStart >= 0 {
			named++
			if q.Speaker == "" || q.SpeakerEnd > len(article) || q.SpeakerStart >= q.SpeakerEnd {
				t.Errorf("quote %d: speaker %q at %d-%d", i, q.Speaker, q.SpeakerStart, q.SpeakerEnd)
			}
		}
	}
	if named == 0 {
		t.Errorf("no stored quote keeps its speaker's span: %+v", qs)
	}
}
