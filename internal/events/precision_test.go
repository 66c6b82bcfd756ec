package events

import (
	"testing"
)

// TestRealNewsPrecision checks the rules written against the error classes
// of the real-news sample (NOTE.md): nouns, court pleas, sources' wishes,
// bare CAMEO verbs with a person acting, speakers and laws as targets.
// Sentences are fictional.
func TestRealNewsPrecision(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // "actor/type/target" of an event it must find; "" for no event at all
	}{
		// nouns are not acts
		{"Korvan spoke of the conflict in the east.", ""},
		{"Korvan described a new world order.", ""},
		{"The town was taken by Velskian forces in May.", ""},
		// event nouns still are
		{"Norland's attacks on Velsk killed four.", "Norland/assault/Velsk"},
		{"Norland reiterated its demand that Velsk withdraw.", "Norland/demand/Velsk"},
		// fixed phrases
		{"Tomas Brell pleaded not guilty to two counts of fraud.", ""},
		{"Said a diplomat from Velsk, who requested anonymity.", ""},
		{"Travellers from Norland must be referred to an officer.", ""},
		// a bare derived verb needs a state, an organisation or a group
		{"Tomas Brell caught two passes in the final quarter.", ""},
		{"Tomas Brell's film was a big hit.", ""},
		{"Tomas Brell will take over as the new coach.", ""},
		// hosting needs a visitor or a meeting
		{"Anna Korvan hosted the award show in 2007.", ""},
		{"Anna Korvan hosted the summit of Velsk leaders.", "Anna Korvan/consult/Velsk"},
		// supposed acts are not reported ones; a named act stays
		{"The war could end if Velsk accepts the terms of Norland.", ""},
		{"Korvan did not say whether Norland would negotiate with Velsk.", ""},
		{"Nobody knows what happens if Velsk ignores Tomas Brell's deadline.", "Tomas Brell/demand/"},
		// "we" in a quotation is the speaker's side, not the last name
		{"Norland is a friend. And we support him,” he continued.", ""},
		// a participle before a word for land is an adjective
		{"Korvan insists that Velsk renounces occupied territories.", "Korvan/demand/Velsk"},
		// nothing offered is no offer; a charge is no act
		{"In the end Norland offered nothing in return.", ""},
		{"Tomas Brell faces one count of kidnapping in Ostrava.", ""},
		// "they" in a quotation is not the last name
		{"Norland spoke. “They are threatening to invade our country.", ""},
		// the subject of an absolute participle acts
		{"Ostrava will chair the bloc, as announced by state television, with Anna Korvan urging members to unite.", "Anna Korvan/appeal/"},
		// an appeal's infinitive is not an act of its own; "these" is no actor
		{"Anna Korvan urged members to strengthen unity and resist outside influence.", "Anna Korvan/appeal/"},
		{"These included the withdrawal of the Velskian forces.", ""},
		// an adjective of origin that names no state keeps its noun
		{"Velskian rebels attacked the town of Ostrava.", "Velskian rebels/fight/Ostrava"},
		// the speaker is not the target
		{"Norland welcomed the plan, Anna Korvan said.", "Norland/support/"},
	} {
		evs := Find(c.text, Options{})
		var got []string
		found := false
		for _, e := range evs {
			g := e.Actor + "/" + e.Type + "/" + e.Target
			got = append(got, g)
			found = found || g == c.want
		}
		if (c.want == "" && len(evs) > 0) || (c.want != "" && !found) {
			t.Errorf("Find(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestNotParty(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Velskian", true}, {"Endangered Species Act", true}, {"Velsk", false},
		{"Russian", false}, {"Nuclear Nonproliferation Treaty", true},
	} {
		if got := notParty(c.name); got != c.want {
			t.Errorf("notParty(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestComplements checks that an act in the infinitive complement of an
// appeal, a demand or an agreement is not listed as an act of its own.
func TestComplements(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Anna Korvan urged members to strengthen unity and resist outside influence.", 1},
		{"Norland agreed to withdraw its troops from the border.", 1},
		{"Norland agreed to the plan and attacked the town the next day.", 2},
	} {
		if got := Find(c.text, Options{}); len(got) != c.want {
			t.Errorf("Find(%q): %d events %v, want %d", c.text, len(got), got, c.want)
		}
	}
}
