package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"mime/multipart"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/store"
)

func TestAPIStatuses(t *testing.T) {
	h := New(newTestStore(t), Options{})
	tests := []struct {
		method, target string
		want           int
		contains       string
	}{
		{"GET", "/api/articles", 200, `"title":"Orchard festival draws crowds"`},
		{"GET", "/api/articles?source=herald", 200, `"Ferry strike enters second week"`},
		{"GET", "/api/articles?entity=lorvik&from=2031-04-01", 200, `"Ferry strike`},
		{"GET", "/api/articles?language=fr", 200, `"articles":[]`},
		{"GET", "/api/articles?limit=0", 400, `limit`},
		{"GET", "/api/articles?limit=x", 400, `limit`},
		{"GET", "/api/articles?from=14/03/2031", 400, `from: want a date`},
		{"GET", "/api/articles?cursor=!!!", 400, `cursor`},
		{"GET", "/api/articles?cursor=czox", 400, `cursor`}, // a search cursor
		{"GET", "/api/articles?story=x", 400, `story`},
		{"HEAD", "/api/articles", 200, ``},
		{"DELETE", "/api/articles", 405, `method DELETE not allowed`},
		{"GET", "/api/articles/1", 200, `"quotes":[{"text":"We will return to the table,"`},
		{"GET", "/api/articles/1", 200, `"removed":[{"text":"Skip to content","reason":"debris"}]`},
		{"GET", "/api/articles/1", 200, `"events":[{"actor":"Anna Lorvik"`},
		{"GET", "/api/articles/1", 200, `"sentence":"x","confidence":0.9}`},
		{"GET", "/api/articles/999", 404, `"error":"article 999: not found"`},
		{"GET", "/api/stories/999", 404, `"error":"story 999: not found"`},
		{"GET", "/api/articles/abc", 400, `id: want a positive number`},
		{"GET", "/api/articles/-1", 400, `id`},
		{"PUT", "/api/articles/1", 405, `not allowed`},
		{"GET", "/api/entities", 200, `"name":"Anna Lorvik"`},
		{"GET", "/api/entities?type=per", 200, `"Anna Lorvik"`},
		{"GET", "/api/entities?type=ALIEN", 400, `{"error":"type: want PER, ORG, LOC or MISC, got \"ALIEN\""}`},
		{"GET", "/api/entities/Anna%20Lorvik", 200, `"co_occurring":[{"value":"Veldmark","type":"LOC","count":2}`},
		{"GET", "/api/entities/lorvik", 200, `"quotes":[{"text":"We will return`},
		{"GET", "/api/entities/Nobody", 404, `not found`},
		{"GET", "/api/quotes?speaker=Lorvik", 200, `"The boats will sail when the pay is fair."`},
		{"GET", "/api/quotes?article=2", 200, `"article_id":2`},
		{"GET", "/api/quotes?article=x", 400, `article`},
		{"GET", "/api/quotes?speaker=Lorvik&about=sailing+boat", 200, `"The boats will sail when the pay is fair."`},
		{"GET", "/api/quotes?about=sailing&to=2031-03-31", 200, `{"quotes":[],"next":null}`},
		{"GET", "/api/quotes?about=table&from=2031-03-01&to=2031-03-31", 200, `"We will return to the table,"`},
		{"GET", "/api/quotes?from=March", 400, `from`},
		{"GET", "/api/search?q=harbour", 200, `"snippet_html":"The \u003cmark\u003eHarbour\u003c/mark\u003e Council`},
		{"GET", "/api/search?q=%22boats+will+sail%22", 200, `"total":1`},
		{"GET", "/api/search?q=ferry&source=herald", 200, `"facets":{"sources":[{"value":"Coastal Herald","count":1}]`},
		{"GET", "/api/search?entity=Veldmark", 200, `"total":3`},
		{"GET", "/api/search?q=%22harbour", 400, `"error":"q=\"harbour: unbalanced quote"`},
		{"GET", "/api/search?q=AND", 400, `AND needs a term`},
		{"GET", "/api/search?q=*", 400, `not a search term`},
		{"GET", "/api/search?q=-harbour", 400, `only exclude`},
		{"GET", "/api/search", 400, `no search terms`},
		{"GET", "/api/search?q=x&to=2031-13-01", 400, `to: want a date`},
		{"GET", "/api/search?q=x&limit=500", 400, `limit`},
		{"POST", "/api/search", 405, `not allowed`},
		{"GET", "/api/stats", 200, `"articles":4`},
		{"GET", "/api/openapi.json", 200, `"openapi": "3.0.3"`},
		{"GET", "/api/stories", 200, `"title":"Harbour talks resume in Veldmark"`},
		{"GET", "/api/stories?storyline=x", 400, `storyline`},
		{"GET", "/api/stories/999", 404, `not found`},
		{"GET", "/api/stories/x", 400, `id`},
		{"GET", "/api/storylines?min_stories=1", 200, `"storylines":[{`},
		{"GET", "/api/storylines", 200, `"storylines":[]`}, // the fixture's storylines are of one story: 2 by default, as the CLI
		{"GET", "/api/storylines?min_stories=0", 400, `min_stories`},
		{"GET", "/api/storylines?limit=0", 400, `limit`},
		{"GET", "/api/storylines/1", 200, `"steps":[{"story":{"id":1,`},
		{"GET", "/api/storylines/1", 200, `"new_sentences":[{"article_id":1,"source":"Veldmark Post","text":"The Harbour Council of Veldmark met on Tuesday."`},
		{"GET", "/api/storylines/999", 404, `not found`},
		{"GET", "/api/articles/1/new", 200, `"judged_against":{"articles":[],"first":null,"last":null}`},
		{"GET", "/api/articles/1/new?all=true", 200, `"new_total":4,"total":4,"sentences":[{"text":"Harbour talks resume in Veldmark","new":true`},
		{"GET", "/api/articles/1/new?all=maybe", 400, `{"error":"all: want true or false, got \"maybe\""}`},
		{"GET", "/api/articles/999/new", 404, `article 999: not found`},
		{"GET", "/api/articles/x/new", 400, `id`},
		{"POST", "/api/articles/1/new", 405, `not allowed`},
		{"GET", "/api/storylines/x", 400, `id`},
		{"POST", "/api/storylines/1", 405, `not allowed`},
		{"GET", "/api/storylines?min_stories=99", 200, `"storylines":[]`},
		{"GET", "/api/stories?min_articles=999", 200, `"stories":[]`},
		{"GET", "/api/stories?min_articles=-1", 400, `min_articles`},
		{"GET", "/api/storylines?min_stories=two", 400, `min_stories`},
		{"GET", "/api/claims", 200, `"claims":[`},
		{"GET", "/api/claims?story=x", 400, `story`},
		{"GET", "/api/claims?singles=true", 200, `"claims":[`},
		{"GET", "/api/claims?singles=maybe", 400, `{"error":"singles: want true or false, got \"maybe\""}`},
		{"GET", "/api/quotes?group=maybe", 400, `{"error":"group: want true or false, got \"maybe\""}`}, // review23: one queryBool; it named no value
		{"GET", "/api/claims?min_articles=99", 200, `"claims":[]`},
		{"GET", "/api/claims?min_articles=two", 400, `min_articles: want a positive number`},
		{"GET", "/api/articles?story=999", 404, `not found`},
		{"GET", "/api/articles?story=1&entity=Veldmark", 400, `cannot be combined`},
		{"GET", "/api/search?story=999", 404, `not found`},
		{"GET", "/api/briefs", 501, `briefs are not built yet`},
		{"POST", "/api/verify", 501, `verify is not built yet`},
		{"GET", "/api/verify", 405, `use POST`},
		{"GET", "/api/nothing", 404, `no such endpoint`},
	}
	for _, tt := range tests {
		w := request(t, h, tt.method, tt.target, nil, nil)
		if w.Code != tt.want || !strings.Contains(w.Body.String(), tt.contains) {
			t.Errorf("%s %s = %d %.300s; want %d containing %q", tt.method, tt.target, w.Code, w.Body.String(), tt.want, tt.contains)
		}
		if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s %s: Content-Type %q", tt.method, tt.target, ct)
		}
		if w.Code == 405 && w.Header().Get("Allow") == "" {
			t.Errorf("%s %s: 405 without Allow", tt.method, tt.target)
		}
		if w.Header().Get("Content-Security-Policy") == "" || w.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s %s: security headers missing", tt.method, tt.target)
		}
	}
}

