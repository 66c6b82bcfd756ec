package server

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

// The fixtures are fictional: a harbour dispute in the invented town of
// Veldmark, and one hostile article whose title and body carry script
// payloads that must render as text.

const xssTitle = `Harbour <script>window.__pwned=1</script> report`

var xssBody = "The council published <img src=x onerror=\"window.__pwned=2\"> a notice.\n\n" +
	"Observers said <script>window.__pwned=3</script> nothing happened. \u2028 Plain end."

// quoted returns a quote of text's substring s with real offsets.
func quoted(text, s, speaker string) core.Quote {
	i := strings.Index(text, s)
	return core.Quote{Text: s, Speaker: speaker, Direct: true, Sentence: s, Start: i, End: i + len(s)}
}

func fixtureArticles() []*core.Article {
	lorvik := core.Entity{Name: "Anna Lorvik", Type: core.Person, Aliases: []string{"Lorvik"}, Attributes: []string{"Harbour Minister"}, Mentions: 2}
	veld := core.Entity{Name: "Veldmark", Type: core.Location, Mentions: 1}
	council := core.Entity{Name: "Harbour Council", Type: core.Organisation, Mentions: 1}
	t1 := "The Harbour Council of Veldmark met on Tuesday.\n\n\"We will return to the table,\" said Anna Lorvik. Talks resume next week."
	t2 := "Ferry crews in Veldmark stayed ashore for a second week.\n\nLorvik said: \"The boats will sail when the pay is fair.\""
	t3 := "Thousands came to the orchard festival. No one spoke of ferries."
	return []*core.Article{
		{Hash: "fx1", Source: "fixtures/post/one.txt", Outlet: "Veldmark Post", Title: "Harbour talks resume in Veldmark", Subtitle: "Ministers meet again",
			Authors: []string{"Ola Brenn"}, Published: "2031-03-14", Language: "en", Text: t1,
			Removed: []core.Removal{{Text: "Skip to content", Reason: core.ReasonDebris}}, KeyPoints: []string{"Talks resume next week"},
			Entities: []core.Entity{lorvik, veld, council}, Quotes: []core.Quote{quoted(t1, "We will return to the table,", "Anna Lorvik")},
			Events: []core.Event{{Actor: "Anna Lorvik", Type: "consult", Target: "Harbour Council", Sentence: "x", Confidence: 0.9},
				{Actor: "Harbour Council", Type: "threaten", Target: "Veldmark", Sentence: "y", Confidence: 0.2}}},
		{Hash: "fx2", Source: "https://herald.example/ferry", Outlet: "Coastal Herald", Title: "Ferry strike enters second week",
			Published: "2031-04-09", Language: "en", Text: t2, Entities: []core.Entity{lorvik, veld},
			Quotes: []core.Quote{quoted(t2, "The boats will sail when the pay is fair.", "Anna Lorvik")}},
		{Hash: "fx3", Source: "fixtures/post/three.txt", Outlet: "Veldmark Post", Title: "Orchard festival draws crowds",
			Published: "2031-05-20", Language: "en", Text: t3, Entities: []core.Entity{veld}},
		{Hash: "fx4", Source: "fixtures/hostile.html", Title: xssTitle, Subtitle: `<img src=x onerror="window.__pwned=4">`,
			Published: "2031-05-21", Language: "en", Text: xssBody, Authors: []string{`<b onmouseover="x()">Mallory</b>`},
			Removed:  []core.Removal{{Text: `<script>window.__pwned=5</script>`, Reason: core.ReasonDebris}},
			Entities: []core.Entity{{Name: `<script>window.__pwned=6</script>`, Type: core.Misc, Mentions: 1}},
			Quotes:   []core.Quote{quoted(xssBody, `<script>window.__pwned=3</script>`, `<i>Eve</i>`)}},
	}
}

// newTestStore returns an in-memory store holding the fixtures (IDs 1-4).
func newTestStore(t testing.TB) store.Store {
	t.Helper()
	st := emptyTestStore(t)
	if _, err := st.PutBatch(context.Background(), fixtureArticles()); err != nil {
		t.Fatal(err)
	}
	return st
}

// emptyTestStore returns an empty in-memory store, closed when the test ends.
func emptyTestStore(t testing.TB) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), ":memory:", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// request sends one request to h as a loopback client naming a loopback host.
func request(t testing.TB, h http.Handler, method, target string, body io.Reader, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, target, body)
	r.Host = "127.0.0.1:8080"
	r.RemoteAddr = "127.0.0.1:40000"
	for k, v := range header {
		switch k {
		case "Host":
			r.Host = v
		case "RemoteAddr":
			r.RemoteAddr = v
		default:
			r.Header.Set(k, v)
		}
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}
