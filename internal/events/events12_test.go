package events

import "testing"

// TestTwelfthPass checks the twelfth pass's rules on fictional sentences
// (see checkFind for want and not).
func TestTwelfthPass(t *testing.T) {
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		// a participle in a hyphenated compound is an adjective
		{"Dana Ruiz left the clinic before her court-ordered stay ended.", nil, []string{"demand"}},
		{"Velsk's Norland-backed government is still fighting rebels in the north.", nil, []string{"support"}},
		{"Norland backed the proposal of Velsk.", []string{"support/Norland/"}, nil},
		// land described by who holds it is no act
		{"The plan included the return of regions occupied by Norland troops since 2014 and annexed by Norland in 2020.", nil, []string{"fight", "coerce", "assault"}},
		{"Velsk insists that the Ostrava Peninsula, annexed by Norland in 2014, must be returned.", []string{"demand/Velsk/"}, []string{"fight", "coerce"}},
		{"Norland annexed the Ostrava Peninsula in 2014.", []string{"fight/Norland/"}, nil},
		// "welcome" as a predicate adjective is a state
		{"While Dunn's conciliatory words are certainly welcome, nobody knows what he will do.", nil, []string{"support"}},
		{"Norland welcomed the ceasefire agreement.", []string{"support/Norland/"}, nil},
		// "decline" as a fall
		{"Korvan Motors said its sales declined 8.7% in March.", nil, []string{"reject"}},
		{"The plant makes the Korvan Ranger, whose sales had a 29% decline in 2005.", nil, []string{"reject"}},
		{"Norland declined the invitation of Velsk.", []string{"reject/Norland/"}, nil},
		// a warning that foretells is no threat
		{"Korvan Air has warned there could be more charges to come.", nil, []string{"threaten"}},
		{"Norland warned of imminent shortages of fuel.", nil, []string{"threaten"}},
		{"The Norland government warned of arrests as the migrants arrived at the border.", []string{"threaten/"}, nil},
		{"Norland warned Velsk that it would strike back if attacked.", []string{"threaten/Norland/"}, nil},
		// a charge named as a noun is no accusation
		{"Ben Dunn arrested on DUI charge", nil, []string{"disapprove"}},
		{"Dunn faces a speeding allegation as well as charges that he drove without a licence.", nil, []string{"disapprove"}},
		{"Dunn fired on the crowd on the orders of his brother, prosecutors charge.", []string{"disapprove/"}, nil},
		// an obligation inside a relative clause is no demand
		{"Norland is ready for talks with Velsk, which must take into account the interests of all sides, Dunn said.", nil, []string{"demand"}},
		{"Norland said Velsk must withdraw its troops.", []string{"demand/"}, nil},
		// an order to hold someone is a coercion
		{"The judge ordered him held without bail pending a hearing.", []string{"coerce/"}, []string{"demand"}},
		{"The officer ordered them to stop.", []string{"demand/"}, nil},
		// a cooperative act refused on a condition is a threat
		{"Dunn told reporters that Norland would not visit Velsk unless Velsk lifted its tariffs.", []string{"threaten/"}, []string{"reject"}},
		{"Norland did not visit Velsk in May.", []string{"reject/Norland/"}, nil},
		// "insisted" after its content attributes a claim
		{"Dunn will visit Velsk in July despite the threat of protests, the envoy has insisted.", nil, []string{"demand"}},
		{"Velsk insisted that Norland withdraw its troops.", []string{"demand/Velsk/"}, nil},
		// receptions, views and ammunition are no acts
		{"Dunn's repeated statements on the border met with criticism from Ana Marr.", nil, []string{"consult"}},
		{"Dunn met with Ana Marr in Ostrava on Monday.", []string{"consult/Dunn/"}, nil},
		{"A contrary view is offered by Ana Marr, a professor at Ostrava University.", nil, []string{"agree"}},
		{"At a news conference police offered almost no details about the arrests.", nil, []string{"agree"}},
		{"Witnesses said Brell loaded a shell into the chamber and walked to the office.", nil, []string{"fight", "assault"}},
		{"Police found empty shell boxes in a bin outside his flat.", nil, []string{"fight", "assault"}},
		{"Bank staff called police and an Ostrava police bomb squad.", nil, []string{"assault"}},
		{"Although Dunn was indeed offered the job, he has spent the week thinking it over.", nil, []string{"agree/Dunn/"}},
		// trade: offers to customers, purchase orders, targets met
		{"Korvan said yesterday that it will offer a free case to anyone who has bought the phone.", nil, []string{"agree"}},
		{"Norland offered Velsk a ceasefire on Monday.", []string{"agree/Norland/"}, nil},
		{"On Saturday, Korvan Air announced 35 new orders from Ostrava Airlines.", nil, []string{"demand"}},
		{"Dunn predicted that his company would meet or even surpass all of its financial targets.", nil, []string{"consult", "express-intent"}},
		// a bare "must" demand is the speaker's, of the must-clause's subject
		{"Norland said Velsk must withdraw its troops.", []string{"demand/Norland/Velsk"}, []string{"demand/Velsk"}},
		{"Velsk must withdraw its troops, Norland said.", []string{"demand/Norland/Velsk"}, nil},
		{"Under the law, Dunn must certify every 90 days whether Velsk is in compliance.", nil, []string{"demand"}},
		{"Norland declared Tuesday that Velsk must drop its tariffs.", []string{"demand/"}, nil},
		// figures of speech and sport
		{"Dunn met Ana Marr at the ministry and struck up a conversation with her.", nil, []string{"assault", "fight"}},
		{"After his release, Dunn struck it rich in the oil business.", nil, []string{"assault", "fight"}},
		{"The Ostrava Bears rallied to forge a 13 - 13 tie entering the fourth quarter.", nil, []string{"protest"}},
		{"Thousands rallied in Ostrava against the new tariffs.", []string{"protest/"}, nil},
		{"Korvan issues an emergency browser patch as attacks escalate.", nil, []string{"assault"}},
		// an act that an inquiry takes as its topic is named again
		{"The deputy was with the gang unit and was investigating the June 20 shooting.", nil, []string{"assault"}},
		{"Police arrested Ben Dunn in connection with the attack on the bank.", []string{"coerce/"}, []string{"assault"}},
		{"Norland's army attacked the bank on Monday.", []string{"fight/Norland/"}, nil},
		// seeking someone out is finding
		{"She said she sought out the three coworkers from her shift.", nil, []string{"demand", "appeal"}},
		// an act called off did not happen
		{"In January Dunn nixed a February visit to Velsk, reportedly due to the cost.", nil, []string{"consult"}},
		{"Dunn said the meeting could be canceled at any time.", nil, []string{"consult"}},
		{"Dunn paid a visit to Velsk in January.", []string{"consult/"}, nil},
		// an offence listed in a charge across commas and adjectives
		{"Brell was charged with one count of attempted willful, deliberate, premeditated murder.", nil, []string{"assault"}},
		// a host welcoming an audience or a visitor
		{"Ana Marr welcomed everyone to the event and announced the new phone.", nil, []string{"support"}},
		{"Norland's president welcomed Ana Marr of Velsk and her husband, Ben, to the palace on Tuesday.", []string{"consult/"}, []string{"support"}},
		{"Norland welcomed the decision of Velsk to withdraw its troops.", []string{"support/Norland/"}, nil},
	} {
		checkFind(t, c.text, c.want, c.not)
	}
}

// TestThatClauseTarget: a that-clause with a pronoun subject after an
// appeal holds no target of it (the one asked is the pronoun).
func TestThatClauseTarget(t *testing.T) {
	for _, c := range []struct{ text, target string }{
		{"Norland urged that they continue talks and apply joint efforts to achieve Velsk's defeat.", ""},
		{"Norland urged that Velsk continue talks with Ostrava.", "Velsk"},
	} {
		found := false
		for _, e := range Find(c.text, Options{}) {
			if e.Type == "appeal" && e.Actor == "Norland" {
				found = true
				if e.Target != c.target {
					t.Errorf("Find(%q): appeal target %q, want %q", c.text, e.Target, c.target)
				}
			}
		}
		if !found {
			t.Errorf("Find(%q): no appeal by Norland", c.text)
		}
	}
}
