package novelty

import (
	"context"
	"fmt"
	"math/rand"
	"reflect"
	"testing"
)

// randomTrace draws a sorted, distinct trace of up to n hashes from an
// alphabet of size a (small alphabets make ties between traces).
func randomTrace(r *rand.Rand, n, a int) Trace {
	st := make([]string, r.Intn(n+1))
	for i := range st {
		st[i] = fmt.Sprint("w", r.Intn(a))
	}
	return trace(st)
}

// TestCoverIndexedIsCoverOf: the cover found through a postings index,
// kept up to date by the memory (with forgetting and compaction) or built
// for one article, is exactly the cover of the linear merge.
func TestCoverIndexedIsCoverOf(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, tc := range []struct{ max, alphabet, long int }{
		{5, 12, 8}, {40, 30, 12}, {300, 200, 20}, {64, 500, 90}, // 90 stems: masks of two words
	} {
		mem := NewMemMemory(tc.max).(*memMemory)
		var sc coverScratch
		var art postings // reused, as the Detector does
		compacted := false
		added := 0
		for round := 0; round < 1500; round++ {
			query := make([]Trace, 1+r.Intn(4))
			for i := range query {
				query[i] = randomTrace(r, tc.long, tc.alphabet)
			}
			prior := mem.traces[1]
			art.indexArticle(prior, query)
			for _, q := range query {
				want, _ := coverOf(q, prior, nil)
				for name, ix := range map[string]*postings{"memory": mem.postingsOf(1), "article": &art} {
					got := coverIndexed(q, ix, &sc)
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("max %d round %d, %s index: %v against %d traces: got %+v, want %+v", tc.max, round, name, q, len(prior), got, want)
					}
				}
			}
			batch := make([]Trace, r.Intn(2*tc.max/3+2))
			for i := range batch {
				batch[i] = randomTrace(r, tc.long, tc.alphabet)
			}
			added += len(batch)
			held := mem.index[1]
			if err := mem.Remember(context.Background(), 1, batch, nil); err != nil {
				t.Fatal(err)
			}
			if ix := mem.index[1]; held != nil && ix.first == 0 && added > tc.max {
				compacted = true
			}
		}
		if !compacted {
			t.Errorf("max %d: the index was never compacted: test too weak", tc.max)
		}
		ix := mem.index[1]
		if bound := 2*ix.live + 4096 + tc.long*tc.max; ix.held > bound {
			t.Errorf("max %d: index holds %d entries for %d live", tc.max, ix.held, ix.live)
		}
	}
}

// TestIndexedVerdictsAreLinear: the Detector's verdicts, reasons, covers
// and new words are the same whether it merges every remembered trace, uses
// the memory's index or builds one per article, on fictional articles and on
// generated storylines longer than the memory.
func TestIndexedVerdictsAreLinear(t *testing.T) {
	ctx := context.Background()
	fictional := [][2]string{
		{"Tarn Valley dam gates stay shut", "The Tarn Valley dam authority said on Monday that the north spillway gates would stay shut until engineers finished checking the cracked support pillar. Farmers in Orrin asked the authority for a water schedule, the farmers' cooperative said. Mayor Ilse Marren said Orrin was ready for talks with the authority."},
		{"Dam authority promises water schedule", "The north spillway gates stay shut while engineers check the cracked support pillar, the Tarn Valley dam authority said. Mayor Ilse Marren said Orrin stood ready for negotiations with the authority. A maintenance diver found the crack during a survey of the spillway on 3 May."},
		{"", "Engineers finished checking the pillar. The farmers' cooperative welcomed the water schedule, which gives Orrin four hours a day. The gates stay shut."},
	}
	for _, tc := range []struct {
		name string
		arts [][2]string
		max  int
	}{
		{"fictional", fictional, 0},
		{"fictional, memory of 4", fictional, 4},
		{"generated", generatedArticles(1, 60, 12, 400), 0},
		{"generated, memory of 150", generatedArticles(2, 120, 15, 300), 150},
		{"generated, large vocabulary", generatedArticles(3, 40, 20, 5000), 200},
	} {
		lin := NewDetector(NewMemMemory(tc.max), Options{})
		lin.linear = true
		idx := NewDetector(NewMemMemory(tc.max), Options{})
		art := NewDetector(plainMemory{NewMemMemory(tc.max)}, Options{})
		old := 0
		for i, a := range tc.arts {
			if i%5 == 4 { // Learn between Checks, as Renew does
				for _, d := range []*Detector{lin, idx, art} {
					if err := d.Learn(ctx, 1, a[0], a[1]); err != nil {
						t.Fatal(err)
					}
				}
				continue
			}
			want, err := lin.Check(ctx, 1, a[0], a[1])
			if err != nil {
				t.Fatal(err)
			}
			for name, d := range map[string]*Detector{"memory index": idx, "article index": art} {
				got, err := d.Check(ctx, 1, a[0], a[1])
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s, article %d, %s:\n got %+v\nwant %+v", tc.name, i, name, got, want)
				}
			}
			for _, s := range want {
				if !s.New && s.Covered > 0 {
					old++
				}
			}
		}
		if old < len(tc.arts)/2 {
			t.Errorf("%s: only %d sentences judged old: fixture too weak", tc.name, old)
		}
	}
}

// FuzzIndexedIsLinear: on any two articles, the second judged after the
// first, the indexed paths give the linear merge's sentences.
func FuzzIndexedIsLinear(f *testing.F) {
	f.Add("Valdoria rejected the proposal. Ostmark accepted it on Monday.", "Ostmark rejected a proposal by Valdoria. Valdoria accepted the proposal on Monday.")
	f.Add("Tessel dam gates stay shut, the authority said. Farmers asked for water.", "The authority said the Tessel dam gates stay shut. Farmers in Orrin asked for water on 3 May.")
	f.Fuzz(func(t *testing.T, a, b string) {
		ctx := context.Background()
		lin := NewDetector(NewMemMemory(3), Options{})
		lin.linear = true
		idx := NewDetector(NewMemMemory(3), Options{})
		art := NewDetector(plainMemory{NewMemMemory(3)}, Options{})
		var want []Sentence
		for _, text := range []string{a, b, a} {
			var err error
			if want, err = lin.Check(ctx, 1, "", text); err != nil {
				t.Fatal(err)
			}
			for _, d := range []*Detector{idx, art} {
				got, err := d.Check(ctx, 1, "", text)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("indexed:\n%+v\nlinear:\n%+v", got, want)
				}
			}
		}
	})
}
