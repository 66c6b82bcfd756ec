package cli

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// orderStore ingests fictional articles stored out of publication order,
// two on one day and one undated, and returns the store and the titles in
// the order a reader expects: newest published first, the undated last.
func orderStore(t *testing.T) (string, []string) {
	t.Helper()
	var lines []string
	for i, pub := range []string{"2025-05-02", "2025-07-19", "", "2025-01-11", "2025-07-19", "2025-03-30"} {
		text := fmt.Sprintf("Ferry timetable number %d for the island of Varrow was printed again. "+
			"The harbour office in Kellin says route %d keeps its morning crossing and adds one more in the evening.", i, i*7+3)
		rec, _ := json.Marshal(map[string]string{"title": fmt.Sprintf("Timetable %d", i), "text": text, "published": pub,
			"url": fmt.Sprintf("https://varrow.example/timetable-%d", i)})
		lines = append(lines, string(rec))
	}
	db := ingestFile(t, "timetables.jsonl", strings.Join(lines, "\n")+"\n")
	// Stored 1..6 in file order; by publication: 4 and 1 share a day (ID
	// breaks the tie), 2 is undated.
	return db, []string{"Timetable 4", "Timetable 1", "Timetable 0", "Timetable 5", "Timetable 3", "Timetable 2"}
}

func titlesOf(t *testing.T, jsonLines string) []string {
	t.Helper()
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(jsonLines), "\n") {
		var row struct{ Title string }
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			t.Fatalf("%v: %q", err, line)
		}
		out = append(out, row.Title)
	}
	return out
}

// TestArticlesNewestPublishedFirst: articles (and /api/articles, /articles)
// list the newest publication first, undated last, and page on by the
// cursor the cut list names; --sort stored (sort=stored) and --before keep
// the stored order; a cursor from before (a:ID) still pages the stored order.
func TestArticlesNewestPublishedFirst(t *testing.T) {
	db, want := orderStore(t)
	out, err := run(t, "--db", db, "articles", "--json")
	if err != nil {
		t.Fatal(err)
	}
	if got := titlesOf(t, out); !slices.Equal(got, want) {
		t.Errorf("articles: %v, want %v", got, want)
	}
	var walked []string
	after := ""
	for range 10 {
		out, errs := runStderr(t, "--db", db, "articles", "--json", "--limit", "4", "--after", after)
		walked = append(walked, titlesOf(t, out)...)
		if out, errs = runStderr(t, "--db", db, "articles", "--limit", "4", "--after", after); !strings.Contains(errs, "--after ") {
			break
		}
		after = strings.Fields(errs[strings.Index(errs, "--after ")+len("--after "):])[0]
	}
	if !slices.Equal(walked, want) {
		t.Errorf("articles by pages of 4: %v, want %v", walked, want)
	}
	out, _ = run(t, "--db", db, "articles", "--json", "--sort", "stored")
	if got := titlesOf(t, out); !slices.Equal(got, []string{"Timetable 5", "Timetable 4", "Timetable 3", "Timetable 2", "Timetable 1", "Timetable 0"}) {
		t.Errorf("articles --sort stored: %v", got)
	}
	out, _ = run(t, "--db", db, "articles", "--json", "--before", "3")
	if got := titlesOf(t, out); !slices.Equal(got, []string{"Timetable 1", "Timetable 0"}) {
		t.Errorf("articles --before 3: %v", got)
	}
	// A list of exactly the limit says nothing; a cut one says so, also
	// with --json.
	if _, errs := runStderr(t, "--db", db, "articles", "--json", "--limit", "6"); errs != "" {
		t.Errorf("articles --limit 6 (all): stderr %q, want nothing", errs)
	}
	if _, errs := runStderr(t, "--db", db, "articles", "--json", "--limit", "5"); !strings.Contains(errs, "the first 5 shown, there are more (--after ") {
		t.Errorf("articles --json --limit 5: stderr %q, want the cut told", errs)
	}
	for _, bad := range [][]string{{"--sort", "title"}, {"--limit", "0"}, {"--before", "3", "--after", "2025-01-11/4/0/4"}, {"--after", "x"}} {
		if _, err := run(t, append([]string{"--db", db, "articles"}, bad...)...); err == nil {
			t.Errorf("articles %v: no error", bad)
		}
	}

	// The API and the page agree.
	_, h := storeServer(t, db)
	get := func(target string) (int, string) {
		w := getFrom(h, target)
		return w.Code, w.Body.String()
	}
	apiWalk := func(query string) []string {
		var titles []string
		next := ""
		for range 10 {
			code, body := get("/api/articles?limit=4" + query + "&cursor=" + next)
			var page struct {
				Articles []struct{ Title string }
				Next     *string
			}
			if err := json.Unmarshal([]byte(body), &page); err != nil || code != 200 {
				t.Fatalf("%s: %d %s", query, code, body)
			}
			for _, a := range page.Articles {
				titles = append(titles, a.Title)
			}
			if page.Next == nil {
				break
			}
			next = *page.Next
		}
		return titles
	}
	if got := apiWalk(""); !slices.Equal(got, want) {
		t.Errorf("/api/articles: %v, want %v", got, want)
	}
	if got := apiWalk("&sort=published"); !slices.Equal(got, want) {
		t.Errorf("/api/articles?sort=published: %v, want %v", got, want)
	}
	if got := apiWalk("&sort=stored"); !slices.Equal(got, []string{"Timetable 5", "Timetable 4", "Timetable 3", "Timetable 2", "Timetable 1", "Timetable 0"}) {
		t.Errorf("/api/articles?sort=stored: %v", got)
	}
	// A story's articles page the same way (the store's Story, sorted).
	_, body := get("/api/stories/1")
	var story struct{ Articles int }
	if err := json.Unmarshal([]byte(body), &story); err != nil {
		t.Fatal(err)
	}
	got := apiWalk("&story=1")
	if len(got) != story.Articles || len(got) < 2 {
		t.Errorf("/api/articles?story=1: %v, want the story's %d", got, story.Articles)
	}
	for i := 1; i < len(got); i++ {
		if slices.Index(want, got[i-1]) >= slices.Index(want, got[i]) {
			t.Errorf("/api/articles?story=1: %v not in the order of %v", got, want)
		}
	}
	// A cursor an earlier build gave ("a:3", the stored order) still works.
	if code, body := get("/api/articles?cursor=YToz"); code != 200 || !strings.Contains(body, "Timetable 1") || strings.Contains(body, "Timetable 4") {
		t.Errorf("cursor a:3: %d %s", code, body)
	}
	if code, _ := get("/api/articles?sort=title"); code != 400 {
		t.Errorf("sort=title: %d, want 400", code)
	}
	_, page := get("/articles")
	last := -1
	for _, title := range want {
		i := strings.Index(page, ">"+title+"<")
		if i < last {
			t.Errorf("/articles: %q out of order", title)
		}
		last = i
	}
	if !strings.Contains(page, "Newest published first") || !strings.Contains(page, `href="?sort=stored"`) {
		t.Errorf("/articles does not tell its order or link the other")
	}
}
