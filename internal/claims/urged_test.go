package claims

import "testing"

// mentioned names the test's holders inside a sentence, as an article
// does: a one-word holder must be a name the article writes so.
const mentioned = " Reporters later asked Varro, Tarel and Khan about it."

func TestUrgedAndOpenDemands(t *testing.T) {
	tests := []keyCase{
		{"urged to resign", "Lena Varro called on Tarel to resign.", []string{"varro|demand|resignation:tarel"}},
		{"urged to step down", "Varro urged Tarel to step down.", []string{"varro|demand|resignation:tarel"}},
		{"urged to apologise", "Varro calls on Dorn to apologize for the remark.", []string{"varro|demand|apology:dorn"}},
		{"urged to step aside is none", "Varro urged Tarel to step aside.", nil},
		{"demand of an owned thing", "Varro demanded Wang's release.", []string{"varro|demand|releas:wang"}},
		{"the same demand with of", "Varro demanded the release of Wang.", []string{"varro|demand|releas:wang"}},
		{"call for a thing of a thing", "Varro called for an overhaul of the regional security order.", []string{"varro|demand|overhaul:order"}},
		{"call for calm names nothing", "Varro called for calm.", nil},
		{"call for a person to act", "Varro called for the former secretary of state to release the papers.", nil},
		{"condemnation", "Varro condemned the attack on the embassy.", []string{"varro|condemn|attack"}},
		{"condemnation of an owned thing", "Varro condemned Ostmark's missile launch on Monday.", []string{"varro|condemn|launch:ostmark"}},
		{"condemnation of what", "Varro condemned what she called a breach.", nil},
		{"condemnation negated", "Varro didn't condemn the attack.", nil},
		{"condemnation hoped for", "Critics say Varro should condemn the attack.", nil},
		{"rejection of an owned thing", "Khan rejected Tarel's offer Tuesday.", []string{"khan|refuse|offer:tarel"}},
		{"rejection of an unowned thing", "Khan rejected the offer.", nil},
		{"blame", "Varro blamed Ostmark for the attack.", []string{"varro|accuse|ostmark:attack"}},
		{"accusation past allies", "Varro accused Ostmark and its allies once again of stalling.", []string{"varro|accuse|ostmark:stall"}},
		{"endorsement", "Rick Tarel endorsed Lena Varro on Friday.", []string{"tarel|endorse|varro"}},
		{"endorsement of a titled name, a day after", "Tarel endorsed Sen. Dorn Wednesday.", []string{"tarel|endorse|dorn"}},
		{"backing", "Tarel will back Varro in the primary.", []string{"tarel|endorse|varro"}},
		{"endorsement refused", "Tarel will not endorse Varro.", []string{"tarel|not-endorse|varro"}},
		{"owned endorsement", "Tarel's endorsement of Varro was expected.", []string{"tarel|endorse|varro"}},
		{"unowned endorsement reads backwards", "Varro won the endorsement of Tarel.", nil},
		{"taken back", "Tarel rescinded his endorsement of Varro.", nil},
		{"endorsement of a plan", "Tarel endorsed Varro's plan.", nil},
		{"a name modifying a noun", "Tarel endorsed Republican presidential candidate Lena Varro.", nil},
		{"the noun endorses", "The Valdorian governor endorses Varro.", nil},
		{"many back", "Tarel said many back Varro.", nil},
		{"a committee supporting", "The committee supporting Varro spent heavily.", nil},
		{"the noun after to", "Tarel is the only senator to endorse Varro.", nil},
		{"a holder never written inside a sentence", "Men under 35 support Varro.", nil},
	}
	for i := range tests {
		if tests[i].name != "a holder never written inside a sentence" {
			tests[i].text += mentioned
		}
	}
	checkKeys(t, tests)
}

func TestTitleCase(t *testing.T) {
	e := NewExtractor(Options{})
	title := "Tarel Calls On Varro To Resign"
	body := "Rick Tarel said on Monday that Lena Varro should leave office."
	var keys []string
	for _, c := range e.Extract(title, body, nil) {
		keys = append(keys, c.Key)
	}
	if len(keys) != 1 || keys[0] != "tarel|demand|resignation:varro" {
		t.Errorf("title-case headline: keys %v, want [tarel|demand|resignation:varro]", keys)
	}
	// an all-capitals headline keeps its capitals as names
	ws := e.words("VALDORIA WELCOMES OSTMARK TREATY ACCORD")
	if titleCased(ws) {
		t.Errorf("all-capitals headline read as title case")
	}
}
