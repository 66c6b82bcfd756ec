package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestReanalyzeSameBuildChangesNothing re-analyses the fictional examples
// with the build that ingested them: every listing must read the same, and
// an unknown ID is reported while the others go on.
func TestReanalyzeSameBuildChangesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the whole examples corpus")
	}
	db := filepath.Join(t.TempDir(), "s.db")
	if out, err := run(t, "--db", db, "ingest", filepath.Join("..", "..", "examples")); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	listings := [][]string{
		{"entities", "--json", "--limit", "1000"},
		{"quotes", "--json", "--limit", "1000"},
		{"events", "--all", "--json", "--limit", "1000"},
		{"claims", "--json"},
		{"stories", "--json"},
	}
	snapshot := func() []string {
		var out []string
		for _, args := range listings {
			o, err := run(t, append([]string{"--db", db}, args...)...)
			if err != nil {
				t.Fatalf("%v: %v", args, err)
			}
			out = append(out, o)
		}
		return out
	}
	before := snapshot()
	if len(before[1]) < 100 || len(before[2]) < 100 {
		t.Fatalf("test is void: the examples gave no quotes or events:\n%s\n%s", before[1], before[2])
	}
	out, err := run(t, "--db", db, "reanalyze", "--dry-run")
	if err != nil || !strings.Contains(out, "would re-analyse 17 articles") {
		t.Fatalf("dry run: %v\n%s", err, out)
	}
	out, err = run(t, "--db", db, "reanalyze")
	if err != nil || !strings.Contains(out, "re-analysed 17 articles, 0 changed") {
		t.Fatalf("reanalyze: %v\n%s", err, out)
	}
	after := snapshot()
	for i := range listings {
		if before[i] != after[i] {
			t.Errorf("%v changed after re-analysing with the same build:\nbefore:\n%s\nafter:\n%s", listings[i], before[i], after[i])
		}
	}
	out, err = run(t, "--db", db, "reanalyze", "2", "999", "x")
	if err == nil || !strings.Contains(err.Error(), "article 999") || !strings.Contains(err.Error(), `"x"`) {
		t.Errorf("unknown IDs: err = %v", err)
	}
	if !strings.Contains(out, "re-analysed 1 article") {
		t.Errorf("the known ID was not re-analysed:\n%s", out)
	}
}
