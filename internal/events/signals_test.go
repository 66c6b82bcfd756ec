package events

import (
	"strings"
	"testing"
)

// Seventh-session signals on fictional sentences: each case names the
// trigger word and the type wanted for it ("" type: no event).
func TestSignalsSeventh(t *testing.T) {
	cases := []struct {
		name, text string
		specs      []string
		trigger    string
		typ        string
	}{
		{"a derived trigger with a named organisation acting is none",
			"The Velcor Group compelled its suppliers to cut prices.",
			[]string{"Velcor Group|ORG|-"},
			"compelled", ""},
		{"a derived trigger with a state acting stays",
			"Norland compelled Velsk to open its ports.",
			[]string{"Norland|LOC|-", "Velsk|LOC|-"},
			"compelled", "coerce"},
		{"a derived trigger with a public body acting stays",
			"The Norland Supreme Court compelled the ministry to open its files.",
			[]string{"Norland Supreme Court|ORG|-"},
			"compelled", "coerce"},
		{"an infinitive after due is no act",
			"Ana Lind and Marko Vell are due to meet in Brookfield on Friday.",
			[]string{"Ana Lind|PER|f", "Marko Vell|PER|m", "Brookfield|LOC|-"},
			"meet", ""},
		{"an infinitive a law allows is no act",
			"The treaty is a law that allows Norland to impose tariffs on Velsk.",
			[]string{"Norland|LOC|-", "Velsk|LOC|-"},
			"impose", ""},
		{"an infinitive after a plan word is no act",
			"Velsk said the migrants were planning to seek asylum in Norland.",
			[]string{"Norland|LOC|-", "Velsk|LOC|-"},
			"seek", ""},
		{"a purpose infinitive stays an act",
			"Farmers gathered in the main square to protest the new tax.",
			nil,
			"protest", "protest"},
		{"an attempt stays an act",
			"Gunmen tried to assassinate the governor of Brookfield.",
			[]string{"Brookfield|LOC|-"},
			"assassinate", "assault"},
		{"a noun after to is no infinitive",
			"Norland responded to attacks by Velsk on its border posts.",
			[]string{"Norland|LOC|-", "Velsk|LOC|-"},
			"attacks", "assault"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			evs := Find(c.text, Options{Mentions: mentionsOf(c.text, c.specs...)})
			var got *Event
			for i := range evs {
				if strings.Contains(evs[i].Trigger, c.trigger) {
					got = &evs[i]
				}
			}
			if c.typ == "" {
				if got != nil {
					t.Errorf("%q: got event %s actor %q, want none", c.text, got.Type, got.Actor)
				}
				return
			}
			if got == nil {
				t.Fatalf("%q: no event on %q (events %+v)", c.text, c.trigger, evs)
			}
			if got.Type != c.typ {
				t.Errorf("%q: type %q, want %q", c.text, got.Type, c.typ)
			}
		})
	}
}

func TestPublicBody(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"World Bank", true},
		{"NATO", true},
		{"Norland Supreme Court", true},
		{"Velcor Group", false},
		{"Tar Heels", false},
		{"", false},
	} {
		if got := publicBody(c.name); got != c.want {
			t.Errorf("publicBody(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
