package novelty

import (
	"context"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	ctx := context.Background()
	d := NewDetector(nil, Options{})
	first := "Valdoria's readiness for peace negotiations was stressed by President Anna Kell in Rovna. She said the border dispute with Ostmark must be settled by treaty."
	if _, err := d.Check(ctx, 7, "Kell stresses readiness for talks", first); err != nil {
		t.Fatal(err)
	}
	second := "Valdoria is ready for talks, Anna Kell said again. She said the border dispute with Ostmark must be settled by a treaty. Kell also announced that the Rovna dam will be handed to a joint commission by Friday."
	got, err := d.Check(ctx, 7, "", second)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		frag   string
		new    bool
		reason string
	}{
		{"ready for talks", false, "repeats a claim already in the storyline: Valdoria — ready for negotiations"}, // the same claim in other words
		{"settled by a treaty", false, "said before"},
		{"joint commission by Friday", true, ""}, // new information
	}
	for _, tt := range tests {
		var s *Sentence
		for i := range got {
			if strings.Contains(got[i].Text, tt.frag) {
				s = &got[i]
			}
		}
		if s == nil {
			t.Fatalf("no sentence with %q", tt.frag)
		}
		if s.New != tt.new || s.Reason == "" || !strings.Contains(s.Reason, tt.reason) {
			t.Errorf("%q: new=%v (%s), want %v", tt.frag, s.New, s.Reason, tt.new)
		}
	}
	// Another storyline has not heard any of it.
	other, err := d.Check(ctx, 8, "", second)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range other {
		if !s.New && !strings.Contains(s.Reason, "too short") {
			t.Errorf("fresh storyline: %q not new (%s)", s.Text, s.Reason)
		}
	}
}

func TestBadInput(t *testing.T) {
	ctx := context.Background()
	d := NewDetector(NewMemMemory(3), Options{})
	for _, text := range []string{"", "\n\n", strings.Repeat("word ", 100000), "Short one."} {
		if _, err := d.Check(ctx, 1, "", text); err != nil {
			t.Fatalf("%.20q: %v", text, err)
		}
	}
	if n := len(d.mem.(*memMemory).traces[1]); n > 3 {
		t.Errorf("memory holds %d sentences, want at most 3", n)
	}
}