func TestAPIPagination(t *testing.T) {
	h := New(newTestStore(t), Options{})
	var ids []int64
	target := "/api/articles?limit=3"
	for pages := 0; target != ""; pages++ {
		if pages > 5 {
			t.Fatal("pagination does not end")
		}
		w := request(t, h, "GET", target, nil, nil)
		var page struct {
			Articles []struct{ ID int64 }
			Next     *string
		}
		if err := json.Unmarshal(w.Body.Bytes(), &page); err != nil || w.Code != 200 {
			t.Fatalf("GET %s = %d %s", target, w.Code, w.Body)
		}
		for _, a := range page.Articles {
			ids = append(ids, a.ID)
		}
		target = ""
		if page.Next != nil {
			target = "/api/articles?limit=3&cursor=" + *page.Next
		}
	}
	if len(ids) != 4 || ids[0] != 4 || ids[3] != 1 {
		t.Errorf("ids over pages = %v, want 4 3 2 1", ids)
	}

	w := request(t, h, "GET", "/api/search?q=veldmark&limit=1", nil, nil)
	var res struct {
		Total int
		Next  *string
	}
	json.Unmarshal(w.Body.Bytes(), &res)
	if res.Total != 2 || res.Next == nil {
		t.Fatalf("search page 1 = %s", w.Body)
	}
	w = request(t, h, "GET", "/api/search?q=veldmark&limit=1&cursor="+*res.Next, nil, nil)
	res.Next = nil
	json.Unmarshal(w.Body.Bytes(), &res)
	if w.Code != 200 || res.Next != nil || !strings.Contains(w.Body.String(), `"results":[{`) {
		t.Errorf("search page 2 = %d %s", w.Code, w.Body)
	}
}

