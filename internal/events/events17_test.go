package events

import "testing"

// Fictional sentences for the seventeenth pass's rules (rules17.go); each
// drop case was checked to give an event without its rule.
func TestRules17(t *testing.T) {
	checkPrimary(t, []primaryCase{
		// an offer answered is named again, not made
		{"Prosecutors in Ostrava turned down an offer from Dunn's lawyers to plead guilty.", "reject"},
		{"Velsk is still considering a Norland offer of cheap gas.", ""},
		{"The dockers' union weighed Velsk Bank's settlement offer on Monday.", ""},
		{"The ministry declined a Norland Defence Ministry offer to send more guards.", "reject"},
		{"Norland offered Velsk a new trade deal on Monday.", "agree"},
		{"Norland made Velsk an offer of talks on Monday.", "express-intent"},
		// a vow's act decides across a time adjunct
		{"Norland's militia vowed on Thursday to attack the rebels' camps.", "threaten"},
		{"Velsk pledged again on Monday night to release the prisoners.", "agree"},
		// "allow" with a pronoun or "that" after it is no concession
		{"Dunn allowed that Velsk is not an easy place to govern.", ""},
		{"The court ruling allowed him to leave the country, Dunn said.", ""},
		{"Velsk allowed the inspectors to return to the plant.", "retreat"},
		{"Velsk will allow 3,000 refugees to return home.", "agree"},
		// an offered response is a word, not an offer
		{"Dunn offered a somewhat more guarded response about the Velsk talks.", ""},
		{"Norland offered Velsk a large loan in response to the floods.", "agree"},
		// diplomatic ties renewed are recognition (CAMEO 05)
		{"Norland and Velsk renewed diplomatic ties after a twelve-year break.", "support"},
		{"Velsk resumed full diplomatic relations with Norland on Monday.", "support"},
		// a delayed meeting did not take place
		{"Norland and Velsk have delayed their meeting until the spring.", ""},
		{"Norland and Velsk held their meeting in Ostrava on Monday.", "consult"},
	})
}

func TestRules17Consult(t *testing.T) {
	for _, tt := range []struct{ text, want, actor string }{
		// a journey for talks is a visit (CAMEO 042)
		{"Norland's deputy prime minister Ana Dunn left for Ostrava on Tuesday for talks with Velsk.", "consult", "Ana Dunn"},
		{"Velsk's foreign minister Ivo Marek left yesterday for Ostrava for consultations with the Norland government.", "consult", "Ivo Marek"},
		// a game's meeting is no consultation
		{"Dunn is on course for a meeting with the top seed in the semifinals on Friday.", "", ""},
	} {
		e, ok := Primary(Find(tt.text, Options{}))
		got := ""
		if ok {
			got = e.Type
		}
		if got != tt.want || tt.actor != "" && e.Actor != tt.actor {
			t.Errorf("%q: primary %q actor %q (trigger %q), want %q %q", tt.text, got, e.Actor, e.Trigger, tt.want, tt.actor)
		}
	}
}

func TestRules17ToldGroup(t *testing.T) {
	for _, tt := range []struct{ text, actor string }{
		// the listener of "told" does not act; the clause's group does
		{"Mark Dunn told The Ostrava Herald that police ordered a group of workers into the basement.", "police"},
		{"Mark Dunn told The Ostrava Herald that the police arrested six men.", "police"},
		{"Ana Dunn told reporters that Velsk troops attacked the village.", "Velsk"},
	} {
		e, ok := Primary(Find(tt.text, Options{}))
		if !ok || e.Actor != tt.actor {
			t.Errorf("%q: actor %q (trigger %q), want %q", tt.text, e.Actor, e.Trigger, tt.actor)
		}
	}
}
