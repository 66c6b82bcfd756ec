package ner

import "testing"

func TestWithOpeningGiven(t *testing.T) {
	for _, tc := range []struct {
		sent      string
		start     int
		end       int
		typ       string
		wantStart int
	}{
		{"Tavik Orlen opened the bridge .", 1, 2, "PER", 0},   // a given name the tagger left out
		{"While Orlen opened the bridge .", 1, 2, "PER", 1},   // a common word: "while" is known in lower case
		{"Yesterday Orlen opened it .", 1, 2, "PER", 1},       // likewise
		{"Russian Orlen Vask won .", 1, 3, "PER", 1},          // a demonym the gazetteer lists
		{"Senator Orlen Vask won .", 1, 3, "PER", 1},          // a title
		{"Rabbi Orlen spoke .", 1, 2, "PER", 1},               // a form of address
		{"Reshaping Orlen was hard .", 1, 2, "PER", 1},        // an inflected verb
		{"TAVIK ORLEN WINS .", 1, 2, "PER", 1},                // all capitals: a headline
		{"Tavik Orlen Vask Dorn opened it .", 1, 4, "PER", 1}, // three words already
		{"Tavik Orlen opened it .", 1, 2, "ORG", 1},           // persons only
		{"Then Tavik Orlen opened it .", 2, 3, "PER", 2},      // not the second token
	} {
		toks := Tokenize(tc.sent)
		got := withOpeningGiven(toks, Span{tc.start, tc.end, tc.typ})
		if got.Start != tc.wantStart || got.End != tc.end {
			t.Errorf("withOpeningGiven(%q, [%d,%d) %s) = [%d,%d), want start %d", tc.sent, tc.start, tc.end, tc.typ, got.Start, got.End, tc.wantStart)
		}
	}
}
