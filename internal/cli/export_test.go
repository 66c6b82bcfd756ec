package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestExportRoundTrip exports a store, checks each line's shape and order,
// ingests the export into a new store and compares the story partition.
func TestExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	db, db2 := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	if out, err := run(t, "--db", db, "ingest", filepath.Join("..", "..", "examples")); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	out, err := run(t, "--db", db, "export")
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 2 {
		t.Fatalf("export wrote %d lines:\n%.400s", len(lines), out)
	}
	type line struct {
		ID     int64             `json:"id"`
		Text   string            `json:"text"`
		Story  int64             `json:"story"`
		Claims []json.RawMessage `json:"claims"`
		New    []json.RawMessage `json:"new_sentences"`
	}
	var first []line
	for i, l := range lines {
		var v line
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if v.Text == "" || v.Story == 0 || v.Claims == nil || v.New == nil {
			t.Errorf("line %d lacks text, story, claims or new_sentences: %.200s", i+1, l)
		}
		if i > 0 && v.ID <= first[i-1].ID {
			t.Errorf("line %d: id %d after %d, want oldest first", i+1, v.ID, first[i-1].ID)
		}
		first = append(first, v)
	}
	exp := filepath.Join(dir, "export.jsonl")
	if err := os.WriteFile(exp, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := run(t, "--db", db2, "ingest", exp); err != nil || !strings.Contains(out, "failed 0") {
		t.Fatalf("ingest of the export: %v\n%s", err, out)
	}
	out2, err := run(t, "--db", db2, "export")
	if err != nil {
		t.Fatal(err)
	}
	lines2 := strings.Split(strings.TrimSpace(out2), "\n")
	if len(lines2) != len(lines) {
		t.Fatalf("round trip: %d articles, want %d", len(lines2), len(lines))
	}
	// Same partition into stories: articles i and j share a story in one
	// store exactly when they do in the other.
	second := make([]line, len(lines2))
	for i, l := range lines2 {
		if err := json.Unmarshal([]byte(l), &second[i]); err != nil {
			t.Fatal(err)
		}
	}
	for i := range first {
		for j := i + 1; j < len(first); j++ {
			if (first[i].Story == first[j].Story) != (second[i].Story == second[j].Story) {
				t.Errorf("articles %d and %d: together %v before the round trip, %v after", i+1, j+1, first[i].Story == first[j].Story, second[i].Story == second[j].Story)
			}
		}
	}
	// Filters narrow the export; an unknown story is an error.
	inStory := 0
	for _, v := range first {
		if v.Story == first[0].Story {
			inStory++
		}
	}
	story := strconv.FormatInt(first[0].Story, 10)
	if out, err := run(t, "--db", db, "export", "--story", story); err != nil || strings.Count(out, "\n") != inStory {
		t.Errorf("export --story %s: %v, %d lines, want %d", story, err, strings.Count(out, "\n"), inStory)
	}
	if _, err := run(t, "--db", db, "export", "--story", "999"); err == nil {
		t.Error("export --story 999: no error")
	}
	if _, err := run(t, "--db", db, "export", "--from", "soon"); err == nil {
		t.Error("export --from soon: no error")
	}
}

func TestDeleteCmd(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	if out, err := run(t, "--db", db, "ingest", filepath.Join("..", "..", "examples", "text")); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	out, err := run(t, "--db", db, "delete", "1", "999", "x")
	if err == nil || !strings.Contains(err.Error(), "article 999") || !strings.Contains(err.Error(), `"x"`) {
		t.Errorf("delete 1 999 x: err %v, want both bad IDs named", err)
	}
	if !strings.Contains(out, "deleted 1 article") {
		t.Errorf("delete printed %q", out)
	}
	if _, err := run(t, "--db", db, "show", "1"); err == nil {
		t.Error("show 1 after delete: no error")
	}
	if out, err := run(t, "--db", db, "articles"); err != nil || strings.Count(out, "\n") != 1 {
		t.Errorf("articles after delete: %v\n%s", err, out)
	}
}
