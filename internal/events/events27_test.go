package events

import "testing"

// Fictional sentences for the twenty-seventh pass (events9): a raid or
// bombing that "left four dead" is reported as a harm verb would report
// it, and a raid that killed or hurt people is an assault, not a search;
// talks between two sides opened by one plain word ("Marathon talks
// between ...") or going on ("are aimed at", "are going well") are a
// consultation, its opener no side; a finite agentless passive of
// "accuse" is an accusation of its subject. An appeal ("urged X to
// support Y") stays DEMAND, PLOVER's REQUEST ("all requests, demands,
// and orders"), with the one urged as target: a row, no change; but a
// party to the fighting calling for a ceasefire or an end to it expresses
// intent, AGREE in the manual (3.8.2). Each group was checked to fail
// without its part.
func TestRules27(t *testing.T) {
	checkPrimaryRoles(t, []primaryRoleCase{
		// "left ... dead" is harm; a raid with casualties is an assault
		{"Monday's raid on the village left four dead.", "assault", "", ""},
		{"The bombing of the Tarn market left twelve people dead and forty wounded.", "assault", "", "Tarn"},
		{"The raid on the village killed four people.", "assault", "", ""},
		{"Norland troops raided the village, killing four farmers.", "assault", "Norland", ""},
		{"Police raided the house and arrested four people.", "coerce", "Police", ""},
		{"Police raided the house on Monday and the owner was found dead in his cell a week later.", "coerce", "Police", ""},
		{"The raid left the village in ruins.", "", "", ""},
		{"The storm left four dead.", "", "", ""},
		// talks between two sides, opened by a plain word or going on
		{"Marathon talks between Norland and Velsk ended without agreement.", "consult", "Norland", "Velsk"},
		{"Marathon talks between the two former allies failed to settle the dispute.", "consult", "", ""},
		{"Talks between Norland and Velsk are aimed at ending the war.", "consult", "Norland", "Velsk"},
		{"Talks between Norland and Velsk are expected next week.", "", "", ""},
		{"No talks between Norland and Velsk were held.", "", "", ""},
		{"During talks between Norland and Velsk, the envoy raised the border.", "", "", ""},
		// an agentless passive accusation; a reduced relative stays background
		{"Mayor Ivo Marr has been accused in parliament of taking too much power.", "disapprove", "", "Ivo Marr"},
		{"The Tarn police were accused of brutality.", "disapprove", "", "Tarn"},
		{"Ivo Marr, accused of lying, left the hall.", "", "", ""},
		// an appeal is PLOVER's REQUEST, the one urged its target (no change)
		{"The Velsk foreign minister urged Norland to support the peace plan.", "appeal", "Velsk", "Norland"},
		// a party's call to end the fighting is AGREE (PLOVER 3.8.2); a third party's stays a request
		{"The rebels called for a ceasefire.", "express-intent", "rebels", ""},
		{"The Velsk government called for an end to the fighting with the rebels.", "express-intent", "Velsk", ""},
		{"The Norland council called for a ceasefire in Velsk.", "demand", "Norland", "Velsk"},
		{"Norland urged Velsk to accept a ceasefire.", "appeal", "Norland", "Velsk"},
	})
}
