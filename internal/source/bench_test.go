package source

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// BenchmarkWalkExamples walks the shipped sample corpus (17 documents in
// every format).
func BenchmarkWalkExamples(b *testing.B) {
	root := filepath.Join(repoRoot(b), "examples")
	for b.Loop() {
		n := 0
		if err := Walk(context.Background(), []string{root}, Options{}, func(core.Document, error) error {
			n++
			return nil
		}); err != nil || n != 17 {
			b.Fatalf("walk = %v, %d results", err, n)
		}
	}
}

// BenchmarkJSONL measures JSON Lines throughput on 1,000 small records.
func BenchmarkJSONL(b *testing.B) {
	line := `{"url":"https://bugle.example/x","html":"` + strings.Repeat("<p>The ferry between Tallow Point and Brenmouth ran again.</p>", 50) + `","source":"Bugle"}` + "\n"
	dump := strings.Repeat(line, 1000)
	b.SetBytes(int64(len(dump)))
	for b.Loop() {
		if err := Walk(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(dump)}, func(core.Document, error) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