func TestETag(t *testing.T) {
	h := New(newTestStore(t), Options{})
	for _, target := range []string{"/api/articles/1", "/api/search?q=harbour", "/articles/1", "/"} {
		w := request(t, h, "GET", target, nil, nil)
		etag := w.Header().Get("ETag")
		if w.Code != 200 || etag == "" {
			t.Fatalf("GET %s: %d, ETag %q", target, w.Code, etag)
		}
		w = request(t, h, "GET", target, nil, map[string]string{"If-None-Match": etag})
		if w.Code != http.StatusNotModified || w.Body.Len() != 0 {
			t.Errorf("GET %s with If-None-Match = %d (%d bytes), want 304", target, w.Code, w.Body.Len())
		}
		w = request(t, h, "GET", target, nil, map[string]string{"If-None-Match": `"other"`})
		if w.Code != 200 {
			t.Errorf("GET %s with a stale ETag = %d, want 200", target, w.Code)
		}
	}
}

const fictionalPage = `<html><head><title>Lighthouse keepers vote to strike</title></head><body><article>
<h1>Lighthouse keepers vote to strike</h1>
<p>The lighthouse keepers of the Veldmark coast voted on Monday to stop work from the first of June, their union said in a statement.</p>
<p>Keepers say their pay has not risen in six years, while the harbour authority has bought three new patrol boats.</p>
<p>The harbour authority said it would meet the union before the end of the month and hoped to avoid any disruption to shipping.</p>
</article></body></html>`

func multipartBody(t *testing.T, files map[string]string) (*bytes.Buffer, string) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for name, content := range files {
		fw, err := mw.CreateFormFile("file", name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write([]byte(content))
	}
	mw.Close()
	return &b, mw.FormDataContentType()
}

