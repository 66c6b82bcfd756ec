package events

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/sentence"
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
			got := triggerEvent(t, c.text, c.specs, c.trigger, c.typ != "")
			if got == nil {
				return
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

func TestDatelineAndByPhrase(t *testing.T) {
	cases := []struct {
		name, text string
		specs      []string
		trigger    string
		notActor   string
	}{
		{"a dateline does not act",
			"VELSK CITY, May 3 (Wirenews) - Gunmen kidnapped two aid workers on Monday.",
			[]string{"VELSK CITY|ORG|-"},
			"kidnapped", "VELSK CITY"},
		{"a place after the by-phrase of a later participle does not act",
			"Norland's navy foiled another attack on a tanker chased by speedboats off Velsk.",
			[]string{"Norland|LOC|-", "Velsk|LOC|-"},
			"attack", "Velsk"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, e := range Find(c.text, Options{Mentions: mentionsOf(c.text, c.specs...)}) {
				if strings.Contains(e.Trigger, c.trigger) && e.Actor == c.notActor {
					t.Errorf("%q: %s event has actor %q", c.text, e.Type, e.Actor)
				}
			}
		})
	}
	for _, c := range []struct {
		s    string
		want string
	}{
		{"WASHINGTON, April 30 (Wirenews) - The talks ended.", "The talks ended."},
		{"Brell / Dunmore: A warship sailed.", "A warship sailed."},
		{"DUNMORE ― Ivo Marr left.", "Ivo Marr left."},
		{"Ivo Marr said: we will go.", "Ivo Marr said: we will go."},
		{"The minister - a veteran - resigned.", "The minister - a veteran - resigned."},
	} {
		s := sentence.Sentence{Text: c.s}
		if got := strings.TrimSpace(c.s[datelineEnd(s):]); got != c.want {
			t.Errorf("after the dateline of %q: %q, want %q", c.s, got, c.want)
		}
	}
}

func TestSportsDocument(t *testing.T) {
	game := "The Brell Rovers beat the Dunmore Hawks 78 - 70 on Saturday. Rovers guard Ivo Marr had 21 points and nine rebounds. " +
		"Marr hit two free throws at halftime. The Rovers meet the Velsk Stars in the final on Friday."
	news := "Norland's foreign minister met the Velsk envoy on Saturday. They discussed the border. The talks ended at noon."
	specs := []string{"Brell Rovers|ORG|-", "Dunmore Hawks|ORG|-", "Rovers|ORG|-", "Velsk Stars|ORG|-", "Ivo Marr|PER|m", "Marr|PER|m", "Norland|LOC|-", "Velsk|LOC|-"}
	for _, e := range Find(game, Options{Mentions: mentionsOf(game, specs...)}) {
		if e.Type != "coerce" && e.Type != "protest" && e.Type != "investigate" {
			t.Errorf("match report: event %s %q (actor %q), want none", e.Type, e.Trigger, e.Actor)
		}
	}
	if evs := Find(news, Options{Mentions: mentionsOf(news, specs...)}); len(evs) == 0 {
		t.Errorf("news report: no event, want the meeting")
	}
}

// Actor fixes of the seventh session: each case names the trigger word
// and the actor wanted ("" actor: no event).
func TestActorsSeventh(t *testing.T) {
	cases := []struct {
		name, text string
		specs      []string
		trigger    string
		actor      string
	}{
		{"who was released did not release",
			"Ivo Marr had been released from the Dunmore jail in May.",
			[]string{"Ivo Marr|PER|m"},
			"released", ""},
		{"troops withdrawn stand for who withdrew them",
			"Norland troops were withdrawn from the border.",
			[]string{"Norland|LOC|-"},
			"withdrawn", "Norland"}, // the side its forces serve (events8)
		{"a state's regime is the state",
			"Velsk condemned the Norland regime's use of chemical weapons.",
			[]string{"Velsk|LOC|-", "Norland|LOC|-"},
			"use", "Norland"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := triggerEvent(t, c.text, c.specs, c.trigger, c.actor != "")
			if got == nil {
				return
			}
			if got.Actor != c.actor {
				t.Errorf("%q: actor %q, want %q", c.text, got.Actor, c.actor)
			}
		})
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Norland doesn't attack its neighbours", true},
		{"Norland did not attack its neighbours", true},
		{"Norland attacked its neighbours", false},
	} {
		low := strings.Fields(strings.ToLower(c.text))
		if got := negated(low, 2+strings.Count(c.text, " not")); got != c.want {
			t.Errorf("negated(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for _, c := range []struct{ text, want string }{
		{"Later officials met", "officials"},
		{"The administration doesn't talk", "administration"},
		{"Simply must improve", ""},
	} {
		toks := sentence.Tokens(c.text)
		if got := subjectHead(toks, len(toks)-1); got != c.want {
			t.Errorf("subjectHead(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestCapturesPeople(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"The Norland navy captured 23 pirates off Velsk.", "coerce"},
		{"Norland troops captured two Velsk sailors.", "coerce"},
		{"Norland troops captured the town of Brell after heavy fighting.", "fight"},
	} {
		ms := mentionsOf(c.text, "Norland|LOC|-", "Velsk|LOC|-", "Brell|LOC|-")
		got := ""
		for _, e := range Find(c.text, Options{Mentions: ms}) {
			if strings.HasPrefix(e.Trigger, "captured") {
				got = e.Type
			}
		}
		if got != c.typ {
			t.Errorf("%q: type %q, want %q", c.text, got, c.typ)
		}
	}
}

func TestFreesPeople(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Norland released the 23 detained sailors on Monday.", true},
		{"Norland released Ivo Marr on Monday.", true},
		{"The Velcor patch released by the firm fixes the bug.", false},
		{"Norland released a new tariff schedule on Monday.", false},
	} {
		ms := mentionsOf(c.text, "Norland|LOC|-", "Ivo Marr|PER|m")
		got := false
		for _, e := range Find(c.text, Options{Mentions: ms}) {
			got = got || strings.HasPrefix(e.Trigger, "released") && e.Type == "retreat"
		}
		if got != c.want {
			t.Errorf("%q: retreat event %v, want %v", c.text, got, c.want)
		}
	}
}

func TestUnrealInfinitiveTime(t *testing.T) {
	text := "Farmers gathered in Brell last week to demand the resignation of the minister."
	found := false
	for _, e := range Find(text, Options{Mentions: mentionsOf(text, "Brell|LOC|-")}) {
		found = found || strings.HasPrefix(e.Trigger, "demand")
	}
	if !found {
		t.Errorf("%q: no demand event; \"last week\" is a time, not a rank", text)
	}
}
