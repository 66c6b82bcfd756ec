package store

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func TestGroupQuotes(t *testing.T) {
	q := func(id int64, speaker, text string, direct bool) StoredQuote {
		return StoredQuote{Quote: core.Quote{Text: text, Speaker: speaker, Direct: direct}, ArticleID: id}
	}
	frag := q(6, "Ana Lind", "fair start", true)
	frag.Fragment = true
	list := []StoredQuote{
		q(1, "Ana Lind", "The ferries will sail on Monday, whatever the council says,", true),
		q(2, "Tom Reyes", "The ferries will sail on Monday, whatever the council says", true),
		q(3, "ana lind", "the ferries will sail on Monday whatever the council says.", true),
		q(4, "Ana Lind", "the ferries will sail on Monday", false),
		q(5, "Ana Lind", "Monday", false),
		frag,
		q(7, "Ana Lind", "fair start", true),
		q(8, "Ana Lind", "We don’t owe the islands anything at all, she said", true),
		q(9, "Ana Lind", "we don't owe the islands anything at all", true),
	}
	var got []string
	for _, g := range GroupQuotes(list) {
		var ids []string
		for _, o := range g.Occurrences {
			ids = append(ids, string(rune('0'+o.ArticleID)))
		}
		got = append(got, g.Speaker+":"+strings.Join(ids, ","))
	}
	want := "Ana Lind:1,3,4|Tom Reyes:2|Ana Lind:5|Ana Lind:6|Ana Lind:7|Ana Lind:8,9"
	if strings.Join(got, "|") != want {
		t.Errorf("groups %s, want %s", strings.Join(got, "|"), want)
	}
	if g := GroupQuotes(list)[0]; g.Text != list[0].Text || !g.Direct {
		t.Errorf("first group text %q direct %v", g.Text, g.Direct)
	}
	// The wording most occurrences give stands for the group; articles
	// are listed once each.
	list = []StoredQuote{
		q(1, "Ana Lind", "We will sail on Monday, she told the crews. And then we rest.", true),
		q(2, "Ana Lind", "We will sail on Monday", true),
		q(2, "Ana Lind", "we will sail on Monday.", true),
	}
	g := GroupQuotes(list)
	if len(g) != 1 || g[0].Text != "We will sail on Monday" || len(g[0].Articles()) != 2 {
		t.Errorf("got %+v", g)
	}
	if len(GroupQuotes(nil)) != 0 {
		t.Error("groups of nothing")
	}
}

// A scare-quote fragment inside a statement of its article and speaker is
// part of it; elsewhere, or from another speaker, it stays a statement.
func TestGroupQuotesFragmentsInside(t *testing.T) {
	at := func(id int64, speaker, text string, start int, fragment bool) StoredQuote {
		return StoredQuote{Quote: core.Quote{Text: text, Speaker: speaker, Direct: fragment, Fragment: fragment,
			Start: start, End: start + len(text)}, ArticleID: id}
	}
	list := []StoredQuote{
		at(1, "Ana Lind", `"everyone" is now following her lead on the ferry timetable`, 100, false),
		at(1, "Ana Lind", "everyone", 101, true),
		at(1, "Tom Reyes", "everyone", 101, true),
		at(2, "Ana Lind", "everyone", 101, true),
		at(1, "Ana Lind", "fair start", 400, true),
	}
	var got []string
	for _, g := range GroupQuotes(list) {
		got = append(got, fmt.Sprintf("%s:%d:%v", g.Speaker, len(g.Occurrences), g.Direct))
	}
	want := "Ana Lind:2:false|Tom Reyes:1:true|Ana Lind:1:true|Ana Lind:1:true"
	if strings.Join(got, "|") != want {
		t.Errorf("groups %s, want %s", strings.Join(got, "|"), want)
	}
}

func TestNormaliseWords(t *testing.T) {
	for in, want := range map[string]string{
		"“Ready,” he said.": "ready he said",
		"don’t  stop":       "dont stop",
		"":                  "",
		"...":               "",
		"Über 16,000":       "über 16 000",
	} {
		if got := normaliseWords(in); got != want {
			t.Errorf("normaliseWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkGroupQuotes groups 20,000 quotes of one speaker, a tenth of
// them repeats: the cost per quote must not grow with the groups kept.
func BenchmarkGroupQuotes(b *testing.B) {
	list := make([]StoredQuote, 20000)
	for i := range list {
		n := i
		if i%10 == 9 {
			n = i / 2
		}
		list[i] = StoredQuote{Quote: core.Quote{Speaker: "Ana Lind", Direct: true,
			Text: fmt.Sprintf("The ferry line %d will sail on day %d whatever the council says", n, n%7)}, ArticleID: int64(i)}
	}
	b.ResetTimer()
	for b.Loop() {
		GroupQuotes(list)
	}
}