func TestIngest(t *testing.T) {
	st := newTestStore(t)
	h := New(st, Options{MaxBodyBytes: 64 << 10})
	jsonCT := map[string]string{"Content-Type": "application/json"}
	body, _ := json.Marshal(map[string]string{"html": fictionalPage, "url": "https://coast.example/keepers"})
	mp, mpType := multipartBody(t, map[string]string{"../../evil/keepers2.html": strings.ReplaceAll(fictionalPage, "Monday", "Tuesday")})
	tests := []struct {
		name     string
		body     string
		header   map[string]string
		want     int
		contains string
	}{
		{"html json", string(body), jsonCT, 201, `"outcome":"ingested"`},
		{"same again", string(body), jsonCT, 200, `"outcome":"duplicate"`},
		{"raw html", strings.ReplaceAll(fictionalPage, "Monday", "Sunday"), map[string]string{"Content-Type": "text/html"}, 201, `"title":"Lighthouse keepers vote to strike"`},
		{"multipart", mp.String(), map[string]string{"Content-Type": mpType}, 201, `"input":"upload/keepers2.html"`},
		{"nothing", `{}`, jsonCT, 400, `give url, html or text`},
		{"not an article", `{"text":"   "}`, jsonCT, 422, `no article text`},
		{"empty page", `{"html":"<html></html>"}`, jsonCT, 422, `"outcome":"failed"`},
		{"both", `{"html":"a","text":"b"}`, jsonCT, 400, `not both`},
		{"bad json", `{"url":`, jsonCT, 400, `not the JSON`},
		{"unknown field", `{"uri":"https://x.example"}`, jsonCT, 400, `unknown field`},
		{"bad scheme", `{"url":"file:///etc/passwd"}`, jsonCT, 400, `http or https`},
		{"private url", `{"url":"http://127.0.0.1:9/page"}`, jsonCT, 422, `"outcome":"failed"`},
		{"content type", `x`, map[string]string{"Content-Type": "application/xml"}, 415, `Content-Type`},
		{"too large", `{"text":"` + strings.Repeat("a", 70<<10) + `"}`, jsonCT, 413, `over 65536 bytes`},
		{"too large raw", strings.Repeat("a", 70<<10), map[string]string{"Content-Type": "text/plain"}, 413, `over`},
		{"cross origin", string(body), map[string]string{"Content-Type": "application/json", "Origin": "https://evil.example"}, 403, `cross-origin`},
		{"cross site", string(body), map[string]string{"Content-Type": "application/json", "Sec-Fetch-Site": "cross-site"}, 403, `cross-origin`},
		{"remote client", string(body), map[string]string{"Content-Type": "application/json", "RemoteAddr": "192.0.2.7:5000"}, 403, `STORYLINE_TOKEN`},
	}
	for _, tt := range tests {
		w := request(t, h, "POST", "/api/articles", strings.NewReader(tt.body), tt.header)
		if w.Code != tt.want || !strings.Contains(w.Body.String(), tt.contains) {
			t.Errorf("%s: POST = %d %.400s; want %d containing %q", tt.name, w.Code, w.Body.String(), tt.want, tt.contains)
		}
	}
	got, err := st.Search(context.Background(), store.SearchQuery{Text: "lighthouse keepers"})
	if err != nil || got.Total != 3 {
		t.Errorf("after ingest, search finds %d (%v), want 3", got.Total, err)
	}
}

func TestWriteToken(t *testing.T) {
	h := New(newTestStore(t), Options{Token: "s3cret"})
	body := `{"text":"Harbour pilots in Veldmark asked for new boats on Friday. The council said it would answer next week."}`
	tests := []struct {
		name   string
		header map[string]string
		want   int
	}{
		{"no token", map[string]string{}, 401},
		{"wrong token", map[string]string{"Authorization": "Bearer nope"}, 401},
		{"basic auth", map[string]string{"Authorization": "Basic czNjcmV0"}, 401},
		{"right token, remote client and host", map[string]string{"Authorization": "Bearer s3cret", "RemoteAddr": "192.0.2.7:5000", "Host": "news.example"}, 201},
	}
	for _, tt := range tests {
		tt.header["Content-Type"] = "application/json"
		w := request(t, h, "POST", "/api/articles", strings.NewReader(body), tt.header)
		if w.Code != tt.want {
			t.Errorf("%s: %d %s, want %d", tt.name, w.Code, w.Body, tt.want)
		}
		if w.Code == 401 && w.Header().Get("WWW-Authenticate") == "" {
			t.Errorf("%s: 401 without WWW-Authenticate", tt.name)
		}
	}
	// With a token, reads are open to any host.
	if w := request(t, h, "GET", "/api/stats", nil, map[string]string{"Host": "news.example", "RemoteAddr": "192.0.2.7:5000"}); w.Code != 200 {
		t.Errorf("read with token configured from a remote host = %d", w.Code)
	}
}

func TestLoopbackHostOnlyWithoutToken(t *testing.T) {
	h := New(newTestStore(t), Options{})
	for host, want := range map[string]int{"127.0.0.1:8080": 200, "localhost:8080": 200, "[::1]:8080": 200, "app.localhost": 200,
		"attacker.example": 403, "10.0.0.5:8080": 403} {
		if w := request(t, h, "GET", "/api/stats", nil, map[string]string{"Host": host}); w.Code != want {
			t.Errorf("Host %s: %d, want %d", host, w.Code, want)
		}
	}
}

