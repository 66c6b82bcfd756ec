package server

import (
	"context"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

// claimArticles are fictional: the invented port of Veldmark says twice,
// in other words, that it is ready for talks; a third article carries
// markup in the claim's sentence and title.
func claimArticles() []*core.Article {
	return []*core.Article{
		{Hash: "cl1", Source: "fixtures/claims/one.txt", Outlet: "Veldmark Post", Title: "Veldmark offers talks to ferry crews",
			Published: "2031-03-14", Language: "en",
			Text: "Veldmark is ready for negotiations with the ferry crews, the harbour minister Anna Lorvik said on Tuesday.\n\nThe strike entered its second week."},
		{Hash: "cl2", Source: "fixtures/claims/two.txt", Outlet: "Coastal Herald", Title: "Ferry strike: port repeats offer",
			Published: "2031-04-09T16:05:00Z", Language: "en",
			Text: "Anna Lorvik said Veldmark remains ready for talks with the crews.\n\nNo date for a meeting was set."},
		{Hash: "cl3", Source: "fixtures/claims/three.html", Outlet: "Coastal Herald", Title: "Orchard <script>window.__pwned=1</script> board",
			Published: "2031-05-02T08:00:00Z", Language: "en",
			Text: "Veldmark is ready for negotiations <img src=x onerror=\"window.__pwned=2\"> with the growers too, Lorvik said."},
	}
}

// newClaimStore returns an in-memory store, story layer on, holding
// claimArticles (IDs 1-3).
func newClaimStore(t *testing.T) store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, ":memory:", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.PutBatch(ctx, claimArticles()); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestClaimsPage(t *testing.T) {
	h := New(newClaimStore(t), Options{})
	tests := []struct {
		target   string
		want     int
		contains []string
		lacks    []string
	}{
		{"/claims", 200, []string{
			`<a href="/claims?speaker=veldmark"><strong>Veldmark</strong></a> — <a class="claim-link" href="/claims?key=veldmark%7cready%7cnegotiations">ready for negotiations</a>`,
			"3 articles", `first <time datetime="2031-03-14">`, `latest <time datetime="2031-05-02T08:00:00Z">`, `ready for negotiations &lt;img src=x`,
			"remains ready for talks", `href="/articles/2"`, `aria-current="page">Claims`}, []string{"Veldmark</strong></a> — Veldmark"}},
		{"/claims?speaker=VELDMARK&min=3", 200, []string{"ready for negotiations", "3 articles"}, nil},
		{"/claims?min=4", 200, []string{"No claims of 4 articles or more."}, []string{"<section class=\"claim\">"}},
		{"/claims?speaker=Nobody", 200, []string{"No claims held by “Nobody”."}, nil},
		{"/claims?speaker=Nobody&min=3", 200, []string{"No claims held by “Nobody”, of 3 articles or more."}, nil},
		{"/claims?min=x", 400, []string{"min: want a number"}, nil},
		{"/claims?min=0", 400, []string{"min: want a number"}, nil},
		{"/claims?key=veldmark%7Cready%7Cnegotiations", 200, []string{"One claim, every article that makes it", "3 articles", `href="/articles/1"`}, nil},
		{"/claims?key=%3Cb%3Enope", 200, []string{"No claims of key “&lt;b&gt;nope”."}, []string{"<b>nope"}},
		{"/stories/1", 200, []string{`<a href="/claims?key=veldmark%7cready%7cnegotiations">ready for negotiations</a>`, `first <time datetime="2031-03-14">14 Mar 2031</time>, latest <time datetime="2031-05-02T08:00:00Z">`}, []string{"first 2031"}},
		{"/articles/1", 200, []string{`<a href="/claims?speaker=veldmark"><strong>Veldmark</strong></a> — <a href="/claims?key=veldmark%7cready%7cnegotiations">ready for negotiations</a>`}, []string{"Veldmark</strong></a> — Veldmark"}},
	}
	for _, tt := range tests {
		expectPage(t, h, tt.target, tt.want, tt.contains, tt.lacks)
	}
	// The hostile article's markup reaches no page as markup.
	for _, target := range []string{"/claims", "/articles/3"} {
		body := request(t, h, "GET", target, nil, nil).Body.String()
		for _, bad := range []string{"<script>window", "<img src=x"} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: raw payload %q in page", target, bad)
			}
		}
	}
}

