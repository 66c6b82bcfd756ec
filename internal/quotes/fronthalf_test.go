package quotes

import (
	"strings"
	"testing"
)

// An attribution set off by commas inside an unquoted sentence ("The old
// pier, Mayor Ana Roe said, will close in May") reports the whole
// sentence: the words before it are content too (frontHalf), and on the
// analyze path the name inside the unit is its source, not a bare name
// the content is about (noStatement, parentheticalSource).
func TestParentheticalAttributionTakesFrontHalf(t *testing.T) {
	text := "Ferry news from Velsk\n\nThe old pier, Mayor Ana Roe said, will close in May.\n"
	for _, exclusive := range []bool{true, false} {
		var got *Quote
		units := Find(text, Options{Exclusive: exclusive})
		for i, q := range units {
			if strings.Contains(q.Text, "will close in May") {
				got = &units[i]
			}
		}
		if got == nil {
			t.Errorf("exclusive=%v: no unit for the statement: %+v", exclusive, units)
			continue
		}
		if !strings.HasPrefix(got.Text, "The old pier") {
			t.Errorf("exclusive=%v: unit %q, want it to open with the words before the attribution", exclusive, got.Text)
		}
		if got.Speaker != "Ana Roe" {
			t.Errorf("exclusive=%v: speaker %q, want Ana Roe", exclusive, got.Speaker)
		}
	}
}

// The same when the tagger finds content after the attribution but not
// before it: the unit is the whole sentence, with the occasion ("on
// Monday") kept with the attribution (parentheticalFront).
func TestParentheticalFrontWithTaggedRest(t *testing.T) {
	for _, tc := range []struct {
		text, want, not string
	}{
		{"The new ferry, the harbour office said on Monday, was the biggest yet, although it may take weeks to test how fast it was.\n",
			"The new ferry, the harbour office said on Monday, was the biggest yet", ""},
	} {
		for _, exclusive := range []bool{true, false} {
			units := Find(tc.text, Options{Exclusive: exclusive})
			found := tc.want == ""
			for _, q := range units {
				if tc.want != "" && strings.HasPrefix(q.Text, tc.want) && strings.Contains(q.Text, "although") {
					found = true
				}
				if tc.not != "" && strings.Contains(q.Text, tc.not) {
					t.Errorf("exclusive=%v: %q taken as content: %q", exclusive, tc.not, q.Text)
				}
			}
			if !found {
				t.Errorf("exclusive=%v: no unit opening %q: %+v", exclusive, tc.want, units)
			}
		}
	}
}

// An opening occasion ("Asked about it,", "Speaking on Friday,") before a
// parenthetical attribution is no front half of what was said.
func TestFrontHalf(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The old pier, Roe said, will close.", true},
		{"Asked about it, Roe said, the pier will close.", false},
		{"Speaking on Friday, Roe said, the pier will close.", false},
		{"The old pier, in May, Roe said, will close.", false},
	} {
		d := newDoc(tc.text, Heuristic{})
		tags := make([]int8, len(d.toks))
		src := -1
		for i, tk := range d.toks {
			if tk.Text == "Roe" {
				src = i
			}
		}
		_, got := d.frontHalf(tags, 0, src)
		if got != tc.want {
			t.Errorf("frontHalf(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
