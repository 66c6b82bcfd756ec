package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// runStderr executes args and returns what it printed on stdout and stderr.
func runStderr(t *testing.T, args ...string) (string, string) {
	t.Helper()
	out, errs, err := execute(args)
	if err != nil {
		t.Fatalf("%v: %v", args, err)
	}
	return out, errs
}

// examplesStore is a new store in a temporary folder with the fictional
// examples/text pages ingested.
func examplesStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "s.db")
	if out, err := run(t, "--db", db, "ingest", filepath.Join("..", "..", "examples", "text")); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	return db
}

// TestLimitHint: a listing cut at its --limit says so on stderr and how to
// see the rest, so a reader does not take the first page for the store; a
// listing under its limit says nothing, and stdout stays the bare list.
func TestLimitHint(t *testing.T) {
	db := examplesStore(t)
	out, errs := runStderr(t, "--db", db, "articles", "--sort", "stored", "--limit", "1")
	if strings.Count(out, "\n") != 1 || strings.Contains(out, "--before") {
		t.Errorf("articles --limit 1 stdout:\n%s", out)
	}
	id := strings.Fields(out)[0]
	if !strings.Contains(errs, "the first 1 shown") || !strings.Contains(errs, "--before "+id) {
		t.Errorf("articles --sort stored --limit 1 stderr %q, want the cut told with --before %s", errs, id)
	}
	if _, errs := runStderr(t, "--db", db, "articles", "--limit", "1"); !strings.Contains(errs, "the first 1 shown") || !strings.Contains(errs, "--after ") {
		t.Errorf("articles --limit 1 stderr %q, want the cut told with --after CURSOR", errs)
	}
	if _, errs := runStderr(t, "--db", db, "articles", "--limit", "5"); errs != "" {
		t.Errorf("articles --limit 5 stderr %q, want nothing", errs)
	}
	if _, errs := runStderr(t, "--db", db, "stories", "--limit", "1"); !strings.Contains(errs, "--limit 2") {
		t.Errorf("stories --limit 1 stderr %q, want --limit 2 offered", errs)
	}
	if _, errs := runStderr(t, "--db", db, "stories"); errs != "" {
		t.Errorf("stories stderr %q, want nothing", errs)
	}
}

// TestNotFoundHint: a wrong ID's error names the command that lists the IDs
// there are, and show reads its ID as story and new do.
func TestNotFoundHint(t *testing.T) {
	db := examplesStore(t)
	for _, c := range []struct{ args, want string }{
		{"show 999", "article 999: not found (storyline articles lists them)"},
		{"new 999", "(storyline articles lists them)"},
		{"story 999", "story 999: not found (storyline stories lists them)"},
		{"storylines 999", "(storyline storylines --min-stories 1 lists them)"},
		{"show 0", `article ID "0": not a positive number`},
	} {
		_, err := run(t, append([]string{"--db", db}, strings.Fields(c.args)...)...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want %q", c.args, err, c.want)
		}
	}
}

// TestNoStore: a reading command over a path with no store says so and how
// to make one, and leaves no empty store behind.
func TestNoStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "typo.db")
	for _, args := range [][]string{{"articles"}, {"stories"}, {"show", "1"}, {"claims"}} {
		_, err := run(t, append([]string{"--db", db}, args...)...)
		if err == nil || !strings.Contains(err.Error(), "no store at "+db) || !strings.Contains(err.Error(), "ingest") {
			t.Errorf("%v: err %v, want no store at %s", args, err, db)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("%s was created", db)
	}
}

// TestQuotesHints: quotes come oldest first, so a list cut at --limit says
// so with how to reach the later ones (--newest, and --after the cursor of
// the last line, which goes on from there); a speaker with no quotes is
// named.
func TestQuotesHints(t *testing.T) {
	db := examplesStore(t)
	out1, errs := runStderr(t, "--db", db, "quotes", "--each", "--limit", "1")
	if !strings.Contains(errs, "the oldest first") || !strings.Contains(errs, "--newest") || !strings.Contains(errs, "--after ") {
		t.Fatalf("quotes --limit 1 stderr %q, want the cut told", errs)
	}
	after := strings.Fields(strings.SplitN(errs, "--after ", 2)[1])[0]
	out2, _ := runStderr(t, "--db", db, "quotes", "--each", "--limit", "1", "--after", after)
	both, _ := runStderr(t, "--db", db, "quotes", "--each", "--limit", "2")
	if out1 == out2 || out1+out2 != both {
		t.Errorf("--after %s: page 2 %q; pages 1+2 should be the first two quotes %q", after, out2, both)
	}
	if out, _ := runStderr(t, "--db", db, "quotes", "--speaker", "Quillon Vantry"); !strings.Contains(out, `no quotes by “Quillon Vantry”`) {
		t.Errorf("quotes --speaker Quillon Vantry: %q", out)
	}
	if _, _, err := execute([]string{"--db", db, "quotes", "--after", "yesterday"}); err == nil || !strings.Contains(err.Error(), "--after") {
		t.Errorf("quotes --after yesterday: %v", err)
	}
}

