package server

import (
	"context"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestQuotesPage: /quotes lists quotes across the store, the newest first,
// each linked to its speaker, article and story; filters by speaker; pages
// with a "More quotes" link; refuses bad parameters.
func TestQuotesPage(t *testing.T) {
	h := New(newTestStore(t), Options{})
	w := expectPage(t, h, "/quotes", 200, []string{
		`<a class="speaker" href="/entities/Anna%20Lorvik"><strong>Anna Lorvik</strong></a>`,
		`The boats will sail when the pay is fair.`, `We will return to the table,`,
		`<a class="from" href="/articles/2">Ferry strike enters second week</a>`,
		`in the story</span> <a class="from" href="/stories/1">Harbour talks resume in Veldmark</a> <span class="muted">(1 article)</span>`,
		`aria-current="page">Quotes</a>`,
	}, []string{"More quotes"})
	body := w.Body.String()
	if i, j := strings.Index(body, "The boats will sail"), strings.Index(body, "We will return"); i < 0 || j < i {
		t.Errorf("not newest first: %d %d", i, j)
	}
	w = expectPage(t, h, "/quotes?order=oldest", 200, nil, nil)
	body = w.Body.String()
	if i, j := strings.Index(body, "The boats will sail"), strings.Index(body, "We will return"); j < 0 || i < j {
		t.Errorf("order=oldest not oldest first: %d %d", i, j)
	}
	expectPage(t, h, "/quotes?speaker=Lorvik", 200, []string{"Quotes of Lorvik", "The boats will sail"}, []string{"__pwned"})
	expectPage(t, h, "/quotes?speaker=Nobody", 200, []string{"No quotes by “Nobody”. No stored name has “Nobody”. <a href=\"/entities?type=PER\">People</a> lists the speakers."}, nil)
	// A speaker with quotes, none about the words: both named, no hint
	// that the speaker is unknown (it read "No quotes match for “Anna Lorvik”").
	expectPage(t, h, "/quotes?speaker=Anna+Lorvik&about=orchards", 200, []string{"No quotes by “Anna Lorvik”, about “orchards”."}, []string{"lists the speakers"})
	expectPage(t, h, "/quotes?speaker=Lorvik&limit=1", 200, []string{`<a rel="next" href="?cursor=`, `&amp;limit=1&amp;speaker=Lorvik">More quotes →</a>`}, []string{"We will return"})
	expectPage(t, h, "/quotes?about=sailing", 200, []string{"The boats will sail"}, []string{"We will return"})
	// One storyline's quotes: story 1's storyline has "We will return",
	// not story 2's "The boats will sail".
	expectPage(t, h, "/quotes?storyline=1", 200, []string{"Only storyline 1’s quotes", "We will return", `<input type="hidden" name="storyline" value="1">`}, []string{"The boats will sail"})
	expectPage(t, h, "/api/quotes?storyline=1", 200, []string{"We will return"}, []string{"The boats will sail"})
	expectPage(t, h, "/quotes?storyline=999", 200, []string{"No quotes in storyline 999."}, nil)
	expectPage(t, h, "/quotes?storyline=x", 400, nil, nil)
	for target, want := range map[string]string{"/quotes/?speaker=Lorvik": "/quotes?speaker=Lorvik", "/events/": "/events"} {
		if rec := request(t, h, "GET", target, nil, nil); rec.Code != 302 || rec.Header().Get("Location") != want {
			t.Errorf("%s: %d to %q, want 302 to %q", target, rec.Code, rec.Header().Get("Location"), want)
		}
	}
	for _, bad := range []string{"/quotes?limit=0", "/quotes?limit=501", "/quotes?limit=x", "/quotes?from=yesterday", "/quotes?order=sideways"} {
		expectPage(t, h, bad, 400, nil, nil)
	}
}

// TestEventsPage: /events lists events of confidence >= core.SureEvent by
// default (all=1 gives every one), filters by actor, target, type and
// story, and links actor, target, article and story.
func TestEventsPage(t *testing.T) {
	h := New(newTestStore(t), Options{})
	expectPage(t, h, "/events", 200, []string{
		`<a href="/entities/Anna%20Lorvik"><strong>Anna Lorvik</strong></a>`, `>consult</a> <a href="/entities/Harbour%20Council">Harbour Council</a>`,
		`<a class="from" href="/articles/1">Harbour talks resume in Veldmark</a>`, `in the story</span> <a class="from" href="/stories/1">Harbour talks resume in Veldmark</a>`,
		"show every event", `aria-current="page">Events</a>`,
	}, []string{">threaten</a>", "More events"})
	expectPage(t, h, "/events?all=1", 200, []string{">threaten</a>", "20%"}, nil)
	expectPage(t, h, "/events?actor=Lorvik", 200, []string{"What Lorvik did", "consult"}, nil)
	expectPage(t, h, "/events?target=Veldmark&all=1", 200, []string{">threaten</a>"}, []string{">consult</a>"})
	expectPage(t, h, "/events?type=threaten", 200, []string{"No events of type “threaten”. The less certain ones are left out: <a href=\"?all=1&amp;type=threaten\">show every event</a>."}, nil)
	expectPage(t, h, "/events?type=Threaten&all=1", 200, []string{">threaten</a>", `<input name="type" value="Threaten" placeholder="e.g. consult" list="event-types">`, `<option value="express-intent">`}, []string{"No events"})
	expectPage(t, h, "/events?type=%3Cb%3Ebogus%3C%2Fb%3E", 400, []string{`type &#34;&lt;b&gt;bogus&lt;/b&gt;&#34;: unknown event type; the types are agree, aid,`}, []string{"<b>bogus"})
	expectPage(t, h, "/stories/1", 200, []string{`href="/events?story=1"`}, nil)
	expectPage(t, h, "/events?story=1", 200, []string{"consult", "Only story 1’s events"}, nil)
	expectPage(t, h, "/events?story=2", 200, []string{"No events in story 2."}, nil)
	expectPage(t, h, "/events?storyline=1", 200, []string{"consult", "Only storyline 1’s events"}, nil)
	expectPage(t, h, "/api/events?storyline=2", 200, []string{`"events":[]`}, nil)
	for _, bad := range []string{"/events?limit=0", "/events?limit=9999", "/events?story=x", "/events?all=maybe", "/events?to=31-12-2031"} {
		expectPage(t, h, bad, 400, nil, nil)
	}
}

// Untrusted speakers, quotes and event parts render as text on the new
// pages, never as markup.
func TestFeedsEscapeArticleText(t *testing.T) {
	st := newTestStore(t)
	text := "The mayor <b>Zed</b> met the <script>window.__pwned=9</script> board."
	a := &core.Article{Hash: "fx-ev", Source: "fixtures/evil.txt", Title: "Evil events", Published: "2031-06-01", Language: "en", Text: text,
		Events: []core.Event{{Actor: `<script>window.__pwned=7</script>`, Type: `<b>meet</b>`, Target: `<img src=x onerror="window.__pwned=8">`,
			Place: "<u>here</u>", Sentence: text, Confidence: 0.8}}}
	if _, err := st.PutBatch(context.Background(), []*core.Article{a}); err != nil {
		t.Fatal(err)
	}
	h := New(st, Options{})
	lacks := []string{"<script>window.__pwned", `<img src=x`, "<i>Eve</i>", "<b>meet</b>", "<u>here</u>", "<b>Zed</b>"}
	expectPage(t, h, "/quotes", 200, []string{`&lt;i&gt;Eve&lt;/i&gt;`, `&lt;script&gt;window.__pwned=3&lt;/script&gt;`, `href="/entities/%3Ci%3EEve%3C%2Fi%3E"`}, lacks)
	expectPage(t, h, "/quotes?speaker=%3Ci%3EEve%3C%2Fi%3E", 200, []string{"Quotes of &lt;i&gt;Eve&lt;/i&gt;"}, lacks)
	expectPage(t, h, "/events?actor=%3Cscript%3Ewindow.__pwned%3D7%3C%2Fscript%3E", 200, []string{
		`&lt;script&gt;window.__pwned=7&lt;/script&gt;`, `&lt;b&gt;meet&lt;/b&gt;`, `&lt;u&gt;here&lt;/u&gt;`, `&lt;b&gt;Zed&lt;/b&gt;`}, lacks)
	expectPage(t, h, "/events", 200, []string{`&lt;img src=x onerror=&#34;window.__pwned=8&#34;&gt;`}, lacks)
}

// /entities honours ?limit= (1..500) and refuses bad values, as /articles does.
func TestEntitiesPageLimit(t *testing.T) {
	h := New(newTestStore(t), Options{})
	w := expectPage(t, h, "/entities?limit=1", 200, nil, nil)
	if n := strings.Count(w.Body.String(), `<tr><td><a href="/entities/`); n != 1 {
		t.Errorf("limit=1 listed %d entities", n)
	}
	for _, bad := range []string{"/entities?limit=0", "/entities?limit=501", "/entities?limit=x"} {
		expectPage(t, h, bad, 400, []string{"limit: want a number from 1 to 500"}, nil)
	}
	expectPage(t, h, "/entities/Anna%20Lorvik", 200, []string{`href="/quotes?speaker=Anna%20Lorvik"`, `href="/events?actor=Anna%20Lorvik"`, `href="/events?target=Anna%20Lorvik"`}, nil)
}
