package events

import "testing"

// Fictional sentences for the twenty-second pass (plover4): denials of a
// claim or role, suicides, attacks in words by a message, warnings of a
// trend, passive victims named by more person nouns, forces massing,
// force named, a ruling defied, a curfew ordered, a passive suspension or
// expulsion, a place as the target of an agentless passive of force and
// an act named as a time with a modifier. Each group was checked to fail
// without its part.
func TestRules22(t *testing.T) {
	checkPrimaryRoles(t, []primaryRoleCase{
		// a denial of a claim, report or role is a statement (CAMEO 016)
		{"The government in Velsk has vigorously denied any role in the bombing of the embassy.", "", "", ""},
		{"Norland denied reports that its troops had crossed the border.", "", "", ""},
		{"Senator Dunn rejected attacks from his rivals that he was soft on crime.", "", "", ""},
		{"Velsk rejected the proposal in the report.", "reject", "Velsk", ""},
		{"The Velsk Workers Party has denied involvement in unrest which it blamed on government policies.", "disapprove", "Velsk Workers Party", ""},
		{"Velsk rejected the peace plan on Monday.", "reject", "Velsk", ""},
		// a killing of oneself is no assault
		{"An Ostrava man killed himself in his cell on Sunday.", "", "", ""},
		{"The gunman killed himself and two guards.", "assault", "gunman", ""},
		// an attack by a message is one of words
		{"His latest tweet attacked Senator Dunn over the budget.", "disapprove", "tweet", "Dunn"},
		// a warning of a trend is a forecast, a warning of an act a threat
		{"The bank warned that profit growth would slow in the second half.", "", "", ""},
		{"Norland warned that it would retaliate against any incursion.", "threaten", "Norland", ""},
		{"The army warned that troops would be sent to the border.", "threaten", "army", ""},
		// more person nouns name the victim of an agentless passive
		{"Earlier this year, a tourist and a tour guide were kidnapped near the border.", "assault", "", "guide"},
		{"Three girls were stabbed in the park.", "assault", "", "girls"},
		// forces massing mobilise; a curfew ordered coerces
		{"Velsk troops massed on the border on Monday.", "mobilize", "Velsk", ""},
		{"The army ordered a curfew in the capital.", "coerce", "army", ""},
		// force named: a threat with "would", repression by police; a
		// resolution or embargo defied is a rejection
		{"Velsk said it would use force if Norland did not withdraw its troops.", "threaten", "Velsk", "Norland"},
		{"Police used force to break up the crowd.", "coerce", "Police", ""},
		{"Norland ignored the United Nations resolution.", "reject", "Norland", "United Nations"},
		{"Velsk flouted the arms embargo.", "reject", "Velsk", ""},
		// a body suspending a member in an agentless passive acts
		{"Nigeria was suspended from the Commonwealth in November.", "sanction", "Commonwealth", "Nigeria"},
		{"Norland was suspended from the regional alliance in November.", "sanction", "alliance", "Norland"},
		{"The striker was suspended from the team.", "", "", ""},
		{"Three Norland diplomats were expelled from Velsk on Tuesday.", "sanction", "Velsk", "Three Norland"},
		// a place is the target of an agentless passive of force
		{"The town was shelled overnight.", "fight", "", "town"},
		{"The embassy was attacked on Monday.", "assault", "", "embassy"},
		{"The school was closed for the holidays.", "", "", ""},
		// an act named as a time with a name or number modifying it
		{"Before the Ostrava attacks, Dunn seemed hopeful that Norland could accept more refugees.", "", "", ""},
		{"Since the 2003 invasion, the town has been rebuilt twice.", "", "", ""},
	})
}