func TestRateLimit(t *testing.T) {
	h := New(newTestStore(t), Options{RateLimit: 0.001, RateBurst: 3})
	codes := []int{}
	for i := 0; i < 5; i++ {
		codes = append(codes, request(t, h, "GET", "/api/stats", nil, nil).Code)
	}
	if codes[2] != 200 || codes[3] != 429 || codes[4] != 429 {
		t.Errorf("codes = %v, want three 200 then 429", codes)
	}
	w := request(t, h, "GET", "/api/stats", nil, nil)
	if w.Header().Get("Retry-After") == "" || !strings.Contains(w.Body.String(), "too many requests") {
		t.Errorf("429 = %v %s", w.Header(), w.Body)
	}
	// Another client has its own bucket.
	if w := request(t, h, "GET", "/api/stats", nil, map[string]string{"RemoteAddr": "127.0.0.2:1"}); w.Code != 200 {
		t.Errorf("second client: %d", w.Code)
	}
}

// faultyStore fails or panics on Stats and Search.
type faultyStore struct {
	store.Store
	panics bool
}

func (f faultyStore) Stats(context.Context) (store.Stats, error) {
	if f.panics {
		panic("boom")
	}
	return store.Stats{}, errors.New("disk on fire")
}

func TestServerFaults(t *testing.T) {
	for _, panics := range []bool{false, true} {
		h := New(faultyStore{Store: newTestStore(t), panics: panics}, Options{})
		w := request(t, h, "GET", "/api/stats", nil, nil)
		if w.Code != 500 || w.Body.String() != "{\"error\":\"internal error\"}\n" {
			t.Errorf("panics=%v: %d %s", panics, w.Code, w.Body)
		}
		if w := request(t, h, "GET", "/", nil, nil); w.Code != 500 || strings.Contains(w.Body.String(), "disk on fire") {
			t.Errorf("panics=%v: home page %d %s", panics, w.Code, w.Body)
		}
	}
}

func TestAPIEvents(t *testing.T) {
	h := New(newTestStore(t), Options{})
	list := func(target string) []string {
		t.Helper()
		w := request(t, h, "GET", target, nil, nil)
		if w.Code != 200 {
			t.Fatalf("%s: %d %s", target, w.Code, w.Body)
		}
		var out struct {
			Events []struct {
				Actor, Type string
				Confidence  float64
				ArticleID   int64 `json:"article_id"`
				Published   *string
			}
		}
		if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range out.Events {
			if e.ArticleID == 0 || e.Published == nil {
				t.Errorf("%s: event %+v lacks its article", target, e)
			}
			got = append(got, e.Type)
		}
		return got
	}
	if got := list("/api/events"); strings.Join(got, ",") != "consult" {
		t.Errorf("default list = %v, want the sure consult event only", got)
	}
	if got := list("/api/events?min_confidence=0"); strings.Join(got, ",") != "consult,threaten" {
		t.Errorf("min_confidence=0 = %v, want both events", got)
	}
	if got := list("/api/events?min_confidence=0&actor=lorvik"); strings.Join(got, ",") != "consult" {
		t.Errorf("actor by alias = %v", got)
	}
	if got := list("/api/events?min_confidence=0&target=Veldmark&order=newest"); strings.Join(got, ",") != "threaten" {
		t.Errorf("target = %v", got)
	}
	if got := list("/api/events?story=1"); strings.Join(got, ",") != "consult" {
		t.Errorf("story 1 = %v", got)
	}
	if got := list("/api/events?story=999"); len(got) != 0 {
		t.Errorf("story 999 = %v", got)
	}
	// A type is read as the store keeps it (lower case); an unknown one is a
	// 400 with the list of types, not an empty list.
	if got := list("/api/events?min_confidence=0&type=%20Threaten"); strings.Join(got, ",") != "threaten" {
		t.Errorf("type=Threaten = %v", got)
	}
	w := request(t, h, "GET", "/api/events?type=bogus", nil, nil)
	var bad struct {
		Error string   `json:"error"`
		Types []string `json:"types"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &bad); err != nil || w.Code != 400 || !strings.Contains(bad.Error, `type "bogus": unknown event type`) ||
		!slices.Contains(bad.Types, "threaten") || !slices.Contains(bad.Types, "express-intent") {
		t.Errorf("type=bogus: %d %s, want 400 naming the type and listing the types", w.Code, w.Body)
	}
	for _, bad := range []string{"min_confidence=2", "min_confidence=x", "order=up", "from=x", "article=x", "story=x", "limit=0"} {
		if w := request(t, h, "GET", "/api/events?"+bad, nil, nil); w.Code != 400 || !strings.Contains(w.Body.String(), `"error"`) {
			t.Errorf("%s: %d %s", bad, w.Code, w.Body)
		}
	}
}

func TestOpenAPIDocument(t *testing.T) {
	var doc struct {
		OpenAPI string                            `json:"openapi"`
		Paths   map[string]map[string]interface{} `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi = %q", doc.OpenAPI)
	}
	// Every API route the server registers is documented.
	for _, p := range []string{"/api/articles", "/api/articles/{id}", "/api/entities", "/api/entities/{name}", "/api/quotes", "/api/events",
		"/api/search", "/api/stats", "/api/stories", "/api/stories/{id}", "/api/storylines", "/api/claims", "/api/settle", "/api/articles/{id}/reanalyze", "/api/articles/{id}/new", "/api/briefs", "/api/verify"} {
		if _, ok := doc.Paths[p]; !ok {
			t.Errorf("openapi.json lacks %s", p)
		}
	}
}

