package quotes

import (
	"math"
	"math/rand"
	"strings"
	"testing"
)

// bruteConstrained enumerates every allowed tag sequence over [a,b) and
// returns the best score of one holding what need names.
func bruteConstrained(em []float32, trans *[numTags + 1][numTags]float32, tags []int8, a, b, need int) (float64, bool) {
	pt, next := boundaryTags(tags, a, b)
	n := b - a
	best, found := math.Inf(-1), false
	seq := make([]int, n)
	var rec func(i, p, seen int, s float64)
	rec = func(i, p, seen int, s float64) {
		if i == n {
			if seen&need != need {
				return
			}
			if next >= 0 {
				if !tagAllowed(p, next) {
					return
				}
				s += float64(trans[p][next])
			}
			if s > best {
				best, found = s, true
			}
			return
		}
		for t := 0; t < numTags; t++ {
			if !tagAllowed(p, t) {
				continue
			}
			f := 0
			switch t {
			case tagBCon, tagICon:
				f = needContent
			case tagBCue, tagICue:
				f = needCue
			case tagBSrc, tagISrc:
				f = needSource
			}
			seq[i] = t
			rec(i+1, t, seen|f, s+float64(trans[p][t])+float64(em[(a+i)*numTags+t]))
		}
	}
	rec(0, pt, 0, 0)
	return best, found
}

func TestConstrainedPath(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	var trans [numTags + 1][numTags]float32
	for p := range trans {
		for q := range trans[p] {
			trans[p][q] = float32(rng.NormFloat64())
		}
	}
	tests := []struct {
		name       string
		n, a, b    int
		need       int
		nextIsICue bool
	}{
		{"whole article, content", 4, 0, 4, needContent, false},
		{"middle, content", 6, 2, 5, needContent, false},
		{"middle, content and cue", 6, 1, 4, needContent | needCue, false},
		{"middle, all three", 7, 2, 6, needContent | needCue | needSource, false},
		{"end, content and source", 5, 2, 5, needContent | needSource, false},
		{"next tag continues a cue", 6, 1, 4, needContent, true},
		{"one token, content", 3, 1, 2, needContent, false},
		{"one token, two kinds: none", 3, 1, 2, needContent | needCue, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for trial := 0; trial < 20; trial++ {
				em := make([]float32, tc.n*numTags)
				for i := range em {
					em[i] = float32(rng.NormFloat64() * 3)
				}
				tags := viterbi(tc.n, em, &trans)
				if tc.nextIsICue && tc.b < tc.n {
					tags[tc.b-1], tags[tc.b] = tagBCue, tagICue
				}
				want, wantOK := bruteConstrained(em, &trans, tags, tc.a, tc.b, tc.need)
				p, got, ok := constrainedPath(em, &trans, tags, tc.a, tc.b, tc.need)
				if ok != wantOK {
					t.Fatalf("trial %d: found %v, brute force %v", trial, ok, wantOK)
				}
				if !ok {
					continue
				}
				if math.Abs(got-want) > 1e-4 {
					t.Fatalf("trial %d: score %v, brute force %v", trial, got, want)
				}
				full := append([]int8(nil), tags...)
				copy(full[tc.a:], p)
				if s := segmentScore(em, &trans, full, tc.a, tc.b); math.Abs(s-got) > 1e-4 {
					t.Fatalf("trial %d: path scores %v, reported %v", trial, s, got)
				}
			}
		})
	}
}

// TestDetectRedecode checks that every sentence the tagger leaves untagged
// holds Content after re-decoding at a threshold that flags everything,
// and that nothing changes at one that flags nothing.
func TestDetectRedecode(t *testing.T) {
	m := DefaultModel()
	if m == nil {
		t.Fatal("no embedded model")
	}
	text := "The orchard opened on Tuesday. Ada Brill thinks the pears are early this year.\n\n" +
		"Bees hummed over the fence. \"We picked twelve crates,\" the foreman said."
	d := newDoc(text, Heuristic{})
	base, _ := m.tagScores(d, 0, 0)
	none, _ := m.tagScores(d, 1.1, needCue)
	for i := range base {
		if base[i] != none[i] {
			t.Fatalf("threshold 1.1 changed token %d: %d -> %d", i, base[i], none[i])
		}
	}
	all, _ := m.tagScores(d, 1e-12, 0)
	info := d.tokenInfo(m.clusters)
	untagged := 0
	for _, r := range sentenceRanges(info) {
		if allOutside(base, r[0], r[1]) {
			untagged++
			if !hasContent(all, r[0], r[1]) {
				t.Errorf("sentence at token %d untagged and still without content", r[0])
			}
		}
	}
	if untagged == 0 {
		t.Skip("the tagger tagged every sentence of the sample; nothing to re-decode")
	}
	for i := 1; i < len(all); i++ {
		if !tagAllowed(int(all[i-1]), int(all[i])) {
			t.Fatalf("tags %d -> %d at token %d not allowed", all[i-1], all[i], i)
		}
	}
}

func TestDetectProbRange(t *testing.T) {
	tests := []struct {
		name string
		x    [numDF]float64
	}{
		{"zero", [numDF]float64{}},
		{"bias only", [numDF]float64{dfBias: 1}},
		{"large", [numDF]float64{1, 20, 20, 20, 20, 20, 3, 4, 1, 1, 1, 1, 5, 1, 4, 1, 1, 1}},
	}
	for _, tc := range tests {
		p := detectProb(&tc.x)
		if !(p >= 0 && p <= 1) {
			t.Errorf("%s: probability %v", tc.name, p)
		}
	}
}

// BenchmarkFindDetect is BenchmarkFind with the detector on at the best
// point of the dev curve (NOTE.md), to show its cost.
func BenchmarkFindDetect(b *testing.B) {
	DefaultModel()
	b.SetBytes(int64(len(sample)))
	for b.Loop() {
		Find(sample, Options{Detect: 0.55, DetectCue: true})
	}
	b.ReportMetric(float64(b.N*len(strings.Fields(sample)))/b.Elapsed().Seconds(), "words/s")
}
