package entity

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func TestIsInitials(t *testing.T) {
	for _, tc := range []struct {
		s           string
		initial, in bool
	}{
		{"A", true, true}, {"A.", true, true}, {"T. J.", false, true}, {"M.C.", false, true},
		{"J.R.", false, true}, {"AB", false, false}, {"Ed", false, false}, {"a.", false, false},
		{"A. Lind", false, false}, {"", false, false}, {"J.R", false, false},
	} {
		if got := IsInitial(tc.s); got != tc.initial {
			t.Errorf("IsInitial(%q) = %v, want %v", tc.s, got, tc.initial)
		}
		if got := IsInitials(tc.s); got != tc.in {
			t.Errorf("IsInitials(%q) = %v, want %v", tc.s, got, tc.in)
		}
	}
}

func TestStripLeadingRoles(t *testing.T) {
	for _, tc := range []struct {
		in, name string
		attrs    []string
	}{
		{"Attorney Ana Lind", "Ana Lind", []string{"Attorney"}},
		{"Deputy District Attorney Ana Lind", "Ana Lind", []string{"Deputy District Attorney"}},
		{"Coach Orlo", "Orlo", []string{"Coach"}},
		{"State Sen. Ana Lind", "Ana Lind", []string{"State Sen."}},
		{"Constable Tim Orlo", "Tim Orlo", []string{"Constable"}},
		{"President Orlo", "Orlo", []string{"President"}},
		{"Deputy Orlo", "Orlo", []string{"Deputy"}},
		{"Police Orlo", "Police Orlo", nil}, // a modifier alone is no role
		{"Secretary Orlo", "Orlo", []string{"Secretary"}},
		{"Pastor Tim Orlo", "Tim Orlo", []string{"Pastor"}},
		{"Democrat Ana Lind", "Ana Lind", []string{"Democrat"}},
		{"District Attorney Orlo", "Orlo", []string{"District Attorney"}},
		{"D.A. Vellbring", "D.A. Vellbring", nil}, // a golfer's initials
		{"Pastor Vell", "Pastor Vell", nil},       // a given name ("Pastor Maldonado")
		{"Coach", "Coach", nil},                   // the name is never empty
		{"Tim Singer", "Tim Singer", nil},
	} {
		name, attrs, _ := stripTitles(tc.in)
		if name != tc.name || !slices.Equal(attrs, tc.attrs) {
			t.Errorf("stripTitles(%q) = %q, %q; want %q, %q", tc.in, name, attrs, tc.name, tc.attrs)
		}
	}
}

func TestInitialsAndRoles(t *testing.T) {
	tests := []struct {
		name   string
		marked string
		want   map[string]core.EntityType
		absent []string
	}{
		{"a loose initial names no one", "Deputy D. [A. Lowell Orlo|PER] spoke. In L. [A.|PER] County, [Orlo|PER] won.",
			map[string]core.EntityType{"A. Lowell Orlo": core.Person}, []string{"A.", "A"}},
		{"a lone letter", "Plan [B|PER] failed, [Ana Lind|PER] said.",
			map[string]core.EntityType{"Ana Lind": core.Person}, []string{"B"}},
		{"a leading role is no name", "[Attorney Ana Lind|PER] rose. Later [Ana Lind|PER] sat.",
			map[string]core.EntityType{"Ana Lind": core.Person}, []string{"Attorney Ana Lind"}},
		{"initials of a person stay", "[T. J.|PER] scored twice.",
			map[string]core.EntityType{"T. J.": core.Person}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.marked, tt.want, tt.absent) })
	}
	text, ms := mentionsOf(t, "Deputy D. [A. Lowell Orlo|PER] spoke. [A.|PER] nodded. [Attorney Lowell Orlo|PER] left.")
	res := Resolve(text, ms)
	_, e := entityNamed(res, "A. Lowell Orlo")
	if e == nil || slices.Contains(e.Aliases, "A.") || !slices.Contains(e.Aliases, "Lowell Orlo") || !slices.Contains(e.Attributes, "Attorney") {
		t.Errorf("A. Lowell Orlo = %+v, want aliases without A., with Lowell Orlo, attribute Attorney (all: %+v)", e, res.Entities)
	}
	if !namesMatch([]string{"H.", "Ross", "Vell"}, []string{"Ross", "Vell"}) || namesMatch([]string{"H.", "Ross", "Vell"}, []string{"Ana", "Vell"}) {
		t.Error("namesMatch: a leading initial before a middle name: want H. Ross Vell = Ross Vell, not Ana Vell")
	}
}
