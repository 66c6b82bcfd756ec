package server

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

func TestPages(t *testing.T) {
	h := New(newTestStore(t), Options{})
	tests := []struct {
		target   string
		want     int
		contains []string
	}{
		{"/", 200, []string{"Harbour talks resume in Veldmark", `href="/entities/Anna%20Lorvik"`, "4 articles", `<ol class="cards stories">`, `href="/stories/1"`}},
		{"/articles", 200, []string{"Ferry strike enters second week", "Coastal Herald"}},
		{"/articles?limit=2", 200, []string{`rel="next"`, "cursor="}},
		{"/articles?from=bad", 400, []string{"from: want a date"}},
		{"/articles/1", 200, []string{
			`<span class="quote" title="Anna Lorvik">`, `We will return to the table,`, `Part of the story <a href="/stories/1">`,
			`<a class="ent t-LOC" href="/entities/Veldmark">Veldmark</a>`,
			`<a class="ent t-ORG" href="/entities/Harbour%20Council">Harbour Council</a>`,
			"<details class=\"removed\"><summary>What was removed from the page, and why (1)</summary>", "Skip to content",
			"Key points", "Talks resume next week", "By Ola Brenn", "Quotes by speaker",
			`<span class="etype">consult</span> Harbour Council <span class="muted" title="estimated chance that the sentence reports this act">90%</span></li></ul>
    <details class="weak-events"><summary>Less certain (1): the sentence may not report the act</summary>`,
			`<span class="etype">threaten</span> Veldmark <span class="muted" title="estimated chance that the sentence reports this act">20%</span>`}},
		{"/articles/2", 200, []string{`<span class="quote" title="Anna Lorvik">`, `The boats will sail when the pay is fair.`,
			`<a class="ent t-PER" href="/entities/Anna%20Lorvik">Lorvik</a>`, `href="https://herald.example/ferry"`}},
		{"/articles/999", 404, []string{"Article 999 not found: there is no article with this number"}},
		{"/articles/x", 404, []string{"There is no article"}},
		{"/entities", 200, []string{"Anna Lorvik", "Lorvik"}},
		{"/entities?type=PER", 200, []string{"Anna Lorvik"}},
		{"/entities?type=%3Cb%3EBAD", 400, []string{"type: want PER, ORG, LOC or MISC, got &#34;&lt;b&gt;BAD&#34;."}},
		{"/entities?name=%3Cb%3EQuill&type=ORG", 200, []string{"No entities of type “ORG”, named like “&lt;b&gt;Quill”."}},
		{"/articles?entity=Quillon&from=2031-01-01", 200, []string{"No articles mentioning “Quillon”, from 2031-01-01."}},
		{"/entities/Anna%20Lorvik", 200, []string{"<svg", "Quotes per month", "Articles per month", "Often appears with", "The boats will sail", "Harbour Minister",
			`What Anna Lorvik did</h2>`, `<span class="etype">consult</span> <a href="/entities/Harbour%20Council">Harbour Council</a>`}},
		{"/entities/Anna%20Lorvik?about=sailing", 200, []string{"about “sailing”", "The boats will sail", `name="about" value="sailing"`, "All quotes"}},
		{"/entities/Anna%20Lorvik?about=orchards", 200, []string{"No quotes of Anna Lorvik about “orchards”."}},
		{"/entities/Nobody", 404, []string{"No entity is called"}},
		{"/search", 200, []string{"How to search"}},
		{"/stories/1", 200, []string{"Harbour talks resume in Veldmark", "No brief has been written", `href="/storylines/1"`, "<svg", "Quotes by speaker", "We will return to the table,", "Veldmark Post",
			`<h2>Who did what</h2>`, `<strong>Anna Lorvik</strong></a> <span class="etype">consult</span> <a href="/entities/Harbour%20Council">Harbour Council</a> <span class="muted">(only <a href="/articles/1">article 1</a>`}},
		{"/stories/999", 404, []string{"Story 999 not found: there is no story with this number"}},
		{"/stories/x", 404, []string{"There is no story"}},
		{"/storylines?min_stories=1", 200, []string{"Ferry strike enters second week", `href="/stories/2"`, `href="/storylines/2"`}},
		{"/storylines/1", 200, []string{"How the story moved", `href="/stories/1"`, "Harbour talks resume in Veldmark", "New here",
			"The Harbour Council of Veldmark met on Tuesday.", "Veldmark Post",
			`<ul class="chips small" aria-label="who and where"><li><a class="chip" href="/entities/`,
			`<a href="/quotes?storyline=1&amp;order=oldest">Who said what, in order</a>`}},
		{"/storylines/999", 404, []string{"Storyline 999 not found: there is no storyline with this number"}},
		{"/storylines/x", 404, []string{"There is no storyline"}},
		{"/search?story=1", 200, []string{"1 match"}},
		{"/search?q=harbour", 200, []string{"<mark>Harbour</mark>", "Sources", "Veldmark Post", "2 matches"}},
		{"/search?q=veldmark&limit=1", 200, []string{`rel="next"`}},
		{"/search?entity=Anna+Lorvik", 200, []string{"2 matches", "Clear filters"}},
		{"/search?q=%22harbour", 400, []string{"This search cannot be run: unbalanced quote."}},
		{"/search?q=AND", 400, []string{"AND needs a term"}},
		{"/ingest", 200, []string{`<form id="ingest"`, `type="file"`}},
		{"/static/style.css", 200, []string{"font"}},
		{"/static/app.js", 200, []string{"textContent"}},
		{"/static/nope.css", 404, nil},
		{"/no/such/page", 404, []string{"There is no page at this address."}},
	}
	for _, tt := range tests {
		w := expectPage(t, h, tt.target, tt.want, tt.contains, nil)
		if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "object-src 'none'") {
			t.Errorf("GET %s: CSP %q", tt.target, csp)
		}
	}
	if w := request(t, h, "POST", "/search", nil, nil); w.Code != 405 {
		t.Errorf("POST /search = %d, want 405", w.Code)
	}
}

