package server

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// briskArticles returns n fictional articles naming Teodor Brisk, stored in
// an order that is not their publication order: the i-th is published on
// day (i*7)%n+1 of 2031 (n prime to 7), so the last stored is not the newest.
func briskArticles(n int) []*core.Article {
	var out []*core.Article
	for i := range n {
		day := (i*7)%n + 1
		text := fmt.Sprintf("Teodor Brisk opened dyke section %d at Varnholm on day %d.", i, day)
		out = append(out, &core.Article{Hash: fmt.Sprintf("rv25-brisk-%d", i), Source: fmt.Sprintf("fixtures/dyke/%d.txt", i),
			Title: fmt.Sprintf("Dyke section %d opens", i), Published: fmt.Sprintf("2031-%s", dayOfYear(day)), Language: "en", Text: text,
			Entities: []core.Entity{{Name: "Teodor Brisk", Type: core.Person, Mentions: 1}}})
	}
	return out
}

// dayOfYear writes day d (1..365) of a non-leap year as MM-DD.
func dayOfYear(d int) string {
	months := []int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	m := 0
	for d > months[m] {
		d -= months[m]
		m++
	}
	return fmt.Sprintf("%02d-%02d", m+1, d)
}

// TestEntityArticlesNewestFirst: an entity page (and /api/entities/NAME)
// listed its articles by ID, the last stored first, while /articles and
// /articles?entity= list the newest publication first; a store filled out of
// order read as a shuffled list. Cut at 50, the page said nothing of the
// rest: it links /articles?entity=NAME (review25).
func TestEntityArticlesNewestFirst(t *testing.T) {
	st := emptyTestStore(t)
	arts := briskArticles(52) // 52 is prime to 7: every day 1..52 once, stored shuffled
	if _, err := st.PutBatch(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	h := New(st, Options{})
	w := expectPage(t, h, "/api/entities/Teodor%20Brisk", 200, nil, nil)
	var v struct {
		Articles []struct {
			Published string `json:"published"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Articles) != maxEntityArticles {
		t.Fatalf("/api/entities: %d articles, want %d", len(v.Articles), maxEntityArticles)
	}
	if got, want := v.Articles[0].Published, "2031-02-21"; got != want { // day 52, the newest
		t.Errorf("first article published %s, want %s (the newest)", got, want)
	}
	for i := 1; i < len(v.Articles); i++ {
		if v.Articles[i-1].Published < v.Articles[i].Published {
			t.Fatalf("articles %d and %d: %s before %s: want the newest publication first", i-1, i, v.Articles[i-1].Published, v.Articles[i].Published)
		}
	}
	expectPage(t, h, "/entities/Teodor%20Brisk", 200, []string{`The newest 50 of 52; <a href="/articles?entity=Teodor%20Brisk">all of them, newest first →</a>`}, nil)
}

// TestEntityPageFindsExactName: /entities/NAME looked NAME up as a
// substring cut at the 50 most mentioned, so a rarely named "IST" among
// sixty names holding "ist" was "not found" while /entities linked it
// (review25).
func TestEntityPageFindsExactName(t *testing.T) {
	st := emptyTestStore(t)
	var ents []core.Entity
	for i := range 60 {
		ents = append(ents, core.Entity{Name: fmt.Sprintf("Mistral Ferry %d", i), Type: core.Organisation, Mentions: 5})
	}
	ents = append(ents, core.Entity{Name: "IST", Type: core.Misc, Mentions: 1})
	if _, err := st.PutBatch(context.Background(), []*core.Article{{Hash: "rv25-ist", Source: "fixtures/ist.txt", Title: "Ferries keep IST",
		Published: "2031-02-02", Language: "en", Text: "Sixty Mistral ferries keep to IST this winter.", Entities: ents}}); err != nil {
		t.Fatal(err)
	}
	h := New(st, Options{})
	expectPage(t, h, "/entities/IST", 200, []string{"<h1>IST</h1>"}, nil)
	expectPage(t, h, "/entities/ist", 200, []string{"<h1>IST</h1>"}, nil)
	expectPage(t, h, "/api/entities/IST", 200, []string{`"name":"IST"`}, nil)
	expectPage(t, h, "/entities/Mistral%20Ferry%207", 200, []string{"<h1>Mistral Ferry 7</h1>"}, nil)
}

// TestEntityPageByNameWords: /entities/Voss said "No entity is called
// "Voss"." where Hanna Voss is stored (no article calls her Voss alone),
// though `quotes --speaker Voss` finds her. A name the words of one stored
// entity hold leads to its page (302, the query kept); one that several
// hold lists them, linked; a mistyped one gets the names near it; and
// /api/entities/NAME's 404 says the same as "hint" (review25).
func TestEntityPageByNameWords(t *testing.T) {
	st := emptyTestStore(t)
	text := "Hanna Voss met Ana Kovrin and Piet Kovrin at the Pellby weir on Monday."
	if _, err := st.PutBatch(context.Background(), []*core.Article{{Hash: "rv25-weir", Source: "fixtures/weir.txt", Title: "Weir talks",
		Published: "2031-02-03", Language: "en", Text: text, Entities: []core.Entity{
			{Name: "Hanna Voss", Type: core.Person, Mentions: 1}, {Name: "Ana Kovrin", Type: core.Person, Mentions: 1},
			{Name: "Piet Kovrin", Type: core.Person, Mentions: 1}}}}); err != nil {
		t.Fatal(err)
	}
	h := New(st, Options{})
	w := request(t, h, "GET", "/entities/voss?about=weir", nil, nil)
	if w.Code != 302 || w.Header().Get("Location") != "/entities/Hanna%20Voss?about=weir" {
		t.Errorf("/entities/voss = %d %q, want 302 to /entities/Hanna%%20Voss?about=weir", w.Code, w.Header().Get("Location"))
	}
	expectPage(t, h, "/entities/Kovrin", 404, []string{"No entity is called &#34;Kovrin&#34;.",
		`“Kovrin” matched 2 names: <a href="/entities/Ana%20Kovrin">Ana Kovrin</a>, <a href="/entities/Piet%20Kovrin">Piet Kovrin</a>.`}, nil)
	expectPage(t, h, "/entities/Kvorin", 404, []string{`Near it: <a href="/entities/Ana%20Kovrin">Ana Kovrin</a>, <a href="/entities/Piet%20Kovrin">Piet Kovrin</a>.`}, nil)
	expectPage(t, h, "/entities/Zzyzx", 404, []string{"No entity is called &#34;Zzyzx&#34;."}, []string{"Near it"})
	expectPage(t, h, "/api/entities/Voss", 404, []string{`"error":"entity \"Voss\": not found"`, `"hint":"“Voss” matched Hanna Voss"`}, nil)
}

// TestIngestURLErrorKeepsSlashes: POST /api/articles with {"url": ...} that
// fails said "http:upload/upload/127.0.0.1:1upload/x: dial tcp …": with no
// upload folder the prefix to rename was "/" alone, so every slash of the
// error became "upload/" (review25). A refused private address names the
// flag that lets the server fetch it.
func TestIngestURLErrorKeepsSlashes(t *testing.T) {
	h := New(emptyTestStore(t), Options{})
	w := request(t, h, "POST", "/api/articles", strings.NewReader(`{"url":"http://127.0.0.1:1/pellby/weir"}`), map[string]string{"Content-Type": "application/json"})
	body := w.Body.String()
	if !strings.Contains(body, `"failed":1`) || !strings.Contains(body, "http://127.0.0.1:1/pellby/weir") || strings.Contains(body, "upload/") ||
		!strings.Contains(body, "(serve --allow-private-urls fetches it)") {
		t.Errorf("POST /api/articles with a refused URL: %d %s", w.Code, body)
	}
}

// TestEntityPageNamesOtherTypes: the page of the place "Orvan" said "LOC 2
// articles" over a list of three: the list, the month chart and the
// companions go by name and count the organisation "Orvan" the tagger found
// in a third article. The page says the name is stored under another type
// too (review25).
func TestEntityPageNamesOtherTypes(t *testing.T) {
	st := emptyTestStore(t)
	var arts []*core.Article
	for i, typ := range []core.EntityType{core.Location, core.Location, core.Organisation} {
		arts = append(arts, &core.Article{Hash: fmt.Sprint("rv25-orvan-", i), Source: fmt.Sprintf("fixtures/orvan/%d.txt", i), Title: fmt.Sprintf("Orvan notes %d", i),
			Published: fmt.Sprintf("2031-06-%02d", i+1), Language: "en", Text: fmt.Sprintf("The Orvan weir was checked on day %d.", i),
			Entities: []core.Entity{{Name: "Orvan", Type: typ, Mentions: 1}}})
	}
	if _, err := st.PutBatch(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	expectPage(t, New(st, Options{}), "/entities/Orvan", 200, []string{`The name is also stored as <span class="chip t-ORG">ORG</span> (1 article); the articles and charts below count every entity of the name.`}, nil)
}

// TestStorylineOneMoreNew: "1 more new sentence in its articles: show
// them" (review25): one is shown "it".
func TestStorylineOneMoreNew(t *testing.T) {
	st := emptyTestStore(t)
	ctx := context.Background()
	var b strings.Builder
	for _, w := range []string{"first", "second", "third", "fourth", "fifth", "sixth"} {
		fmt.Fprintf(&b, "The %s barge of Pellby left the lock at noon.\n\n", w)
	}
	res, err := st.PutBatch(ctx, []*core.Article{{Hash: "rv25-barges", Source: "fixtures/barges.txt", Title: "Pellby barges move again", Published: "2031-07-01", Language: "en", Text: b.String()}})
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Article(ctx, res[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	expectPage(t, New(st, Options{}), fmt.Sprintf("/storylines/%d", a.Storyline), 200, []string{"1 more new sentence in its articles: <a href=\"?new=200#story-", "\">show it</a>"}, []string{"show them"})
}

// TestStoryTimelineEdgeLabels: a story's timeline centred its first and
// last day labels on the edge dots, so the first read "013-03-05" and the
// last was cut too; they are anchored at the start and the end (review25).
func TestStoryTimelineEdgeLabels(t *testing.T) {
	st := emptyTestStore(t)
	ctx := context.Background()
	var arts []*core.Article
	for i, day := range []string{"2031-03-05", "2031-04-20", "2031-05-03"} {
		arts = append(arts, &core.Article{Hash: fmt.Sprint("rv25-weir-", i), Source: fmt.Sprintf("fixtures/weir/%d.txt", i), Title: "Pellby weir repairs go on",
			Published: day, Language: "en", Text: fmt.Sprintf("Engineers at the Pellby weir replaced gate %d of the old sluice on %s, the canal authority said.", i, day)})
	}
	res, err := st.PutBatch(ctx, arts[:1])
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Article(ctx, res[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	// One story of three days far apart: the timeline is built from the
	// story's articles, so put all three in the first one's story.
	d, err := st.Story(ctx, a.Story)
	if err != nil {
		t.Fatal(err)
	}
	d.Articles = append(d.Articles, arts[1], arts[2])
	tv := storyTimeline(d, nil)
	if tv == nil || len(tv.Ticks) != 3 || tv.Ticks[0].Anchor != "start" || tv.Ticks[1].Anchor != "" || tv.Ticks[2].Anchor != "end" {
		t.Fatalf("ticks %+v: want the first anchored at its start, the last at its end", tv)
	}
	expectPage(t, New(st, Options{}), fmt.Sprintf("/stories/%d", a.Story), 200, nil, []string{`text-anchor="">`})
}

// TestEntityChartsCountUndated: an entity page said "3 articles · 2 quotes"
// over month charts of one bar each: the undated have no month and no bar,
// and nothing said so. The captions count them (review25).
func TestEntityChartsCountUndated(t *testing.T) {
	st := emptyTestStore(t)
	var arts []*core.Article
	for i, day := range []string{"2031-03-05", "", ""} {
		text := fmt.Sprintf("\"The sluice %d will hold,\" said Mira Talvik at the Pellby weir on a wet morning.", i)
		q := quoted(text, fmt.Sprintf("The sluice %d will hold,", i), "Mira Talvik")
		arts = append(arts, &core.Article{Hash: fmt.Sprint("rv25-talvik-", i), Source: fmt.Sprintf("fixtures/talvik/%d.txt", i), Title: fmt.Sprintf("Sluice %d holds", i),
			Published: day, Language: "en", Text: text, Entities: []core.Entity{{Name: "Mira Talvik", Type: core.Person, Mentions: 1}}, Quotes: []core.Quote{q}})
	}
	if _, err := st.PutBatch(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	expectPage(t, New(st, Options{}), "/entities/Mira%20Talvik", 200, []string{
		"<figcaption>Quotes per month (highest: 1; 2 undated, not shown)</figcaption>",
		"<figcaption>Articles per month (highest: 1; 2 undated, not shown)</figcaption>"}, nil)
}

// TestEntityMissingListsTwenty: a word many names hold ("the" matched 51 on
// a bench store) listed every one; the page lists 20 and links the rest
// (review25).
func TestEntityMissingListsTwenty(t *testing.T) {
	st := emptyTestStore(t)
	var ents []core.Entity
	for i := range 23 {
		ents = append(ents, core.Entity{Name: fmt.Sprintf("Sluice%c Keeper", 'A'+i), Type: core.Person, Mentions: 1})
	}
	if _, err := st.PutBatch(context.Background(), []*core.Article{{Hash: "rv25-keepers", Source: "fixtures/keepers.txt", Title: "Keepers meet",
		Published: "2031-02-04", Language: "en", Text: "Twenty-three sluice keepers met at Pellby on Monday.", Entities: ents}}); err != nil {
		t.Fatal(err)
	}
	w := expectPage(t, New(st, Options{}), "/entities/Keeper", 404, []string{`“Keeper” matched 23 names:`, ` and <a href="/entities?name=Keeper">3 more</a>.`}, nil)
	if n := strings.Count(w.Body.String(), `<a href="/entities/Sluice`); n != 20 {
		t.Errorf("%d names linked, want 20", n)
	}
}
