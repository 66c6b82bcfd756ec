package store

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{`harbour`, `"harbour"`},
		{`harbour talks`, `("harbour" AND "talks")`},
		{`harbour AND talks`, `("harbour" AND "talks")`},
		{`"harbour council"`, `"harbour council"`},
		{`harb*`, `"harb"*`},
		{`"harbour coun"*`, `"harbour coun"*`},
		{`harbour OR port`, `("harbour" OR "port")`},
		{`harbour -strike`, `("harbour" NOT "strike")`},
		{`-strike harbour`, `("harbour" NOT "strike")`},
		{`harbour NOT strike`, `("harbour" NOT "strike")`},
		{`(harbour OR port) talks`, `(("harbour" OR "port") AND "talks")`},
		{`U.S. talks`, `("U.S." AND "talks")`},
		{`and or not`, `("and" AND "or" AND "not")`},
		{`harbour & talks`, `("harbour" AND "talks")`},
		{`co-operation`, `"co-operation"`},
		{`title:harbour`, `"title:harbour"`},
		{`NEAR(a b)`, `("NEAR" AND ("a" AND "b"))`},
		{`a^`, `"a^"`},
	}
	for _, tt := range tests {
		got, err := ParseQuery(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseQuery(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestParseQueryErrors(t *testing.T) {
	tests := []struct{ in, reason string }{
		{``, "no search terms"},
		{`   `, "no search terms"},
		{`"harbour`, "unbalanced quote"},
		{`harbour "council`, "unbalanced quote"},
		{`AND`, "AND needs a term"},
		{`OR`, "OR needs a term"},
		{`NOT`, "NOT needs a term"},
		{`harbour AND`, "AND needs a term"},
		{`OR harbour`, "OR needs a term"},
		{`harbour OR`, "OR needs a term"},
		{`harbour AND OR port`, "needs a term"},
		{`*`, "not a search term"},
		{`**`, "not a search term"},
		{`-harbour`, "only exclude"},
		{`NOT harbour`, "NOT needs a term"},
		{`(harbour`, "unbalanced parenthesis"},
		{`harbour)`, "unbalanced parenthesis"},
		{`)`, "unbalanced parenthesis"},
		{`()`, "empty parentheses"},
		{`""`, "empty phrase"},
		{`"  "`, "empty phrase"},
		{`&&&`, "no search terms"},
		{strings.Repeat("a ", 70), "more than"},
		{strings.Repeat("(", 20) + "a" + strings.Repeat(")", 20), "nested deeper"},
		{strings.Repeat("x", MaxQueryBytes+1), "longer than"},
		{"\xff", "UTF-8"},
	}
	for _, tt := range tests {
		got, err := ParseQuery(tt.in)
		if !errors.Is(err, ErrBadQuery) || !strings.Contains(err.Error(), tt.reason) {
			t.Errorf("ParseQuery(%q) = %q, %v; want ErrBadQuery with %q", tt.in, got, err, tt.reason)
		}
	}
}

func searchArticle(hash, title, outlet, published, text string, ents ...core.Entity) *core.Article {
	return &core.Article{Hash: hash, Source: "fixtures/" + hash + ".txt", Outlet: outlet, Title: title,
		Published: published, Language: "en", Text: text, Entities: ents}
}

func searchStore(t *testing.T) Store {
	t.Helper()
	s := openTest(t, ":memory:")
	lorvik := core.Entity{Name: "Anna Lorvik", Type: core.Person, Aliases: []string{"Lorvik"}, Mentions: 2}
	veld := core.Entity{Name: "Veldmark", Type: core.Location, Mentions: 1}
	_, err := s.PutBatch(context.Background(), []*core.Article{
		searchArticle("s1", "Harbour council meets in Veldmark", "Veldmark Post", "2031-04-02",
			"The harbour council met on Tuesday.\n\nMinister Lorvik said the ferry strike must end.", lorvik, veld),
		searchArticle("s2", "Ferry strike enters second week", "Coastal Herald", "2031-04-09",
			"Ferry crews stayed ashore. The harbour stayed quiet and the council said little.", lorvik),
		searchArticle("s3", "Orchard festival draws crowds", "Veldmark Post", "2031-05-20",
			"Thousands came to taste the apples. No one mentioned the ferries.", veld),
		searchArticle("s4", "Undated note on the harbour", "", "",
			"A short note about the harbour lights."),
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func titles(r SearchResult) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Title)
	}
	return out
}

func TestSearch(t *testing.T) {
	s := searchStore(t)
	ctx := context.Background()
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	tests := []struct {
		name string
		q    SearchQuery
		want []string // titles in order
	}{
		{"title weighs more", SearchQuery{Text: "harbour"}, []string{"Undated note on the harbour", "Harbour council meets in Veldmark", "Ferry strike enters second week"}},
		{"stemming", SearchQuery{Text: "ferries"}, []string{"Ferry strike enters second week", "Orchard festival draws crowds", "Harbour council meets in Veldmark"}},
		{"phrase", SearchQuery{Text: `"ferry strike"`}, []string{"Ferry strike enters second week", "Harbour council meets in Veldmark"}},
		{"exclude", SearchQuery{Text: "harbour -strike"}, []string{"Undated note on the harbour"}},
		{"entity filter", SearchQuery{Text: "harbour", Entity: "lorvik"}, []string{"Harbour council meets in Veldmark", "Ferry strike enters second week"}},
		{"source filter", SearchQuery{Text: "ferry", Source: "herald"}, []string{"Ferry strike enters second week"}},
		{"date range", SearchQuery{Text: "harbour", From: day("2031-04-05"), To: day("2031-04-30")}, []string{"Ferry strike enters second week"}},
		{"filters only", SearchQuery{Source: "veldmark post"}, []string{"Orchard festival draws crowds", "Harbour council meets in Veldmark"}},
		{"no match", SearchQuery{Text: "volcano"}, nil},
		{"offset", SearchQuery{Text: "harbour", Offset: 2}, []string{"Ferry strike enters second week"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(titles(got), "|") != strings.Join(tt.want, "|") {
				t.Errorf("titles = %q, want %q", titles(got), tt.want)
			}
		})
	}
}

func TestSearchSnippetsAndFacets(t *testing.T) {
	s := searchStore(t)
	res, err := s.Search(context.Background(), SearchQuery{Text: "harbour", Facets: true, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 3 || len(res.Hits) != 2 {
		t.Fatalf("total %d hits %d, want 3 and 2", res.Total, len(res.Hits))
	}
	h := res.Hits[1]
	if h.Source != "fixtures/s1.txt" || h.Outlet != "Veldmark Post" || h.Published != "2031-04-02" || h.ID == 0 {
		t.Errorf("hit = %+v", h)
	}
	if !strings.Contains(h.TitleMarked, MarkStart+"Harbour"+MarkEnd) || !strings.Contains(h.Snippet, MarkStart+"harbour"+MarkEnd) {
		t.Errorf("marks missing: title %q snippet %q", h.TitleMarked, h.Snippet)
	}
	f := res.Facets
	if len(f.Sources) != 3 || f.Sources[0].Count != 1 {
		t.Errorf("sources = %+v", f.Sources)
	}
	if len(f.Months) != 2 || f.Months[0].Value != "" || f.Months[1] != (FacetCount{Value: "2031-04", Count: 2}) {
		t.Errorf("months = %+v", f.Months)
	}
	if len(f.Entities) != 2 || f.Entities[0] != (FacetCount{Value: "Anna Lorvik", Type: "PER", Count: 2}) {
		t.Errorf("entities = %+v", f.Entities)
	}
}

func TestSearchBadQueries(t *testing.T) {
	s := searchStore(t)
	for _, q := range []string{`"unbalanced`, `AND`, `*`, `OR harbour`, `-harbour`, ``} {
		if _, err := s.Search(context.Background(), SearchQuery{Text: q}); !errors.Is(err, ErrBadQuery) {
			t.Errorf("Search(%q) error = %v, want ErrBadQuery", q, err)
		}
	}
}

func TestSourceKey(t *testing.T) {
	tests := []struct{ source, outlet, want string }{
		{"x.txt", "Veldmark Post", "Veldmark Post"},
		{"https://www.example.org/a/b?c", "", "example.org"},
		{"dumps/news.jsonl:12", "", "dumps/news.jsonl"},
		{"crawl.warc.gz#3", "", "crawl.warc.gz"},
		{"pages/one.html", "", "pages"},
		{"one.html", "", "one.html"},
	}
	for _, tt := range tests {
		if got := SourceKey(tt.source, tt.outlet); got != tt.want {
			t.Errorf("SourceKey(%q, %q) = %q, want %q", tt.source, tt.outlet, got, tt.want)
		}
	}
}

// FuzzSearch checks that no query text makes Search fail with anything but
// ErrBadQuery: every translated expression must be valid FTS5.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{`harbour`, `"a b"*`, `a OR (b -c)`, `NEAR(a b)`, `a:b`, `^a`, `a + b`, `"`, `(`, `-"x"`, `a NOT NOT b`, "\u00e9t\u00e9*"} {
		f.Add(s)
	}
	s, err := Open(context.Background(), ":memory:", Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	if _, err := s.PutBatch(context.Background(), []*core.Article{searchArticle("f1", "Harbour", "", "2031-01-01", "The harbour council met.")}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := s.Search(context.Background(), SearchQuery{Text: q, Facets: true})
		if err != nil && !errors.Is(err, ErrBadQuery) {
			t.Fatalf("Search(%q): %v", q, err)
		}
	})
}

func TestSearchStoryFilter(t *testing.T) {
	s := searchStore(t)
	ctx := context.Background()
	a, err := s.Article(ctx, 1)
	if err != nil || a.Story == 0 {
		t.Fatalf("article 1: story %d, %v (the link stage should assign one)", a.Story, err)
	}
	res, err := s.Search(ctx, SearchQuery{Story: a.Story})
	if err != nil || res.Total == 0 {
		t.Fatalf("story filter: %+v, %v", res, err)
	}
	for _, h := range res.Hits {
		b, _ := s.Article(ctx, h.ID)
		if b.Story != a.Story {
			t.Errorf("hit %d is in story %d, want %d", h.ID, b.Story, a.Story)
		}
	}
	if _, err := s.Search(ctx, SearchQuery{Text: "harbour", Story: 99999}); !errors.Is(err, core.ErrNotFound) {
		t.Errorf("unknown story: %v, want ErrNotFound", err)
	}
}

func TestSearchSubtitleSnippet(t *testing.T) {
	s := openTest(t, ":memory:")
	a := searchArticle("sub1", "Council meets", "", "2031-01-01", "The council met on Tuesday and talked about budgets.")
	a.Subtitle = "Lighthouse keepers wait for an answer"
	if _, err := s.PutBatch(context.Background(), []*core.Article{a}); err != nil {
		t.Fatal(err)
	}
	res, err := s.Search(context.Background(), SearchQuery{Text: "lighthouse"})
	if err != nil || len(res.Hits) != 1 || !strings.Contains(res.Hits[0].Snippet, MarkStart+"Lighthouse"+MarkEnd) {
		t.Fatalf("hits = %+v, %v; want the subtitle's window", res.Hits, err)
	}
}

// TestSearchMarksInArticleText: a highlight mark in an article's own title
// or text (a private-use character) is stored as U+FFFD, so only matches are
// marked: "Ferry \uE000 timetable" gave the title "Ferry [ timetable]"
// (review23). Offsets keep: the text's length is the same.
func TestSearchMarksInArticleText(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	text := "The ferry " + MarkEnd + " company of Velmont " + MarkStart + " changed its winter timetable on Friday."
	a := &core.Article{Hash: "pua", Source: "fixtures/pua.txt", Title: "Ferry " + MarkStart + " timetable", Published: "2031-03-06", Language: "en", Text: text}
	if _, err := s.PutBatch(ctx, []*core.Article{a}); err != nil {
		t.Fatal(err)
	}
	res, err := s.Search(ctx, SearchQuery{Text: "timetable", Limit: 5})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("search: %v %+v", err, res)
	}
	h := res.Hits[0]
	if strings.Count(h.TitleMarked, MarkStart) != 1 || !strings.Contains(h.TitleMarked, MarkStart+"timetable"+MarkEnd) ||
		strings.Count(h.Snippet, MarkStart) != 1 || !strings.Contains(h.Snippet, MarkStart+"timetable"+MarkEnd) {
		t.Errorf("title %q snippet %q: want only the match marked", h.TitleMarked, h.Snippet)
	}
	got, err := s.Article(ctx, h.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Text) != len(text) || got.Title != "Ferry \uFFFD timetable" {
		t.Errorf("stored %q (%d bytes, want %d) titled %q", got.Text, len(got.Text), len(text), got.Title)
	}
}