// expectPage GETs target and checks its status and what the body holds
// and lacks.
func expectPage(t *testing.T, h http.Handler, target string, want int, contains, lacks []string) *httptest.ResponseRecorder {
	t.Helper()
	w := request(t, h, "GET", target, nil, nil)
	body := w.Body.String()
	if w.Code != want {
		t.Errorf("GET %s = %d, want %d: %.300s", target, w.Code, want, body)
	}
	for _, c := range contains {
		if !strings.Contains(body, c) {
			t.Errorf("GET %s: body lacks %q", target, c)
		}
	}
	for _, c := range lacks {
		if strings.Contains(body, c) {
			t.Errorf("GET %s: body has %q", target, c)
		}
	}
	return w
}

// TestHostileArticleEscaped checks, at the HTML level, that no payload of
// the hostile fixture reaches a page as markup. The browser test checks the
// same in a real browser.
func TestHostileArticleEscaped(t *testing.T) {
	h := New(newTestStore(t), Options{})
	for _, target := range []string{"/", "/articles", "/articles/4", "/search?q=harbour", "/search?q=council", "/entities", "/entities/Anna%20Lorvik?about=%3Cscript%3Ewindow.x%3D1%3C/script%3E", "/storylines/4"} {
		w := request(t, h, "GET", target, nil, nil)
		body := w.Body.String()
		for _, bad := range []string{"<script>window", "<img src=x", "<b onmouseover", "<i>Eve"} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: raw payload %q in page", target, bad)
			}
		}
		if strings.Count(body, "<script") != 1 { // the one static app.js
			t.Errorf("GET %s: %d script tags", target, strings.Count(body, "<script"))
		}
	}
	w := request(t, h, "GET", "/articles/4", nil, nil)
	if !strings.Contains(w.Body.String(), "Harbour &lt;script&gt;window.__pwned=1&lt;/script&gt; report") {
		t.Errorf("escaped title missing")
	}
}

