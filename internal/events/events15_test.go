package events

import "testing"

// TestFifteenthPass checks the fifteenth pass's rules (rules15.go and the
// cues added to senses.go and rules13.go) on fictional sentences, each
// rule with a sentence it must leave alone (see checkFind for want and
// not).
func TestFifteenthPass(t *testing.T) {
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		// deaths in a disaster
		{"Nine people were killed in a warehouse blaze in Velsk on Sunday.", nil, []string{"assault", "fight"}},
		{"Four people were wounded in a bus crash near Velsk.", nil, []string{"assault", "fight"}},
		{"Nine people were killed in an attack by Norland troops on Sunday.", []string{"assault/"}, nil},
		// games and votes won
		{"Velsk beat Ostrava by six wickets in the second match of the series.", nil, []string{"assault", "fight"}},
		{"Tom Dunn beat Dana Ruiz in the Velsk primary by 300 votes.", nil, []string{"assault", "fight"}},
		{"Police beat the protesters with batons outside the ministry.", []string{"assault/"}, nil},
		// market demand
		{"Norland plans to import more wheat to meet rising demand, officials said.", nil, []string{"demand"}},
		{"Prices fell on weak consumer demand in Velsk.", nil, []string{"demand"}},
		{"Norland renewed its demand that Velsk withdraw its troops.", []string{"demand/Norland/"}, nil},
		// appeal as attraction
		{"Tom Dunn has broad appeal among younger voters in Velsk.", nil, []string{"appeal"}},
		{"Dana Ruiz had only one appeal for the party: she could win.", nil, []string{"appeal"}},
		{"Norland issued an appeal to Velsk to release the prisoners.", []string{"appeal/Norland/"}, nil},
		// leaving an everyday place
		{"Ana Marr was walking out of the store when the car hit her.", nil, []string{"protest", "sanction"}},
		{"Velsk delegates walked out of the talks in Ostrava on Monday.", []string{"sanction/"}, nil},
		// plans, not people, killed
		{"The Senate killed the bill on Thursday.", nil, []string{"assault"}},
		{"Analysts said the deal had been killed by the Norland ministry.", nil, []string{"assault"}},
		{"Gunmen killed three villagers in Velsk on Thursday.", []string{"assault/"}, nil},
		// privacy asked
		{"A spokeswoman said the family had requested privacy.", nil, []string{"demand", "appeal"}},
		{"Norland requested talks with Velsk.", []string{"demand/Norland/"}, nil},
		// a business's services offered
		{"The Norland airline offers flights to Velsk and Ostrava.", nil, []string{"agree"}},
		{"Norland offered Velsk a loan of 2 billion dollars.", []string{"agree/Norland/"}, nil},
		// records destroyed
		{"Dunn was accused of having destroyed documents about the contract.", nil, []string{"assault"}},
		{"Norland troops destroyed the bridge over the river.", []string{"assault/"}, nil},
		// a quantity required or needed
		{"The amount required by the bank was far higher than Velsk expected.", nil, []string{"demand"}},
		{"Norland required Velsk to hand over the suspects.", []string{"demand/Norland/"}, nil},
		// an attack with words, by its cue
		{"Dana Ruiz unleashed a harsh attack on Tom Dunn, comparing him to a thief.", []string{"disapprove/Dana Ruiz/"}, []string{"assault"}},
		// care refused, a source's silence, a condition after the act
		{"Dana Ruiz refused medical treatment at the scene.", nil, []string{"reject"}},
		{"Norland refused to hand over the suspects to Velsk.", []string{"reject/Norland/"}, nil},
		{"Ana Marr left Velsk for reasons she declined to discuss.", nil, []string{"reject"}},
		{"Dunn said he would have Norland join the pact only if Velsk cut its tariffs.", nil, []string{"consult", "cooperate", "agree", "support"}},
		{"Norland joined the pact on Monday after Velsk cut its tariffs.", []string{"support/Norland/"}, nil},
		// a campaign rally with a date or a name after "at a"
		{"\"Velsk has betrayed us,\" Ana Marr said at a March 5, 2016 rally in Ostrava.", nil, []string{"protest"}},
		{"Thousands of students rallied in Velsk against the new fees.", []string{"protest/"}, nil},
		// executing plans
		{"Velsk is executing the agreed plans for the port.", nil, []string{"assault"}},
		{"Norland executed the two prisoners at dawn.", []string{"assault/Norland/"}, nil},
	} {
		checkFind(t, c.text, c.want, c.not)
	}
}
