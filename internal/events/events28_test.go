package events

import "testing"

// Fictional sentences for the twenty-eighth pass (events10): an act whose
// subject is a pronoun the resolver leaves unnamed is reported with no
// actor rather than dropped ("They threatened to kill the hostages");
// people freed or released by someone unnamed are an event with them as
// target ("The hostages were freed"); "expressed concern at/over" is
// disapproval; the group an appeal is made to is its target ("called on
// the rebels to ..."). Each group was checked to fail without its part.
func TestRules28(t *testing.T) {
	checkPrimaryRoles(t, []primaryRoleCase{
		// a pronoun subject: the act stays, its actor empty
		{"They threatened to kill the hostages.", "threaten", "", ""},
		{"They attacked the convoy on Monday.", "fight", "", ""},
		{"On Monday, they shelled the town.", "fight", "", ""},
		{"They arrested four people.", "coerce", "", ""},
		{"They said they would attack the town.", "threaten", "", ""},
		{"The hijackers threatened to kill the hostages.", "threaten", "hijackers", ""},
		{"He said it was wrong.", "", "", ""},
		{"They earlier threatened to blow up the aircraft.", "threaten", "", ""},
		{"They fight like it matters to them.", "", "", ""},
		{"She met with an array of lawyers.", "", "", ""},
		{"Marr said: \"They will attack us again.\"", "", "", ""},
		{"They were attacked on Monday.", "", "", ""},
		// people freed by someone unnamed
		{"The hostages were freed on Monday.", "concede", "", "hostages"},
		{"Two journalists were freed after a week in custody.", "retreat", "", "journalists"},
		{"The hostages were released on Monday.", "retreat", "", "hostages"},
		{"The funds were freed last week.", "", "", ""},
		{"The man was released after his arrest on Tuesday, pending further inquiries.", "", "", ""},
		{"The memos were released on Monday.", "", "", ""},
		// concern at or over an act is disapproval; concern that ... is not
		{"Norland expressed concern at the fighting in Velsk.", "disapprove", "Norland", "Velsk"},
		{"Norland voiced concern over the arrests of four journalists in Velsk.", "disapprove", "Norland", "Velsk"},
		{"Norland expressed concern that the talks might fail.", "", "", ""},
		{"Norland quashed a draft resolution by the Velsk commission expressing concern over Norland's abuses.", "", "", ""},
		// the group an appeal is made to
		{"The council called on the rebels to lay down their arms.", "appeal", "council", "rebels"},
		{"Norland urged the rebels to free the hostages.", "appeal", "Norland", "rebels"},
		{"Norland called on Velsk to free the hostages.", "appeal", "Norland", "Velsk"},
		{"Norland urged the rebels, who hold the town, to leave.", "appeal", "Norland", ""},
		// an accusation by a that-clause (no change)
		{"Ivo Marr charged that the election was rigged.", "disapprove", "Ivo Marr", ""},
	})
}
