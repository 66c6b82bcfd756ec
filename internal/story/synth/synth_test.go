package synth

import (
	"context"
	"errors"
	"github.com/storyline/storyline/internal/testshared"
	"strings"
	"testing"
)

func shared(t *testing.T) string {
	testshared.Dir(t, "bench", "clustering") // skips when the corpora are absent
	return testshared.Dir(t)
}

func TestGenerator(t *testing.T) {
	sh := shared(t)
	ctx := context.Background()
	a, err := New(ctx, sh, Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := New(ctx, sh, Options{Seed: 7})
	words, dups := 0, 0
	seen := map[string]bool{}
	for i := 0; i < 2000; i++ {
		x, y := a.Next(), b.Next()
		if x.ID != y.ID || x.Text != y.Text || !x.Published.Equal(y.Published) {
			t.Fatalf("article %d differs between two generators with one seed", i)
		}
		if x.Title == "" || x.Text == "" || x.Published.IsZero() {
			t.Fatalf("article %d incomplete: %+v", i, x)
		}
		if seen[x.Text] || seen[x.Text+"\n\n"] {
			dups++
		}
		seen[x.Text] = true
		words += len(strings.Fields(x.Text))
	}
	if mean := words / 2000; mean < 200 || mean > 1000 {
		t.Errorf("mean length %d words, want a news article's", mean)
	}
	if dups == 0 {
		t.Errorf("no syndicated copies in 2000 articles")
	}
	if _, err := New(ctx, t.TempDir(), Options{}); !errors.Is(err, ErrNoCorpus) {
		t.Errorf("empty folder: err = %v, want ErrNoCorpus", err)
	}
}
