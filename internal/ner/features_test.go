package ner

import (
	"strings"
	"testing"
)

func TestCapRoles(t *testing.T) {
	tests := []struct {
		sent string
		want string // one byte per token, '.' for none
	}{
		{"Anna Kowalczyk flew to Nova Vesna City .", "BE..BME."},
		{"She met Tomas yesterday .", "....."},
		{"The Harbour Board met .", "BME.."},
		{"TIDE RISES AT PORT ELLERBY", "....."}, // headline: no runs
		{"", ""},
	}
	for _, tt := range tests {
		sf := prepare(strings.Fields(tt.sent))
		var b strings.Builder
		for _, r := range sf.role {
			if r == 0 {
				r = '.'
			}
			b.WriteByte(r)
		}
		if got := b.String(); got != tt.want {
			t.Errorf("capRoles(%q) = %q, want %q", tt.sent, got, tt.want)
		}
	}
}

// TestDocRunFeature checks that a lone capitalised word seen elsewhere in
// the window as the last of a run of capitalised words gets a feature saying
// so, and that words inside a run get none.
func TestDocRunFeature(t *testing.T) {
	doc := []*sentFeatures{
		prepare(strings.Fields("Marta Olesen spoke .")),
		prepare(strings.Fields("Olesen left early .")),
	}
	var got [2][]uint32
	eachWithContext(doc, 5, nil, true, func(si int, sf *sentFeatures, ctx *docContext) {
		got[si] = extract(sf, 1-si, ctx, nil) // "Olesen" in both sentences
	})
	if !containsFeat(got[1], feat2(fDocRun, "--E", "Xx")) {
		t.Errorf("lone Olesen lacks the run-end document feature")
	}
	for _, r := range []string{"--E", "B--", "B-E"} {
		if containsFeat(got[0], feat2(fDocRun, r, "Xx")) {
			t.Errorf("Olesen inside its own run has document-run feature %q", r)
		}
	}
}

func containsFeat(fs []uint32, f uint32) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}