func TestIngestFormFallback(t *testing.T) {
	h := New(newTestStore(t), Options{})
	body, ct := multipartBody(t, map[string]string{"keepers.html": fictionalPage})
	w := request(t, h, "POST", "/ingest", body, map[string]string{"Content-Type": ct})
	if w.Code != 201 || !strings.Contains(w.Body.String(), `<span class="outcome">ingested</span>`) || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
		t.Errorf("form ingest = %d %.300s", w.Code, w.Body)
	}
	w = request(t, h, "POST", "/ingest", strings.NewReader("x"), map[string]string{"Content-Type": ct, "Origin": "https://evil.example"})
	if w.Code != 403 || !strings.Contains(w.Body.String(), "cross-origin") {
		t.Errorf("cross-origin form = %d", w.Code)
	}
	// With a token, the form's token field authorises the write.
	h = New(newTestStore(t), Options{Token: "s3cret"})
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	mw.WriteField("token", "s3cret")
	fw, _ := mw.CreateFormFile("file", "k.html")
	fw.Write([]byte(fictionalPage))
	mw.Close()
	w = request(t, h, "POST", "/ingest", &b, map[string]string{"Content-Type": mw.FormDataContentType()})
	if w.Code != 201 {
		t.Errorf("form ingest with token field = %d %.300s", w.Code, w.Body)
	}
}

func TestFormTokenRequired(t *testing.T) {
	h := New(newTestStore(t), Options{Token: "s3cret"})
	form := func(fields ...string) (*bytes.Buffer, string) { // name, value pairs; "file" makes a file part
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		for i := 0; i < len(fields); i += 2 {
			if fields[i] == "file" {
				fw, _ := mw.CreateFormFile("file", "k.html")
				fw.Write([]byte(fields[i+1]))
				continue
			}
			mw.WriteField(fields[i], fields[i+1])
		}
		mw.Close()
		return &b, mw.FormDataContentType()
	}
	tests := []struct {
		name   string
		fields []string
		want   int
	}{
		{"no token", []string{"file", fictionalPage}, 401},
		{"wrong token", []string{"token", "nope", "file", fictionalPage}, 401},
		{"token after the file", []string{"file", fictionalPage, "token", "s3cret"}, 401},
		{"url before the token", []string{"url", "https://x.example/", "token", "s3cret"}, 401},
	}
	for _, tt := range tests {
		for _, target := range []string{"/ingest", "/api/articles"} {
			b, ct := form(tt.fields...)
			if w := request(t, h, "POST", target, b, map[string]string{"Content-Type": ct}); w.Code != tt.want {
				t.Errorf("%s: POST %s = %d, want %d", tt.name, target, w.Code, tt.want)
			}
		}
	}
}

