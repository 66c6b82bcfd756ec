package story

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortsMatchSlices checks that sortByKey and sortByWeight order
// vectors exactly as slices.SortFunc with byKey and byWeight, weights tied
// often.
func TestSortsMatchSlices(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for _, tc := range []struct {
		n, keys, weights int
	}{{0, 1, 1}, {1, 5, 5}, {5, 100, 3}, {13, 1000, 2}, {40, 1000, 1000}, {150, 5000, 4}, {400, 100000, 50}, {1000, 1 << 30, 1 << 30}} {
		for rep := 0; rep < 20; rep++ {
			seen := map[Key]bool{}
			var v []Feature
			for len(v) < tc.n && len(seen) < tc.keys {
				k := Key(rng.IntN(tc.keys) + 1)
				if seen[k] {
					continue
				}
				seen[k] = true
				v = append(v, Feature{k, float64(rng.IntN(tc.weights)) / 7})
			}
			for _, order := range []struct {
				name string
				mine func([]Feature)
				cmp  func(a, b Feature) int
			}{{"key", sortByKey, byKey}, {"weight", sortByWeight, byWeight}} {
				got, want := slices.Clone(v), slices.Clone(v)
				order.mine(got)
				slices.SortFunc(want, order.cmp)
				if !slices.Equal(got, want) {
					t.Fatalf("n=%d keys=%d weights=%d: sortBy%s differs from slices.SortFunc", tc.n, tc.keys, tc.weights, order.name)
				}
			}
		}
	}
}
