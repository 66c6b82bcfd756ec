package analyze

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

// randomQuotes returns n quotes with offsets below span: nested, equal,
// empty and overlapping spans, direct, reported and fragments; reversed
// offsets when reversed.
func randomQuotes(r *rand.Rand, n, span int, reversed bool) []quotes.Quote {
	qs := make([]quotes.Quote, n)
	for i := range qs {
		s := r.IntN(span)
		e := s + r.IntN(span/4+1)
		if i > 0 && r.IntN(6) == 0 {
			s, e = qs[i-1].Start, qs[i-1].End // the same span twice
		}
		if reversed && r.IntN(20) == 0 {
			s, e = e+1, s
		}
		qs[i] = quotes.Quote{Quote: core.Quote{Start: s, End: e, Direct: r.IntN(3) > 0, Fragment: r.IntN(5) == 0}}
	}
	return qs
}

func TestIndexedDirectHoldersIsHoldsDirect(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	held := 0
	for round := range 400 {
		n := 1 + r.IntN(150)
		qs := randomQuotes(r, n, 10+r.IntN(400), round%4 == 3)
		got := indexedDirectHolders(qs)
		for i, q := range qs {
			want := holdsDirect(q, qs, i)
			if got[i] != want {
				t.Fatalf("round %d: quote %d %+v: indexed %v, holdsDirect %v (quotes %+v)", round, i, q, got[i], want, qs)
			}
			if want {
				held++
			}
		}
		if d := directHolders(qs); fmt.Sprint(d) != fmt.Sprint(got) {
			t.Fatalf("round %d: directHolders %v, indexed %v", round, d, got)
		}
	}
	if held == 0 {
		t.Fatal("no quote held direct quotes: the rounds test nothing")
	}
}

// BenchmarkDirectHolders: holdsDirect per quote was quadratic in an
// article's quotes (4,000 of quote-mark debris in 320 KB).
func BenchmarkDirectHolders(b *testing.B) {
	for _, n := range []int{1000, 4000, 16000} {
		qs := randomQuotes(rand.New(rand.NewPCG(1, 2)), n, 80*n, false)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				directHolders(qs)
			}
		})
	}
}
