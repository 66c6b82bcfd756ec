package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/store"
)

func TestCheckWords(t *testing.T) {
	for _, c := range []struct {
		text string
		min  int
		want string // "" : accepted
	}{
		{"Hello", 5, `in/a.txt: too short to be an article: 1 word ("Hello"); 5 or more are stored`},
		{"  Page\n\nnot   found  ", 5, `in/a.txt: too short to be an article: 3 words ("Page not found"); 5 or more are stored`},
		{"... — !!", 5, `in/a.txt: too short to be an article: no words; 5 or more are stored`},
		{"The U.S. well-known pier.", 5, `in/a.txt: too short to be an article: 4 words ("The U.S. well-known pier."); 5 or more are stored`},
		{"Ferries of Orrin Bay sail again.", 5, ""},
		{"Page not found\n\nPage not found", 5, `in/a.txt: too short to be an article: 3 words ("Page not found"); 5 or more are stored`}, // a paragraph given twice counts once
		{"Ferries sail.\n\nFerries sail.\n\nPiers reopen today.", 5, ""},
		{"港口的渡轮今天恢复航行。", 5, ""}, // a script written without spaces: each character a word
		{"Hello", 0, ""},
		{"", 0, ""},
	} {
		err := CheckWords("in/a.txt", c.text, c.min)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("CheckWords(%q, %d) = %v, want nil", c.text, c.min, err)
		case c.want != "" && (err == nil || err.Error() != c.want || !errors.Is(err, ErrTooShort)):
			t.Errorf("CheckWords(%q, %d) = %v, want %q", c.text, c.min, err, c.want)
		}
	}
	long := strings.Repeat("x", 100) + " y"
	if err := CheckWords("a", long, 5); err == nil || !strings.Contains(err.Error(), `2 words ("`+strings.Repeat("x", 59)+`…")`) {
		t.Errorf("a long word is not cut in the message: %v", err)
	}
}

// TestRunRefusesShortBodies: with MinWords, a one-word body fails with its
// own error naming the input and the rest of the batch is stored; it was
// stored as an article. Without MinWords (the evaluations) it still is.
func TestRunRefusesShortBodies(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for name, body := range map[string]string{
		"a.txt": "The Veldmark harbour report number 1.\n\nCranes idle.",
		"b.txt": "Hello",
		"c.txt": "The Veldmark harbour report number 2.\n\nCranes busy.",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, min := range []int{MinWords, 0} {
		st, err := store.Open(ctx, filepath.Join(t.TempDir(), "s.db"), store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		sum, err := Run(ctx, st, []string{dir}, Options{Extractor: fakeExtractor, MinWords: min})
		if err != nil {
			t.Fatal(err)
		}
		if min == 0 {
			if sum.Ingested != 3 || sum.Failed != 0 {
				t.Errorf("MinWords 0: %+v, want all 3 stored", sum)
			}
			continue
		}
		if sum.Ingested != 2 || sum.Failed != 1 {
			t.Fatalf("MinWords %d: %+v, want 2 stored and b.txt refused", min, sum)
		}
		f := sum.Failures[0]
		if want := filepath.Join(dir, "b.txt") + `: too short to be an article: 1 word ("Hello"); 5 or more are stored`; f.Reason != want {
			t.Errorf("refusal %q, want %q", f.Reason, want)
		}
	}
}