func TestClaimParts(t *testing.T) {
	tests := []struct{ holder, text, name, claim string }{
		{"russia", "Russia — ready for negotiations", "Russia", "ready for negotiations"},
		{"port edrin authority", "Port Edrin Authority — ready for talks", "Port Edrin Authority", "ready for talks"},
		{"putin", "ready for negotiations", "putin", "ready for negotiations"},              // no holder in the text
		{"xi", "Russia — ready for negotiations", "xi", "Russia — ready for negotiations"},  // another holder: kept whole
		{"hale", "Victor Hale — says “We stay shut”", "Victor Hale", "says “We stay shut”"}, // keyed by the surname, written in full
		{"hale", "Ms Whale — says “No”", "hale", "Ms Whale — says “No”"},                    // a word ending in the key is not it
	}
	for _, tt := range tests {
		c := claimParts(tt.holder, tt.text)
		if c.Name != tt.name || c.Claim != tt.claim || c.Href != "/claims?speaker="+strings.ReplaceAll(tt.holder, " ", "+") {
			t.Errorf("claimParts(%q, %q) = %+v", tt.holder, tt.text, c)
		}
	}
}

// TestClaimsPageSameDay: a claim first and last seen on one day shows no
// separate "latest", even when one of the dates carries a time.
func TestClaimsPageSameDay(t *testing.T) {
	occ := func(id int64, published string) store.ClaimOccurrence {
		return store.ClaimOccurrence{ArticleID: id, Published: published, Sentence: "Veldmark is ready for talks."}
	}
	g := store.ClaimGroup{Key: "veldmark|ready|negotiations", Holder: "veldmark", Text: "Veldmark — ready for negotiations", Articles: 2,
		First: occ(1, "2031-03-14"), Latest: occ(2, "2031-03-14T16:05:00Z")}
	g.Occurrences = []store.ClaimOccurrence{g.First, g.Latest}
	var b strings.Builder
	if err := pages["claims"].Execute(&b, pageData{Title: "Recurring claims", Data: claimsPageData{Claims: []store.ClaimGroup{g}}}); err != nil {
		t.Fatal(err)
	}
	if body := b.String(); !strings.Contains(body, `first <time datetime="2031-03-14">`) || strings.Contains(body, "latest <time") {
		t.Errorf("same-day claim: %s", body)
	}
}

// TestClaimsPageVoicedBy: a country's claim voiced by its minister names
// the minister, linked to their page, in the page and in the API.
func TestClaimsPageVoicedBy(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, ":memory:", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	a := &core.Article{Hash: "vb1", Source: "fixtures/claims/voiced.txt", Title: "Talks offer on the river", Published: "2031-06-01", Language: "en",
		Text:     "Chilean Foreign Minister Ana Lorvik said she was ready for talks on the river dispute.",
		Entities: []core.Entity{{Name: "Ana Lorvik", Type: core.Person, Attributes: []string{"Chilean Foreign Minister"}, Mentions: 1}}}
	if _, err := st.PutBatch(ctx, []*core.Article{a}); err != nil {
		t.Fatal(err)
	}
	h := New(st, Options{})
	expectPage(t, h, "/claims", 200, []string{`<strong>Chile</strong></a> — <a class="claim-link" href="/claims?key=chile%7cready%7cnegotiations">ready for negotiations</a>`, `voiced by <a href="/entities/Ana%20Lorvik">Ana Lorvik</a>`}, nil)
	expectPage(t, h, "/api/claims", 200, []string{`"speaker":"Ana Lorvik"`}, nil)
	expectPage(t, h, "/articles/1", 200, []string{`(voiced by <a href="/entities/Ana%20Lorvik">Ana Lorvik</a>)`}, nil)
}
