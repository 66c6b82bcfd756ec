package events

import "testing"

// Fictional sentences for the twenty-first pass (events4): a participle
// opening the subject, the host of talks between two sides, and a verb
// after "the police". Each group was checked to fail without its part.
func TestRules21(t *testing.T) {
	checkPrimaryRoles(t, []primaryRoleCase{
		// a capitalised participle of a trigger verb modifies the subject
		{"Striking dockworkers clashed with police in Ostrava.", "fight", "dockworkers", "Ostrava"},
		{"Protesting shipbuilders clashed with police in Ostrava, the union said.", "fight", "shipbuilders", "Ostrava"},
		{"Beijing authorities arrested the activist on Monday.", "coerce", "China", ""},
		// the host of talks between two sides is the actor (PLOVER CONSULT)
		{"Norland hosted talks between Velsk and Ostrava on Monday.", "consult", "Norland", "Velsk"},
		{"The Norland foreign minister hosted a meeting between Velsk and Ostrava in the capital.", "consult", "Norland", "Velsk"},
		{"Talks between Velsk and Ostrava resumed in Norland on Monday.", "consult", "Velsk", "Ostrava"},
		// "the police beat" with an object is a verb
		{"The police beat the protesters with batons.", "assault", "police", ""},
		{"The police beat him in his cell, his lawyer said.", "assault", "police", ""},
		{"Dunn covered the police beat for the Ostrava Herald.", "", "", ""},
	})
}
