package quotes

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func TestModifiedGroup(t *testing.T) {
	for rest, want := range map[string]string{
		" campaign aides": "campaign aides", " supporters": "supporters", " campaign": "",
		" Campaign aides": "", " and his aides": "", "": "",
	} {
		if got := modifiedGroup(rest); got != want {
			t.Errorf("modifiedGroup(%q) = %q, want %q", rest, got, want)
		}
	}
}

// TestSourceRules8: on the analyze path a name modifying a group noun
// names the group ("Brell campaign aides"), and a source inside a relative
// clause set off by dashes names the clause's head.
func TestSourceRules8(t *testing.T) {
	brell := Mention{Name: "Tomas Brell", Type: core.Person, Gender: 'm'}
	drex := Mention{Name: "Ilan Drex", Type: core.Person, Gender: 'm'}
	for _, tc := range []struct {
		name, text, frag, want string
		surfaces               map[string]Mention
	}{
		{"a group noun after a name",
			"The ferry vote is close. Still, Brell campaign aides believe his record on the harbour will win the port towns.",
			"his record on the harbour", "Tomas Brell's campaign aides", map[string]Mention{"Brell": brell}},
		{"a relative clause between dashes",
			"The harbour plan drew fire on Monday. A former mayor -- Tomas Brell, who lost the 2019 race to Ilan Drex -- said the plan \"offers nothing new to the port towns.\"",
			"offers nothing new", "Tomas Brell", map[string]Mention{"Tomas Brell": brell, "Ilan Drex": drex}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ms []Mention
			for s, m := range tc.surfaces {
				ms = append(ms, mentionsAt(tc.text, s, m)...)
			}
			sortMentions(ms)
			res := ResolverFunc(func(string) []Mention { return ms })
			expectSpeaker(t, Find(tc.text, Options{Resolver: res}), tc.frag, tc.want)
		})
	}
}

func TestNameAfterAge(t *testing.T) {
	text := "said the 36 - year - old Brell, who won. Then the 12 boats Brell owns sailed."
	brell := Mention{Name: "Tomas Brell", Type: core.Person, Gender: 'm'}
	d := newDoc(text, ResolverFunc(func(string) []Mention { return mentionsAt(text, "Brell", brell) }))
	if m := d.nameAfterAge(len("said the 36")); m < 0 || d.mentions[m].Name != "Tomas Brell" {
		t.Errorf("nameAfterAge after \"the 36\" = %d, want the mention of Tomas Brell", m)
	}
	if m := d.nameAfterAge(len("said the 36 - year - old Brell, who won. Then the 12")); m >= 0 {
		t.Errorf("nameAfterAge after \"the 12\" = %d, want -1", m)
	}
	if m := d.nameAfterAge(len("said the")); m >= 0 {
		t.Errorf("nameAfterAge after a word = %d, want -1", m)
	}
}

// TestRecentSourcePhrase: "it" after an unnamed body's quote ("the navy
// said") is that body, not the place named last.
func TestRecentSourcePhrase(t *testing.T) {
	text := "The navy ship reached the gulf on Monday. \"Twenty crew surrendered on boarding,\" the navy said. The boats would be handed over to the port of Velsk, it said, adding that the ship would return to patrolling the gulf."
	velsk := Mention{Name: "Velsk", Type: core.Location}
	ms := mentionsAt(text, "Velsk", velsk)
	res := ResolverFunc(func(string) []Mention { return ms })
	expectSpeaker(t, Find(text, Options{Resolver: res}), "the ship would return", "the navy")
}
