package events

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

// Fictional sentences for the twenty-fourth pass (events6, the held15
// tune half): doers named by what they did (hijackers, a killer), a
// scuffle, wanting talks, entering into an agreement, "weighed on" and
// "meeting the standards" (no consultation), easing the impact of
// sanctions (no easing of them), an agentless release of a group, a view
// agreed with ("agreed it would be"), "held hostage" modifying its
// victims, and a crowd counted before its name. Each group was checked to fail without
// its part.
func TestRules24(t *testing.T) {
	checkPrimaryRoles(t, []primaryRoleCase{
		// hijackers and a killer act
		{"Six hijackers surrendered to Velsk police on Monday.", "retreat", "hijackers", "Velsk"},
		{"The hijackers threatened to blow up the plane.", "threaten", "hijackers", ""},
		{"The killer stabbed a nurse in the lift.", "assault", "killer", ""},
		// hijackers are irregulars: their seizing is an assault
		{"The hijackers seized a Velsk airliner.", "assault", "hijackers", "Velsk"},
		// a scuffle is a fight
		{"Norland and Velsk guards scuffled at the border post.", "fight", "Norland", ""},
		// wanting talks is an intent
		{"The Velsk junta wanted negotiations with Norland.", "express-intent", "Velsk", "Norland"},
		{"Brell wanted to use negotiations to buy time.", "", "", ""},
		// entering into an agreement is a formal one (CAMEO 057)
		{"The campaign entered into an agreement with Brell Data.", "support", "campaign", "Brell Data"},
		// "weighed on" and "meeting the standards" are no consultations
		{"Fears for the Norland budget weighed on the franc.", "", "", ""},
		{"Brell Freight said its Velsk offices are meeting the necessary standards.", "", "", ""},
		{"Norland met Velsk officials on Monday.", "consult", "Norland", "Velsk"},
		// easing the impact of sanctions eases no sanctions
		{"The deal lets Velsk buy food to ease the impact of sanctions.", "", "", ""},
		{"Norland eased sanctions on Velsk.", "retreat", "Norland", "Velsk"},
		// an agentless release of a group: who was freed is the target;
		// a named person or a thing released, or an active progressive,
		// is none
		{"The police have been released, a Velsk official said.", "retreat", "", "police"},
		{"Ivo Marr had been released on bail.", "", "", ""},
		{"The memos were released on Monday.", "", "", ""},
		{"Brell is releasing a new advertisement on Monday.", "", "", ""},
		// "agreed it would be ...": a view agreed with, "that" left out
		{"Velsk traders generally agreed it would be cheaper to wait.", "", "", ""},
		{"Most Norland officials agreed they had no recourse.", "", "", ""},
		{"Norland agreed to withdraw its troops.", "agree", "Norland", ""},
		// "held hostage" after a noun, before a preposition: the noun
		// names the victims, not the captors
		{"Two Velsk sailors held hostage aboard the ship were seen on Monday.", "", "", ""},
		{"Rebels held hostage 20 tourists in Velsk.", "assault", "Rebels", "Velsk"},
		{"Norland held a summit with Velsk.", "consult", "Norland", "Velsk"},
	})
}

// A crowd counted before its name opens the sentence: the named people
// act; a name that modifies the crowd's noun, or a count after a
// preposition, does not.
func TestCountedCrowd(t *testing.T) {
	for _, tt := range []struct {
		text, name, typ, actor string
	}{
		{"Thousands of Velskers marched through Brell on Sunday.", "Velskers", "protest", "Velskers"},
		{"Tens of thousands of Velskers marched through Brell on Sunday.", "Velskers", "protest", "Velskers"},
		{"Hundreds of anti-Velsk protesters and supporters had gathered outside the Brell Hotel.", "anti-Velsk", "protest", "supporters"},
	} {
		i := strings.Index(tt.text, tt.name)
		ms := []quotes.Mention{{Name: tt.name, Type: core.Misc, Start: i, End: i + len(tt.name)}}
		e, ok := Primary(Find(tt.text, Options{Mentions: ms}))
		if !ok || e.Type != tt.typ || e.Actor != tt.actor {
			t.Errorf("%q: %q actor %q (trigger %q), want %q actor %q", tt.text, e.Type, e.Actor, e.Trigger, tt.typ, tt.actor)
		}
	}
}
