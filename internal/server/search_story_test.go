package server

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
)

// TestSearchHitsCarryStory: a search hit says the article's story, in
// /api/search and on the search page (linked), as quote and event rows do;
// an analyst searching a word had to open every article to see which story
// it belongs to.
func TestSearchHitsCarryStory(t *testing.T) {
	st := newTestStore(t)
	a, err := st.Article(context.Background(), 1)
	if err != nil || a.Story == 0 {
		t.Fatalf("article 1: story %d, %v", a.Story, err)
	}
	h := New(st, Options{})
	for _, target := range []string{"/api/search?q=table", "/api/search?source=one.txt"} {
		w := expectPage(t, h, target, 200, nil, nil)
		var got struct {
			Results []struct {
				ID    int64 `json:"id"`
				Story int64 `json:"story"`
			}
		}
		if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if len(got.Results) != 1 || got.Results[0].ID != 1 || got.Results[0].Story != a.Story {
			t.Errorf("%s: results %+v, want article 1 in story %d", target, got.Results, a.Story)
		}
	}
	expectPage(t, h, "/search?q=table", 200, []string{fmt.Sprintf(`<a href="/stories/%d">Story %d</a>`, a.Story, a.Story)}, nil)
}
