package novelty

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// BenchmarkCheckMemory measures one generated article of 20 sentences
// checked against a storyline whose memory is full at 100, 1,000 and 5,000
// sentences (each round remembers the article and forgets as many old
// sentences): mem/N with NewMemMemory (its index kept up to date), store/N
// with the same memory seen as any Memory (a store's: the Detector indexes
// the article's stems in what Traces returns). Only the public API is
// used, so that the file runs on older builds for comparison.
func BenchmarkCheckMemory(b *testing.B) {
	ctx := context.Background()
	for _, c := range []struct {
		kind string
		n    int
	}{{"mem", 100}, {"mem", 1000}, {"mem", 5000}, {"store", 100}, {"store", 1000}, {"store", 5000}} {
		b.Run(fmt.Sprintf("%s/%d", c.kind, c.n), func(b *testing.B) {
			n := c.n
			arts := generatedArticles(7, n/20+60, 20, 3000)
			mem := NewMemMemory(n)
			if c.kind == "store" {
				mem = plainMemory{mem}
			}
			d := NewDetector(mem, Options{})
			fill := n/20 + 10
			for _, a := range arts[:fill] {
				if err := d.Learn(ctx, 1, a[0], a[1]); err != nil {
					b.Fatal(err)
				}
			}
			pool := arts[fill:]
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				a := pool[i%len(pool)]
				if _, err := d.Check(ctx, 1, a[0], a[1]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// generatedArticles are fictional articles of one storyline from a
// vocabulary of made-up words, names and figures drawn unevenly (a few
// words often, most rarely), so that later articles repeat, merge and vary
// earlier sentences as a running story does.
func generatedArticles(seed int64, n, sents, vocab int) [][2]string {
	r := rand.New(rand.NewSource(seed))
	syl := []string{"ka", "lo", "ver", "dan", "mi", "tor", "su", "bel", "ra", "gon", "pel", "is", "ost", "un", "va", "rek"}
	word := func(i int) string {
		var b strings.Builder
		for x := i + 7; b.Len() == 0 || x > 0; x /= len(syl) {
			b.WriteString(syl[x%len(syl)])
		}
		return b.String()
	}
	zipf := rand.NewZipf(r, 1.2, 2, uint64(vocab-1))
	names := []string{"Anna Kell", "Tomas Brell", "the Rovna council", "Ostmark", "Valdoria", "Ilse Marren", "the Tarn Valley authority"}
	verbs := []string{"said", "announced", "rejected", "confirmed", "denied", "signed", "postponed", "welcomed"}
	var past []string
	out := make([][2]string, n)
	for a := range out {
		var b strings.Builder
		for s := 0; s < sents; s++ {
			var sent string
			switch x := r.Intn(10); {
			case x < 3 && len(past) > 0: // an earlier sentence again, maybe changed
				w := strings.Fields(past[r.Intn(len(past))])
				if r.Intn(2) == 0 && len(w) > 3 {
					w[1+r.Intn(len(w)-2)] = word(int(zipf.Uint64()))
				}
				sent = strings.Join(w, " ")
			case x < 4 && len(past) > 1: // two earlier ones merged
				w1, w2 := strings.Fields(past[r.Intn(len(past))]), strings.Fields(past[r.Intn(len(past))])
				sent = strings.Join(append(w1[:len(w1)/2], w2[len(w2)/2:]...), " ")
			default:
				ws := []string{names[r.Intn(len(names))], verbs[r.Intn(len(verbs))]}
				for k := 3 + r.Intn(12); k > 0; k-- {
					ws = append(ws, word(int(zipf.Uint64())))
				}
				if r.Intn(4) == 0 {
					ws = append(ws, "on", fmt.Sprint(r.Intn(30)+1), "May")
				}
				sent = strings.Join(ws, " ")
			}
			sent = strings.TrimRight(sent, ".")
			past = append(past, sent)
			sent = strings.ToUpper(sent[:1]) + sent[1:] + "."
			b.WriteString(sent + " ")
		}
		out[a] = [2]string{fmt.Sprintf("%s %s", names[a%len(names)], verbs[a%len(verbs)]), b.String()}
	}
	return out
}

// plainMemory hides the memory's index, as a store's Memory has none: the
// Detector builds one per article.
type plainMemory struct{ Memory }
