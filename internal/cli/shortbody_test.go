package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestRefusesShortBody: `ingest` refuses a body of fewer than
// ingest.MinWords words with a line naming the input and the words, and
// stores the rest of the batch; a one-word page was stored as an article
// (its own story and storyline).
func TestIngestRefusesShortBody(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{
		"stub.txt":  "Hello",
		"piers.txt": "Pier workers in Orrin Bay\n\nThe pier workers of Orrin Bay walked out on Monday over night shifts.",
	} {
		if err := os.WriteFile(filepath.Join(in, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "s.db")
	out, err := run(t, "--db", db, "ingest", in)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	want := "failed: " + filepath.Join(in, "stub.txt") + `: too short to be an article: 1 word ("Hello"); 5 or more are stored`
	if !strings.Contains(out, "ingested 1, duplicates 0, failed 1") || !strings.Contains(out, want) {
		t.Errorf("ingest said\n%s\nwant 1 ingested and %q", out, want)
	}
	if out, err := run(t, "--db", db, "articles"); err != nil || strings.Contains(out, "Hello") || !strings.Contains(out, "Pier workers") {
		t.Errorf("articles: %v\n%s\nwant the pier article only", err, out)
	}
	// Nothing else to store: the run fails, naming why.
	if out, err := run(t, "--db", db, "ingest", filepath.Join(in, "stub.txt")); err == nil || !strings.Contains(out, "too short to be an article") {
		t.Errorf("ingest of the stub alone: %v\n%s", err, out)
	}
}
