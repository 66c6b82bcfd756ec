package quotes

import "testing"

// TestTheyAfterPluralBodies: "they" after "the companies said" stands for
// the companies, the later source, not the company named a sentence
// before; with no plural source after the name, the name.
func TestTheyAfterPluralBodies(t *testing.T) {
	text := "Velkor Pumps Inc said it expects a one-time charge for the merger with Ostra Mills. " +
		"\"The merger will lift results in the second quarter,\" the companies said. " +
		"The merger will add to both firms' lead in water pumps, they said."
	qs := Find(text, Options{})
	expectSpeaker(t, qs, "lift results", "the companies")
	expectSpeaker(t, qs, "lead in water pumps", "the companies")

	text = "Velkor Pumps Inc said it expects a one-time charge for the merger. " +
		"The merger will add to its lead in water pumps, it said."
	expectSpeaker(t, Find(text, Options{}), "lead in water pumps", "Velkor Pumps Inc")
}
