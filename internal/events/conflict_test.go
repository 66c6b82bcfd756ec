package events

import "testing"

// TestConflictTypes checks the fourth session's rules for the conflict
// categories (CAMEO roots 15-19), on fictional sentences.
func TestConflictTypes(t *testing.T) {
	for _, c := range []struct {
		text, actor, typ, target string
	}{
		// expelling a state's envoy or mission is SANCTION (CAMEO 16)
		{"Norland ordered the Velskian ambassador to leave within two days.", "Norland", "sanction", ""},
		{"The Ostrava Union suspended Velsk from all its activities after the coup.", "Ostrava Union", "sanction", "Velsk"},
		// retaking ground is FIGHT (CAMEO 19)
		{"Norland's troops have retaken the port from the rebels.", "Norland", "fight", ""},
		// prisoners on hunger strike protest (CAMEO 14)
		{"Dozens of prisoners began a hunger strike to protest against the verdict.", "prisoners", "protest", ""},
		// means decide force (CAMEO 194/195 against 183), and a killing in
		// combat is combat
		{"Norland warplanes bombed a market in Velsk, killing 12 civilians.", "Norland", "fight", "Velsk"}, // the side its forces serve (events8)
		{"A suicide bomber killed 12 civilians at a market in Velsk.", "bomber", "assault", "Velsk"},
		{"Norland's troops killed four villagers during clashes with the rebels.", "Norland", "fight", ""},
		// CAMEO 164, 175, 176, 201
		{"The Velsk delegation walked out of the talks in Ostrava.", "Velsk", "sanction", "Ostrava"},
		{"Police broke up a rally outside the Norland embassy.", "Police", "coerce", "Norland"},
		{"Hackers attacked the computer networks of the Norland parliament.", "Hackers", "coerce", "Norland"},
		{"The militia expelled thousands of villagers from the valley.", "militia", "assault", ""},
		// forces put on alert with no agent stand for who moved them; an
		// act named as a time is no act
		{"Norland's police were placed on high alert after the bombing.", "Norland", "mobilize", ""},
		// occupying territory is FIGHT (192); armed groups attacking places
		// use military force, attacking civilians assault
		{"Rebels seized the town of Velsk on Sunday.", "Rebels", "fight", "Velsk"},
		{"Police seized weapons and ammunition at the port.", "Police", "coerce", ""},
		{"Rebels attacked the town of Velsk on Tuesday.", "Rebels", "fight", "Velsk"},
		{"Rebels attacked a bus, killing nine passengers.", "Rebels", "assault", ""},
		// a show of force, a dispatched carrier (CAMEO 150/154); a killing
		// when fire is opened on a crowd is no combat
		{"The army staged a show of force in the capital on Friday.", "army", "mobilize", ""},
		{"Norland dispatched an aircraft carrier to the region.", "Norland", "mobilize", ""},
		{"Security forces killed three protesters when they opened fire on a demonstration.", "forces", "assault", ""},
		// a verb ends a common-noun subject
		{"The bloc imposed travel bans on twenty officials.", "bloc", "sanction", ""},
		// an ultimatum has a time limit (CAMEO 139); an opposition's
		// election boycott is a protest (143)
		{"Norland gave Velsk 48 hours to hand over the suspects or face military action.", "Norland", "threaten", "Velsk"},
		{"Norland demanded that Velsk open its border or face penalties.", "Norland", "demand", "Velsk"},
		{"Opposition supporters boycotted the election in protest at the arrest of their leader.", "supporters", "protest", ""},
		// coming under fire: from armed men a fight, from critics
		// disapproval; the head of "government forces" acts
		{"The Velsk convoy came under fire from rebels near the border.", "rebels", "fight", "Velsk"},
		{"The Velsk plan came under fire from Norland.", "Norland", "disapprove", "Velsk"},
		{"The town was shelled by government forces overnight.", "forces", "fight", ""},
		{"Fighting erupted between rival militias in the capital.", "militias", "fight", ""},
		// a long passive names its agent late
		{"Tomas Brell has been accused of stealing funds from the port authority, most of it in cash, by Norland officials.", "Norland", "disapprove", "Tomas Brell"},
		// the sides of a clash
		{"Fighting between the army and Velsk raged for a third day.", "army", "fight", "Velsk"},
	} {
		e, ok := Primary(Find(c.text, Options{}))
		if !ok || e.Actor != c.actor || e.Type != c.typ || e.Target != c.target {
			t.Errorf("Find(%q) = %q/%s/%q, want %q/%s/%q", c.text, e.Actor, e.Type, e.Target, c.actor, c.typ, c.target)
		}
	}
}
