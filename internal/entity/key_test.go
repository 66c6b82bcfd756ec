package entity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
)

func TestTrimPossessive(t *testing.T) {
	for in, want := range map[string]string{
		"Bank of Maravel's": "Bank of Maravel", "Lorvik’s": "Lorvik", "Dockworkers'": "Dockworkers",
		"Veldmark": "Veldmark", "'s": "'s", "Brussels": "Brussels",
	} {
		if got := trimPossessive(in); got != want {
			t.Errorf("trimPossessive(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCapitalSpellingsMeet(t *testing.T) {
	if Key("Kiev", core.Location) != Key("Kyiv", core.Location) {
		t.Error("Kiev and Kyiv have different keys")
	}
	if Key("La Paz", core.Location) == Key("Sucre", core.Location) {
		t.Error("two cities share a key")
	}
	res := Resolve("Talks in Kiev went on.", []ner.Mention{{Text: "Kiev", Type: core.Location, Start: 9, End: 13}})
	if len(res.Entities) != 1 || res.Entities[0].Name != "Kyiv" {
		t.Errorf("entities: %+v", res.Entities)
	}
}

// A tie between two types that are not the earliest mention's is broken
// the same way every time (it was map order).
func TestVoteTypesTieIsDeterministic(t *testing.T) {
	ms := []ner.Mention{
		{Text: "Ulths", Type: core.Location},
		{Text: "Ulths", Type: core.Misc}, {Text: "Ulths", Type: core.Misc},
		{Text: "Ulths", Type: core.Organisation}, {Text: "Ulths", Type: core.Organisation},
	}
	for range 50 {
		if got := voteTypes(ms)[surfaceKey("Ulths")]; got != core.Organisation {
			t.Fatalf("type %s, want ORG", got)
		}
	}
}

func TestAbbreviates(t *testing.T) {
	cases := []struct {
		acr, name string
		want      bool
	}{
		{"SCO", "Shanghai Cooperation Organization", true},
		{"NATO", "North Atlantic Treaty Organization", true},
		{"OECD", "Organisation for Economic Co-operation and Development", true},
		{"ICRC", "the International Committee of the Red Cross", true},
		{"U.N.", "United Nations", true},
		{"AFP", "Washington", false},
		{"AP", "Tolmouth", false},
		{"DNC", "Democratic Party", false},
		{"", "Democratic Party", false},
	}
	for _, c := range cases {
		if got := abbreviates(c.acr, c.name); got != c.want {
			t.Errorf("abbreviates(%q, %q) = %v, want %v", c.acr, c.name, got, c.want)
		}
	}
}

func TestKeyDottedAcronyms(t *testing.T) {
	for _, p := range [][2]string{{"F.B.I.", "FBI"}, {"U.K.", "United Kingdom"}, {"N.A.T.O.", "NATO"}} {
		if a, b := Key(p[0], core.Organisation), Key(p[1], core.Organisation); a != b {
			t.Errorf("Key(%q) = %q, Key(%q) = %q: want one key", p[0], a, p[1], b)
		}
	}
}

func TestCalendarWordsAreNoEntities(t *testing.T) {
	text := "On Feb. 8 the Harbour Guild met in Tolmouth, and on Easter Monday Mara Quell spoke."
	ms := []ner.Mention{
		{Text: "Feb.", Type: core.Organisation, Start: 3, End: 7},
		{Text: "Harbour Guild", Type: core.Organisation, Start: 14, End: 27},
		{Text: "Tolmouth", Type: core.Location, Start: 35, End: 43},
		{Text: "Easter", Type: core.Misc, Start: 52, End: 58},
		{Text: "Monday", Type: core.Location, Start: 59, End: 65},
		{Text: "Mara Quell", Type: core.Person, Start: 66, End: 76},
	}
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("offsets of %q: %q", m.Text, text[m.Start:m.End])
		}
	}
	var got []string
	for _, e := range Resolve(text, ms).Entities {
		got = append(got, e.Name)
	}
	if want := "[Harbour Guild Tolmouth Mara Quell]"; fmt.Sprint(got) != want {
		t.Errorf("entities %v, want %s", got, want)
	}
}

func TestNamesMatchGenerational(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"Jr.", "Ardo Quell Jr.", false},
		{"Quell", "Ardo Quell", true},
		{"Ardo", "Ardo Quell", true},
		{"Ardo Quell", "Ardo T. Quell", true},
		{"III", "Ardo Quell III", false},
	}
	for _, c := range cases {
		if got := namesMatch(strings.Fields(c.a), strings.Fields(c.b)); got != c.want {
			t.Errorf("namesMatch(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestNamesMatchSurnameTail(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"Ruiz Velarde", "Marta Ruiz Velarde", true},      // a double surname
		{"van Dorsel", "Pieter van Dorsel", true},         // a surname with its particle
		{"Van Dorsel", "Pieter van Dorsel", true},         // capitalised at a sentence's start
		{"Kyaw Min Thet", "Daw Kyaw Min Thet", true},      // three words of four
		{"Anna Quell", "Maria Anna Quell", false},         // a given name first: maybe two people
		{"W. Quell", "Ardo H. W. Quell", false},           // an initial first: father and son
		{"Ruiz Velarde", "Marta Ruiz Ortega", false},      // not the last words
		{"Velarde Ruiz", "Marta Ruiz Velarde", false},     // not in order
		{"Ruiz Velarde Jr.", "Marta Ruiz Velarde", false}, // the suffix rule decides
	}
	for _, c := range cases {
		if got := namesMatch(strings.Fields(c.a), strings.Fields(c.b)); got != c.want {
			t.Errorf("namesMatch(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestResolveSurnameTail(t *testing.T) {
	text, ms := mentionsOf(t, "[Ruiz Velarde|PER] won in [Tolmouth|LOC]. [Marta Ruiz Velarde|PER] had lost there in May. [Pieter van Dorsel|PER] came second. [Van Dorsel|PER] said so.")
	res := Resolve(text, ms)
	if _, e := entityNamed(res, "Marta Ruiz Velarde"); e == nil || e.Mentions != 2 || fmt.Sprint(e.Aliases) != "[Ruiz Velarde]" {
		t.Errorf("Marta Ruiz Velarde = %+v, want 2 mentions, alias Ruiz Velarde", e)
	}
	if _, e := entityNamed(res, "Pieter van Dorsel"); e == nil || e.Mentions != 2 {
		t.Errorf("Pieter van Dorsel = %+v, want 2 mentions", e)
	}
	if len(res.Entities) != 3 {
		t.Errorf("entities %+v, want Marta Ruiz Velarde, Tolmouth, Pieter van Dorsel", res.Entities)
	}
}

// TestKeyCompanyTails checks that a company's kind word ("Computer",
// "Group", "Holdings") is dropped from its key as "Inc." is, and that
// "Corps" is not ("Zorvex Corps" is another company).
func TestKeyCompanyTails(t *testing.T) {
	for _, n := range []string{"Zorvex Computer", "Zorvex Computers", "Zorvex Group", "Zorvex Holdings", "Zorvex Computer Inc."} {
		if Key(n, core.Organisation) != Key("Zorvex", core.Organisation) {
			t.Errorf("Key(%q) = %q, want Key(Zorvex) = %q", n, Key(n, core.Organisation), Key("Zorvex", core.Organisation))
		}
	}
	if Key("Zorvex Corps", core.Organisation) == Key("Zorvex", core.Organisation) {
		t.Errorf("Key(Zorvex Corps) = Key(Zorvex), want apart")
	}
	if Key("Vellmarian Group", core.Organisation) == Key("Vellmarian", core.Organisation) {
		t.Errorf("Key(Vellmarian Group) = Key(Vellmarian), want apart (an adjective's group)")
	}
}

// "Miss" is an honorific before a surname, not Mississippi's abbreviation:
// "Miss Tarrow" keys as Tarrow (as "Mrs. Tarrow" does), and in one article
// it is the woman the article names in full.
func TestMissIsATitle(t *testing.T) {
	for _, n := range []string{"Miss Tarrow", "Mx Tarrow", "Mrs. Tarrow"} {
		if got, want := Key(n, core.Person), Key("Tarrow", core.Person); got != want {
			t.Errorf("Key(%q) = %q, want %q", n, got, want)
		}
	}
	if Key("Miss", core.Location) != Key("Mississippi", core.Location) {
		t.Error("the state's abbreviation lost its key")
	}
	text, ms := mentionsOf(t, "[Nora Tarrow|PER], 20, studied in Cardiff. [Miss Tarrow|PER] was a bright student, her tutor said.")
	res := Resolve(text, ms)
	if len(res.Entities) != 1 || res.Entities[0].Name != "Nora Tarrow" {
		t.Errorf("entities: %+v", res.Entities)
	}
}
