package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestGenerationalSuffixes: a "Jr." or "Sr." tells son from father within
// an article; a lone surname goes with the suffixed name only when no
// unsuffixed bearer is named (suffix.go). Fictional names.
func TestGenerationalSuffixes(t *testing.T) {
	for _, tc := range []struct {
		marked string
		want   map[string][]string // entity name -> aliases (sorted)
	}{
		{"[Tomas R. Velden Jr.|PER] spoke in [Orlo|LOC]. [Velden|PER] said the bill would pass.",
			map[string][]string{"Tomas R. Velden Jr.": {"Velden"}}},
		{"[Tomas Velden Jr.|PER] spoke beside his father, [Tomas Velden|PER]. [Velden Jr.|PER] said the crowd was large. [Velden|PER] said nothing.",
			map[string][]string{"Tomas Velden Jr.": {"Velden Jr."}, "Tomas Velden": {"Velden"}}},
		{"[Velden|PER] won again. Later [Tomas Velden Jr.|PER] spoke.",
			map[string][]string{"Velden": nil, "Tomas Velden Jr.": nil}},
		{"[Ilse Marrow Snr|PER] and [Ilse Marrow Jnr|PER] met. [Marrow Jnr|PER] left first; [Marrow Snr|PER] stayed.",
			map[string][]string{"Ilse Marrow Snr": {"Marrow Snr"}, "Ilse Marrow Jnr": {"Marrow Jnr"}}},
		{"[Tomas Velden Sr.|PER] met [Tomas Velden Jr.|PER] at the dock.",
			map[string][]string{"Tomas Velden Sr.": nil, "Tomas Velden Jr.": nil}},
		{"[Ana P. Kesh III|PER] met the panel. [Kesh|PER] said nothing. [Ana Kesh|PER] left.",
			map[string][]string{"Ana P. Kesh III": {"Ana Kesh", "Kesh"}}},
		{"[Tomas Velden Jr.|PER] met aides. President [Velden|PER] said the son would lead. [Velden|PER] agreed.",
			map[string][]string{"Tomas Velden Jr.": nil, "Velden": {}}},
		{"Governor [Tomas Velden Jr.|PER] met aides. Governor [Velden|PER] said no.",
			map[string][]string{"Tomas Velden Jr.": {"Velden"}}},
		{"President [Tomas Velden Jr.|PER] met aides. President [Velden|PER] said no.",
			map[string][]string{"Tomas Velden Jr.": {"Velden"}}},
		{"Adm. [Tomas Velden Jr.|PER] met aides. Admiral [Velden|PER] said no.",
			map[string][]string{"Tomas Velden Jr.": {"Velden"}}},
		{"[Tomas Velden|PER] spoke. [Jr.|PER] was there.",
			map[string][]string{"Tomas Velden": nil}},
	} {
		text, ms := mentionsOf(t, tc.marked)
		res := Resolve(text, ms)
		got := map[string][]string{}
		for _, e := range res.Entities {
			if e.Type == core.Person {
				als := slices.Clone(e.Aliases)
				slices.Sort(als)
				got[e.Name] = als
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: persons %v, want %v", tc.marked, got, tc.want)
			continue
		}
		for name, als := range tc.want {
			if g, ok := got[name]; !ok || strings.Join(g, "|") != strings.Join(als, "|") {
				t.Errorf("%q: %s aliases %q (present %v), want %q; all %v", tc.marked, name, g, ok, als, got)
			}
		}
	}
}

func TestSuffixKeys(t *testing.T) {
	same := [][2]string{{"Ilse Marrow Jnr", "Ilse Marrow Jr."}, {"Ilse Marrow Snr", "Ilse Marrow Sr."},
		{"Ilse Marrow JR", "Ilse Marrow Jr"}, {"Ana P. Kesh III", "Ana P. Kesh"}}
	for _, p := range same {
		if a, b := Key(p[0], core.Person), Key(p[1], core.Person); a != b {
			t.Errorf("Key(%q) = %q, Key(%q) = %q: want one key", p[0], a, p[1], b)
		}
	}
	apart := [][2]string{{"Ilse Marrow Jnr", "Ilse Marrow"}, {"Ilse Marrow Snr", "Ilse Marrow Jr."}}
	for _, p := range apart {
		if a, b := Key(p[0], core.Person), Key(p[1], core.Person); a == b {
			t.Errorf("Key(%q) = Key(%q) = %q: want two keys", p[0], p[1], a)
		}
	}
}
