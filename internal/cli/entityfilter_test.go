package cli

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestEntityFilterByNameWords: stories, articles and search --entity
// matched only a whole stored name or alias, so `articles --entity Kovrin`
// listed nothing while its hint said “Kovrin” matched Ana Kovrin, Piet
// Kovrin. They now match as quotes --speaker does: a surname or a first
// name alone finds the persons' articles, stderr names the persons when
// several matched, /api/articles, /api/stories and /api/search list the
// same and give those names as "matched", and the pages say so.
func TestEntityFilterByNameWords(t *testing.T) {
	db, _, get := pilotsServer(t)
	ids := func(args ...string) []int64 {
		t.Helper()
		out, _ := runStderr(t, append([]string{"--db", db}, args...)...)
		var rows []struct{ ID int64 }
		if strings.HasPrefix(out, "[") { // stories: one array
			if err := json.Unmarshal([]byte(out), &rows); err != nil {
				t.Fatalf("%v: %v", args, err)
			}
		}
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var row struct{ ID int64 }
			if line == "" || strings.HasPrefix(out, "[") {
				continue
			}
			if err := json.Unmarshal([]byte(line), &row); err != nil {
				t.Fatalf("%v: %q: %v", args, line, err)
			}
			rows = append(rows, row)
		}
		var got []int64
		for _, r := range rows {
			got = append(got, r.ID)
		}
		slices.Sort(got)
		return got
	}
	ana, piet := ids("articles", "--json", "--entity", "Ana Kovrin"), ids("articles", "--json", "--entity", "Piet Kovrin")
	if len(ana) == 0 || len(piet) == 0 {
		t.Fatalf("Ana Kovrin's articles %v, Piet Kovrin's %v: want both", ana, piet)
	}
	both := slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(ana), piet...))))
	if got := ids("articles", "--json", "--entity", "Kovrin"); !slices.Equal(got, both) {
		t.Errorf("articles --entity Kovrin = %v, want Ana's and Piet's %v", got, both)
	}
	if got := ids("articles", "--json", "--entity", "kovrin piet"); !slices.Equal(got, piet) {
		t.Errorf("articles --entity \"kovrin piet\" = %v, want Piet's %v", got, piet)
	}
	out, errs := runStderr(t, "--db", db, "articles", "--entity", "Kovrin")
	if !strings.Contains(errs, "“Kovrin” matched 2 names: ") || strings.Contains(out, "no articles") {
		t.Errorf("articles --entity Kovrin: stdout %q, stderr %q; want the list, and the two names on stderr", out, errs)
	}

	// The API lists the same, with the names it matched; the page too.
	var api struct {
		Articles []struct{ ID int64 }
		Matched  []string
		Hint     *string
	}
	if err := json.Unmarshal([]byte(get("/api/articles?entity=Kovrin")), &api); err != nil {
		t.Fatal(err)
	}
	var apiIDs []int64
	for _, a := range api.Articles {
		apiIDs = append(apiIDs, a.ID)
	}
	slices.Sort(apiIDs)
	if !slices.Equal(apiIDs, both) || len(api.Matched) != 2 || api.Hint != nil {
		t.Errorf("/api/articles?entity=Kovrin = %v, matched %q, hint %v; want %v, two names, no hint", apiIDs, api.Matched, api.Hint, both)
	}
	page := get("/articles?entity=Kovrin")
	if !strings.Contains(page, "matched 2 names: ") {
		t.Errorf("/articles?entity=Kovrin does not name the two it matched")
	}
	for _, id := range both {
		if !strings.Contains(page, fmt.Sprintf(`href="/articles/%d"`, id)) {
			t.Errorf("/articles?entity=Kovrin does not list article %d", id)
		}
	}

	// Stories and search agree with the CLI.
	if got := ids("stories", "--json", "--entity", "Kovrin"); len(got) == 0 {
		t.Errorf("stories --entity Kovrin lists none")
	} else {
		var st struct {
			Stories []struct{ ID int64 }
			Matched []string
		}
		if err := json.Unmarshal([]byte(get("/api/stories?entity=Kovrin")), &st); err != nil {
			t.Fatal(err)
		}
		var apiStories []int64
		for _, s := range st.Stories {
			apiStories = append(apiStories, s.ID)
		}
		slices.Sort(apiStories)
		if !slices.Equal(apiStories, got) || len(st.Matched) != 2 {
			t.Errorf("/api/stories?entity=Kovrin = %v, matched %q; stories --entity Kovrin = %v", apiStories, st.Matched, got)
		}
	}
	var sr struct {
		Total   int
		Results []struct{ ID int64 }
		Matched []string
	}
	if err := json.Unmarshal([]byte(get("/api/search?entity=Kovrin")), &sr); err != nil {
		t.Fatal(err)
	}
	var hits []int64
	for _, h := range sr.Results {
		hits = append(hits, h.ID)
	}
	slices.Sort(hits)
	if !slices.Equal(hits, both) || sr.Total != len(both) || len(sr.Matched) != 2 {
		t.Errorf("/api/search?entity=Kovrin = %v (total %d), matched %q; want %v", hits, sr.Total, sr.Matched, both)
	}
	if out, _ := runStderr(t, "--db", db, "search", "--entity", "Kovrin"); !strings.HasPrefix(out, fmt.Sprintf("%d match", len(both))) {
		t.Errorf("search --entity Kovrin = %q, want %d matches", out, len(both))
	}
	if page := get("/search?entity=Kovrin"); !strings.Contains(page, "matched 2 names: ") {
		t.Errorf("/search?entity=Kovrin does not name the two it matched")
	}
	// One name matched: no "matched" list.
	var one struct{ Matched []string }
	if err := json.Unmarshal([]byte(get("/api/articles?entity=Ana+Kovrin")), &one); err != nil || one.Matched != nil {
		t.Errorf("/api/articles?entity=Ana+Kovrin matched %q, %v; want none", one.Matched, err)
	}
}
