package cli

import "testing"

func TestCount(t *testing.T) {
	tests := []struct {
		n    int
		word string
		want string
	}{
		{1, "article", "1 article"},
		{0, "article", "0 articles"},
		{3, "story", "3 stories"},
		{1, "story", "1 story"},
		{2, "mention", "2 mentions"},
	}
	for _, tt := range tests {
		if got := count(tt.n, tt.word); got != tt.want {
			t.Errorf("count(%d, %q) = %q, want %q", tt.n, tt.word, got, tt.want)
		}
	}
}

func TestCountCol(t *testing.T) {
	tests := []struct {
		n, width int
		word     string
		want     string
	}{
		{1, 3, "article", "  1 article "},
		{12, 3, "article", " 12 articles"},
		{1, 2, "story", " 1 story  "},
		{1234, 2, "source", "1234 sources"},
	}
	for _, tt := range tests {
		if got := countCol(tt.n, tt.width, tt.word); got != tt.want {
			t.Errorf("countCol(%d, %d, %q) = %q, want %q", tt.n, tt.width, tt.word, got, tt.want)
		}
	}
}
