package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseSeeds(t *testing.T) {
	for spec, want := range map[string][]uint64{
		"1-4":        {1, 2, 3, 4},
		"7":          {7},
		"1,3,5-7":    {1, 3, 5, 6, 7},
		" 2 - 3 , 2": {2, 3},
		"0-1":        {0, 1},
	} {
		got, err := parseSeeds(spec)
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("parseSeeds(%q) = %v, %v; want %v", spec, got, err, want)
		}
	}
	for _, spec := range []string{"", "a", "4-2", "1-", "-3", "1,,2", "1-20000", "-1"} {
		if got, err := parseSeeds(spec); err == nil {
			t.Errorf("parseSeeds(%q) = %v, want an error", spec, got)
		}
	}
}

// TestEvalClusteringSeeds runs --seeds on a fictional three-document set:
// one line per run, then the means.
func TestEvalClusteringSeeds(t *testing.T) {
	dir := t.TempDir()
	docs := `{"id":"1_1fic","subtopic":"1_1","split":"train","title":"Fire closes the Tarnow bridge","text":"A fire closed the Tarnow bridge on Monday, fire chief Olek Marsh said."}
{"id":"1_2fic","subtopic":"1_1","split":"train","title":"Tarnow bridge shut after fire","text":"The Tarnow bridge stays shut after Monday's fire, fire chief Olek Marsh said."}
{"id":"2_1fic","subtopic":"2_1","split":"train","title":"Velmar ferry crews strike","text":"Ferry crews in Velmar struck over pay on Tuesday, union leader Ines Kobal said."}
`
	if err := os.WriteFile(filepath.Join(dir, "ecbplus_docs.jsonl"), []byte(docs), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := run(t, "eval", "clustering", "--data", dir, "--split", "train", "--seeds", "3-4")
	if err != nil {
		t.Fatalf("eval clustering --seeds: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 || !strings.Contains(lines[0], "n=3 gold_stories=2, file order and 2 shuffle seeds") ||
		!strings.HasPrefix(lines[1], "file ") || !strings.HasPrefix(lines[2], "seed=3 ") || !strings.HasPrefix(lines[3], "seed=4 ") ||
		!strings.HasPrefix(lines[4], "mean of 2 seeds: F1=") || !strings.Contains(lines[4], "mean of file and seeds (3 runs): F1=") {
		t.Errorf("output:\n%s", out)
	}
	if out, err := run(t, "eval", "clustering", "--political", "--set", "tune", "--seeds", "1-2"); err == nil {
		t.Errorf("--seeds with --political: want an error\n%s", out)
	}
	if out, err := run(t, "eval", "clustering", "--data", dir, "--split", "train", "--seeds", "2-1"); err == nil {
		t.Errorf("--seeds 2-1: want an error\n%s", out)
	}
}
