package entity

import "testing"

func TestTrimPossessive(t *testing.T) {
	for in, want := range map[string]string{
		"Bank of Maravel's": "Bank of Maravel", "Lorvik’s": "Lorvik", "Dockworkers'": "Dockworkers",
		"Veldmark": "Veldmark", "'s": "'s", "Brussels": "Brussels",
	} {
		if got := trimPossessive(in); got != want {
			t.Errorf("trimPossessive(%q) = %q, want %q", in, got, want)
		}
	}
}
