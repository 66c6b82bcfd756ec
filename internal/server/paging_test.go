package server

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

// pagingStore holds fictional articles: twelve dated over three months
// (two on one day), two undated, one untitled; each with two quotes of its
// minister and one sure event.
func pagingStore(t *testing.T) store.Store {
	t.Helper()
	st := emptyTestStore(t)
	days := []string{"2031-01-05", "2031-01-05", "2031-01-20", "2031-02-02", "2031-02-11", "2031-02-28", "2031-03-01",
		"2031-03-09", "2031-03-15", "2031-03-21", "2031-03-30", "2031-03-31", "", ""}
	var arts []*core.Article
	for i, day := range days {
		text := fmt.Sprintf("Pier %d of Veldmark reopened today after repairs.\n\n\"Pier %d is open again,\" said Anna Lorvik. \"Crews return on pier %d.\"", i, i, i)
		a := &core.Article{Hash: fmt.Sprintf("pg%d", i), Source: fmt.Sprintf("fixtures/pier/%d.txt", i), Title: fmt.Sprintf("Pier %d reopens", i),
			Published: day, Language: "en", Text: text, Entities: []core.Entity{{Name: "Anna Lorvik", Type: core.Person, Aliases: []string{"Lorvik"}, Mentions: 2}},
			Quotes: []core.Quote{quoted(text, fmt.Sprintf("Pier %d is open again,", i), "Anna Lorvik"), quoted(text, fmt.Sprintf("Crews return on pier %d.", i), "Anna Lorvik")},
			Events: []core.Event{{Actor: "Anna Lorvik", Type: "consult", Target: "Harbour Council", Sentence: fmt.Sprintf("Lorvik met the council over pier %d.", i), Confidence: 0.9}}}
		if i == 13 {
			a.Title = ""
		}
		arts = append(arts, a)
	}
	if _, err := st.PutBatch(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	return st
}

var (
	blockquoteRE = regexp.MustCompile(`<blockquote>([^<]*)</blockquote>`)
	nextRE       = regexp.MustCompile(`<a rel="next" href="([^"]*)">More (?:quotes|events) →</a>`)
)

// walkPages follows a list page's "More" links from target to the end and
// returns every quoted or event sentence shown, in order.
func walkPages(t *testing.T, h *Server, target string) []string {
	t.Helper()
	var out []string
	for range 100 {
		w := expectPage(t, h, target, 200, nil, nil)
		body := w.Body.String()
		for _, m := range blockquoteRE.FindAllStringSubmatch(body, -1) {
			out = append(out, html.UnescapeString(m[1]))
		}
		m := nextRE.FindStringSubmatch(body)
		if m == nil {
			return out
		}
		target = strings.SplitN(target, "?", 2)[0] + html.UnescapeString(m[1])
	}
	t.Fatalf("%s: more than 100 pages", target)
	return nil
}

// TestFeedPagesWalkEveryRow: the quotes and events pages page by cursor,
// so "More" links reach every row of any store, in both orders, with the
// window and filters kept, and each row once.
func TestFeedPagesWalkEveryRow(t *testing.T) {
	h := New(pagingStore(t), Options{RateLimit: -1}) // walks send hundreds of requests
	for _, base := range []string{"/quotes?speaker=Lorvik", "/quotes?from=2031-02-01&to=2031-03-15", "/events?actor=Anna+Lorvik", "/events?from=2031-02-01"} {
		for _, order := range []string{"newest", "oldest"} {
			target := base + "&order=" + order
			all := walkPages(t, h, target+"&limit=500")
			if len(all) < 5 {
				t.Fatalf("%s: only %d rows", target, len(all))
			}
			for _, limit := range []int{1, 3, 7} {
				got := walkPages(t, h, fmt.Sprintf("%s&limit=%d", target, limit))
				if !slices.Equal(got, all) {
					t.Errorf("%s limit %d: walked %d rows %q, want the %d of one page", target, limit, len(got), got, len(all))
				}
			}
		}
	}
	// The window is kept: no row outside it on any page.
	for _, row := range walkPages(t, h, "/quotes?from=2031-02-01&to=2031-03-15&limit=2") {
		if strings.Contains(row, "pier 13") || strings.Contains(row, "Pier 2 ") || strings.Contains(row, "Pier 9 ") {
			t.Errorf("row %q outside the window", row)
		}
	}
	// The events form carries the window, so filtering keeps it.
	expectPage(t, h, "/events?from=2031-02-01&to=2031-03-15", 200, []string{`<input name="from" type="date" value="2031-02-01">`, `<input name="to" type="date" value="2031-03-15">`}, nil)
	// The second page says where it is and leads back to the first.
	w := expectPage(t, h, "/quotes?limit=2", 200, []string{`rel="next"`}, []string{"back to the newest"})
	next := html.UnescapeString(nextRE.FindStringSubmatch(w.Body.String())[1])
	expectPage(t, h, "/quotes"+next, 200, []string{`href="?limit=2">back to the newest</a>`}, nil)
	for _, bad := range []string{"/quotes?cursor=x", "/quotes?cursor=" + encodeListCursor("e", store.Cursor{ArticleID: 1, ID: 1}), "/events?cursor=" + encodeCursor("a", 3)} {
		expectPage(t, h, bad, 400, []string{"cursor: not a cursor this server issued"}, nil)
	}
}

// TestFeedAPIWalksByNext: /api/quotes and /api/events give "next" until
// the last page, and following it lists every row once.
func TestFeedAPIWalksByNext(t *testing.T) {
	h := New(pagingStore(t), Options{RateLimit: -1}) // walks send hundreds of requests
	for _, base := range []string{"/api/quotes?order=newest", "/api/quotes?from=2031-02-01", "/api/events?order=newest", "/api/events?to=2031-02-28"} {
		walk := func(limit int) []string {
			var out []string
			cursor := ""
			for range 100 {
				target := fmt.Sprintf("%s&limit=%d", base, limit)
				if cursor != "" {
					target += "&cursor=" + url.QueryEscape(cursor)
				}
				w := request(t, h, "GET", target, nil, nil)
				var page struct {
					Quotes []struct{ Text string }
					Events []struct{ Sentence string }
					Next   *string
				}
				if w.Code != 200 || json.Unmarshal(w.Body.Bytes(), &page) != nil {
					t.Fatalf("%s: %d %s", target, w.Code, w.Body)
				}
				for _, q := range page.Quotes {
					out = append(out, q.Text)
				}
				for _, e := range page.Events {
					out = append(out, e.Sentence)
				}
				if page.Next == nil {
					return out
				}
				cursor = *page.Next
			}
			t.Fatalf("%s: more than 100 pages", base)
			return nil
		}
		all := walk(1000)
		if len(all) < 5 {
			t.Fatalf("%s: only %d rows", base, len(all))
		}
		if got := walk(2); !slices.Equal(got, all) {
			t.Errorf("%s by 2: %q, want %q", base, got, all)
		}
	}
	if w := request(t, h, "GET", "/api/quotes?cursor=bogus", nil, nil); w.Code != 400 {
		t.Errorf("bad cursor: %d", w.Code)
	}
}

// An untitled article is named by its first line on the quotes, events and
// entity pages, as its story is.
func TestUntitledArticleLabelledByFirstLine(t *testing.T) {
	st := pagingStore(t)
	h := New(st, Options{RateLimit: -1})
	want := `>Pier 13 of Veldmark reopened today after repairs.</a>`
	expectPage(t, h, "/quotes?order=oldest&limit=500", 200, []string{want}, []string{">Article 14<", "Untitled article"})
	expectPage(t, h, "/events?order=oldest&limit=500", 200, []string{want}, []string{">Article 14<"})
	expectPage(t, h, "/entities/Anna%20Lorvik", 200, []string{want}, []string{"Untitled"})
	// Article cards, search hits and the article's own page too.
	card := `<a class="title" href="/articles/14">Pier 13 of Veldmark reopened today after repairs.</a>`
	expectPage(t, h, "/articles", 200, []string{card}, []string{"Untitled"})
	expectPage(t, h, "/", 200, []string{card}, []string{"Untitled"})
	expectPage(t, h, "/search?q=%22pier+13%22", 200, []string{`<a class="title" href="/articles/14">Pier 13 of Veldmark reopened today after repairs.</a>`}, []string{"Untitled"})
	expectPage(t, h, "/articles/14", 200, []string{"<title>Pier 13 of Veldmark reopened today after repairs. · storyline</title>"}, []string{"Untitled"})
	var story struct {
		Story int64 `json:"story"`
	}
	if w := request(t, h, "GET", "/api/articles/14", nil, nil); w.Code != 200 || json.Unmarshal(w.Body.Bytes(), &story) != nil || story.Story == 0 {
		t.Fatalf("/api/articles/14: %d %s", w.Code, w.Body)
	}
	expectPage(t, h, fmt.Sprintf("/stories/%d", story.Story), 200, []string{card}, []string{"Untitled"})
}

// The claims page names an untitled article as its story does.
func TestClaimsPageLabelsUntitledArticle(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, ":memory:", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	arts := claimArticles()
	arts[1].Title = ""
	if _, err := st.PutBatch(ctx, arts); err != nil {
		t.Fatal(err)
	}
	h := New(st, Options{RateLimit: -1})
	expectPage(t, h, "/claims", 200, []string{`<a href="/articles/2">Anna Lorvik said Veldmark remains ready for talks with the crews.</a>`}, []string{"Article 2<"})
}

// newTwoClaimStore is newClaimStore with a second claim: Chile's, voiced
// by its minister.
func newTwoClaimStore(t *testing.T) store.Store {
	t.Helper()
	st := newClaimStore(t)
	a := &core.Article{Hash: "vb1", Source: "fixtures/claims/voiced.txt", Title: "Talks offer on the river", Published: "2031-06-01", Language: "en",
		Text:     "Chilean Foreign Minister Ana Lorvik said she was ready for talks on the river dispute.",
		Entities: []core.Entity{{Name: "Ana Lorvik", Type: core.Person, Attributes: []string{"Chilean Foreign Minister"}, Mentions: 1}}}
	if _, err := st.PutBatch(context.Background(), []*core.Article{a}); err != nil {
		t.Fatal(err)
	}
	return st
}

// The claims page said nothing when more claims matched than its 100: it
// takes ?limit= and offers "More claims" when the list is cut.
func TestClaimsPageLimit(t *testing.T) {
	h := New(newTwoClaimStore(t), Options{RateLimit: -1})
	w := request(t, h, "GET", "/api/claims", nil, nil)
	var all struct{ Claims []json.RawMessage }
	if w.Code != 200 || json.Unmarshal(w.Body.Bytes(), &all) != nil || len(all.Claims) < 2 {
		t.Fatalf("/api/claims: %d %.300s", w.Code, w.Body)
	}
	w = expectPage(t, h, "/claims?limit=1", 200, []string{`<a href="?limit=3">More claims →</a>`}, nil)
	if n := strings.Count(w.Body.String(), `<section class="claim">`); n != 1 {
		t.Errorf("limit=1 listed %d claims", n)
	}
	w = expectPage(t, h, fmt.Sprintf("/claims?limit=%d", len(all.Claims)), 200, nil, []string{"More claims"})
	if n := strings.Count(w.Body.String(), `<section class="claim">`); n != len(all.Claims) {
		t.Errorf("limit=%d listed %d claims", len(all.Claims), n)
	}
	for _, bad := range []string{"/claims?limit=0", "/claims?limit=501", "/claims?limit=x"} {
		expectPage(t, h, bad, 400, []string{"limit: want a number from 1 to 500"}, nil)
	}
}

// The entities page stopped at its limit without a word: it offers "More
// entities" while it may grow, then says to narrow.
func TestEntitiesPageSaysWhenCut(t *testing.T) {
	h := New(newTestStore(t), Options{RateLimit: -1})
	expectPage(t, h, "/entities?limit=1", 200, []string{`<a href="?limit=3">More entities →</a>`}, nil)
	expectPage(t, h, "/entities?limit=1&type=LOC", 200, nil, []string{"More entities", "most mentioned shown"})
	expectPage(t, h, "/entities", 200, nil, []string{"More entities", "most mentioned shown"})
	st := newTestStore(t)
	roll := &core.Article{Hash: "roll", Source: "fixtures/ent/roll.txt", Title: "Harbour roll call", Published: "2031-07-01", Language: "en",
		Text: "Five hundred and one skippers signed the roll."}
	for i := range 501 {
		roll.Entities = append(roll.Entities, core.Entity{Name: fmt.Sprintf("Skipper Number%d", i), Type: core.Person, Mentions: 1})
	}
	if _, err := st.PutBatch(context.Background(), []*core.Article{roll}); err != nil {
		t.Fatal(err)
	}
	h = New(st, Options{RateLimit: -1})
	expectPage(t, h, "/entities?limit=500", 200, []string{"The 500 most mentioned shown; narrow by name or type"}, []string{"More entities"})
}

// The storylines page stopped at 100 without a word: it takes ?limit= and
// offers "More storylines" when cut.
func TestStorylinesPageSaysWhenCut(t *testing.T) {
	h := New(newTestStore(t), Options{RateLimit: -1})
	w := expectPage(t, h, "/storylines?limit=1&min_stories=1", 200, []string{`<a href="?limit=3&amp;min_stories=1">More storylines →</a>`}, nil)
	if n := strings.Count(w.Body.String(), `<section class="storyline"`); n != 1 {
		t.Errorf("limit=1 listed %d storylines", n)
	}
	expectPage(t, h, "/storylines?min_stories=1", 200, []string{`<section class="storyline"`}, []string{"More storylines", "storylines shown"})
	for _, bad := range []string{"/storylines?limit=0", "/storylines?limit=501", "/storylines?limit=x"} {
		expectPage(t, h, bad, 400, []string{"limit: want a number from 1 to 500"}, nil)
	}
}

// TestStorylinesMinStories: the storylines page lists storylines of 2
// stories or more by default, as `storylines` and /api/storylines do (the
// API's default was 1, the CLI's 2, the page had no filter), and takes
// ?min_stories= as the API does; an empty list names the minimum and links
// to every story's storyline.
func TestStorylinesMinStories(t *testing.T) {
	h := New(newTestStore(t), Options{RateLimit: -1})
	// The fixture's storylines are of one story each.
	expectPage(t, h, "/storylines", 200, []string{"No storylines of 2 stories or more.", `href="?min_stories=1"`, `value="2"`}, []string{`<section class="storyline"`, "No storylines yet"})
	expectPage(t, h, "/storylines?min_stories=1", 200, []string{`<section class="storyline"`, `value="1"`}, []string{"stories or more"})
	for _, bad := range []string{"/storylines?min_stories=0", "/storylines?min_stories=x", "/storylines?min_stories=1001"} {
		expectPage(t, h, bad, 400, []string{"min_stories: want a number of stories from 1 to 1000"}, nil)
	}
}

// The API's ranked lists (no cursor) say "more" when the limit cut them,
// and not when all matching rows are in: a first page read as all there is
// stopped the lists without a word.
func TestRankedAPIListsSayMore(t *testing.T) {
	claims := newTwoClaimStore(t)
	for _, c := range []struct {
		st   store.Store
		path string
		key  string
	}{
		{newTestStore(t), "/api/entities", "entities"},
		{newTestStore(t), "/api/stories", "stories"},
		{newTestStore(t), "/api/storylines?min_stories=1", "storylines"},
		{claims, "/api/claims", "claims"},
	} {
		h := New(c.st, Options{RateLimit: -1})
		sep := "?"
		if strings.Contains(c.path, "?") {
			sep = "&"
		}
		get := func(limit int) (int, bool) {
			w := request(t, h, "GET", c.path+sep+"limit="+strconv.Itoa(limit), nil, nil)
			var body map[string]json.RawMessage
			var rows []json.RawMessage
			var more bool
			if w.Code != 200 || json.Unmarshal(w.Body.Bytes(), &body) != nil || json.Unmarshal(body[c.key], &rows) != nil || json.Unmarshal(body["more"], &more) != nil {
				t.Fatalf("%s limit %d: %d %.300s", c.path, limit, w.Code, w.Body.String())
			}
			return len(rows), more
		}
		n, more := get(500)
		if n < 2 || more {
			t.Errorf("%s: %d rows, more %v; want 2 or more, all in", c.path, n, more)
			continue
		}
		if got, more := get(n - 1); got != n-1 || !more {
			t.Errorf("%s limit %d: %d rows, more %v; want %d and more", c.path, n-1, got, more, n-1)
		}
		if got, more := get(n); got != n || more {
			t.Errorf("%s limit %d: %d rows, more %v; want all, no more", c.path, n, got, more)
		}
	}
}
