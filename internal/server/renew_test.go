package server

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"
)

// TestIngestRenewsWhatIsNew posts two fictional reports of one story, the
// later one first: after the second request, the earlier report (stored
// second) shows its opening line as new and the later one as said before.
func TestIngestRenewsWhatIsNew(t *testing.T) {
	h := New(emptyTestStore(t), Options{})
	earlier, later := postTarnPair(t, h, "Tarn Valley dam gates shut after pillar crack found", true)
	isNew := func(id int64) bool {
		t.Helper()
		w := request(t, h, "GET", "/api/articles/"+strconv.FormatInt(id, 10), nil, nil)
		var a struct {
			Storyline    int64 `json:"storyline"`
			NewSentences []struct {
				Text string `json:"text"`
			} `json:"new_sentences"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &a); err != nil {
			t.Fatalf("GET article %d: %v %s", id, err, w.Body.String())
		}
		for _, s := range a.NewSentences {
			if strings.Contains(s.Text, "north spillway gates would stay shut") {
				return true
			}
		}
		return false
	}
	if !isNew(earlier) {
		t.Errorf("article %d, published first: its opening line not among its new sentences", earlier)
	}
	if isNew(later) {
		t.Errorf("article %d, published later: its opening line still among its new sentences", later)
	}
}

// tarnReports returns a poster of fictional reports of one story through
// /api/articles: each opens with the same line on the Tarn Valley dam,
// then more; it returns the stored article's ID.
func tarnReports(t *testing.T, h http.Handler) func(title, day, more string) int64 {
	line := "The Tarn Valley dam authority said on Monday that the north spillway gates would stay shut until engineers finished checking the cracked support pillar."
	return func(title, day, more string) int64 {
		t.Helper()
		body, _ := json.Marshal(map[string]string{"title": title, "published": day, "text": line + "\n\n" + more})
		w := request(t, h, "POST", "/api/articles", strings.NewReader(string(body)), map[string]string{"Content-Type": "application/json"})
		var resp struct {
			Results []struct{ ID int64 } `json:"results"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || w.Code != 201 || len(resp.Results) != 1 {
			t.Fatalf("POST %s: %d %s", title, w.Code, w.Body.String())
		}
		return resp.Results[0].ID
	}
}

// postTarnPair posts two fictional reports of one story with tarnReports:
// an earlier one (2026-05-12, titled earlierTitle, on the diver who found
// the crack) and a later one (2026-05-20, on the farmers downstream), the
// later one first where laterFirst. It returns the stored articles' IDs.
func postTarnPair(t *testing.T, h http.Handler, earlierTitle string, laterFirst bool) (earlier, later int64) {
	t.Helper()
	post := tarnReports(t, h)
	postEarlier := func() {
		earlier = post(earlierTitle, "2026-05-12",
			"The crack was found by a maintenance diver during a routine survey of the north spillway last week.")
	}
	postLater := func() {
		later = post("Tarn Valley dam gates stay shut as inspection drags on", "2026-05-20",
			"Farmers downstream in Orrin said their fields had been dry for nine days and asked the authority for a water schedule.")
	}
	if laterFirst {
		postLater()
		postEarlier()
	} else {
		postEarlier()
		postLater()
	}
	return earlier, later
}
