package events

import "testing"

// Bare verbs of CAMEO's cooperation blocks are not events on their own.
func TestBareCooperationVerbsAreNoEvents(t *testing.T) {
	for _, s := range []string{
		"The Harbour Council will reopen the port next week, according to the minister of Veldmark.",
		"Minister Piet Osk added that the ferry fares would stay the same.",
		"The union, founded in 1950 in Brannholm, has 4,000 members.",
		"Governor Tomas Vell will lead the delegation of Ostria.",
	} {
		for _, e := range Find(s, Options{}) {
			if e.Type == "cooperate" {
				t.Errorf("%q: cooperate event from %q", s, e.Trigger)
			}
		}
	}
}
