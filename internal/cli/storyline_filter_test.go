package cli

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestQuotesAndEventsOfAStoryline: quotes --storyline L and events
// --storyline L list what was said and done in every story of storyline L
// (there was no way to follow a storyline's quotes but story by story, and
// quotes had no story filter at all): exactly the quotes and events of its
// articles, across its stories.
func TestQuotesAndEventsOfAStoryline(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	if out, err := run(t, "--db", db, "ingest", filepath.Join("..", "..", "examples")); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	out, _ := runStderr(t, "--db", db, "storylines", "--json")
	type storyline struct {
		ID      int64 `json:"id"`
		Stories []struct {
			ID int64 `json:"id"`
		} `json:"stories"`
	}
	var lines []storyline
	if err := json.Unmarshal([]byte(out), &lines); err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(lines, func(a, b storyline) int { return len(b.Stories) - len(a.Stories) })
	if len(lines) == 0 || len(lines[0].Stories) < 3 {
		t.Fatalf("no storyline of three stories in examples: %s", out)
	}
	line := lines[0]
	var articles []string
	for _, s := range line.Stories {
		out, _ := runStderr(t, "--db", db, "articles", "--story", strconv.FormatInt(s.ID, 10), "--json")
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var a struct{ ID int64 }
			if err := json.Unmarshal([]byte(l), &a); err != nil {
				t.Fatalf("%v in %q", err, l)
			}
			articles = append(articles, strconv.FormatInt(a.ID, 10))
		}
	}
	ids := func(out string) []string { // the article of each row, in order
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			if l == "" {
				continue
			}
			var r struct {
				ArticleID int64 `json:"article_id"`
			}
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				t.Fatalf("%v in %q", err, l)
			}
			got = append(got, strconv.FormatInt(r.ArticleID, 10))
		}
		return got
	}
	for _, list := range [][]string{{"quotes", "--each"}, {"events", "--all"}} {
		var want []string
		for _, a := range articles {
			out, _ := runStderr(t, append(append([]string{"--db", db}, list...), "--article", a, "--json", "--limit", "10000")...)
			want = append(want, ids(out)...)
		}
		out, _ := runStderr(t, append(append([]string{"--db", db}, list...), "--storyline", strconv.FormatInt(line.ID, 10), "--json", "--limit", "10000")...)
		got := ids(out)
		slices.Sort(got)
		slices.Sort(want)
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("%s --storyline %d: articles %v, want those of its %d stories %v", list[0], line.ID, got, len(line.Stories), want)
		}
		if len(slices.Compact(slices.Clone(got))) < 2 {
			t.Errorf("%s --storyline %d: from fewer than two articles: %v", list[0], line.ID, got)
		}
	}
}
