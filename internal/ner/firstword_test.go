package ner

import "testing"

func TestKnownLower(t *testing.T) {
	for w, want := range map[string]bool{"While": true, "still": true, "Yesterday": true, "Tavikorlen": false, "": false} {
		if got := KnownLower(w); got != want {
			t.Errorf("KnownLower(%q) = %v, want %v", w, got, want)
		}
	}
}
