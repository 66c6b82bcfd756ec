package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNewFollowsPublicationOrder ingests two fictional reports of one
// story, the later one first: `new` judges the earlier report's opening
// line new (it said it first), `new --as-ingested` shows the judgement made
// when it arrived second.
func TestNewFollowsPublicationOrder(t *testing.T) {
	dir := t.TempDir()
	line := "The Tarn Valley dam authority said on Monday that the north spillway gates would stay shut until engineers finished checking the cracked support pillar."
	docs := `{"url": "https://tarnherald.example/dam-gates-stay-shut", "title": "Tarn Valley dam gates stay shut as inspection drags on", "date": "2026-05-20", "text": "` + line + `\n\nFarmers downstream in Orrin said their fields had been dry for nine days and asked the authority for a water schedule.\n\nThe authority promised a schedule by Friday."}
{"url": "https://valleypost.example/dam-gates-shut", "title": "Tarn Valley dam gates shut after pillar crack found", "date": "2026-05-12", "text": "` + line + `\n\nThe crack was found by a maintenance diver during a routine survey of the north spillway last week."}
`
	in := filepath.Join(dir, "reports.jsonl")
	if err := os.WriteFile(in, []byte(docs), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "s.db")
	if out, err := run(t, "--db", db, "ingest", in); err != nil || !strings.Contains(out, "ingested 2") {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	mark := func(out string) string { // the mark of the spillway line
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, "north spillway gates would stay shut") {
				return l[:1]
			}
		}
		t.Fatalf("no spillway line in:\n%s", out)
		return ""
	}
	out, err := run(t, "--db", db, "new", "2", "--all")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "storyline ") || strings.Contains(out, "storyline 0") {
		t.Fatalf("the two reports are not in one storyline:\n%s", out)
	}
	if got := mark(out); got != "+" {
		t.Errorf("article 2 (published first): spillway line marked %q, want +\n%s", got, out)
	}
	if out, _ := run(t, "--db", db, "new", "2", "--all", "--as-ingested"); mark(out) == "+" {
		t.Errorf("--as-ingested: article 2 arrived second, its spillway line should not be new\n%s", out)
	}
	if out, _ := run(t, "--db", db, "new", "1", "--all"); mark(out) == "+" {
		t.Errorf("article 1 (published later): spillway line marked new\n%s", out)
	}
}