// TestEventsHint: events cut at --limit say so, and, oldest first, point to
// --newest; --after the named cursor walks every event.
func TestEventsHint(t *testing.T) {
	db := examplesStore(t)
	if _, errs := runStderr(t, "--db", db, "events", "--all", "--limit", "1"); !strings.Contains(errs, "--newest shows the latest") {
		t.Errorf("events --limit 1 stderr %q, want --newest offered", errs)
	}
	if _, errs := runStderr(t, "--db", db, "events", "--all", "--limit", "1", "--newest"); !strings.Contains(errs, "--after ") || strings.Contains(errs, "--newest") {
		t.Errorf("events --newest --limit 1 stderr %q", errs)
	}
	all, errs := runStderr(t, "--db", db, "events", "--all", "--newest", "--limit", "1000")
	if errs != "" {
		t.Fatalf("events --limit 1000 stderr %q", errs)
	}
	var walked strings.Builder
	args := []string{"--db", db, "events", "--all", "--newest", "--limit", "7"}
	for range 100 {
		out, errs := runStderr(t, args...)
		walked.WriteString(out)
		if !strings.Contains(errs, "--after ") {
			break
		}
		args = []string{"--db", db, "events", "--all", "--newest", "--limit", "7", "--after", strings.Fields(strings.SplitN(errs, "--after ", 2)[1])[0]}
	}
	if walked.String() != all || strings.Count(all, "\n") < 14 {
		t.Errorf("walking by 7 gave %d lines, want the %d of one list", strings.Count(walked.String(), "\n"), strings.Count(all, "\n"))
	}
}

// TestSourceLine: a long source is cut in the middle, so the JSONL line
// number and the host both stay.
func TestSourceLine(t *testing.T) {
	src := "/data/feeds/coastal-herald/archive/2026/coastal-herald-export.jsonl:117"
	got := sourceLine(src, 40)
	if len([]rune(got)) != 40 || !strings.HasSuffix(got, "export.jsonl:117") || !strings.HasPrefix(got, "/data/feeds/") {
		t.Errorf("sourceLine = %q (%d runes)", got, len([]rune(got)))
	}
	if got := sourceLine("https://herald.example/a", 40); got != "https://herald.example/a" {
		t.Errorf("short source changed: %q", got)
	}
}

// TestArticlesLabelUntitled: `articles` names an untitled article by its
// first line, as its story is titled, not "(no title)".
func TestArticlesLabelUntitled(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	src := filepath.Join(dir, "wire.jsonl")
	rec := `{"text": "Ferry crews in the fictional port of Quellmarsh walked off the job on Monday morning.\n\nThe harbour master said talks would resume on Friday, and the union agreed to meet.", "published": "2031-05-02"}` + "\n"
	if err := os.WriteFile(src, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := run(t, "--db", db, "ingest", src); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	out, _ := runStderr(t, "--db", db, "articles")
	stories, _ := runStderr(t, "--db", db, "stories")
	if !strings.Contains(out, "Ferry crews in the fictional port of Quellmarsh walked off the job on") || strings.Contains(out, "(no title)") {
		t.Errorf("articles: %q (stories: %q)", out, stories)
	}
}

// TestEntitiesLimitHint: entities cut at --limit says so on stderr (it
// stopped without a word), and says nothing when all are shown.
func TestEntitiesLimitHint(t *testing.T) {
	db := examplesStore(t)
	out, errs := runStderr(t, "--db", db, "entities", "--limit", "2")
	if strings.Count(out, "\n") != 2 || !strings.Contains(errs, "the 2 most mentioned shown, there are more (--limit 4") {
		t.Errorf("entities --limit 2: stdout\n%s\nstderr %q, want 2 lines and the cut told", out, errs)
	}
	all, errs := runStderr(t, "--db", db, "entities", "--limit", "100000")
	if errs != "" || strings.Count(all, "\n") < 3 {
		t.Errorf("entities --limit 100000: stderr %q, want nothing (%d lines)", errs, strings.Count(all, "\n"))
	}
	n := strings.Count(all, "\n")
	if _, errs := runStderr(t, "--db", db, "entities", "--limit", strconv.Itoa(n)); errs != "" {
		t.Errorf("entities --limit %d (all of them): stderr %q, want nothing", n, errs)
	}
}

// TestArticlesJSONIsTheAPIRow: articles --json writes /api/articles' row
// (wire.ArticleSummary: the same names) and the hash, not an empty text
// and null removed/key_points the list never read.
func TestArticlesJSONIsTheAPIRow(t *testing.T) {
	db := examplesStore(t)
	out, _ := runStderr(t, "--db", db, "articles", "--json", "--limit", "1")
	var row map[string]any
	if err := json.Unmarshal([]byte(out), &row); err != nil {
		t.Fatalf("articles --json: %v\n%s", err, out)
	}
	for _, k := range []string{"id", "title", "source", "authors", "published", "ingested_at", "hash"} {
		if _, ok := row[k]; !ok {
			t.Errorf("articles --json lacks %q: %s", k, out)
		}
	}
	for _, k := range []string{"text", "removed", "key_points"} {
		if _, ok := row[k]; ok {
			t.Errorf("articles --json has %q, which the list does not read: %s", k, out)
		}
	}
	for _, c := range newRootCmd().Commands() {
		if c.Name() == "articles" && !strings.Contains(c.Short, "newest published first") {
			t.Errorf("articles says %q: it lists the newest published first", c.Short)
		}
	}
}

// TestSearchTellsInputAndNextPage: a malformed query's error names the
// query, an empty one says what to give; a cut page names the next offset.
func TestSearchTellsInputAndNextPage(t *testing.T) {
	db := examplesStore(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"search", "strike AND"}, `search "strike AND": bad search query`},
		{[]string{"search"}, "give a query, a filter"},
	} {
		_, err := run(t, append([]string{"--db", db}, c.args...)...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: err %v, want %q", c.args, err, c.want)
		}
	}
	out, _ := runStderr(t, "--db", db, "search", "strike", "--limit", "1")
	if !strings.Contains(out, "showing 1–1 (--offset 1 shows the next)") {
		t.Errorf("search strike --limit 1:\n%s\nwant the next offset named", out)
	}
}

