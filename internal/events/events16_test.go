package events

import (
	"testing"

	"github.com/storyline/storyline/internal/sentence"
)

// TestSixteenthPass checks the sixteenth pass's rules (rules16.go, one
// trigger line, disasterAfter across hyphens) on fictional sentences, each
// rule with a sentence it must leave alone (see checkFind for want and
// not).
func TestSixteenthPass(t *testing.T) {
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		// an act noun heading the subject, its doer unnamed
		{"An attack on a Norland border post killed four guards on Sunday.", []string{"assault//"}, nil},
		{"A suicide bombing in the Velsk capital killed nine people.", []string{"assault//"}, nil},
		{"Protests against the Norland tax spread to five cities on Friday.", []string{"protest//"}, []string{"disapprove"}},
		{"A rally against the Norland tax drew some 20,000 people in Ostrava.", []string{"protest//"}, nil},
		{"The attack on the border post was condemned by Velsk.", []string{"disapprove/Velsk/"}, []string{"assault", "fight"}},
		{"Riot police arrested 40 people in Ostrava.", []string{"coerce/police/"}, []string{"protest"}},
		{"A car bomb exploded outside a Velsk police station.", []string{"assault/bomb/"}, nil},
		// talks between two sides
		{"Talks between Norland and Velsk resumed in Geneva on Monday.", []string{"consult/Norland/Velsk"}, nil},
		{"The envoy flew to Geneva to prepare for direct talks between Norland and Velsk.", nil, []string{"consult"}},
		// a passive's victim named by a noun
		{"A journalist was arrested in Ostrava on Monday.", []string{"coerce//journalist"}, nil},
		{"Velsk police said two students were detained overnight.", []string{"coerce//students"}, nil},
		{"The lawsuit was filed in May, a year after a guard was shot in Ostrava.", nil, []string{"assault"}},
		// a physical charge
		{"Mounted police charged the crowd outside the Velsk parliament.", []string{"coerce/police/"}, []string{"disapprove"}},
		// strikes from work, vehicles, deals and highs struck
		{"A dock workers' strike paralysed the Velsk port on Monday.", []string{"protest/"}, []string{"assault"}},
		{"The prospect of an actors strike hung over the Ostrava festival.", nil, []string{"assault", "fight"}},
		{"The union said it would ask its members to authorize a strike.", nil, []string{"assault"}},
		{"A woman was struck by a car outside the store on Wednesday.", nil, []string{"assault", "fight"}},
		{"The driver struck and killed a pedestrian in Ostrava.", nil, []string{"assault"}},
		{"She was hit by a silver car as she crossed the road.", nil, []string{"assault", "fight"}},
		{"Norland and Velsk struck a deal on gas prices.", nil, []string{"assault", "fight"}},
		{"The index struck a ten-month high.", nil, []string{"assault", "fight"}},
		{"A car bomb struck a police convoy in the Velsk capital.", []string{"fight/"}, nil},
		{"Norland jets struck rebel positions near the border.", []string{"fight/"}, nil},
		// deployments spoken of, not done
		{"Norland's allies want it to broaden deployments overseas.", nil, []string{"mobilize"}},
		{"Velsk has clamored for permanent deployment of allied troops.", nil, []string{"mobilize"}},
		{"Any military expense or deployment is subject to the approval of parliament.", nil, []string{"mobilize"}},
		{"Norland announced the deployment of 5,000 troops to the border.", []string{"mobilize/Norland/"}, nil},
		{"Norland completed its deployment of missiles in the north.", []string{"mobilize/Norland/"}, nil},
		// a road death across hyphens
		{"A 40-year-old man was killed in a hit-and-run crash on Friday.", nil, []string{"assault", "fight"}},
	} {
		checkFind(t, c.text, c.want, c.not)
	}
}

// TestAdverbRunAux checks the passive auxiliary found across a run of
// adverbs.
func TestAdverbRunAux(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Velsk was heavily and unjustly criticized", true},
		{"Velsk was widely , repeatedly criticized", true},
		{"Velsk was also criticized", true},
		{"Velsk heavily criticized", false},
		{"Velsk was heavily and and criticized", false},
		{"Velsk quickly and firmly criticized", false},
	} {
		toks := sentence.Tokens(c.text)
		if got := adverbRunAux(toks, len(toks)-1); got != c.want {
			t.Errorf("adverbRunAux(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	// the victim of the passive is no actor
	checkFind(t, "Velsk was heavily and unjustly criticized over its border policy.", nil, []string{"disapprove/Velsk"})
}
