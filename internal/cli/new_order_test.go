package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNewFollowsPublicationOrder ingests two fictional reports of one
// story, the later one first: ingest judges the storyline again in
// publication order, so `new` shows the earlier report's opening line as
// new (it said it first) and the later report's as said before.
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
	out, err := run(t, "--db", db, "ingest", in)
	if err != nil || !strings.Contains(out, "ingested 2") {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	if !strings.Contains(out, "what is new: 2 articles judged again in publication order") {
		t.Errorf("ingest did not report judging the storyline again:\n%s", out)
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
	out, err = run(t, "--db", db, "new", "2", "--all")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "storyline ") || strings.Contains(out, "storyline 0") {
		t.Fatalf("the two reports are not in one storyline:\n%s", out)
	}
	if got := mark(out); got != "+" {
		t.Errorf("article 2 (published first): spillway line marked %q, want +\n%s", got, out)
	}
	if out, _ := run(t, "--db", db, "new", "1", "--all"); mark(out) == "+" {
		t.Errorf("article 1 (published later): spillway line marked new\n%s", out)
	}
}

// TestIngestInOrderKeepsItsJudgement: reports ingested in publication
// order are not judged again.
func TestIngestInOrderKeepsItsJudgement(t *testing.T) {
	dir := t.TempDir()
	docs := `{"url": "https://a.example/1", "title": "Orrin council closes the old ferry slip", "date": "2026-05-12", "text": "The Orrin town council voted on Tuesday to close the old ferry slip after an inspection found rotten piles under the deck."}
{"url": "https://b.example/2", "title": "Orrin ferry slip closed after inspection", "date": "2026-05-14", "text": "The Orrin town council voted on Tuesday to close the old ferry slip after an inspection found rotten piles under the deck.\n\nRepairs will cost about forty thousand crowns, the harbour engineer said."}
`
	in := filepath.Join(dir, "in-order.jsonl")
	if err := os.WriteFile(in, []byte(docs), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := run(t, "--db", filepath.Join(dir, "s.db"), "ingest", in)
	if err != nil || !strings.Contains(out, "ingested 2") {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	if strings.Contains(out, "judged again") {
		t.Errorf("reports stored in publication order were judged again:\n%s", out)
	}
	out, _ = run(t, "--db", filepath.Join(dir, "s.db"), "new", "2", "--all")
	if !strings.Contains(out, "  The Orrin town council voted") {
		t.Errorf("article 2 repeats article 1's line, which should be shown as said before (one storyline):\n%s", out)
	}
}
