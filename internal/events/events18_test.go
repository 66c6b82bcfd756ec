package events

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

// Fictional sentences for the eighteenth pass's rules (rules18.go, the
// "must" rule in rules12.go, the game cues in senses.go); each drop case
// was checked to give an event without its rule.
func TestRules18(t *testing.T) {
	checkPrimary(t, []primaryCase{
		// a modal of possibility with no one speaking: a supposition
		{"Private landlords in Ostrava could refuse service to tenants with pets.", ""},
		{"His rival, Mayor Ivo Marek, would support longer opening hours for libraries.", ""},
		{"Dunn can ask her delegates to support another candidate.", ""},
		{"Velsk's hackers may have used the flaw to attack the Norland ministries' computers.", "coerce"},
		{"Voters who would rather support Marek stayed at home, Dunn said.", ""},
		// said, it is a promise or a statement (CAMEO's convention)
		{"Velsk said it would allow the inspectors to return to the plant.", "agree"},
		{"Norland said on Monday that it could send food aid to Velsk.", "agree"},
		{"Velsk was quoted as saying it would be ready to host talks with Norland.", "express-intent"},
		// a threat's condition is its content
		{"Velsk threatened that it would impose tariffs on Norland's steel.", "threaten"},
		{"If Norland cuts the gas, Velsk would retaliate.", "threaten"},
		// "May" with a capital inside a sentence is the month
		{"Norland's army attacked Velsk's border posts by May 12.", "fight"},
		// not done
		{"The ministry changed the rules without consulting Velsk.", ""},
		{"The failure of the Norland army to come to the aid of the villagers was plain.", ""},
		{"Norland failed to reach an agreement with Velsk on Monday.", ""},
		{"Marek fears that Velsk fails to respond to Dunn's Monday deadline.", "demand"},
		// a body approving its own measure agrees with no one
		{"Shareholders of Brenner Steel approved a five-year bond issue on Monday.", ""},
		{"The deal was approved unanimously by the Brenner Steel board of directors.", ""},
		{"Velsk approved the Norland peace plan on Tuesday.", "agree"},
		// a candidate's rally is no protest
		{"Last month, Ana Dunn and her sister went to an Ivo Marek rally in Ostrava.", ""},
		{"Thousands of students held a rally against the Norland tuition fees.", "protest"},
		// money accepted is a payment taken, no agreement
		{"Marek says his rival Ana Dunn accepted about $200,000 in donations from Velsk banks.", ""},
		{"Velsk accepted Norland's offer of a ceasefire on Monday.", "agree"},
		// a programme, not a statement of intent
		{"Dunn will be holding a rally in Ostrava on Friday.", ""},
		{"Dunn will hold talks with Marek in Ostrava on Friday.", "express-intent"},
		// "must" with no one saying it states an obligation
		{"Ana Dunn won the Ostrava Prize for her simple message: the poor must know that they are loved.", ""},
		{"Under federal law, Norland lobbyists must declare their foreign clients.", ""},
		{"Norland told the rebels they must lay down their arms.", "demand"},
		{"Dunn issued a reminder to Velsk that it must cooperate with the inspectors.", "demand"},
		// a game's round, a race time, a referee, the Olympics
		{"Dunn was knocked down twice in the seventh round and retreated to the ropes.", ""},
		{"Marek retreated to the ropes after a seventh-round knockdown.", ""},
		{"Norland's army retreated from the hills in the seventh round of fighting.", "retreat"},
		{"Ana Dunn (Velsk) 4:19.762 beat Ivo Marek (Norland)", ""},
		{"The referee stopped it after Dunn had pounded Marek for six minutes.", ""},
		{"Dunn welcomed the team back from the Olympics.", ""},
	})
}

// TestFigurativeForce checks figurativeForce on events as Find builds
// them: a politician's or a party's battle with no means of force named
// is a figure of speech; with force, with soldiers or with a person of no
// political role and no word of speech it stays.
func TestFigurativeForce(t *testing.T) {
	battle := trigger{typ: "fight", size: 1, heads: []string{"battle"}}
	attack := trigger{typ: "assault", size: 1, heads: []string{"attack"}}
	dunn := []quotes.Mention{{Name: "Ana Dunn", Type: core.Person, Roles: []string{"senator"}}}
	lee := []quotes.Mention{{Name: "Bo Lee", Type: core.Person}}
	for _, tt := range []struct {
		text string
		t    trigger
		ev   Event
		ms   []quotes.Mention
		f    sentenceFacts
		want bool
	}{
		{"senator ana dunn battled fierce opposition from the newspapers .", battle, Event{Event: core.Event{Type: "fight", Actor: "Ana Dunn"}}, dunn, sentenceFacts{}, true},
		{"the socialist party battled the greens over the budget .", battle, Event{Event: core.Event{Type: "fight", Actor: "Socialist Party"}}, nil, sentenceFacts{}, true},
		{"ana dunn battled the gunmen who shot at her car .", battle, Event{Event: core.Event{Type: "fight", Actor: "Ana Dunn"}}, dunn, sentenceFacts{}, false},
		{"ana dunn battled the rebels with her troops .", battle, Event{Event: core.Event{Type: "fight", Actor: "Ana Dunn"}}, dunn, sentenceFacts{military: true}, false},
		{"bo lee battled the flames for an hour .", battle, Event{Event: core.Event{Type: "fight", Actor: "Bo Lee"}}, lee, sentenceFacts{}, false},
		{"senator ana dunn attacked the governor's record .", attack, Event{Event: core.Event{Type: "assault", Actor: "Ana Dunn"}}, dunn, sentenceFacts{}, false},
	} {
		var w wordsOfForce
		var p personRoles
		if got := figurativeForce(tt.t, tt.ev, strings.Fields(tt.text), tt.ms, tt.f, &w, &p); got != tt.want {
			t.Errorf("figurativeForce(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
