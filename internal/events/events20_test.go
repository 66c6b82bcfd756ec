package events

import "testing"

// Fictional sentences for the twentieth pass's readings (rules20.go, the
// "fire on" lines of triggers.txt); each case was checked to fail without
// its part.
func TestRules20(t *testing.T) {
	checkPrimary(t, []primaryCase{
		// wire style: a day between the verb and its particle
		{"Norland called Thursday on Velsk to release the detained sailors.", "appeal"},
		{"Velsk called yesterday for an inquiry into the killing of a Norland journalist.", "demand"},
		{"Norland called on Velsk to release the detained sailors.", "appeal"},
		{"Norland called Thursday to say the sailors were safe.", ""},
		// fired on, upon or into: force; at civilians an assault
		{"The Norland army fired on demonstrators in the capital on Sunday.", "assault"},
		{"Police fired into the crowd outside the Velsk parliament.", "assault"},
		{"Velsk militants fired on a Norland army patrol near the border.", "fight"},
		{"The Ostrava club fired its coach on Monday.", ""},
		{"Dunn, fired on June 8, now coaches in Velsk.", ""},
		{"Dunn, fired on Monday by the Ostrava club, now coaches in Velsk.", ""},
		// property seized is coercion (CAMEO 171), ground a fight
		{"Norland's navy seized a Velsk fishing boat near the islands.", "coerce"},
		{"Velsk customs officers seized the cargo of a Norland freighter.", "coerce"},
		{"Velsk troops seized a Norland border post on Monday.", "fight"},
		{"Pirates seized a Norland tanker off the coast.", "assault"},
		// the verb of a relative clause without a comma is not the main event
		{"Students who were demanding new elections blocked the main road to Ostrava.", "protest"},
		{"The gunmen who had attacked the Norland convoy were arrested on Monday.", "coerce"},
		{"Velsk asked who had attacked the convoy.", ""},
		{"Velsk expelled the diplomats who had organised the protest.", "sanction"},
		// the noun "murder" names the crime; the verb stays an act
		{"Dunn was convicted of the June 20 attempted murder of a man in Ostrava.", "coerce"},
		{"Marek was assigned to track Dunn down the day before his June 24 murder.", ""},
		{"Rising murder rates in Ostrava worry the Norland police.", ""},
		{"Gunmen murdered three villagers in northern Velsk.", "assault"},
		// a court appeal or an attraction asks no one anything
		{"Dunn will await his appeal on death row in Ostrava.", ""},
		{"The governor said he expects an aggressive appeal of the ruling.", ""},
		{"The studio hopes Dunn's international appeal will bring more viewers.", ""},
		{"Velsk issued an appeal for calm after the riots.", "appeal"},
		{"Velsk refused to release the sailors despite repeated appeals from Norland.", "reject"},
		// a candidates' debate is no consultation; a ship on patrol deploys nothing
		{"Dunn says he did great in the last Republican presidential debate in Ostrava.", ""},
		{"The fangs came out early in Saturday night's GOP debate in Ostrava.", ""},
		{"Responding to a distress call, the Norland destroyer Keel, on anti-piracy patrol in the area, chased the boats away.", ""},
		{"Norland warships are patrolling the shipping lanes off Velsk.", "mobilize"},
	})
}
