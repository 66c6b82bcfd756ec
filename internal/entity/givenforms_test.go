package entity

import (
	"slices"
	"testing"
)

// GivenForms gives a short name's formal names, a formal name's short
// forms from both tables, and nothing for a name with none.
func TestGivenForms(t *testing.T) {
	tests := []struct {
		w    string
		want []string
	}{
		{"Tim", []string{"timothy", "timmy"}},
		{"Timothy", []string{"tim", "timmy"}},
		{"Bob", []string{"robert", "bobby", "rob", "robbie"}},
		{"Robert", []string{"bob", "bobby", "rob", "robbie"}},
		{"Chris", []string{"christina", "christine", "christopher"}},
		{"Ted", []string{"edward", "ed", "eddie", "ned", "teddy", "theodore"}},
		{"Ormond", nil},
		{"Jamie", nil},
	}
	for _, tt := range tests {
		if got := GivenForms(tt.w); !slices.Equal(got, tt.want) {
			t.Errorf("GivenForms(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
