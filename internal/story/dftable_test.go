package story

import (
	"math/rand/v2"
	"testing"
)

// TestDFTableMatchesMap counts random keys (key 0 among them) in a dfTable
// and in a map, through growth and pruning, and compares every count.
func TestDFTableMatchesMap(t *testing.T) {
	for _, tc := range []struct {
		name       string
		keys, adds int
	}{{"few", 10, 1000}, {"grows", 100000, 300000}, {"skewed", 5000, 200000}} {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(3, uint64(tc.keys)))
			tab, ref := newDFTable(), map[Key]int32{}
			check := func(when string) {
				if tab.len() != len(ref) {
					t.Fatalf("%s: len %d, want %d", when, tab.len(), len(ref))
				}
				for k, v := range ref {
					if got := tab.get(k); got != v {
						t.Fatalf("%s: key %d count %d, want %d", when, k, got, v)
					}
				}
				if got := tab.get(Key(1) << 62); got != ref[Key(1)<<62] {
					t.Fatalf("%s: absent key counted %d", when, got)
				}
			}
			for i := 0; i < tc.adds; i++ {
				k := Key(rng.IntN(tc.keys))
				if tc.name == "skewed" {
					k = Key(rng.IntN(1 + rng.IntN(tc.keys)))
				}
				k *= 0x100000001 // spread over the top bits too
				ref[k]++
				if got := tab.incr(k); got != ref[k] {
					t.Fatalf("incr key %d = %d, want %d", k, got, ref[k])
				}
			}
			check("after counting")
			for th := int32(1); th <= 3; th++ {
				tab.dropAtMost(th)
				for k, v := range ref {
					if v <= th {
						delete(ref, k)
					}
				}
				check("after dropping")
			}
		})
	}
}
