package events

import "testing"

// A primaryCase is a sentence and the type of the primary event Find
// gives it ("" for none).
type primaryCase struct {
	text, want string
}

// checkPrimary fails t for each case whose primary event type differs.
func checkPrimary(t *testing.T, cases []primaryCase) {
	t.Helper()
	for _, tt := range cases {
		e, ok := Primary(Find(tt.text, Options{}))
		got := ""
		if ok {
			got = e.Type
		}
		if got != tt.want {
			t.Errorf("%q: primary %q (trigger %q), want %q", tt.text, got, e.Trigger, tt.want)
		}
	}
}
