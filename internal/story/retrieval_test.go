package story

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestIndexKeysMatchesSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := []byte{'t', 'e', 'y', 'n', 'b'}
	for trial := 0; trial < 300; trial++ {
		var v []Feature
		for i := 0; i < rng.IntN(400); i++ {
			w := float64(rng.IntN(20)) / 4 // many ties
			v = append(v, Feature{KeyOf(kinds[rng.IntN(len(kinds))], string(rune('a'+rng.IntN(26)))+string(rune('a'+i%26))+string(rune(i))), w})
		}
		slices.SortFunc(v, byKey)
		v = slices.CompactFunc(v, func(a, b Feature) bool { return a.Key == b.Key })
		n := rng.IntN(80)
		// The plain way: every retrievable feature sorted heaviest first.
		var w []Feature
		for _, f := range v {
			if retrievable(f.Key) {
				w = append(w, f)
			}
		}
		slices.SortFunc(w, byWeight)
		want := []Key{}
		for _, f := range w[:min(n, len(w))] {
			want = append(want, f.Key)
		}
		if got := indexKeys(v, n); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("trial %d: indexKeys = %v, want %v", trial, got, want)
		}
	}
}

func TestTopPartialsMatchesSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 500; trial++ {
		var part []partial
		for i := 0; i < rng.IntN(300); i++ {
			part = append(part, partial{StoryID(rng.IntN(1000)), float64(rng.IntN(10))})
		}
		k := rng.IntN(20)
		want := slices.Clone(part)
		slices.SortFunc(want, func(a, b partial) int {
			if a.before(b) {
				return -1
			}
			if b.before(a) {
				return 1
			}
			return 0
		})
		want = want[:min(k, len(want))]
		if got := topPartials(part, k); !slices.Equal(got, want) {
			t.Fatalf("trial %d k %d: got %v, want %v", trial, k, got, want)
		}
	}
}

func TestDotRestMatchesSubtract(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := 0; trial < 300; trial++ {
		mk := func(n int) []Feature {
			var v []Feature
			for i := 0; i < n; i++ {
				v = append(v, Feature{Key(rng.IntN(200)), rng.Float64() * 3})
			}
			slices.SortFunc(v, byKey)
			return slices.CompactFunc(v, func(a, b Feature) bool { return a.Key == b.Key })
		}
		f, r := mk(rng.IntN(60)), mk(rng.IntN(150))
		if trial%3 == 0 { // f inside r, as a fragment is inside its root
			r = addInto(r, f, 1, 1000)
		}
		if got, want := dotRest(f, r), dot(f, subtract(r, f)); got != want {
			t.Fatalf("trial %d: dotRest = %v, want %v", trial, got, want)
		}
	}
}

func TestHubDotMatchesDot(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	var tab hubTable
	mk := func(n int) []Feature {
		var v []Feature
		for i := 0; i < n; i++ {
			v = append(v, Feature{KeyOf('t', string(rune(rng.IntN(900)))), rng.Float64()})
		}
		slices.SortFunc(v, byKey)
		return slices.CompactFunc(v, func(a, b Feature) bool { return a.Key == b.Key })
	}
	hub := mk(500)
	for trial := 0; trial < 200; trial++ {
		if trial%50 == 0 {
			hub = mk(rng.IntN(700))
		}
		a := mk(rng.IntN(300))
		if got, want := hubDot(&tab, a, hub), dot(a, hub); got != want {
			t.Fatalf("trial %d: hubDot = %v, dot = %v", trial, got, want)
		}
		if got, want := hubDot(&tab, a, hub), dot(hub, a); got != want {
			t.Fatalf("trial %d: hubDot = %v, dot the other way = %v", trial, got, want)
		}
	}
}
