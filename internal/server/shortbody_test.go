package server

import (
	"strings"
	"testing"
)

// TestIngestRefusesShortBody: POST /api/articles refuses a body of fewer
// than ingest.MinWords words, given inline or as a file, with the words of
// the CLI's ingest (the item failed, the request 422 when nothing was
// stored); a one-word text was stored as an article.
func TestIngestRefusesShortBody(t *testing.T) {
	st := newTestStore(t)
	h := New(st, Options{})
	jsonCT := map[string]string{"Content-Type": "application/json"}
	mp, mpType := multipartBody(t, map[string]string{"stub.txt": "Developing."})
	for _, c := range []struct {
		body   string
		header map[string]string
		want   string
	}{
		{`{"text":"Hello"}`, jsonCT, `"error":"upload: too short to be an article: 1 word (\"Hello\"); 5 or more are stored"`},
		{`{"html":"<html><body><p>Page not found</p></body></html>","url":"https://quay.example/gone"}`, jsonCT, `"error":"https://quay.example/gone: too short to be an article: 3 words (\"Page not found\"); 5 or more are stored"`},
		{mp.String(), map[string]string{"Content-Type": mpType}, `"error":"upload/stub.txt: too short to be an article: 1 word (\"Developing.\"); 5 or more are stored"`},
	} {
		w := request(t, h, "POST", "/api/articles", strings.NewReader(c.body), c.header)
		if w.Code != 422 || !strings.Contains(w.Body.String(), c.want) {
			t.Errorf("POST %.60s = %d %.400s; want 422 containing %q", c.body, w.Code, w.Body.String(), c.want)
		}
	}
	w := request(t, h, "POST", "/api/articles", strings.NewReader(`{"text":"Pier workers of Orrin Bay walked out on Monday."}`), jsonCT)
	if w.Code != 201 {
		t.Errorf("a sentence of nine words: %d %.300s; want 201", w.Code, w.Body.String())
	}
}