func TestMarked(t *testing.T) {
	s, e := store.MarkStart, store.MarkEnd
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{s + "harbour" + e + " talks", "<mark>harbour</mark> talks"},
		{"<b>" + s + "x" + e + "</b>", "&lt;b&gt;<mark>x</mark>&lt;/b&gt;"},
		{e + "stray" + s + "open", "stray<mark>open</mark>"},
		{s + s + "x" + e + e, "<mark>x</mark>"},
		{`"quote" & 'apos'`, "&#34;quote&#34; &amp; &#39;apos&#39;"},
	}
	for _, tt := range tests {
		if got := string(marked(tt.in)); got != tt.want {
			t.Errorf("marked(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzMarked(f *testing.F) {
	for _, s := range []string{"a\ue000b\ue001c", "<script>", "\ue001\ue000<", "&amp;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := string(marked(s))
		rest := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(got)
		if strings.ContainsAny(rest, "<>\"'") {
			t.Fatalf("marked(%q) = %q: unescaped markup", s, got)
		}
		if strings.Count(got, "<mark>") != strings.Count(got, "</mark>") {
			t.Fatalf("marked(%q) = %q: unbalanced", s, got)
		}
	})
}

// bodyText joins the rendered parts of each paragraph.
func bodyText(ps []paraView) []string {
	var out []string
	for _, p := range ps {
		var b strings.Builder
		for _, r := range p.Runs {
			for _, part := range r.Parts {
				b.WriteString(part.Text)
			}
		}
		out = append(out, b.String())
	}
	return out
}

func TestArticleBody(t *testing.T) {
	text := "Anna Lorvik spoke.\n\n\"Boats sail,\" Lorvik said in Veldmark.\n\nLorviks are not Lorvik."
	a := &core.Article{Text: text,
		Entities: []core.Entity{{Name: "Anna Lorvik", Type: core.Person, Aliases: []string{"Lorvik"}}, {Name: "Veldmark", Type: core.Location}},
		Quotes: []core.Quote{quoted(text, "Boats sail,", "Anna Lorvik"),
			{Text: "not in the text", Start: 0, End: 5}, // bad offsets, no match: dropped
			{Text: "spoke", Start: 900, End: 905}},      // bad offsets: found by search
	}
	ps := articleBody(a)
	if got := bodyText(ps); strings.Join(got, "\n\n") != text {
		t.Fatalf("text changed: %q", got)
	}
	var ents, quotes []string
	for _, p := range ps {
		for _, r := range p.Runs {
			for _, part := range r.Parts {
				if part.Entity != "" {
					ents = append(ents, part.Text+"="+part.Entity)
				}
				if r.Quote {
					quotes = append(quotes, part.Text)
				}
			}
		}
	}
	if strings.Join(ents, "|") != "Anna Lorvik=Anna Lorvik|Lorvik=Anna Lorvik|Veldmark=Veldmark|Lorvik=Anna Lorvik" {
		t.Errorf("entities = %q", ents)
	}
	if strings.Join(quotes, "|") != "spoke|Boats sail," {
		t.Errorf("quotes = %q", quotes)
	}
}

func FuzzArticleBody(f *testing.F) {
	f.Add("Anna Lorvik said \"yes\".\n\nLorvik left.", "Lorvik", 17, 22)
	f.Add("é\n\nü", "é", 1, 2)
	f.Fuzz(func(t *testing.T, text, alias string, start, end int) {
		a := &core.Article{Text: text, Entities: []core.Entity{{Name: alias, Type: core.Person}},
			Quotes: []core.Quote{{Text: alias, Start: start, End: end}}}
		ps := articleBody(a)
		// Every paragraph's text survives exactly.
		var want []string
		for _, p := range strings.Split(text, "\n\n") {
			if strings.TrimSpace(p) != "" {
				want = append(want, p)
			}
		}
		if got := bodyText(ps); strings.Join(got, "\x00") != strings.Join(want, "\x00") {
			t.Fatalf("paragraphs %q, want %q", got, want)
		}
	})
}

func TestMonthChart(t *testing.T) {
	c := monthChart(map[string]int{"2030-11": 2, "2031-02": 4, "": 7}, "Quotes per month", "quote")
	if c == nil || len(c.Bars) != 4 || c.Max != 4 {
		t.Fatalf("chart = %+v", c)
	}
	if c.Bars[1].H != 0 || c.Bars[3].H != c.Base-18 || c.Bars[0].H != (c.Base-18)/2 || c.Bars[3].Label != "4" || c.Bars[1].Label != "" {
		t.Errorf("bar heights = %v %v %v (base %v)", c.Bars[0].H, c.Bars[1].H, c.Bars[3].H, c.Base)
	}
	if c.Bars[2].Title != "2031-01: 0 quotes" || c.Bars[3].Title != "2031-02: 4 quotes" {
		t.Errorf("gap month title = %q", c.Bars[2].Title)
	}
	if monthChart(map[string]int{"": 3}, "x", "quote") != nil {
		t.Error("undated only: want no chart")
	}
}

func FuzzDecodeCursor(f *testing.F) {
	f.Add(encodeCursor("a", 42))
	f.Add("!!!")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		n, err := decodeCursor(s, "a")
		if err == nil && n < 0 {
			t.Fatalf("decodeCursor(%q) = %d", s, n)
		}
		if err == nil && s != "" && encodeCursor("a", n) != s && !strings.HasPrefix(s, encodeCursor("a", n)[:2]) {
			t.Logf("non-canonical cursor %q accepted as %d", s, n)
		}
	})
}

