package entity

import "testing"

func TestStateVoice(t *testing.T) {
	tests := []struct {
		attrs []string
		want  string
	}{
		{[]string{"Russian President", "President"}, "Russia"},
		{[]string{"Kremlin leader", "chief of the Kremlin"}, "Russia"},
		{[]string{"chief of the Kremlin"}, "Russia"},
		{[]string{"Russian Defense Minister"}, "Russia"},
		{[]string{"India's foreign minister"}, "India"},
		{[]string{"U.S. envoy"}, "United States"},
		{[]string{"White House spokeswoman"}, "United States"},
		{[]string{"Chinese leader"}, "China"},
		{[]string{"former U.S. President", "President"}, ""},
		{[]string{"Russian opposition leader"}, ""},
		{[]string{"President"}, ""},
		{[]string{"head of state"}, ""},
		{[]string{"Russian general"}, ""},
		{[]string{"American senator"}, ""},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := StateVoice(tt.attrs); got != tt.want {
			t.Errorf("StateVoice(%q) = %q, want %q", tt.attrs, got, tt.want)
		}
	}
}
