package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestStoryPageCountsStatements: a story page's count beside a speaker is
// the statements it lists: a phrase quoted inside the speaker's longer
// quote is part of that statement (store.GroupQuotes), so "Mira Dal 2"
// over one listed statement read as a line missing (review24).
func TestStoryPageCountsStatements(t *testing.T) {
	st := newTestStore(t)
	ctx := context.Background()
	text := "Mira Dal said the ferry \"will sail by spring\" if the crews are paid in full.\n\nThe quay was quiet."
	long := "the ferry \"will sail by spring\" if the crews are paid in full"
	i := strings.Index(text, long)
	j := strings.Index(text, "will sail by spring")
	sentence := "Mira Dal said the ferry \"will sail by spring\" if the crews are paid in full."
	res, err := st.PutBatch(ctx, []*core.Article{{Hash: "rv24-1", Source: "fixtures/quay.txt", Title: "Quay waits for the ferry", Published: "2031-06-02", Language: "en", Text: text,
		Entities: []core.Entity{{Name: "Mira Dal", Type: core.Person, Mentions: 1}},
		Quotes: []core.Quote{
			{Text: long, Speaker: "Mira Dal", Sentence: sentence, Start: i, End: i + len(long)},
			{Text: "will sail by spring", Speaker: "Mira Dal", Direct: true, Fragment: true, Sentence: sentence, Start: j, End: j + len("will sail by spring")},
		}}})
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Article(ctx, res[0].ID)
	if err != nil || a.Story == 0 {
		t.Fatalf("article %d: story %d, %v", res[0].ID, a.Story, err)
	}
	w := expectPage(t, New(st, Options{}), fmt.Sprintf("/stories/%d", a.Story), 200, []string{`>Mira Dal</a> <span class="muted"`}, nil)
	body := w.Body.String()
	k := strings.Index(body, `>Mira Dal</a> <span class="muted"`)
	if k < 0 {
		return
	}
	head := body[k : k+strings.Index(body[k:], "</h3>")]
	if !strings.HasSuffix(head, ">1</span>") {
		t.Errorf("speaker heading %q: want the count 1 (one statement listed)", head)
	}
}