func TestSettle(t *testing.T) {
	h := New(newTestStore(t), Options{Token: "s3cret"})
	for _, tt := range []struct {
		method string
		header map[string]string
		want   int
		body   string
	}{
		{"POST", nil, 401, "error"},
		{"POST", map[string]string{"Authorization": "Bearer s3cret", "Origin": "https://evil.example"}, 403, "error"},
		{"GET", map[string]string{"Authorization": "Bearer s3cret"}, 405, "not allowed"},
		{"POST", map[string]string{"Authorization": "Bearer s3cret"}, 200, `{"moved":0}`},
	} {
		w := request(t, h, tt.method, "/api/settle", nil, tt.header)
		if w.Code != tt.want || !strings.Contains(w.Body.String(), tt.body) {
			t.Errorf("%s /api/settle (%v) = %d %s, want %d with %q", tt.method, tt.header, w.Code, w.Body, tt.want, tt.body)
		}
	}
}

func TestDeleteArticle(t *testing.T) {
	h := New(newTestStore(t), Options{Token: "s3cret"})
	auth := map[string]string{"Authorization": "Bearer s3cret"}
	if w := request(t, h, "GET", "/api/articles/1", nil, nil); w.Code != 200 {
		t.Fatalf("GET /api/articles/1 = %d", w.Code)
	}
	if w := request(t, h, "GET", "/articles", nil, nil); !strings.Contains(w.Body.String(), `href="/articles/1"`) {
		t.Fatal("the fixture: the articles page should link article 1")
	}
	for _, tt := range []struct {
		target string
		header map[string]string
		want   int
	}{
		{"/api/articles/1", nil, 401},
		{"/api/articles/1", map[string]string{"Authorization": "Bearer s3cret", "Origin": "https://evil.example"}, 403},
		{"/api/articles/x", auth, 400},
		{"/api/articles/999", auth, 404},
		{"/api/articles/1", auth, 200},
		{"/api/articles/1", auth, 404}, // gone
	} {
		if w := request(t, h, "DELETE", tt.target, nil, tt.header); w.Code != tt.want {
			t.Errorf("DELETE %s (%v) = %d %s, want %d", tt.target, tt.header, w.Code, w.Body, tt.want)
		}
	}
	// Reads no longer see it (the response cache follows the store).
	if w := request(t, h, "GET", "/api/articles/1", nil, nil); w.Code != 404 {
		t.Errorf("GET after delete = %d", w.Code)
	}
	if w := request(t, h, "GET", "/articles", nil, nil); strings.Contains(w.Body.String(), `href="/articles/1"`) {
		t.Error("the articles page still links the deleted article")
	}
}

func TestReanalyzeArticle(t *testing.T) {
	relabel := ingest.StageFunc(func(_ context.Context, a *core.Article) error {
		a.Entities = []core.Entity{{Name: "Tove Rask", Type: core.Person, Mentions: 2}}
		a.Quotes, a.Events = nil, nil
		return nil
	})
	auth := map[string]string{"Authorization": "Bearer s3cret"}
	bare := New(newTestStore(t), Options{Token: "s3cret"})
	if w := request(t, bare, "POST", "/api/articles/1/reanalyze", nil, auth); w.Code != 501 {
		t.Errorf("without stages = %d %s, want 501", w.Code, w.Body)
	}
	h := New(newTestStore(t), Options{Token: "s3cret", Stages: []ingest.Stage{relabel}})
	if w := request(t, h, "GET", "/api/articles/1", nil, nil); strings.Contains(w.Body.String(), "Tove Rask") {
		t.Fatal("the fixture already names the stage's entity: the test is void")
	}
	for _, tt := range []struct {
		target string
		header map[string]string
		want   int
	}{
		{"/api/articles/1/reanalyze", nil, 401},
		{"/api/articles/x/reanalyze", auth, 400},
		{"/api/articles/999/reanalyze", auth, 404},
		{"/api/articles/1/reanalyze", auth, 200},
	} {
		if w := request(t, h, "POST", tt.target, nil, tt.header); w.Code != tt.want {
			t.Errorf("POST %s (%v) = %d %s, want %d", tt.target, tt.header, w.Code, w.Body, tt.want)
		}
	}
	w := request(t, h, "GET", "/api/articles/1", nil, nil)
	if !strings.Contains(w.Body.String(), "Tove Rask") || strings.Contains(w.Body.String(), `"quotes":[{`) {
		t.Errorf("after re-analysis the article reads %s", w.Body)
	}
}
