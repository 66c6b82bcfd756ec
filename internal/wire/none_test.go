package wire

import (
	"testing"

	"github.com/storyline/storyline/internal/store"
)

func TestNoneFound(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{NoneFound("claims"), "no claims"},
		{NoneFound("claims", Given("held by", ""), GivenID("in story", 0), AtLeast(1, "article")), "no claims"},
		{NoneFound("claims", Given("held by", "Nobdy"), GivenID("in story", 9), AtLeast(3, "article")), "no claims held by “Nobdy”, in story 9, of 3 articles or more"},
		{NoneFound("stories", AtLeast(2, "story")), "no stories of 2 stories or more"},
		{NoneFound("events", GivenBare("in storyline", "4"), GivenDays("2031-01-01", "2031-02-01")), "no events in storyline 4, from 2031-01-01 to 2031-02-01"},
		{NoneFound("quotes", GivenDays("", "2031-02-01")), "no quotes to 2031-02-01"},
		{Given("about", "tabs\tand\x1b[31m"), `about “tabs\tand\x1b[31m”`}, // a terminal escape is shown, not run
		{AsSentence(NoneFound("quotes", Given("by", "Anna Lorvik"))), "No quotes by “Anna Lorvik”."},
		{AsSentence(""), ""},
		{AsSentence("élan"), "Élan."}, // review23: s[:1] cut é in two
		{Count(1, "key"), "1 key"},
		{Count(2, "key"), "2 keys"}, // review23: the CLI said "2 keies"
		{Count(3, "story"), "3 stories"},
		{Count(2, "match"), "2 matches"}, // review23: the pages said "2 matchs"
		{Count(0, "article"), "0 articles"},
		{AtLeast(2, "day"), "of 2 days or more"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestSearchHitMarks(t *testing.T) {
	h := FromSearchHit(store.SearchHit{ID: 3, Title: "Dam <b>vote</b>", TitleMarked: "Dam <b>" + store.MarkStart + "vote" + store.MarkEnd + "</b>",
		Snippet: "the " + store.MarkStart + "vote" + store.MarkEnd + " & after" + store.MarkStart})
	if h.Snippet != "the vote & after" || h.SnippetHTML != "the <mark>vote</mark> &amp; after<mark></mark>" ||
		h.TitleHTML != "Dam &lt;b&gt;<mark>vote</mark>&lt;/b&gt;" || h.Published != nil {
		t.Errorf("hit = %+v", h)
	}
	if r := FromSearch(store.SearchResult{}, false); r.Results == nil || r.Facets != nil {
		t.Errorf("empty result = %+v, want [] and no facets", r)
	}
}
