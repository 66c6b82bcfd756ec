package events

import (
	"strings"
	"testing"
)

// TestConflictEighthPass checks the eighth pass's rules (conflict.go,
// the agentless passive in events.go) on fictional sentences: want is
// "type/actor/target" of the primary event, or "" for no event of a
// conflict category.
func TestConflictEighthPass(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// a conflict act done to a named target by someone unnamed
		{"Tomas Brell was arrested in Ostrava on Friday.", "coerce//Tomas Brell"},
		{"Tomas Brell was convicted of fraud and two counts of bribery.", "coerce//Tomas Brell"},
		// ... but not when it is background or its doer is named by a common noun
		{"Tomas Brell, who was convicted of fraud in 2019, was found dead in his cell.", ""},
		{"A farmer was killed by a drunk driver on Sunday.", ""},
		// disasters kill; nobody acts
		{"A strong earthquake struck northern Velsk, killing at least 30 people.", ""},
		// states and looming dangers are no threats
		{"Brell said he never felt threatened by the inquiry.", ""},
		{"Brell checked himself into a clinic whenever charges threatened.", ""},
		// an act named as a topic or a background is no report of it
		{"A crowd gathered at the shooting location on Sunday.", ""},
		{"Brell was on parole for a previous drug arrest.", ""},
		{"Prior to his latest arrest, Brell ran a bakery in Ostrava.", ""},
		// a cyber attack is coercion (CAMEO 176)
		{"Norland attacked the website of the Velsk parliament on Monday.", "coerce/Norland/Velsk"},
		// protesters' violence is a violent protest (CAMEO 145)
		{"Protestors gathered outside the ministry to attack the police station.", "protest/Protestors/"},
		// no comment is no rejection; an attack on a deal is criticism
		{"The agent refused to disclose the fee.", ""},
		{"Ana Felt agreed to help the inquiry.", "agree/Ana Felt/"},
		{"In her old age, Ana Brell refused to be photographed.", "reject/Ana Brell/"},
		{"Norland attacked the Velsk trade deal on Monday.", "disapprove/Norland/Velsk"},
		// booked into jail, held at gunpoint, mocked
		{"Tomas Brell was booked into the county jail on Friday.", "coerce//Tomas Brell"},
		{"The gunmen held the guards at gunpoint for an hour.", "assault/gunmen/"},
		{"Norland mocked Velsk for refusing to attend.", "disapprove/Norland/Velsk"},
		// the press, a designed measure, asylum, a published release, the accused
		{"Tomas Brell went before the Norland press corps to deliver a short reply.", ""},
		{"Brell said the tariffs are narrow and targeted to protect workers.", ""},
		{"Norland families have offered to sponsor migrants who seek asylum in Velsk.", ""},
		{"The two men accused in the killing of Ana Brell appeared in court.", ""},
		// an aside and a headline label are not the main act
		{"The frigate Velsk, presently deployed on patrols, repelled an attack by pirates on Monday.", "fight/Velsk/"},
		{"Ostrava double murder: Tomas Brell was charged with killing two neighbours", "coerce//Tomas Brell"},
		// charges across modifiers; a threat nobody makes; informing; acts put off
		{"Tomas Brell was found guilty of 1st degree murder on Friday.", ""},
		{"The threat of mass protests put the visit on ice.", ""},
		{"Norland issued a threat to close the border with Velsk.", "threaten/Norland/Velsk"},
		{"Brell used a radio to alert the guards.", ""},
		{"Norland postponed imposing tariffs on Velsk.", ""},
		{"Tomas Brell did not meet Ana Marr until 2008.", ""},
		// crowds fighting the police riot; a gunman's fire at people assaults them
		{"Youths fought running battles with police in Ostrava.", "protest/Youths/Ostrava"},
		{"A gunman opened fire at a wedding party in Ostrava.", "assault/gunman/Ostrava"},
		{"Militants fired on a police patrol near Ostrava.", "fight/Militants/Ostrava"},
		// a place before a person noun modifies the person; an adjective
		// before a noun act is no actor
		{"Police say a 35-year-old Ostrava man stabbed his neighbour to death.", "assault/man/"},
		{"The fatal shooting of Tomas Brell on Saturday shocked the town.", "assault//Tomas Brell"},
		// repelling an attack is force
		{"The Velsk navy thwarted a multi-boat pirate attack on Monday.", "fight/Velsk/"},
	} {
		e, ok := Primary(Find(c.text, Options{}))
		got := ""
		if ok && (c.want != "" || forceful[e.Type]) {
			got = e.Type + "/" + e.Actor + "/" + e.Target
		}
		if got != c.want {
			t.Errorf("Find(%q) primary = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestAgentlessOnlyConflict: an agentless passive of another category
// still yields no event ("the plan was rejected").
func TestAgentlessOnlyConflict(t *testing.T) {
	for _, text := range []string{"The Velsk plan was rejected on Monday.", "Tomas Brell was praised for his work."} {
		for _, e := range Find(text, Options{}) {
			if e.Actor == "" && !strings.Contains("coerce assault fight", e.Type) {
				t.Errorf("Find(%q): %s event with no actor", text, e.Type)
			}
		}
	}
}

// TestAgentlessPassives: passives with no by-phrase (across an adverb, or
// coordinated) keep the victim as target and name no actor (they were
// no events before the eighth pass).
func TestAgentlessPassives(t *testing.T) {
	for _, c := range []struct {
		text    string
		specs   []string
		trigger string
	}{
		{"Ivo Marr is also charged with kidnapping.", []string{"Ivo Marr|PER|m"}, "charged"},
		{"Ivo Marr was shot and killed outside a bar in Brookfield.", []string{"Ivo Marr|PER|m", "Brookfield|LOC|-"}, "killed"},
	} {
		got := triggerEvent(t, c.text, c.specs, c.trigger, true)
		if got != nil && (got.Actor != "" || got.Target != "Ivo Marr") {
			t.Errorf("%q: actor %q target %q, want none and Ivo Marr", c.text, got.Actor, got.Target)
		}
	}
}