// TestEventsAndQuotesTellEmptyAndLimit: an empty event list names the
// filters that matched nothing; --limit 0 is refused (the store read it as
// 200 and cut the list untold).
func TestEventsAndQuotesTellEmptyAndLimit(t *testing.T) {
	db := examplesStore(t)
	out, _ := runStderr(t, "--db", db, "events", "--type", "sanction", "--actor", "Nobody Vantar")
	if !strings.Contains(out, `no events of type “sanction”, by “Nobody Vantar”`) {
		t.Errorf("events --type sanction --actor 'Nobody Vantar': %q, want the filters named", out)
	}
	// An unknown type is an error listing the types, not an empty list.
	if _, err := run(t, "--db", db, "events", "--type", "levitate"); err == nil ||
		!strings.Contains(err.Error(), `--type: type "levitate": unknown event type; the types are agree, aid, appeal,`) {
		t.Errorf("events --type levitate: err %v, want the types listed", err)
	}
	for _, cmd := range []string{"events", "quotes"} {
		_, err := run(t, "--db", db, cmd, "--limit", "0")
		if err == nil || !strings.Contains(err.Error(), "--limit 0: want 1 or more") {
			t.Errorf("%s --limit 0: err %v, want it refused", cmd, err)
		}
	}
}

// TestRankedListsExactCut: stories, storylines and claims read one more
// than --limit: a list of exactly the limit says nothing, a cut one says
// "there are more" (also with --json), and --limit 0 is refused.
func TestRankedListsExactCut(t *testing.T) {
	db := examplesStore(t)
	for _, cmd := range [][]string{{"stories"}, {"storylines", "--min-stories", "1"}, {"claims", "--singles"}} {
		all, _ := runStderr(t, slices.Concat([]string{"--db", db}, cmd, []string{"--json", "--limit", "1000"})...)
		var rows []json.RawMessage
		if err := json.Unmarshal([]byte(all), &rows); err != nil || len(rows) < 2 {
			t.Fatalf("%v --json: %d rows, %v", cmd, len(rows), err)
		}
		n := len(rows)
		if _, errs := runStderr(t, slices.Concat([]string{"--db", db}, cmd, []string{"--limit", strconv.Itoa(n)})...); errs != "" {
			t.Errorf("%v --limit %d (all): stderr %q, want nothing", cmd, n, errs)
		}
		if _, errs := runStderr(t, slices.Concat([]string{"--db", db}, cmd, []string{"--json", "--limit", strconv.Itoa(n - 1)})...); !strings.Contains(errs, fmt.Sprintf("the first %d shown, there are more", n-1)) {
			t.Errorf("%v --json --limit %d: stderr %q, want the cut told", cmd, n-1, errs)
		}
		if _, err := run(t, slices.Concat([]string{"--db", db}, cmd, []string{"--limit", "0"})...); err == nil || !strings.Contains(err.Error(), "want 1 or more") {
			t.Errorf("%v --limit 0: err %v, want it refused", cmd, err)
		}
	}
}
