package entity

import (
	"slices"
	"testing"
)

// An abbreviated title with its full stop right before a name the tagger
// spans without it ("Adm. Orla B. Brannock", "Gen. Wenna Pryce" opening a
// sentence) is the person's attribute.
func TestTitleBeforeAbbreviated(t *testing.T) {
	for _, tc := range []struct{ text, name, attr string }{
		{"Adm. Orla B. Brannock, the commander of the fleet, said the ships would sail.", "Orla B. Brannock", "Adm."},
		{"The ships sailed. Gen. Wenna Pryce agreed with the plan.", "Wenna Pryce", "Gen."},
	} {
		for i := range len(tc.text) - len(tc.name) + 1 {
			if tc.text[i:i+len(tc.name)] != tc.name {
				continue
			}
			attrs, _ := titleBefore(tc.text, i, nil)
			if !slices.Contains(attrs, tc.attr) {
				t.Errorf("titleBefore(%q, %q) = %v, want %q among them", tc.text, tc.name, attrs, tc.attr)
			}
			break
		}
	}
	// A sentence's last word before a name is no title.
	text := "The talks ended. Wenna Pryce left."
	if attrs, _ := titleBefore(text, len("The talks ended. "), nil); len(attrs) != 0 {
		t.Errorf("titleBefore after a sentence end = %v, want none", attrs)
	}
}
