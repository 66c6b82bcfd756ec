package server

import (
	"strconv"
	"testing"
)

// TestArticleSaysWhatItWasJudgedAgainst: an article page says what its new
// and repeated sentences were judged against (its storyline's articles
// published before it, linked), and says when every sentence is new or none
// is (it said nothing then, as nothing is marked).
func TestArticleSaysWhatItWasJudgedAgainst(t *testing.T) {
	h := New(emptyTestStore(t), Options{})
	first, later := postTarnPair(t, h, "Tarn Valley dam gates shut after <script>crack</script> found", false)
	page := func(id int64) string { return "/articles/" + strconv.FormatInt(id, 10) }
	expectPage(t, h, page(first), 200, []string{`<p class="legend judged">Every sentence is new. New means not said by the articles of <a href="/storylines/`,
		`">this storyline</a> published before it.</p>`}, []string{"<script>crack"})
	expectPage(t, h, page(later), 200, []string{`<p class="legend judged">New means not said by the articles of <a href="/storylines/`,
		`">this storyline</a> published before it.</p>`}, []string{"Every sentence is new."})
}
