package quotes

import (
	"strings"
	"testing"
)

// TestCarryOpenQuotes: a reopened quotation the marks do not pair, and a
// first person inside it, speak for the one quoted just before.
func TestCarryOpenQuotes(t *testing.T) {
	tests := []struct{ name, text, frag, want string }{
		{"first person inside a reopened quotation",
			"The coach spoke after the game. “ I just told him, ‘Greg, you have to be the man here,’ ” Mira Holt said. “ I told him he was going to be our guy and we were going to feed him the ball. He took that to heart.\n",
			"going to be our guy", "Mira Holt"},
		{"a quotation opening with no source after another",
			"The lawsuit \" might not have any staying power, \" Tomas Brell said. \" Whether it amounts to more remains to be seen, \" he said. \" It might lead to additional discovery of events and relationships that we don't yet know about. \"",
			"additional discovery", "Tomas Brell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectSpeaker(t, Find(tt.text, Options{}), tt.frag, tt.want)
		})
	}
}

func TestOpenMarkBefore(t *testing.T) {
	for _, tc := range []struct {
		text, at string
		want     bool
	}{
		{"“ I told him I would.", "I would", true},
		{"“ Done, ” she said. I told him I would.", "I would", false},
		{"“ Done, ”\nI told him I would.", "I would", false},
		{"\" Done, \" she said. \" I told him I would.", "I would", true},
		{"\" Done, \" she said. I told him I would.", "I would", false},
	} {
		if got := openMarkBefore(tc.text, strings.Index(tc.text, tc.at)); got != tc.want {
			t.Errorf("openMarkBefore(%q at %q) = %v, want %v", tc.text, tc.at, got, tc.want)
		}
	}
	if openMarkBefore("x", 5) || openMarkBefore("x", -1) {
		t.Errorf("openMarkBefore out of range: true")
	}
}