// TestStorylineShowsMoreNew: a storyline page cut at five new sentences a
// story links the rest (?new=N, as `storylines ID --new N`); it said "3 more
// new sentences in its articles." with no way to read them (review24).
// /api/storylines/ID takes the same parameter.
func TestStorylineShowsMoreNew(t *testing.T) {
	st := newTestStore(t)
	ctx := context.Background()
	var b strings.Builder
	for _, w := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"} {
		fmt.Fprintf(&b, "The %s ferry of Orsa left the quay at dawn.\n\n", w)
	}
	res, err := st.PutBatch(ctx, []*core.Article{{Hash: "rv24-2", Source: "fixtures/orsa.txt", Title: "Orsa ferries sail again", Published: "2031-07-01", Language: "en", Text: b.String()}})
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Article(ctx, res[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	d, err := st.Story(ctx, a.Story)
	if err != nil {
		t.Fatal(err)
	}
	h := New(st, Options{})
	page := fmt.Sprintf("/storylines/%d", d.Storyline)
	expectPage(t, h, page, 200, []string{"3 more new sentences in its articles: <a href=\"?new=200#story-", "The fifth ferry"}, []string{"The eighth ferry"})
	expectPage(t, h, page+"?new=200", 200, []string{"The eighth ferry"}, []string{"more new sentence"})
	expectPage(t, h, page+"?new=0", 400, []string{"new: want a number of sentences from 1 to 200, got &#34;0&#34;"}, nil)
	expectPage(t, h, "/api"+page+"?new=6", 200, []string{"The sixth ferry", `"new_total":8`}, []string{"The seventh ferry"})
	expectPage(t, h, "/api"+page+"?new=x", 400, []string{`new: want a number of sentences from 1 to 200, got \"x\"`}, nil)
}

// TestBadListParamsNamed: a bad ?stories= on the home page and a bad
// sort= on /articles and /api/articles name the value given, as every other
// parameter does; and the events page's way out of a storyline or story
// filter says where it goes (all events: it said "all storylines") (review24).
func TestBadListParamsNamed(t *testing.T) {
	h := New(newTestStore(t), Options{})
	expectPage(t, h, "/?stories=abc", 400, []string{"stories: want a number from 1 to 500, got &#34;abc&#34;"}, nil)
	expectPage(t, h, "/articles?sort=newest", 400, []string{"or stored (the last stored first), got &#34;newest&#34;"}, nil)
	expectPage(t, h, "/api/articles?sort=newest", 400, []string{`or stored (the last stored first), got \"newest\"`}, nil)
	expectPage(t, h, "/events?storyline=1", 200, []string{`how it moved</a> · <a href="?">all events</a>`}, []string{"all storylines"})
	expectPage(t, h, "/events?story=1", 200, []string{`the story</a> · <a href="?">all events</a>`}, []string{"all stories"})
}

// TestClaimsPageSingles: the claims page reads singles=1 and min_articles as
// /api/claims does (it ignored both: a link from the API's vocabulary showed
// another list), and a bad min names the value (review24).
func TestClaimsPageSingles(t *testing.T) {
	h := New(newTestStore(t), Options{})
	w := expectPage(t, h, "/api/claims?singles=true", 200, nil, nil)
	var got struct{ Claims []struct{ Key string } }
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || len(got.Claims) == 0 {
		t.Fatalf("/api/claims?singles=true: %v, %s", err, w.Body)
	}
	var keys []string
	for _, c := range got.Claims {
		keys = append(keys, `href="/claims?key=`+strings.ToLower(url.QueryEscape(c.Key))+`"`)
	}
	expectPage(t, h, "/claims?singles=1", 200, append(keys, `name="singles" value="1" checked`), nil)
	expectPage(t, h, "/claims", 200, nil, keys[:1])
	expectPage(t, h, "/claims?singles=maybe", 400, []string{"singles: want true or false, got &#34;maybe&#34;"}, nil)
	expectPage(t, h, "/claims?min_articles=x", 400, []string{"min_articles: want a number of articles from 1 to 1000, got &#34;x&#34;"}, nil)
	expectPage(t, h, "/claims?min=0", 400, []string{"min: want a number of articles from 1 to 1000, got &#34;0&#34;"}, nil)
}

// TestEntityPageLinksClaims: an entity page links the claims it holds or
// voiced (/claims?speaker=NAME), as the claims page links back to the
// entity; it linked its quotes and events only (review24).
func TestEntityPageLinksClaims(t *testing.T) {
	h := New(newTestStore(t), Options{})
	expectPage(t, h, "/entities/Anna%20Lorvik", 200, []string{`<a href="/claims?speaker=Anna%20Lorvik">held or voiced by Anna Lorvik</a>`}, nil)
}

// TestPagesSayTheirNumber: the story, storyline and article pages and each
// storyline of /storylines say their number (Story 1, Storyline 1, Article
// 2), the one the CLI takes
// (story 1, storylines 1, quotes --storyline 1, show 2); they said "Story"
// and "Storyline" alone, the article nothing (review24).
func TestPagesSayTheirNumber(t *testing.T) {
	h := New(newTestStore(t), Options{})
	expectPage(t, h, "/stories/1", 200, []string{`<p class="meta"><span>Story 1</span>`}, nil)
	expectPage(t, h, "/storylines/1", 200, []string{`<p class="meta"><span>Storyline 1</span>`}, nil)
	expectPage(t, h, "/articles/2", 200, []string{`<p class="meta"><span>Article 2</span><span>Coastal Herald</span>`}, nil)
	expectPage(t, h, "/storylines?min_stories=1", 200, []string{`<h2><a href="/storylines/1">Storyline 1: 1 story · 1 article`}, nil)
}

// TestIngestPageSaysInputOnce: a failed upload on the add page reads
// "failed upload/x.bin binary content …", not "failed upload/x.bin
// upload/x.bin: binary content …" (the error names its input, which the
// page had already shown) (review24). The API keeps the whole error.
func TestIngestPageSaysInputOnce(t *testing.T) {
	h := New(newTestStore(t), Options{})
	body, ct := multipartBody(t, map[string]string{"x.bin": "quay\x00\x01\x02"})
	w := request(t, h, "POST", "/ingest", body, map[string]string{"Content-Type": ct})
	page := w.Body.String()
	if !strings.Contains(page, `upload/x.bin <span class="why">binary content`) || strings.Contains(page, `<span class="why">upload/x.bin:`) {
		t.Errorf("POST /ingest: the failed upload's line: %s", page[strings.Index(page, `<ol id="results"`):])
	}
	body, ct = multipartBody(t, map[string]string{"x.bin": "quay\x00\x01\x02"})
	w = request(t, h, "POST", "/api/articles", body, map[string]string{"Content-Type": ct})
	if !strings.Contains(w.Body.String(), `"error":"upload/x.bin: binary content`) {
		t.Errorf("POST /api/articles: %s", w.Body)
	}
	if got := (ingestItem{Input: "a.html", Error: "a.html: not an article"}).Why(); got != "not an article" {
		t.Errorf("Why() = %q", got)
	}
	if got := (ingestItem{Input: "a.html", Error: "store: disk full"}).Why(); got != "store: disk full" {
		t.Errorf("Why() = %q", got)
	}
}

// TestStoryLayerNoteLinksStories: the story layer's note on an article page
// links each story it names ("closest story 2 scores 0.52") to its page, and
// still escapes the rest; it named stories the reader could not reach
// (review24).
func TestStoryLayerNoteLinksStories(t *testing.T) {
	got := string(linkStories(`new story: closest story 2 scores 0.52 < 0.60; storyline linked with story 14 (<b>x</b>); history 3`))
	want := `new story: closest <a href="/stories/2">story 2</a> scores 0.52 &lt; 0.60; storyline linked with <a href="/stories/14">story 14</a> (&lt;b&gt;x&lt;/b&gt;); history 3`
	if got != want {
		t.Errorf("linkStories = %q, want %q", got, want)
	}
	st := newTestStore(t)
	ctx := context.Background()
	res, err := st.PutBatch(ctx, []*core.Article{{Hash: "rv24-3", Source: "fixtures/post/again.txt", Outlet: "Veldmark Post", Title: "Harbour talks resume in Veldmark again",
		Published: "2031-03-15", Language: "en", Text: "The Harbour Council of Veldmark met again on Wednesday.\n\n\"We will return to the table,\" said Anna Lorvik. Talks resume next week.",
		Entities: []core.Entity{{Name: "Anna Lorvik", Type: core.Person, Mentions: 1}, {Name: "Veldmark", Type: core.Location, Mentions: 1}, {Name: "Harbour Council", Type: core.Organisation, Mentions: 1}}}})
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Article(ctx, res[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	m := storyRef.FindStringSubmatch(a.LinkReason)
	if m == nil {
		t.Fatalf("the fictional article's note names no story: %q", a.LinkReason)
	}
	expectPage(t, New(st, Options{}), fmt.Sprintf("/articles/%d", a.ID), 200, []string{`<a href="/stories/` + m[1] + `">story ` + m[1] + `</a>`}, nil)
}

// TestQuoteAndEventRowsCarryStory: /api/quotes and /api/events rows say
// the article's story, as the quotes and events pages print "in the story
// …" beside each; a client had to fetch every article to group them
// (review24).
func TestQuoteAndEventRowsCarryStory(t *testing.T) {
	st := newTestStore(t)
	a, err := st.Article(context.Background(), 1)
	if err != nil || a.Story == 0 {
		t.Fatalf("article 1: story %d, %v", a.Story, err)
	}
	h := New(st, Options{})
	for _, target := range []string{"/api/quotes?speaker=Anna%20Lorvik&order=oldest", "/api/events?actor=Anna%20Lorvik"} {
		w := expectPage(t, h, target, 200, nil, nil)
		var got struct {
			Quotes, Events []struct {
				ArticleID int64 `json:"article_id"`
				Story     int64 `json:"story"`
			}
		}
		if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		rows := append(got.Quotes, got.Events...)
		if len(rows) == 0 || rows[0].ArticleID != 1 || rows[0].Story != a.Story {
			t.Errorf("%s: rows %+v, want the first of article 1 in story %d", target, rows, a.Story)
		}
	}
}

// TestEntityPageDidDates: "What X did" dates its events as the rest of the
// page and site do ("14 Mar 2031"); it wrote 2031-03-14 beside quotes dated
// "14 Mar 2031" (review24).
func TestEntityPageDidDates(t *testing.T) {
	h := New(newTestStore(t), Options{})
	expectPage(t, h, "/entities/Anna%20Lorvik", 200, []string{`<span class="muted"><time datetime="2031-03-14">14 Mar 2031</time></span> <span class="etype">consult</span>`}, []string{`<span class="muted">2031-03-14</span>`})
}

// TestStorylineStepClaimsLinkHolder: a claim under a story of the
// storyline page links its holder to the holder's claims, as the same claim
// in "Said again and again" above it and on every other page does; the
// name was bare there (review24).
func TestStorylineStepClaimsLinkHolder(t *testing.T) {
	st := newClaimStore(t)
	ctx := context.Background()
	a, err := st.Article(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	d, err := st.Story(ctx, a.Story)
	if err != nil {
		t.Fatal(err)
	}
	w := expectPage(t, New(st, Options{}), fmt.Sprintf("/storylines/%d", d.Storyline), 200, []string{`<ol class="timeline steps">`}, nil)
	body := w.Body.String()
	steps := body[strings.Index(body, `<ol class="timeline steps">`):]
	if !strings.Contains(steps, `<a href="/claims?speaker=veldmark"><strong>Veldmark</strong></a> — <a href="/claims?key=veldmark%7cready%7cnegotiations">`) {
		t.Errorf("storyline %d: a step's claim does not link its holder:\n%s", d.Storyline, steps)
	}
}

// TestAPIStoryHasEvents: /api/stories/ID gives the story's sure events, as
// the story page lists "Who did what" (and `story ID --json` the same
// object); it had none (review24).
func TestAPIStoryHasEvents(t *testing.T) {
	st := newTestStore(t)
	a, err := st.Article(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	w := expectPage(t, New(st, Options{}), fmt.Sprintf("/api/stories/%d", a.Story), 200, nil, nil)
	var got struct {
		Events []struct{ Actor, Type, Target string }
	}
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Events) != 1 || got.Events[0].Type != "consult" || got.Events[0].Actor != "Anna Lorvik" {
		t.Errorf("/api/stories/%d events = %+v, want Anna Lorvik's consult alone (the 0.2 threaten left out)", a.Story, got.Events)
	}
}

// TestQuotesOfOneStory: /api/quotes?story=N and /quotes?story=N list the
// quotes of one story's articles, in order, as events?story=N lists its
// events; the story page links them. Quotes had storyline= only (review24).
func TestQuotesOfOneStory(t *testing.T) {
	st := newTestStore(t)
	a, err := st.Article(context.Background(), 2)
	if err != nil {
		t.Fatal(err)
	}
	h := New(st, Options{})
	w := expectPage(t, h, fmt.Sprintf("/api/quotes?story=%d", a.Story), 200, nil, nil)
	var got struct {
		Quotes []struct {
			ArticleID int64 `json:"article_id"`
			Story     int64 `json:"story"`
		}
	}
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Quotes) == 0 {
		t.Fatalf("/api/quotes?story=%d: none", a.Story)
	}
	for _, q := range got.Quotes {
		if q.Story != a.Story {
			t.Errorf("/api/quotes?story=%d gave a quote of article %d in story %d", a.Story, q.ArticleID, q.Story)
		}
	}
	story := fmt.Sprint(a.Story)
	expectPage(t, h, "/quotes?story="+story, 200, []string{"The boats will sail when the pay is fair.", "Only story " + story + "’s quotes", `<input type="hidden" name="story" value="` + story + `">`}, []string{"We will return to the table,"})
	expectPage(t, h, "/quotes?story=9999", 200, []string{"No quotes in story 9999."}, nil)
	expectPage(t, h, "/api/quotes?story=x", 400, []string{`story: want a positive number, got \"x\"`}, nil)
	expectPage(t, h, "/stories/"+story, 200, []string{`<a href="/quotes?story=` + story + `&amp;order=oldest">This story’s quotes in order →</a>`}, nil)
}
