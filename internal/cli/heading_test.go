package cli

import (
	"strings"
	"testing"
)

// TestUntitledArticleOneLabel: `show`, `new` and `story ID` name an
// untitled article by the first line of its text, as `articles`, `search`
// and the pages do (store.ArticleLabel); show and new said "(no title)",
// story ID left the title blank and its date column empty for the undated.
func TestUntitledArticleOneLabel(t *testing.T) {
	db := ingestFile(t, "untitled.jsonl", `{"url":"https://quay.example/c","text":"The lock keepers of Orrin Bay stopped work at dawn on Monday.\n\nThe canal board of Orrin Bay said barges would wait at the outer gate."}`+"\n")
	const first = "The lock keepers of Orrin Bay stopped work at dawn on Monday."
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"show", "1"}, first + "\n" + strings.Repeat("=", len(first)) + "\n"},
		{[]string{"new", "1"}, "article 1, story 1, storyline 1: " + first + "\n"},
		{[]string{"story", "1"}, "      1  undated     The lock keepers of Orrin Bay stopped work"},
		{[]string{"articles"}, first},
	} {
		out, err := run(t, append([]string{"--db", db}, c.args...)...)
		if err != nil {
			t.Fatalf("%s: %v", c.args, err)
		}
		if !strings.Contains(out, c.want) || strings.Contains(out, "(no title)") {
			t.Errorf("%s: want %q in\n%s", c.args, c.want, out)
		}
	}
}
