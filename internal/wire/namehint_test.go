package wire

import "testing"

// TestNameHint: why a list filtered by a name is empty, as the CLI's
// events, /api/events' hint and /events say it.
func TestNameHint(t *testing.T) {
	many := []string{"A Kovrin", "B Kovrin", "C Kovrin", "D Kovrin", "E Kovrin", "F Kovrin", "G Kovrin"}
	for _, c := range []struct {
		typed         string
		matched, near []string
		want          string
	}{
		{"", nil, nil, ""},
		{"Kovrn", nil, []string{"Ana Kovrin", "Piet Kovrin"}, "no stored name has “Kovrn”; near it: Ana Kovrin, Piet Kovrin"},
		{"Zzyzx", nil, nil, "no stored name has “Zzyzx”"},
		{"kovrin", []string{"Ana Kovrin"}, nil, "“kovrin” matched Ana Kovrin"},
		{"ana kovrin", []string{"Ana Kovrin"}, nil, "“ana kovrin” is a stored name"},
		{"Kovrin", many, nil, "“Kovrin” matched A Kovrin, B Kovrin, C Kovrin, D Kovrin, E Kovrin and 2 more"},
		{"Kov\x1brin", nil, nil, "no stored name has “Kov\\x1brin”"},
	} {
		if got := NameHint(c.typed, c.matched, c.near); got != c.want {
			t.Errorf("NameHint(%q, %q, %q) = %q, want %q", c.typed, c.matched, c.near, got, c.want)
		}
	}
}
