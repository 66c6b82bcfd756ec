package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRefuseTest(t *testing.T) {
	tests := []struct {
		path   string
		refuse bool
	}{
		{"bench/ner/conll2003/train.txt", false},
		{"bench/ner/conll2003/valid.txt", false},
		{"bench/ner/conll2003/test.txt", true},
		{"bench/ner/conll2003/TEST.TXT", true},
		{"bench/ner/conll2003/testb", true},
		{"bench/ner/conll2003/testa.txt", true},
		{"bench/quotes/polnear/data/train/text", false},
		{"bench/quotes/polnear/data/dev/text/x.txt", false},
		{"bench/quotes/polnear/data/test/text", true},
		{"bench/quotes/polnear/data/test/text/x.txt", true},
		{"bench/extraction-zyte/ground-truth.json", true},
		{"bench/dates-htmldate/eval_mediacloud_2020.json", true},
		{"bench/extraction-trafilatura/evaldata.json", false},
		{"bench/clustering/ecbplus/ecbplus_docs.jsonl", false},
		{"bench/contest/latest.txt", false}, // "test" inside a word is not a split
	}
	for _, tt := range tests {
		err := refuseTest(filepath.FromSlash(tt.path))
		if (err != nil) != tt.refuse {
			t.Errorf("refuseTest(%q) = %v, want refused %v", tt.path, err, tt.refuse)
		}
	}
}

// TestSourcesNotTest checks that no listed source is refused, so the
// program can run, and that none is a test split.
func TestSourcesNotTest(t *testing.T) {
	for _, s := range sources {
		if err := refuseTest(filepath.Join("bench", filepath.FromSlash(s.path))); err != nil {
			t.Errorf("source %s: %v", s.path, err)
		}
		if strings.Contains(strings.ToLower(s.path), "test") {
			t.Errorf("source %s names a test split", s.path)
		}
	}
}

func TestReadECBPlus(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.jsonl", strings.Join([]string{
		`{"id":"a","split":"train","text":"Mara Velt opened the bridge."}`,
		`{"id":"b","split":"dev","text":"The Quillon council met on Monday."}`,
		`{"id":"c","split":"test","text":"Secret held-out words appear here."}`,
		`{"id":"d","split":"train","text":"Mara Velt opened the bridge."}`,
		``,
	}, "\n"))
	var got []string
	add := func(s string) bool {
		for _, g := range got {
			if g == s {
				return false
			}
		}
		got = append(got, s)
		return true
	}
	st, err := readECBPlus(good, add)
	if err != nil {
		t.Fatal(err)
	}
	if st.docs != 2 || st.skipped != 2 {
		t.Errorf("stats = %+v, want 2 read, 2 skipped", st)
	}
	for _, g := range got {
		if strings.Contains(g, "held-out") {
			t.Errorf("a test-split document was read: %q", g)
		}
	}
	tests := []struct{ name, line string }{
		{"missing split", `{"id":"e","text":"No split given."}`},
		{"unknown split", `{"id":"f","split":"eval","text":"Odd split."}`},
		{"bad json", `{"id":`},
	}
	for _, tt := range tests {
		p := write(strings.ReplaceAll(tt.name, " ", "_")+".jsonl", tt.line+"\n")
		if _, err := readECBPlus(p, add); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

func TestReadsEnglish(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The mayor of the town said that the plan was ready for a vote by the council.", true},
		{"Der Bürgermeister der Stadt sagte, dass der Plan für eine Abstimmung bereit sei.", false},
		{"The plan.", false}, // too short to tell
		{"", false},
	}
	for _, tt := range tests {
		if got := readsEnglish(tt.text); got != tt.want {
			t.Errorf("readsEnglish(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
