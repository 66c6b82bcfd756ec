package events

import "testing"

// TestEleventhPass checks the eleventh pass's rules on fictional
// sentences (see checkFind for want and not).
func TestEleventhPass(t *testing.T) {
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		// an unresolved pronoun heads no actor
		{"They must also include guarantees for the smaller states.", nil, []string{"demand/They"}},
		{"Norland said Velsk must withdraw its troops.", []string{"demand/"}, nil},
		// a CAMEO-derived -ing word outside a progressive is no act
		{"Norland faces punishing import duties of 25 percent.", nil, []string{"coerce"}},
		// an act as the goal of "prevent", "avert", "to achieve" is not done
		{"Velsk and its allies apply joint efforts to achieve Norland's strategic defeat.", nil, []string{"fight", "assault"}},
		{"Velsk sought to ensure the withdrawal of troops from Ostrava.", nil, []string{"retreat"}},
		{"Velsk deployed ships to prevent an attack on the port.", nil, []string{"assault", "fight"}},
		{"Norland attacked the port of Velsk.", []string{"assault/Norland/"}, nil},
		{"Investigators asked whether aides discussed arranging a meeting with Ana Marr.", nil, []string{"consult"}},
		// an act after "any" is spoken of, not reported
		{"The senators asked Dunn about any meeting with Velsk officials.", nil, []string{"consult"}},
		{"Norland denied any meeting with Velsk officials.", []string{"reject/Norland/"}, []string{"consult"}},
		// proposals or plans for an act are not the act
		{"Norland recently made proposals for ending combat operations, Dunn said.", nil, []string{"sanction", "retreat"}},
		// a participle after a linking verb is a state; with "by" an act
		{"Norland and Velsk stand united in their commitment to peace.", nil, []string{"consult", "support"}},
		{"The ministry building remained occupied by protesters on Monday.", []string{"protest/"}, nil},
		// a time possessive names an act reported before
		{"Two officers involved in Saturday's shooting were arrested.", []string{"coerce/"}, []string{"assault"}},
		{"Police named the victim of the Friday night shooting at the Ostrava plant.", nil, []string{"assault"}},
		{"The video shows Ana Marr on the street immediately prior to the shooting.", nil, []string{"assault"}},
		// an act noun after "said at" is where the words were spoken
		{"\"Our president has betrayed us,\" Dana Ruiz said at a March 5 rally in Ostrava.", nil, []string{"protest"}},
		{"Thousands of workers held a rally in Ostrava against the tariffs.", []string{"protest/"}, nil},
		// an infinitive that a word of capacity or necessity governs
		{"Norland already has the ability to kill thousands of people with its missiles.", nil, []string{"assault"}},
		{"Norland's army attacked a village in Velsk to kill the rebels hiding there.", []string{"fight/Norland/"}, nil},
		// a one-word CAMEO-derived trigger needs its doer right before it
		{"The deal tilted the vote in Norland's favor.", nil, []string{"support"}},
		{"Norland's proposals, along with its efforts to build a new order, have garnered interest from Velsk.", nil, []string{"mobilize"}},
		{"Norland drones hit an oil depot deep inside Velsk overnight.", []string{"fight/Norland/"}, nil},
		{"Norland said it would use force if Velsk declared independence.", []string{"threaten/Norland/"}, nil},
		// "charged X, 61, with murder" past the pattern's gap is a legal charge
		{"Ostrava police have arrested and charged Ann Lee Moss, age 61, with two counts of murder.", []string{"coerce/"}, []string{"disapprove"}},
		{"Norland charged that Velsk had broken the truce.", []string{"disapprove/Norland/"}, nil},
	} {
		checkFind(t, c.text, c.want, c.not)
	}
}
