package analyze

import (
	"context"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func TestJunkSpeaker(t *testing.T) {
	tests := []struct {
		sp   string
		want bool
	}{
		{"has attracted much of the", true},
		{"harbour elections can only", true},
		{"Velkor several pages of", true},
		{"they'll", true},
		{"Don't", true},
		{"in 1986", true},
		{"Studies", true},
		{"those facts", true},
		{"Theresa May", false},
		{"Mara Voss", false},
		{"the company", false},
		{"police", false},
		{"Pew Research", false},
		{"Cruz’s office", false},
		{"other prominent figures", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := junkSpeaker(tt.sp); got != tt.want {
			t.Errorf("junkSpeaker(%q) = %v, want %v", tt.sp, got, tt.want)
		}
	}
}

// TestJunkSpeakerDropped: findings that "indicate" something are no one's
// statement; the person quoted next keeps the quote.
func TestJunkSpeakerDropped(t *testing.T) {
	text := "Velsk harbour trade fell again in May. Studies indicate that adding ferries could lift trade in the harbour. " +
		"\"We need more boats,\" harbour master Mara Voss said on Friday."
	a := &core.Article{Text: text}
	if err := New(Options{}).Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range a.Quotes {
		if strings.Contains(q.Text, "adding ferries") {
			found = true
			if q.Speaker != "" {
				t.Errorf("speaker of %q = %q, want none", q.Text, q.Speaker)
			}
		}
		if strings.Contains(q.Text, "more boats") && q.Speaker != "Mara Voss" {
			t.Errorf("speaker of %q = %q, want Mara Voss", q.Text, q.Speaker)
		}
	}
	if !found {
		t.Errorf("no quote of the findings; quotes: %+v", a.Quotes)
	}
}
