package entity

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/ner"
)

// BenchmarkAnalyze measures tagging plus canonicalisation of a fictional
// article of about 550 words (../ner/testdata/article.txt).
func BenchmarkAnalyze(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "ner", "testdata", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	tokens := len(ner.Tokenize(text))
	if _, err := Analyze(text); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Analyze(text); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
