package events

import "testing"

// Fictional sentences for the nineteenth pass's rules (rules19.go, the
// offered views and the sense of "fired ... at" in senses.go, lines of
// triggers.txt); each case was checked to fail without its rule.
func TestRules19(t *testing.T) {
	checkPrimary(t, []primaryCase{
		// an act asked about, even one named by a noun
		{"Norland's parliament debated whether to ban Marek from the country.", ""},
		{"Dunn's remarks prompted questions about whether she was seeking a ban on imports.", ""},
		{"Norland must decide whether to restore sanctions on Velsk.", ""},
		// a time named inside the question is a fact; an act before it stays
		{"It stays unclear whether Velsk will pull out of the pact by a May 12 deadline Norland has set.", "demand"},
		{"Norland imposed sanctions on Velsk, whatever its allies decide.", "sanction"},
		// a reporter's request for comment, and its refusal
		{"A spokesman for Norland's foreign ministry did not respond to a request for comment.", ""},
		{"Velsk's embassy did not immediately return a request seeking comment.", ""},
		{"Dunn declined an interview request from the Ostrava Herald.", ""},
		{"Norland rejected Velsk's request for a ceasefire.", "reject"},
		{"Velsk requested an urgent meeting of the council.", "demand"},
		// what a rule requires is no demand, and the act it requires is not done
		{"GOP rules require delegates to vote for the winner of their state.", ""},
		{"Officials should \"follow the prior practices\" that call for independent reviews.", ""},
		{"Velsk's constitution requires the president to consult parliament.", ""},
		{"Passed in January 2009, the Marek-era rule lifted the requirement that federal agencies consult wildlife experts with the Norland Fish and Wildlife Service.", ""},
		{"Norland's president required the army to withdraw.", "demand"},
		{"Norland rejected the requirement that it withdraw its troops.", "reject"},
		// accounts and comfort offered are no offer
		{"People involved in the Velsk project offered contradictory descriptions of how it came about.", ""},
		{"The death penalty rarely offers closure to the families, Dunn said.", ""},
		{"Norland offered Velsk a ceasefire on Monday.", "agree"},
		// a vow to go on is no new commitment; a vow to ignore is a rejection
		{"The students vowed to remain on the streets of Ostrava until the vote.", ""},
		{"Norland investors pledged to continue pursuing other legal actions.", ""},
		{"Velsk promised to keep its troops in the region.", ""},
		{"Norland pledged to send aid to Velsk.", "agree"},
		{"Velsk has vowed to ignore the court's ruling on the islands.", "reject"},
		// a poll's figure is no one's act
		{"While 37 percent of voters say Dunn is responsible, 39 percent blame his supporters.", ""},
		{"Female soldiers preferred Marek 51 percent to 24 percent, while male soldiers backed Dunn, 57 percent to 22 percent.", ""},
		{"Velsk backed the Norland peace plan on Monday.", "support"},
		// seats and majorities are taken at the polls
		{"Tea Party money helped Republicans take control of the House in 2010.", ""},
		{"Dunn has dominated Marek in the South, previously capturing wins in six states.", ""},
		{"Velsk rebels took control of the capital on Sunday.", "fight"},
		// a software flaw attacked: a cyber attack (coercion)
		{"Velsk agents attacked a flaw in the Norland ministry's mail system on Monday.", "coerce"},
		{"Militiamen hacked to death dozens of villagers in the east.", "assault"},
		// a death by accident, told after "after", "when" or "while"
		{"A Norland man has been killed after falling 600 metres while climbing in Velsk.", ""},
		{"Three miners were killed when a tunnel collapsed near Ostrava.", ""},
		{"Two soldiers were killed when a bomb exploded near their convoy.", "assault"},
		// storming out of talks is walking out, not a raid; a missile test-fired shows force (CAMEO 150)
		{"The Velsk delegation stormed out of the talks in Ostrava.", "sanction"},
		{"Riot police stormed the building.", "coerce"},
		{"Velsk test-fired a ballistic missile on Sunday.", "mobilize"},
		// a theft's force against property is no event; harm to a person and an arrest stay
		{"Paris thieves nab $2 million in jewels.", ""},
		{"A band of jewel thieves, armed with guns, have struck in the heart of Ostrava, stealing diamonds.", ""},
		{"Thieves rammed their car into a jewellery store in Ostrava.", ""},
		{"Robbers shot a guard during the heist at the Ostrava bank.", "assault"},
		{"Police arrested three robbers after the heist.", "coerce"},
		{"A mob lynched two men accused of stealing cattle in a Velsk village.", "assault"},
		// a site or a web page visited is no meeting
		{"Velsk experts said even people visiting legitimate Web sites are at risk.", ""},
		{"Dunn later visited the site of the blast in Ostrava.", ""},
		{"Dunn visited the Velsk foreign ministry on Monday.", "consult"},
		// "shot" for a rise, a chance or a game's skill is no gunfire
		{"Marek shot to prominence in 1994 when he won the Ostrava Derby.", ""},
		{"That is, perhaps, Dunn's best shot at the nomination.", ""},
		{"He is athletic, with great shot blocking instincts.", ""},
		{"A gunman shot three people at an Ostrava office building.", "assault"},
		{"Horton died instantly from a shot in the face.", "assault"},
		// a deal struck across modifiers (rules16.go strikeSense)
		{"Since his campaign and the party struck a joint fundraising deal in May, Dunn has paid his own firms.", ""},
		{"The two parties struck a new three-year agreement on Monday.", ""},
		{"Velsk missiles struck a Norland army depot.", "fight"},
		// "fired ... at": the word after "fired" decides the sense, not the word after "at"
		{"Velsk soldiers fired at the protesters in Ostrava.", "assault"},
		{"Norland's club fired its coach at halftime.", ""},
		// tear gas and rubber bullets fired: repression (CAMEO 175)
		{"Riot police fired tear gas at the crowd outside parliament.", "coerce"},
		{"Velsk soldiers fired rubber bullets at the protesters.", "coerce"},
		{"Police used tear gas to disperse the protesters.", "coerce"},
		// tariffs slapped are a sanction
		{"The European Union slapped tariffs on Velsk steel.", "sanction"},
	})
}
