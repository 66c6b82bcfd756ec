package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestEntityQuotesOverTime(t *testing.T) {
	s := New(newTestStore(t), Options{RateLimit: -1})
	r := request(t, s, "GET", "/api/entities/Lorvik", nil, nil)
	if r.Code != http.StatusOK {
		t.Fatalf("status %d: %s", r.Code, r.Body)
	}
	var ent struct {
		QuoteTotal  int `json:"quote_total"`
		QuoteMonths []struct {
			Value string `json:"value"`
			Count int    `json:"count"`
		} `json:"quote_months"`
		Quotes []struct {
			Published string `json:"published"`
		} `json:"quotes"`
	}
	decode(t, r, &ent)
	if ent.QuoteTotal != 2 || len(ent.QuoteMonths) != 2 || ent.QuoteMonths[0].Value != "2031-03" || ent.QuoteMonths[1].Count != 1 {
		t.Errorf("quote counts: %+v", ent)
	}
	if len(ent.Quotes) != 2 || ent.Quotes[0].Published > ent.Quotes[1].Published {
		t.Errorf("quotes not in time order: %+v", ent.Quotes)
	}
	var qs struct {
		Quotes []struct {
			Published string `json:"published"`
		} `json:"quotes"`
	}
	decode(t, request(t, s, "GET", "/api/quotes?speaker=Lorvik&order=newest&limit=1", nil, nil), &qs)
	if len(qs.Quotes) != 1 || !strings.HasPrefix(qs.Quotes[0].Published, "2031-04") {
		t.Errorf("newest quote: %+v", qs.Quotes)
	}
	if r := request(t, s, "GET", "/api/quotes?order=sideways", nil, nil); r.Code != http.StatusBadRequest {
		t.Errorf("bad order: %d", r.Code)
	}
}

func decode(t *testing.T, r *httptest.ResponseRecorder, v any) {
	t.Helper()
	if r.Code != http.StatusOK {
		t.Fatalf("status %d: %s", r.Code, r.Body)
	}
	if err := json.Unmarshal(r.Body.Bytes(), v); err != nil {
		t.Fatalf("%v: %s", err, r.Body)
	}
}
