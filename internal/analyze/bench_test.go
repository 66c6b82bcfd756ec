package analyze

import (
	"context"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// benchArticle is a fictional article of about 800 words built from the
// fictional sample, with varied paragraphs so that it is not one repeated
// sentence.
func benchArticle() string {
	var b strings.Builder
	extra := []string{
		`Officials in Velsk said the army had moved two brigades to the border on Monday, and Norland's foreign ministry summoned the Velsk ambassador.`,
		`"This is a dangerous moment for the whole region," said Mira Dalen, an analyst at the Ostrava Institute. "Both sides need a way out."`,
		`The Norland parliament approved a resolution backing the president's offer, while protesters rallied outside the Velsk embassy in Ostrava.`,
		`Brell told reporters that Velsk would not negotiate under pressure, and he accused Korvan of staging the crisis for domestic reasons.`,
	}
	var paras []string
	words := 0
	for words < 800 {
		for _, p := range append(strings.Split(article, "\n\n"), extra...) {
			if n := len(strings.Fields(p)); words+n <= 820 {
				paras = append(paras, p)
				words += n
			} else {
				words = 800
				break
			}
		}
	}
	b.WriteString(strings.Join(paras, "\n\n"))
	return b.String()
}

func benchmarkAnalyze(b *testing.B, heuristic bool) {
	text := benchArticle()
	words := len(strings.Fields(text))
	z := New(Options{Heuristic: heuristic})
	ctx := context.Background()
	// Load the tagger outside the timed loop.
	_ = z.Process(ctx, &core.Article{Text: "Warm up."})
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		a := &core.Article{Text: text}
		if err := z.Process(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(words), "words")
}

// BenchmarkAnalyze runs the whole layer (NER, entities, quotes, events) on
// a fictional article of about 800 words.
func BenchmarkAnalyze(b *testing.B) { benchmarkAnalyze(b, false) }

// BenchmarkAnalyzeHeuristic is the same with the heuristic resolver.
func BenchmarkAnalyzeHeuristic(b *testing.B) { benchmarkAnalyze(b, true) }
