package server

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/store"
)

// TestArticleSaysWhatItWasJudgedAgainst: an article page says what its new
// and repeated sentences were judged against (its storyline's articles
// published before it, linked), and says when every sentence is new or none
// is (it said nothing then, as nothing is marked).
func TestArticleSaysWhatItWasJudgedAgainst(t *testing.T) {
	st, err := store.Open(context.Background(), ":memory:", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h := New(st, Options{})
	line := "The Tarn Valley dam authority said on Monday that the north spillway gates would stay shut until engineers finished checking the cracked support pillar."
	post := func(title, day, more string) int64 {
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
	first := post("Tarn Valley dam gates shut after <script>crack</script> found", "2026-05-12",
		"The crack was found by a maintenance diver during a routine survey of the north spillway last week.")
	later := post("Tarn Valley dam gates stay shut as inspection drags on", "2026-05-20",
		"Farmers downstream in Orrin said their fields had been dry for nine days and asked the authority for a water schedule.")
	page := func(id int64) string { return "/articles/" + strconv.FormatInt(id, 10) }
	expectPage(t, h, page(first), 200, []string{`<p class="legend judged">Every sentence is new. New means not said by the articles of <a href="/storylines/`,
		`">this storyline</a> published before it.</p>`}, []string{"<script>crack"})
	expectPage(t, h, page(later), 200, []string{`<p class="legend judged">New means not said by the articles of <a href="/storylines/`,
		`">this storyline</a> published before it.</p>`}, []string{"Every sentence is new."})
}
