package events

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

// Fictional sentences for the twenty-third pass (events5): a subject act
// noun reported in the passive, an apposition between a passive's victim
// and its verb, the side whose dead fell in a clash with another, and
// force not ruled out. A victim named by the passive's own subject. Each group was checked to fail without its part.
func TestRules23(t *testing.T) {
	checkPrimaryRoles(t, []primaryRoleCase{
		// an act noun reported in the passive: its modifier does not act
		{"Heavy fighting was reported near the border.", "fight", "", ""},
		{"Fierce clashes have been reported in the north.", "fight", "", ""},
		{"The attack was reported to police.", "", "", ""},
		// an apposition after the victim of an agentless passive
		{"Three boys, all under 12, were stabbed in the park.", "assault", "", "boys"},
		{"Two nurses, both aged 30, were kidnapped near the border.", "assault", "", "nurses"},
		// the passive's own subject is its victim, not a group named
		// before its clause; a name found stays
		{"The guards confronted the robber and three boys were stabbed.", "assault", "", "boys"},
		{"The rebels said two soldiers were killed.", "assault", "", "soldiers"},
		// the side whose dead fell in a clash with another fought it
		{"Fifty Russians die in clash with rebels.", "fight", "Fifty Russians", "rebels"},
		{"Ten soldiers died in fighting with rebels near the border.", "fight", "Ten soldiers", "rebels"},
		{"Ten people died in clashes with police.", "protest", "people", ""},
		// force not ruled out is a threat; other things not ruled out,
		// or force ruled out, stay rejections
		{"Velsk would not rule out the use of military force.", "threaten", "Velsk", ""},
		{"Velsk wouldn't rule out sanctions against Norland.", "threaten", "Velsk", "Norland"},
		{"Norland refused to rule out military action against Velsk.", "threaten", "Norland", "Velsk"},
		{"Velsk did not rule out a deal.", "reject", "Velsk", ""},
		{"Norland declined to rule out a deal with Velsk.", "reject", "Norland", "Velsk"},
		{"Velsk ruled out the use of force.", "reject", "Velsk", ""},
	})
}

// A plural the resolver types MISC (a people) is a side in a clash too.
func TestClashSidesMisc(t *testing.T) {
	text := "Twenty Velskers die in clash with rebels."
	ms := []quotes.Mention{{Name: "Velskers", Type: core.Misc, Start: 7, End: 15}}
	e, ok := Primary(Find(text, Options{Mentions: ms}))
	if !ok || e.Type != "fight" || e.Actor != "Twenty Velskers" || e.Target != "rebels" {
		t.Errorf("%q: %q actor %q target %q, want fight actor %q target %q", text, e.Type, e.Actor, e.Target, "Twenty Velskers", "rebels")
	}
}