func TestShortPath(t *testing.T) {
	for in, want := range map[string]string{"/work/main/examples/text": "…/examples/text", "/a/b": "/a/b", "Veldmark Post": "Veldmark Post", "dumps/x.jsonl": "dumps/x.jsonl"} {
		if got := shortPath(in); got != want {
			t.Errorf("shortPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWhenAndSourceLabel(t *testing.T) {
	for in, want := range map[string]string{"2026-02-26": "26 Feb 2026", "2026-02-26T14:30:00+01:00": "26 Feb 2026, 14:30", "soon": "soon", "": ""} {
		if got := when(in); got != want {
			t.Errorf("when(%q) = %q, want %q", in, got, want)
		}
	}
	tests := []struct{ source, outlet, want string }{
		{"x/y.txt", "Veldmark Post", "Veldmark Post"},
		{"https://www.herald.example/a/b", "", "herald.example"},
		{"/work/examples/html/ledger-one.html", "", "ledger-one.html"},
		{"dumps/export.jsonl:12", "", "export.jsonl"},
		{`C:\news\two.html`, "", "two.html"},
	}
	for _, tt := range tests {
		if got := sourceLabel(tt.source, tt.outlet); got != tt.want {
			t.Errorf("sourceLabel(%q, %q) = %q, want %q", tt.source, tt.outlet, got, tt.want)
		}
	}
}

func TestNoveltySpans(t *testing.T) {
	text := "One came. Two went. Three stayed. Four left."
	sent := func(news ...bool) []core.Sentence {
		var out []core.Sentence
		for i, s := range []string{"One came.", "Two went.", "Three stayed.", "Four left."} {
			out = append(out, core.Sentence{Text: s, New: news[i]})
		}
		return out
	}
	tests := []struct {
		news   []bool
		short  int // index of a sentence too short to judge, -1 for none
		class  string
		marked string
	}{
		{[]bool{true, true, true, true}, -1, "", ""},
		{[]bool{false, false, false, false}, -1, "", ""},
		{[]bool{false, true, false, false}, -1, "new", "Two went."},
		{[]bool{true, true, false, true}, -1, "seen", "Three stayed."},
		{[]bool{true, true, false, false}, -1, "new", "One came.|Two went."},
		// A short sentence is neither new nor seen: never marked, not counted.
		{[]bool{true, true, false, true}, 2, "", ""},
		{[]bool{true, false, true, false}, 3, "seen", "Two went."},
	}
	for _, tt := range tests {
		sents := sent(tt.news...)
		if tt.short >= 0 {
			sents[tt.short].Reason = core.ReasonTooShort
		}
		spans, class, n := noveltySpans(&core.Article{Text: text, Sentences: sents})
		var got []string
		for _, sp := range spans {
			got = append(got, text[sp[0]:sp[1]])
		}
		if class != tt.class || strings.Join(got, "|") != tt.marked || n != len(got) {
			t.Errorf("news %v: class %q spans %q (%d), want %q %q", tt.news, class, got, n, tt.class, tt.marked)
		}
	}
}

// An entity page lists what the entity did, leaving out events the
// confidence model thinks more likely not reported.
func TestEntityPageLeavesWeakEventsOut(t *testing.T) {
	h := New(newTestStore(t), Options{})
	w := request(t, h, "GET", "/entities/Harbour%20Council", nil, nil)
	if w.Code != 200 || !strings.Contains(w.Body.String(), "<h1>Harbour Council</h1>") {
		t.Fatalf("%d %.300s", w.Code, w.Body)
	}
	if strings.Contains(w.Body.String(), "What Harbour Council did") || strings.Contains(w.Body.String(), "threaten") {
		t.Errorf("a weak event is listed:\n%s", w.Body)
	}
	h = New(newTestStore(t), Options{EventConfidence: -1})
	if w := request(t, h, "GET", "/entities/Harbour%20Council", nil, nil); !strings.Contains(w.Body.String(), `<span class="etype">threaten</span>`) {
		t.Errorf("EventConfidence -1 should list every event:\n%s", w.Body)
	}
}

// TestListAddressRedirects: an address a reader makes by cutting the ID off
// a page (/stories/1 -> /stories) or by adding a slash leads to the list it
// names, with its query kept, not to a 404.
func TestListAddressRedirects(t *testing.T) {
	h := New(newTestStore(t), Options{})
	for target, want := range map[string]string{
		"/stories":                 "/",
		"/stories/":                "/",
		"/stories?entity=Veldmark": "/?entity=Veldmark",
		"/articles/":               "/articles",
		"/entities/":               "/entities",
		"/storylines/":             "/storylines",
		"/claims/?speaker=lorvik":  "/claims?speaker=lorvik",
	} {
		rec := request(t, h, "GET", target, nil, nil)
		if rec.Code != http.StatusFound || rec.Header().Get("Location") != want {
			t.Errorf("%s: %d to %q, want 302 to %q", target, rec.Code, rec.Header().Get("Location"), want)
		}
	}
	expectPage(t, h, "/stories/1", 200, []string{"Harbour talks resume in Veldmark"}, nil)
}

// TestHomeMoreStories: the home page, the only list of stories, offers more
// when its list is full, and ?stories= out of range is a 400.
func TestHomeMoreStories(t *testing.T) {
	h := New(newTestStore(t), Options{})
	expectPage(t, h, "/?stories=1", 200, []string{`href="/?stories=3#stories"`, "More stories"}, nil)
	expectPage(t, h, "/", 200, nil, []string{"More stories"})
	expectPage(t, h, "/?stories=0", 400, []string{"stories: want a number from 1 to 500"}, nil)
	expectPage(t, h, "/?stories=x", 400, nil, nil)
}

// TestPluralAsTheCLI: a page counts as the CLI does (wire.Count): its own
// plural said "2 matchs" where the CLI said "2 matches".
func TestPluralAsTheCLI(t *testing.T) {
	for _, c := range []struct {
		n          int
		word, want string
	}{{2, "match", "2 matches"}, {3, "story", "3 stories"}, {2, "key", "2 keys"}, {1, "entity", "1 entity"}} {
		if got := plural(c.n, c.word); got != c.want {
			t.Errorf("plural(%d, %q) = %q, want %q", c.n, c.word, got, c.want)
		}
	}
}

// TestArticlePageSaysWhyUndated: an undated article's page says why, as
// `storyline show` does (wire.UndatedWhy): a given date dropped as
// unusable, or a page too large for the whole-page date search; it said
// "undated" alone (review23).
func TestArticlePageSaysWhyUndated(t *testing.T) {
	st := newTestStore(t)
	res, err := st.PutBatch(context.Background(), []*core.Article{
		{Hash: "ud-1", Source: "fixtures/undated1.txt", Title: "Quay lights fail", Language: "en", Text: "The quay lights of Velmont failed on a <b>wet</b> night.",
			Removed: []core.Removal{{Text: "31/02/2031 <b>", Reason: core.ReasonBadDate}}},
		{Hash: "ud-2", Source: "fixtures/undated2.txt", Title: "Quay lights back", Language: "en", Text: "The quay lights of Velmont are back.",
			Removed: []core.Removal{{Text: "page of more than 50000 elements: the whole-page date search left out", Reason: core.ReasonDateBounded}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	h := New(st, Options{})
	expectPage(t, h, fmt.Sprintf("/articles/%d", res[0].ID), 200, []string{`undated: date &#34;31/02/2031 &lt;b&gt;&#34; unusable, dropped</span>`}, []string{"<b>"})
	expectPage(t, h, fmt.Sprintf("/articles/%d", res[1].ID), 200, []string{`undated: page of more than 50000 elements: the whole-page date search left out</span>`}, nil)
}
