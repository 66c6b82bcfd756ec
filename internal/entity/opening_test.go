package entity

import "testing"

func TestOpeningGivenNames(t *testing.T) {
	checkPersons(t, []personsCase{
		{"The vote is near. Ted [Vessel|PER] won.", []string{"Ted Vessel"}},                             // a known given name
		{"The vote is near. Enrique [Vessel|PER] won.", []string{"Enrique Vessel"}},                     // a given name learned without a gender
		{"Ted [Vessel|PER] won.", []string{"Ted Vessel"}},                                               // the start of the text
		{"It rained.\n\n\"Ted [Vessel|PER] won,\" she said.", []string{"Ted Vessel"}},                   // after a quotation mark
		{"It rained. Tavik [Vessel|PER] won. Later [Tavik Vessel|PER] left.", []string{"Tavik Vessel"}}, // the article's evidence
		{"It rained. Tavik [Vessel|PER] won.", []string{"Vessel"}},                                      // no evidence
		{"It rained. Will [Vessel|PER] win?", []string{"Vessel"}},                                       // a common word in lower case
		{"It rained. Bill [Vessel|PER] won. Later [Bill Vessel|PER] left.", []string{"Bill Vessel"}},    // ... unless the article says so
		{"It rained and Ted [Vessel|PER] won.", []string{"Vessel"}},                                     // not the first word
		{"It rained. Ted [Vessel Orlo Kesh|PER] won.", []string{"Vessel Orlo Kesh"}},                    // three words already
	})
	// A form of address never joins, whatever the article says.
	text, ms := mentionsOf(t, "It rained. Rabbi [Vessel|PER] spoke. Later [Rabbi Vessel|PER] left.")
	openingGivenNames(text, ms)
	if ms[0].Text != "Vessel" {
		t.Errorf("Rabbi joined the name: %+v", ms[0])
	}
}
