package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedTexts reads the seed pages from ../shared (found from the module
// root), or nil when absent.
func seedTexts(tb testing.TB) []string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil
		}
		dir = parent
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "seeds", "*.txt"))
	var out []string
	for _, p := range paths {
		if raw, err := os.ReadFile(p); err == nil {
			out = append(out, string(raw))
		}
	}
	return out
}

// BenchmarkExtract extracts the claims of the seed pages (or, without
// ../shared, of a written article) as ingest does, one article per op.
func BenchmarkExtract(b *testing.B) {
	texts := seedTexts(b)
	if len(texts) == 0 {
		texts = []string{strings.Repeat("Valdoria's president said on Monday that his country was ready for talks with Ostmark. "+
			"Ostmark rejected the offer and called for a ceasefire first. Analysts doubt the plan. ", 20)}
	}
	e := NewExtractor(Options{})
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		t := texts[i%len(texts)]
		n += len(t)
		e.Extract("", t, nil)
	}
	b.SetBytes(int64(n / max(b.N, 1)))
}
