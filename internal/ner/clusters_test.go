package ner

import "testing"

func TestWordCluster(t *testing.T) {
	tests := []struct {
		w  string
		ok bool
	}{
		{"said", true},
		{"SAID", true}, // falls back to the lower-case form
		{"qqxzzyq", false},
		{"", false},
	}
	for _, tc := range tests {
		c, f, ok := WordCluster(tc.w)
		if ok != tc.ok {
			t.Errorf("WordCluster(%q) ok = %v, want %v", tc.w, ok, tc.ok)
		}
		if ok && (c < 0 || c >= 128 || f < 0 || f >= 768) {
			t.Errorf("WordCluster(%q) = %d, %d: out of range", tc.w, c, f)
		}
	}
}
