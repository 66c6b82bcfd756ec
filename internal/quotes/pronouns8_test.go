package quotes

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestSubjectPronounsEighthPass: the twelfth session's rules of the
// subject resolver, on fictional text. A name inside a leading adverbial
// ("At a briefing with X, he said") is no antecedent; a name after a verb's
// -ing form is an object ("forcing X to ..."); a person mention whose words
// also name a school or a street is a place; a he that is another quote's
// source inside a merged quotation span still carries its antecedent.
func TestSubjectPronounsEighthPass(t *testing.T) {
	type m = person
	brell, drex := m{"Tomas Brell", "Tomas Brell", 'm'}, m{"Ilan Drex", "Ilan Drex", 'm'}
	tests := []struct {
		name, text, frag string
		ms               []m
		want             string
	}{
		{"a name inside a leading adverbial",
			"Tomas Brell, who has sent letters on Ilan Drex’s behalf, said he may campaign for him. At a briefing on Tuesday with Velsk Radio, he said the ferries would run again in May.",
			"ferries would run", []m{brell, drex, {"Velsk Radio", "Velsk Radio", 0}}, "Tomas Brell"},
		{"a name after a verb's -ing form",
			"Tomas Brell thanked the crews on Monday. The vote gave the council one clear win, forcing Ilan Drex to drop his own plan. He said the ferries would run again in May.",
			"ferries would run", []m{brell, drex}, "Tomas Brell"},
		{"a person whose name also names a school",
			"Tomas Brell visited the pupils of Oskar Vale Elementary School on Monday. For the town, Oskar Vale was a turning point. He said the ferries would run again in May.",
			"ferries would run", []m{brell, {"Oskar Vale", "Oskar Vale", 'm'}}, "Tomas Brell"},
		{"a source inside a quotation merged across its attribution",
			"Tomas Brell spoke in the town hall on Monday. “The council has listened,” he told reporters. “The boats are ready for the spring.” The vote gave the council one clear win, forcing Ilan Drex to drop his plan. “It has moved him on the harbour,” he said.",
			"It has moved him", []m{brell, drex}, "Tomas Brell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := personResolver(tt.text, tt.ms)
			expectSpeaker(t, Find(tt.text, Options{Resolver: res}), tt.frag, tt.want)
		})
	}
}

func TestIngObject(t *testing.T) {
	for w, want := range map[string]bool{"forcing": true, "urging": true, "morning": false, "Forcing": false, "sing": false, "during": false} {
		if got := ingObject(w); got != want {
			t.Errorf("ingObject(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestDescriptionSkipsPlaces: a person mention whose words also name a
// school is no referent of a description ("the former congressman").
func TestDescriptionSkipsPlaces(t *testing.T) {
	text := "Tomas Brell drove to Oskar Vale Elementary School. For him, Oskar Vale was a summons. The former congressman thinks the vote is a test."
	ms := append(mentionsAt(text, "Tomas Brell", Mention{Name: "Tomas Brell", Type: core.Person, Gender: 'm'}),
		mentionsAt(text, "Oskar Vale", Mention{Name: "Oskar Vale", Type: core.Person, Gender: 'm'})...)
	sortMentions(ms)
	d := newDoc(text, ResolverFunc(func(string) []Mention { return ms }))
	p := len(text) - len("The former congressman thinks the vote is a test.")
	if got := d.resolveDescription("congressman", "The former congressman", p); got != "Tomas Brell" {
		t.Errorf("resolveDescription = %q, want Tomas Brell", got)
	}
}
