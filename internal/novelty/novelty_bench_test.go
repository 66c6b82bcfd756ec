package novelty

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// benchArticles are fictional articles of one storyline: sentences built
// from a small vocabulary so that later articles repeat and vary earlier
// ones, as a running story does.
func benchArticles(n, sents int) []string {
	subj := []string{"President Anna Kell", "The Valdorian navy", "Minister Tomas Brell", "The Rovna council", "Ostmark's foreign office", "The joint commission"}
	verb := []string{"announced", "rejected", "welcomed", "postponed", "signed", "criticised"}
	obj := []string{"the border treaty", "a ceasefire along the river", "new tariffs on grain", "the dam handover", "talks in the capital", "a loan of 40 million crowns"}
	tail := []string{"on Monday", "after a long meeting", "despite protests in Rovna", "according to officials", "before the summit", "without giving reasons"}
	out := make([]string, n)
	for a := range out {
		var b strings.Builder
		for s := 0; s < sents; s++ {
			i := a*7 + s*3
			fmt.Fprintf(&b, "%s %s %s %s. ", subj[i%len(subj)], verb[(i/2)%len(verb)], obj[(i/3+a)%len(obj)], tail[(i+s)%len(tail)])
		}
		out[a] = b.String()
	}
	return out
}

// BenchmarkCheck measures one article of 30 sentences checked against a
// storyline of 20 earlier articles.
func BenchmarkCheck(b *testing.B) {
	ctx := context.Background()
	arts := benchArticles(21, 30)
	mem := &frozenMemory{Memory: NewMemMemory(0)}
	d := NewDetector(mem, Options{})
	for _, a := range arts[:20] {
		if _, err := d.Check(ctx, 1, "", a); err != nil {
			b.Fatal(err)
		}
	}
	mem.frozen = true // every round sees the same 20 articles
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := d.Check(ctx, 1, "", arts[20]); err != nil {
			b.Fatal(err)
		}
	}
}

// frozenMemory stops remembering once frozen.
type frozenMemory struct {
	Memory
	frozen bool
}

func (m *frozenMemory) Remember(ctx context.Context, line int64, traces []Trace, keys []string) error {
	if m.frozen {
		return nil
	}
	return m.Memory.Remember(ctx, line, traces, keys)
}
