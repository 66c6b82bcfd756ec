package events

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

// Fictional sentences for the twenty-sixth pass (events8): a time opening
// a subject ("Sunday's attack") does not act and does not make the act a
// reference; a place before its forces names their side; a forecast
// beaten, a camera's capture and a candidate carrying a state are no
// force ("targeted" as an adjective already was: kept as a row); an act
// in a clause an allegation opens ("denied reports that its troops had
// attacked") is alleged, not done; a negated perfect ("has not endorsed")
// reports nothing, while "does not support" stays a refusal. Each group
// was checked to fail without its part.
func TestRules26(t *testing.T) {
	typed := func(text string, spec map[string]core.EntityType) []quotes.Mention {
		ms := quotes.Heuristic{}.Mentions(text)
		for i, m := range ms {
			if ty, ok := spec[m.Name]; ok {
				ms[i].Type = ty
			}
		}
		return ms
	}
	per := func(names ...string) map[string]core.EntityType {
		m := map[string]core.EntityType{}
		for _, n := range names {
			m[n] = core.Person
		}
		return m
	}
	for _, tt := range []struct {
		text   string
		spec   map[string]core.EntityType
		typ    string
		actor  string
		target string
	}{
		// a time opening the subject is no actor, and the act it dates is reported
		{"Sunday's attack on the Velsk embassy killed three guards.", nil, "assault", "", "Velsk"},
		{"Last week's bombing of the Tarn market killed twelve people.", nil, "assault", "", "Tarn"},
		{"Friday night's attack on the Velsk consulate wounded two guards.", nil, "assault", "", "Velsk"},
		{"Two officers involved in Saturday's shooting were arrested.", nil, "coerce", "", "officers"},
		{"Sunday's attack on the Velsk embassy was condemned by Norland.", nil, "disapprove", "Norland", ""},
		// a place before its forces names their side; a common word or a city's police does not
		{"Velsk soldiers shot back at the gunmen.", nil, "fight", "Velsk", ""},
		{"Norland police arrested ten protesters in Tarn.", nil, "coerce", "Norland", "Tarn"},
		{"Riot police arrested ten protesters in Tarn.", nil, "coerce", "police", "Tarn"},
		{"Border guards shot at the smugglers.", nil, "assault", "guards", ""},
		{"Brellford police arrested the driver.", map[string]core.EntityType{"Brellford": core.Location}, "coerce", "police", ""},
		// a forecast beaten, a camera's capture, a candidate carrying a state; "targeted" as an adjective (no change)
		{"Ann Brell beat expectations in Tarn on Tuesday.", nil, "", "", ""},
		{"Brell Mining beat analysts' estimates for the quarter.", nil, "", "", ""},
		{"Footage captured Ivo Marr leaving the building.", nil, "", "", ""},
		{"The attack on the convoy was captured on video by a driver.", nil, "", "", ""},
		{"Ann Brell captured Tarnland and Velsk on Tuesday night.", per("Ann Brell"), "", "", ""},
		{"Norland rebels captured Tarnland after heavy fighting.", nil, "fight", "rebels", "Tarnland"},
		{"The developer raised money for a targeted employment area in Tarn.", nil, "", "", ""},
		{"Norland targeted Velsk military sites.", nil, "fight", "Norland", "Velsk"},
		// an act in a clause an allegation opens is alleged, not done
		{"The committee completed its investigation into an allegation that the Tarn rebels had taken over the city.", nil, "investigate", "committee", "Tarn"},
		{"Velsk denied reports that its troops had attacked the convoy.", nil, "", "", ""},
		{"Brell News reports that Norland troops shelled the village.", nil, "fight", "Norland", ""},
		// a negated perfect reports nothing; a negated present stays a refusal
		{"The Tarn Teachers Union has not endorsed a candidate.", nil, "", "", ""},
		{"Ivo Marr has never met Ann Brell.", per("Ivo Marr", "Ann Brell"), "", "", ""},
		{"Ivo Marr does not support the Norland treaty.", per("Ivo Marr"), "reject", "Ivo Marr", "Norland"},
		{"Velsk did not agree to the Norland ceasefire proposal.", nil, "reject", "Velsk", "Norland"},
	} {
		opts := Options{}
		if tt.spec != nil {
			opts.Mentions = typed(tt.text, tt.spec)
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
