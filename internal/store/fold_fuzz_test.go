package store

import (
	"strings"
	"testing"
)

// FuzzFoldCase: folding twice is folding once, and the ASCII fast path
// agrees with the rune map (an ASCII s folds the same alone and beside
// "é", which takes the map).
func FuzzFoldCase(f *testing.F) {
	for _, s := range []string{"", "Écho de Lunde", "ÑUBLE", "k\u212a", "ſs", "Σσς", "\xff", "ǅ", "Kelvin"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := foldCase(s)
		if again := foldCase(got); again != got {
			t.Fatalf("foldCase(%q) = %q, folded again %q", s, got, again)
		}
		if mixed := foldCase(s + "é"); !strings.HasPrefix(mixed, got) && strings.ToValidUTF8(s, "") == s {
			t.Fatalf("foldCase(%q) = %q, but beside é %q", s, got, mixed)
		}
	})
}
