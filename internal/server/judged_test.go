package server

import (
	"context"
	"strconv"
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
	post := tarnReports(t, h)
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
