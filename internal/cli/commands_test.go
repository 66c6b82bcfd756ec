package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run executes the command line args and returns what it printed.
func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	out, _, err := execute(args)
	return out, err
}

// execute runs the command line args on a new root command and returns
// what it printed on stdout and on stderr.
func execute(args []string) (string, string, error) {
	root := newRootCmd()
	var out, errw bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errw)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	return out.String(), errw.String(), err
}

// TestStoreCommands ingests the fictional examples and runs every store
// command over them, in both output forms.
func TestStoreCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the whole examples corpus")
	}
	db := filepath.Join(t.TempDir(), "s.db")
	examples := filepath.Join("..", "..", "examples")
	out, err := run(t, "--db", db, "ingest", examples)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	if !strings.Contains(out, "ingested 17, duplicates 0, failed 0") {
		t.Fatalf("ingest summary:\n%s", out)
	}
	// Ingesting again adds nothing.
	if out, _ := run(t, "--db", db, "ingest", examples); !strings.Contains(out, "ingested 0, duplicates 17") {
		t.Fatalf("re-ingest summary:\n%s", out)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"articles"}, "Port Edrin"},
		{[]string{"show", "1", "--removed"}, "Removed:"},
		{[]string{"entities", "--type", "PER"}, "PER"},
		{[]string{"quotes"}, "direct"},
		{[]string{"quotes", "--each", "--limit", "3"}, "article "},
		{[]string{"quotes", "--about", "wages", "--from", "2026-04-01"}, "wage settlements"},
		{[]string{"stories"}, "story "},
		{[]string{"story", "1"}, "Who said what:"},
		{[]string{"storylines"}, "storyline "},
		{[]string{"storylines", "1", "--new", "2"}, "    + "},
		{[]string{"storylines", "1", "--json"}, `"new_sentences"`},
		{[]string{"claims"}, "["},
		{[]string{"new", "2", "--all"}, "article 2"},
		{[]string{"search", "strike", "--facets"}, "[strike]"},
		{[]string{"search", "--entity", "Port Edrin", "--limit", "1"}, "showing 1–1"},
		{[]string{"settle"}, "settled: "},
		{[]string{"events", "--actor", "oyelaran"}, "Marcus Oyelaran — appeal"},
		{[]string{"events", "--all"}, "less certain]"},
		{[]string{"events", "--story", "1", "--limit", "1"}, "(article "},
		{[]string{"story", "1"}, "Who did what:"},
	} {
		out, err := run(t, append([]string{"--db", db}, c.args...)...)
		if err != nil || !strings.Contains(out, c.want) {
			t.Errorf("%v: err %v, output lacks %q:\n%.600s", c.args, err, c.want, out)
		}
	}
	for _, c := range []struct {
		args []string
		key  string // a key the API gives the same object (package wire)
	}{
		{[]string{"stories", "--json"}, `"top_entities"`},
		{[]string{"storylines", "--json"}, `"stories"`},
		{[]string{"story", "1", "--json"}, `"article_list"`},
		{[]string{"claims", "--json"}, `"occurrences"`},
		{[]string{"new", "2", "--json"}, `"new"`},
		{[]string{"show", "3", "--json"}, `"key_points"`},
		{[]string{"search", "--json", "--facets", "port"}, `"results"`},
	} {
		out, err := run(t, append([]string{"--db", db}, c.args...)...)
		var v any
		if err != nil || json.Unmarshal([]byte(out), &v) != nil {
			t.Errorf("%v: err %v, not one JSON value:\n%.300s", c.args, err, out)
		}
		if !strings.Contains(out, c.key) || strings.Contains(out, `"ID"`) {
			t.Errorf("%v: want the wire shape (%s, no Go field names):\n%.300s", c.args, c.key, out)
		}
	}
	// By default events below the sure line are left out; --json gives
	// each with its confidence.
	if out, err := run(t, "--db", db, "events"); err != nil || strings.Contains(out, "less certain") || !strings.Contains(out, "%] (article ") {
		t.Errorf("events: err %v, want sure events only:\n%.600s", err, out)
	}
	if out, err := run(t, "--db", db, "events", "--json", "--limit", "1"); err != nil || !strings.Contains(out, `"confidence":`) || !strings.Contains(out, `"article_id":`) {
		t.Errorf("events --json: err %v:\n%.300s", err, out)
	}
	for _, args := range [][]string{{"show", "999"}, {"story", "999"}, {"show", "x"}, {"entities", "--type", "CITY"}, {"articles", "--from", "yesterday"}, {"quotes", "--to", "May"}, {"search", `"open`}, {"search"}, {"settle", "now"}, {"events", "--min-confidence", "2"}, {"events", "--from", "May"}} {
		if _, err := run(t, append([]string{"--db", db}, args...)...); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

// TestExtractJSON checks extract --json's shape on a fictional scrape: one
// object per document, in input order, a failed input as {source, error}.
func TestExtractJSON(t *testing.T) {
	dir := t.TempDir()
	page := "Skip to content\n\nHarbour council backs new ferry timetable\n\nThe council of the fictional town of Lask voted on Tuesday to keep the night ferry, the mayor said.\n\nThe new timetable starts in May and adds two crossings on weekends, officials said.\n\nComments\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := run(t, "extract", "--json", filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d JSON lines, want 2:\n%s", len(lines), out)
	}
	var a, b map[string]any
	if json.Unmarshal([]byte(lines[0]), &a) != nil || json.Unmarshal([]byte(lines[1]), &b) != nil {
		t.Fatalf("not JSON:\n%s", out)
	}
	for _, k := range []string{"source", "title", "subtitle", "authors", "published", "language", "text", "removed", "key_points"} {
		if _, ok := a[k]; !ok {
			t.Errorf("extract --json lacks %q", k)
		}
	}
	if a["title"] != "Harbour council backs new ferry timetable" || strings.Contains(a["text"].(string), "Skip to content") {
		t.Errorf("article = %v", a)
	}
	if b["error"] == nil || !strings.Contains(b["error"].(string), "b.txt") {
		t.Errorf("empty input: %v, want an error naming it", b)
	}
}

// TestAnalyzeJSONArrays checks that analyze --json always carries the
// entities, quotes and events arrays, empty when nothing was found, and
// that extract --json never does.
func TestAnalyzeJSONArrays(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plain.txt")
	if err := os.WriteFile(path, []byte("nothing in this line is a name or a quotation.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := run(t, "analyze", "--json", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"entities":[]`, `"quotes":[]`, `"events":[]`} {
		if !strings.Contains(out, want) {
			t.Errorf("analyze --json lacks %s: %s", want, out)
		}
	}
	out, err = run(t, "extract", "--json", path)
	if err != nil || strings.Contains(out, `"entities"`) {
		t.Errorf("extract --json: err %v, %s", err, out)
	}
}
