package quotes

import "testing"

// TestIssuerUnits: a document standing as the source names who issued it:
// a body the phrase names, or the speaker who issued "the statement"
// just before; a statement with no issuer in sight is left alone.
func TestIssuerUnits(t *testing.T) {
	tests := []struct{ name, text, frag, want string }{
		{"issuer said in a statement before",
			"Ostria rejected the plan. The Velsk Port Authority said in an official statement on Monday that \"the port will reopen soon.\" \"These repairs are consistent with what we have long planned,\" the statement said.",
			"consistent with", "Velsk Port Authority"},
		{"issuer named in the phrase",
			"The port shut on Monday. \"In all of these talks,\" the Velsk Port Authority statement said, \"the port comes first.\"",
			"all of these talks", "Velsk Port Authority"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectSpeaker(t, Find(tt.text, Options{}), tt.frag, tt.want)
		})
	}
}

func TestHasWord(t *testing.T) {
	for _, tc := range []struct {
		s, w string
		want bool
	}{{"said in a statement, on monday", "statement", true}, {"statements were read", "statement", false}, {"", "x", false}} {
		if got := hasWord(tc.s, tc.w); got != tc.want {
			t.Errorf("hasWord(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.want)
		}
	}
}
