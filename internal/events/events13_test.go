package events

import "testing"

// TestThirteenthPass checks the thirteenth pass's rules on fictional
// sentences (see checkFind for want and not).
func TestThirteenthPass(t *testing.T) {
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		// an attack with words: a politician, a speech word, no force
		{"In a statement on Tuesday, Ana Marr attacked Tom Dunn's budget plan as a fraud.", []string{"disapprove/Ana Marr/"}, []string{"assault"}},
		{"Dana Ruiz has refused to apologise for her attacks on Tom Dunn.", []string{"disapprove/Dana Ruiz/"}, []string{"assault"}},
		{"Tom Dunn attacked Ana Marr with a knife outside the bar, police said.", []string{"assault/"}, []string{"disapprove"}},
		{"Norland attacked the port of Velsk.", []string{"assault/Norland/"}, nil},
		// offers of choices and goods to the public
		{"Officials claim the polls will offer a wide choice to voters in Ostrava.", nil, []string{"agree"}},
		{"Norland offered to mediate between Velsk and Ostrava.", []string{"express-intent/Norland/"}, nil},
		// a conjectured act
		{"Analysts expect that the Norland central bank will impose new curbs on lending.", nil, []string{"coerce", "sanction"}},
		{"Rumours that Norland could impose a blockade on Velsk swept the capital.", nil, []string{"coerce", "sanction", "threaten"}},
		{"It is expected the vote will be monitored by Norland observers.", nil, []string{"agree", "investigate"}},
		{"Norland is expected to sign the accord with Velsk on Friday.", nil, []string{"agree", "support"}},
		{"Norland is not expected to meet Velsk officials.", []string{"reject/Norland/"}, nil},
		// sanctions in force, not imposed
		{"The funds had been frozen by Norland sanctions for a decade.", nil, []string{"sanction"}},
		{"Velsk wants relief from economic sanctions before the talks.", nil, []string{"sanction"}},
		{"Norland imposed new sanctions on Velsk on Monday.", []string{"sanction/Norland/"}, nil},
		// the terms of a deal are no act of the news
		{"Dunn criticised the 2015 agreement, which lifts economic sanctions on Velsk.", nil, []string{"retreat"}},
		{"Dunn criticised the accord, under which Norland lifted economic sanctions on Velsk.", nil, []string{"retreat"}},
		{"Dunn has called it the worst deal ever negotiated.", nil, []string{"consult"}},
		{"Norland lifted economic sanctions on Velsk on Monday.", []string{"retreat/Norland/"}, nil},
		// recommended or wished acts
		{"\"The government should resign,\" Dana Ruiz said.", nil, []string{"retreat"}},
		{"\"As far as Velsk is concerned, I would love to get out,\" Dunn said.", nil, []string{"retreat", "agree"}},
		{"\"The government should assume its responsibilities and resign,\" Dana Ruiz said.", nil, []string{"retreat"}},
		// other senses
		{"Millions of people trying to make phone calls to Velsk were cut off.", nil, []string{"consult"}},
		{"Internet and telephone traffic between Norland and Velsk was hampered on Friday.", nil, []string{"consult"}},
		{"The firm has been struggling with poor profitability for years.", nil, []string{"fight"}},
		{"Dr. Ruiz has long fought for the well-being of others.", nil, []string{"fight"}},
		{"Norland troops fought for control of the bridge.", []string{"fight/"}, nil},
		{"The police delayed announcing the death of the trooper.", nil, []string{"reject"}},
		{"Ostrava cites unemployment numbers released Thursday by the Velsk ministry.", nil, []string{"retreat"}},
		{"Norland released two Velsk sailors on Monday.", []string{"retreat/Norland/"}, nil},
		// a lone named shooter assaults
		{"Ann Lee Moss returned with a gun, opening fire on several co-workers in a break room.", []string{"assault/Ann Lee Moss/"}, []string{"fight"}},
		{"Russian troops opened fire on Ukrainian positions near the border.", []string{"fight/"}, []string{"assault"}},
		// support held, gained or lost is no act
		{"Tom Dunn is also losing political support at home over the land sales.", nil, []string{"support"}},
		{"Norland voiced support for Velsk's bid.", []string{"support/Norland/"}, nil},
		// an act hoped for
		{"Dana Ruiz is hoping that the union will support the restructuring plan.", nil, []string{"support", "agree"}},
		// an act a charge or sentence names is background; told with its victims it stays
		{"A jury on Tuesday convicted a man charged in an April 2007 shooting at an Ostrava firm.", []string{"coerce/"}, []string{"assault"}},
		{"Ann Lee Moss was arrested and charged with the shooting.", []string{"coerce/"}, []string{"assault"}},
		{"Moss, who was charged with the Ostrava shooting of two co-workers, appeared in court.", []string{"assault/"}, nil},
		// a person noun heading its own clause acts, not the name of another clause
		{"Tom Dunn argued in court after a prosecutor objected to the choice of judge.", []string{"disapprove/prosecutor/"}, []string{"disapprove/Tom Dunn/"}},
		// the subject of a reported clause, not the speaker, acts
		{"Police say a recently laid-off employee opened fire shortly after entering the party.", nil, []string{"fight/Police/", "assault/Police/"}},
		{"Union officials said nearly 14,000 employees stopped work on Wednesday to protest the cuts.", []string{"protest/employees/"}, []string{"protest/officials/"}},
	} {
		checkFind(t, c.text, c.want, c.not)
	}
}
