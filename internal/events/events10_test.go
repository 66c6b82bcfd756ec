package events

import (
	"strings"
	"testing"
)

// TestTenthPass checks the tenth pass's rules on fictional sentences:
// want lists "type/actor/target" of events that must come out, not those
// that must not (a type alone forbids any event of it, "type/actor" any
// of that type and actor; "*" forbids all).
func TestTenthPass(t *testing.T) {
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		// "neither X nor Y" negates the act; the first named acts
		{"Neither Norland nor its Western patrons support these initiatives.", []string{"reject/Norland/"}, []string{"support"}},
		{"The minister said neither the army nor the police would support the plan.", nil, []string{"support"}},
		{"Norland and Velsk support the plan.", []string{"support/Norland/"}, nil},
		// the object of a participle opening a clause does not act
		{"Marek Dunn, while addressing the 10th Ostrava Forum, reiterated Norland's readiness for political dialogue.", []string{"express-intent/Marek Dunn/Norland"}, nil},
		{"Norland elites are working to punish Velsk, isolate it, supplying the Ostrava authorities with arms, and imposing sanctions against Velsk.", []string{"sanction/Norland/Velsk"}, nil},
		// a participle after a comma: the main clause's subject acts
		{"Norland shelled Velsk on Monday, killing Ana Marr.", []string{"assault/Norland/"}, []string{"assault/Velsk"}},
		// ... of the clause the comma closes when a later clause has its own
		// subject; a list's last item is no such subject
		{"Norland raised tariffs on Velsk last year, and Ana Marr has emerged as a leading critic, condemning Norland.", []string{"disapprove/Ana Marr/Norland"}, []string{"disapprove/Norland"}},
		{"Troops from Norland, Velsk, and Ostrava held drills, threatening the border.", nil, []string{"threaten/Ostrava"}},
		// a possessive pronoun in a fronted phrase leans on the main subject
		{"Speaking in an interview with the Ostrava Herald ahead of his visit to Velsk, Marek Dunn praised the plan.", []string{"consult/Marek Dunn/Velsk"}, []string{"consult/Ostrava Herald"}},
		{"Ahead of his visit to Velsk, Marek Dunn praised the plan.", []string{"consult/Marek Dunn/Velsk"}, []string{"consult/Ahead"}},
		// offences named in charges are no acts
		{"Tomas Brell, 36, was charged with third-degree murder and two counts of vehicular homicide.", []string{"coerce//Tomas Brell"}, []string{"assault"}},
		{"The suspect, Tomas Brell, has a long record, including convictions for kidnapping and attempted murder.", nil, []string{"*"}},
		{"Brell, 29, was found guilty by the same jury last month of first-degree murder.", nil, []string{"*"}},
		{"Brell will face murder and kidnapping charges after police found two bodies.", nil, []string{"*"}},
		// a request's that-clause is asked for, not done; an act that is to
		// cease is none; contributing to a process is no aid
		{"Velsk officials said their allies had recommended that they continue hostilities and apply joint efforts.", []string{"appeal/"}, []string{"cooperate"}},
		{"Dunn indicated Norland's willingness for discussions with Velsk, with a caveat for Velsk to cease attempts at undermining Norland.", []string{"express-intent/Norland/"}, []string{"sanction"}},
		{"Dunn said his relations with Ana Marr contribute to the development of partnership.", nil, []string{"aid"}},
		{"Norland contributed troops to the mission in Velsk.", []string{"aid/Norland/"}, nil},
		// an "ask" with no request is a question
		{"Defender Ana Marr asked Tomas Brell, who in turn said he had seen the gun.", nil, []string{"appeal"}},
		{"After the visit was confirmed, Ana Marr asked: \"Anybody good at making placards?\"", nil, []string{"appeal"}},
		{"Norland asked Mr. Brell to end the inquiry.", []string{"appeal/Norland/"}, nil},
		// an act only possible or weighed; a blaze
		{"The admiral doubted the wisdom of launching attacks against pirates on land.", nil, []string{"assault", "fight"}},
		{"The potential for killing civilians is high, Dunn said.", nil, []string{"assault"}},
		{"Police are investigating a fire at a supermarket in Ostrava.", nil, []string{"assault", "fight"}},
		{"The fire spread rapidly through the store, which was almost totally destroyed.", nil, []string{"assault", "fight"}},
		{"Gunmen opened fire at a wedding party in Ostrava.", []string{"assault/Gunmen/"}, nil},
		// "must" with a passive across an adverb, or a hedge, is no demand
		{"Both nominees must first be confirmed by the Norland senate.", nil, []string{"demand"}},
		{"I must say we are near the epicentre, Dunn said.", nil, []string{"demand"}},
		{"Norland said Velsk must withdraw its troops.", []string{"demand/"}, nil},
		// ... but a murder told as an act stays
		{"Police said Tomas Brell attacked the guards of the Ostrava prison.", []string{"assault/Tomas Brell/"}, nil},
	} {
		checkFind(t, c.text, c.want, c.not)
	}
}

// checkFind checks Find(text) with the heuristic resolver: want lists
// "type/actor/target" of events that must come out ("type/actor/" any
// target), not those that must not (a type alone forbids any event of it,
// "type/actor" any of that type and actor; "*" forbids all).
func checkFind(t *testing.T, text string, want, not []string) {
	t.Helper()
	evs := Find(text, Options{})
	var got []string
	for _, e := range evs {
		got = append(got, e.Type+"/"+e.Actor+"/"+e.Target)
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, w) && (strings.HasSuffix(w, "/") || g == w)
		}
		if !found {
			t.Errorf("Find(%q) = %v, want %s", text, got, w)
		}
	}
	for _, n := range not {
		for _, e := range evs {
			if n == "*" || e.Type == n || strings.HasPrefix(e.Type+"/"+e.Actor+"/", n+"/") {
				t.Errorf("Find(%q) = %v, want no %s event", text, got, n)
			}
		}
	}
}

// TestNeitherNor checks the negation scan directly.
func TestNeitherNor(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"neither norland nor velsk support", true},
		{"neither the army nor the police would support", true},
		{"norland nor velsk support", false},
		{"neither side ; velsk nor norland support", false},
		{"norland would support", false},
	} {
		low := strings.Fields(c.text)
		if got := neitherNor(low, len(low)-1); got != c.want {
			t.Errorf("neitherNor(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTenthPassActors: a possessor across a name modifying the noun act
// acts; a name before a person noun (across one noun) modifies it.
func TestTenthPassActors(t *testing.T) {
	for _, c := range []struct {
		text    string
		specs   []string
		trigger string
		actor   string
	}{
		{"Marek Dunn's Velsk visit on 13 July was confirmed.", []string{"Marek Dunn|PER|m", "Velsk|LOC|-"}, "visit", "Marek Dunn"},
		{"A Kraft plant worker shot two colleagues on Monday.", []string{"Kraft|ORG|-"}, "shot", "worker"},
		{"A Brookfield jury on Tuesday convicted Tomas Brell of fraud.", []string{"Brookfield|LOC|-", "Tomas Brell|PER|m"}, "convicted", "jury"},
	} {
		if got := triggerEvent(t, c.text, c.specs, c.trigger, true); got.Actor != c.actor {
			t.Errorf("%q: actor %q, want %q", c.text, got.Actor, c.actor)
		}
	}
}
