package story

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// BenchmarkHubDot compares one centroid-sized hub with many vectors that
// share part of its features, as re-homing and merge checks do.
func BenchmarkHubDot(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	mk := func(n, vocab int) []Feature {
		var v []Feature
		for i := 0; i < n; i++ {
			v = append(v, Feature{KeyOf('t', string(rune(rng.IntN(vocab)))), rng.Float64()})
		}
		slices.SortFunc(v, byKey)
		return slices.CompactFunc(v, func(a, b Feature) bool { return a.Key == b.Key })
	}
	hub := mk(300, 2000)
	others := make([][]Feature, 64)
	for i := range others {
		others[i] = mk(100+rng.IntN(200), 2000)
	}
	var tab hubTable
	b.Run("hub", func(b *testing.B) {
		s := 0.0
		for i := 0; b.Loop(); i++ {
			s += hubDot(&tab, others[i%len(others)], hub)
		}
		_ = s
	})
	b.Run("merge", func(b *testing.B) {
		s := 0.0
		for i := 0; b.Loop(); i++ {
			s += dot(others[i%len(others)], hub)
		}
		_ = s
	})
}
