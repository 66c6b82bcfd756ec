package events

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

// Fictional sentences for the twenty-fifth pass (events7): attacks given
// a reason or a verdict (words, not force), clashes and battles between
// two named persons, "shot" as a dose or a retort, acts named by a noun
// and told in the passive ("Sanctions were imposed on Velsk by Norland"),
// "the attack on X killed", denials of having done an act, "target" as a
// goal or an audience, and a named person's rally with nothing protested. Each group was checked to fail
// without its part.
func TestRules25(t *testing.T) {
	// persons marks the heuristic mentions of the given names as persons.
	persons := func(text string, names ...string) []quotes.Mention {
		ms := quotes.Heuristic{}.Mentions(text)
		for i, m := range ms {
			for _, n := range names {
				if m.Name == n {
					ms[i].Type = core.Person
				}
			}
		}
		return ms
	}
	for _, tt := range []struct {
		text   string
		people []string
		typ    string
		actor  string
		target string
	}{
		// an attack given a reason or a verdict is one of words
		{"Ivo Marr attacked the levy as a violation of free trade.", nil, "disapprove", "Ivo Marr", ""},
		{"Norland attacked Velsk for refusing to pay.", nil, "disapprove", "Norland", "Velsk"},
		{"Velsk rebels attacked the convoy as it crossed the bridge.", nil, "fight", "rebels", ""},
		{"Velsk rebels attacked the town for the third time.", nil, "fight", "rebels", ""},
		{"The group attacked Norland's reputation in a new advertisement.", nil, "disapprove", "group", "Norland"},
		// two named persons clash in words; with armed forces named, in arms
		{"Ivo Marr rose in power after repeated clashes with Tom Kade.", []string{"Ivo Marr", "Tom Kade"}, "", "", ""},
		{"Ivo Marr has been fighting Tom Kade's government since 1994.", []string{"Ivo Marr", "Tom Kade"}, "fight", "Ivo Marr", "Tom Kade"},
		// "shot" as a dose or a retort
		{"Ivo Marr needs to give his campaign a shot of energy.", nil, "", "", ""},
		{"Brell Weekly shot back in an article on Monday.", nil, "", "", ""},
		{"Velsk soldiers shot back at the gunmen.", nil, "fight", "Velsk", ""}, // the side its forces serve (events8)
		// acts named by a noun and told in the passive
		{"Sanctions were imposed on Velsk by Norland.", nil, "sanction", "Norland", "Velsk"},
		{"An arms embargo was imposed on Velsk in 1991.", nil, "sanction", "", "Velsk"},
		{"The raid on the Velsk consulate was carried out by Norland commandos.", nil, "assault", "Norland", "Velsk"},
		// the attack named with "the" and what it did
		{"The attack on the Velsk embassy killed three guards.", nil, "assault", "", "Velsk"},
		{"The attack on the Velsk embassy was condemned by Norland.", nil, "disapprove", "Norland", ""},
		// a denial of having done an act reports neither
		{"Velsk denied firing missiles at Norland.", nil, "", "", ""},
		{"Velsk denied the Norland request.", nil, "reject", "Velsk", "Norland"},
		// "target" as a goal or an audience aimed at; a target attacked stays
		{"Brell Mining revised down its 1996 net profit target.", nil, "", "", ""},
		{"The Norland campaign is targeting young voters across Velsk.", nil, "", "", ""},
		{"Velsk rebels targeted a Norland army convoy.", nil, "fight", "rebels", "Norland"},
		// a named person's rally with nothing protested
		{"Ann Brell is holding a rally in Tarn on Thursday.", []string{"Ann Brell"}, "", "", ""},
		{"Ann Brell held a rally against the new levy in Tarn.", []string{"Ann Brell"}, "protest", "Ann Brell", "Tarn"},
		{"The Velsk Workers Party held a rally in Tarn on Thursday.", nil, "protest", "Velsk Workers Party", "Tarn"},
	} {
		opts := Options{}
		if tt.people != nil {
			opts.Mentions = persons(tt.text, tt.people...)
		}
		e, ok := Primary(Find(tt.text, opts))
		if !ok {
			e = Event{}
		}
		if e.Type != tt.typ || e.Actor != tt.actor || e.Target != tt.target {
			t.Errorf("%q: %q actor %q target %q (trigger %q), want %q actor %q target %q", tt.text, e.Type, e.Actor, e.Target, e.Trigger, tt.typ, tt.actor, tt.target)
		}
	}
}
