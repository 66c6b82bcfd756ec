package gazetteer

import (
	"strings"
	"testing"
)

func TestPlainSpaced(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"", true}, {"leader", true}, {"Foreign Minister", true}, {"U.S. envoy", true},
		{" leader", false}, {"leader ", false}, {"foreign  minister", false}, {"foreign\tminister", false},
		{"a\nb", false}, {"Dvořáková", false}, {"a\u00a0b", false}, {" ", false},
	} {
		if got := plainSpaced(tt.s); got != tt.want {
			t.Errorf("plainSpaced(%q) = %v, want %v", tt.s, got, tt.want)
		}
		if tt.want && strings.Join(strings.Fields(tt.s), " ") != tt.s {
			t.Errorf("plainSpaced(%q) but Fields changes it", tt.s)
		}
	}
}

// TestQuickLookups checks the allocation-free lookups against the keys
// lookupKeys builds, for plain, oddly spaced, acronym and non-ASCII queries.
func TestQuickLookups(t *testing.T) {
	tab := get()
	slowFind := func(m map[string]string, name string) (string, bool) {
		exact, lower := lookupKeys(name)
		if isAcronym(exact) {
			v, ok := m[exact]
			return v, ok
		}
		v, ok := m[lower]
		return v, ok
	}
	queries := []string{
		"leader", "Leader", "FOREIGN MINISTER", "foreign  minister", " Prime Minister ", "prime minister",
		"Russia", "russia", "RUSSIA", "Russians", "US", "us", "U.S.", "WHO", "who", "Kremlin", "kremlin",
		"Moscow", "Kiev", "Kyiv", "SCO", "Shanghai Cooperation Organization", "Côte d'Ivoire", "Türkiye",
		"", " ", "spokesman", "Spokeswoman", strings.Repeat("x", 80), strings.Repeat("Minister ", 9),
	}
	for _, q := range queries {
		_, lower := lookupKeys(q)
		if got, want := IsRole(q), tab.roles[lower]; got != want {
			t.Errorf("IsRole(%q) = %v, want %v", q, got, want)
		}
		if got, want := IsTitle(q), tab.titles[lower]; got != want {
			t.Errorf("IsTitle(%q) = %v, want %v", q, got, want)
		}
		for name, m := range map[string]map[string]string{"country": tab.country, "demonym": tab.demonym, "capital": tab.capital, "org": tab.org, "seats": tab.seats} {
			gv, gok := find(m, q)
			wv, wok := slowFind(m, q)
			if gv != wv || gok != wok {
				t.Errorf("find(%s, %q) = %q %v, want %q %v", name, q, gv, gok, wv, wok)
			}
		}
	}
}

func BenchmarkIsRole(b *testing.B) {
	words := strings.Fields("The Foreign Minister told reporters that the spokesman for the Prime Minister had met the leader")
	for b.Loop() {
		for i := range words {
			for n := 1; n <= 3 && i+n <= len(words); n++ {
				IsRole(strings.Join(words[i:i+n], " "))
			}
		}
	}
}
