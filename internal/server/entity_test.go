package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
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

func TestEntityPageRepeatedStatement(t *testing.T) {
	st := emptyTestStore(t)
	lind := core.Entity{Name: "Ana Lind", Type: core.Person, Mentions: 1}
	line := "The ferries will sail when the pay is fair."
	var arts []*core.Article
	for i, outlet := range []string{"Veldmark Post", "Coastal Herald", "Island Wire"} {
		text := "Ana Lind spoke to the crews.\n\n\"" + line + "\" she said."
		if i == 2 {
			text = "Ana Lind spoke again.\n\n\"We have not changed our minds about the pier.\" she said."
		}
		q := quoted(text, text[strings.Index(text, "\"")+1:strings.LastIndex(text, "\"")], "Ana Lind")
		arts = append(arts, &core.Article{Hash: "rep" + outlet, Source: "fixtures/" + outlet, Outlet: outlet, Title: "Report from " + outlet,
			Published: "2031-06-0" + string(rune('1'+i)), Language: "en", Text: text, Entities: []core.Entity{lind}, Quotes: []core.Quote{q}})
	}
	if _, err := st.PutBatch(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	s := New(st, Options{RateLimit: -1})
	r := request(t, s, "GET", "/entities/Ana%20Lind", nil, nil)
	body := r.Body.String()
	if r.Code != http.StatusOK {
		t.Fatalf("status %d: %s", r.Code, body)
	}
	if n := strings.Count(body, "sail when the pay is fair"); n != 1 {
		t.Errorf("the repeated statement is shown %d times, want once", n)
	}
	if !strings.Contains(body, "repeated in 1 more article") || !strings.Contains(body, "Report from Coastal Herald") {
		t.Errorf("no mention of the repeat:\n%s", body)
	}
	if !strings.Contains(body, "changed our minds") {
		t.Error("the other statement is missing")
	}
	var api struct {
		Quotes     []struct{ Text string } `json:"quotes"`
		Statements []struct {
			Text     string  `json:"text"`
			Articles []int64 `json:"articles"`
		} `json:"statements"`
	}
	decode(t, request(t, s, "GET", "/api/quotes?speaker=Ana%20Lind&group=true", nil, nil), &api)
	if len(api.Quotes) != 3 || len(api.Statements) != 2 || len(api.Statements[0].Articles) != 2 || api.Statements[0].Text != line {
		t.Errorf("grouped quotes: %+v", api)
	}
	if r := request(t, s, "GET", "/api/quotes?group=maybe", nil, nil); r.Code != http.StatusBadRequest {
		t.Errorf("group=maybe: %d", r.Code)
	}
}

func TestEntityQuotesInReadingOrder(t *testing.T) {
	st := emptyTestStore(t)
	lind := core.Entity{Name: "Ana Lind", Type: core.Person, Mentions: 2}
	undated := "\"The pier opens at noon,\" said Ana Lind. Later she added: \"The ferries follow in May.\""
	dated := "\"We voted for the pier,\" said Ana Lind. \"Now we build it,\" she said."
	arts := []*core.Article{
		{Hash: "u1", Source: "fixtures/undated", Title: "Undated report", Language: "en", Text: undated, Entities: []core.Entity{lind},
			Quotes: []core.Quote{quoted(undated, "The pier opens at noon,", "Ana Lind"), quoted(undated, "The ferries follow in May.", "Ana Lind")}},
		{Hash: "d1", Source: "fixtures/dated", Title: "Dated report", Published: "2031-07-01", Language: "en", Text: dated, Entities: []core.Entity{lind},
			Quotes: []core.Quote{quoted(dated, "We voted for the pier,", "Ana Lind"), quoted(dated, "Now we build it,", "Ana Lind")}},
	}
	if _, err := st.PutBatch(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	var ent struct {
		Quotes []struct {
			Text string `json:"text"`
		} `json:"quotes"`
	}
	decode(t, request(t, New(st, Options{RateLimit: -1}), "GET", "/api/entities/Ana%20Lind", nil, nil), &ent)
	var got []string
	for _, q := range ent.Quotes {
		got = append(got, q.Text)
	}
	want := "We voted for the pier,|Now we build it,|The pier opens at noon,|The ferries follow in May."
	if strings.Join(got, "|") != want {
		t.Errorf("quotes in order %q, want %q", strings.Join(got, "|"), want)
	}
}
