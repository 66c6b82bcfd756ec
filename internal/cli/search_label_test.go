package cli

import (
	"strings"
	"testing"
)

// TestSearchNamesUntitledHits: `search` names an untitled hit by its first
// line, as the search page does (store.UntitledLabels), and its months
// facet calls the undated "undated" as the page does; it printed an empty
// title and "(none)" (review24).
func TestSearchNamesUntitledHits(t *testing.T) {
	db := ingestFile(t, "untitled.jsonl", `{"url":"https://quay.example/a","text":"The ferry crews of Velmont voted on Tuesday to end their strike after nine days.\n\nThe harbour authority of Velmont said the boats would sail again on Friday morning."}`+"\n")
	out, err := run(t, "--db", db, "search", "ferry", "--facets")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "undated     The ferry crews of Velmont voted on Tuesday") {
		t.Errorf("search: the untitled hit is not named by its first line:\n%s", out)
	}
	if !strings.Contains(out, "months: undated 1") {
		t.Errorf("search --facets: the undated month is not called undated:\n%s", out)
	}
}

// TestSearchNamesStory: each `search` hit names the article's story beside
// its source, as the search page and /api/search do.
func TestSearchNamesStory(t *testing.T) {
	db := ingestFile(t, "one.jsonl", `{"url":"https://quay.example/b","title":"Velmont ferries sail again","text":"The ferry crews of Velmont ended their strike on Tuesday.\n\nThe harbour authority said the boats would sail again on Friday morning."}`+"\n")
	out, err := run(t, "--db", db, "search", "ferry")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "one.jsonl:1 · story 1") {
		t.Errorf("search: the hit does not name its story:\n%s", out)
	}
}
