package quotes

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestDescriptionSpeakers: on the analyze path a definite description of a
// role as source names the person the text gives that role, else stays
// the description; never the last person named who lacks the role.
func TestDescriptionSpeakers(t *testing.T) {
	type m struct {
		surface, name string
		roles         []string
	}
	brell := m{"Tomas Brell", "Tomas Brell", nil}
	tests := []struct {
		name, text, frag string
		ms               []m
		want             string
	}{
		{"no judge named: the description, not the defendant",
			"Tomas Brell pleaded not guilty to the theft of the ferry on Monday. The judge said he would appoint a lawyer for Brell.",
			"appoint a lawyer", []m{brell, {"Brell.", "Tomas Brell", nil}}, "The judge"},
		{"a judge titled before the name",
			"Judge Ana Lind opened the hearing on Monday. Tomas Brell pleaded not guilty to the theft of the ferry. The judge said the trial would start in May.",
			"trial would start", []m{{"Ana Lind", "Ana Lind", nil}, brell}, "Ana Lind"},
		{"a title in capitals",
			"District Attorney Ana Lind charged Tomas Brell with the theft of the ferry. The District Attorney said the trial would start in May.",
			"trial would start", []m{{"Ana Lind", "Ana Lind", nil}, brell}, "Ana Lind"},
		{"a role the entity layer found",
			"Ana Lind, the town's mayor, met Tomas Brell on Monday. The mayor said the harbour would reopen in June.",
			"harbour would reopen", []m{{"Ana Lind", "Ana Lind", []string{"mayor"}}, brell}, "Ana Lind"},
		{"a clerical title",
			"The Rev. Ana Lind led the service for the crew of the ferry. Tomas Brell spoke after her. The pastor said the church would stay open all night.",
			"church would stay open", []m{{"Ana Lind", "Ana Lind", nil}, brell}, "Ana Lind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []Mention
			for _, x := range tt.ms {
				ms = append(ms, mentionsAt(tt.text, x.surface, Mention{Name: x.name, Type: core.Person, Roles: x.roles})...)
			}
			sortMentions(ms)
			res := ResolverFunc(func(string) []Mention { return ms })
			expectSpeaker(t, Find(tt.text, Options{Resolver: res}), tt.frag, tt.want)
		})
	}
}

func TestRoleDescription(t *testing.T) {
	for _, tc := range []struct {
		phrase, head string
		ok           bool
	}{
		{"the judge", "judge", true},
		{"The senior judge", "judge", true},
		{"the District Attorney", "attorney", true},
		{"the statement", "", false},
		{"a judge", "", false},
		{"the judge's", "", false},
		{"the Chargers", "", false},
		{"judge", "", false},
	} {
		head, _, ok := roleDescription(tc.phrase)
		if head != tc.head || ok != tc.ok {
			t.Errorf("roleDescription(%q) = %q, %v, want %q, %v", tc.phrase, head, ok, tc.head, tc.ok)
		}
	}
}

// TestPossessedSource: a source phrase in which a person is only the
// possessor ("Tomas Brell's critics") names the possessed, not the
// person, on the analyze path; a proxy ("Brell's office") keeps its form.
func TestPossessedSource(t *testing.T) {
	for _, tc := range []struct {
		text, frag, want string
	}{
		{"Some of Tomas Brell's critics have said that the harbour plan would ruin the town.", "harbour plan", "Tomas Brell's critics"},
		{"Tomas Brell's former wife said that the harbour plan would ruin the town.", "harbour plan", "Tomas Brell's former wife"},
		{"Tomas Brell's office said that the harbour plan would go ahead in May.", "harbour plan", "Tomas Brell's office"},
	} {
		i := strings.Index(tc.text, "Tomas Brell")
		ms := []Mention{{Name: "Tomas Brell", Type: core.Person, Start: i, End: i + len("Tomas Brell")}}
		res := ResolverFunc(func(string) []Mention { return ms })
		expectSpeaker(t, Find(tc.text, Options{Resolver: res}), tc.frag, tc.want)
	}
}

func TestPossessedNoun(t *testing.T) {
	for _, tc := range []struct{ rest, want string }{
		{"'s critics", "critics"},
		{"’s former wife, who", "former wife"},
		{" ’ s lawyers", "lawyers"},
		{"'s Chief of Staff", ""},
		{"'s", ""},
		{" said", ""},
		{"'s one two three four five", ""},
	} {
		if got := possessedNoun(tc.rest); got != tc.want {
			t.Errorf("possessedNoun(%q) = %q, want %q", tc.rest, got, tc.want)
		}
	}
}

func TestInsideSources(t *testing.T) {
	text := "The file held allegations that Tomas Brell met the smugglers. It was the fans, Ana Lind said, that swayed her."
	at := func(s string) int { return strings.Index(text, s) }
	unit := func(content, src, cue string) Quote {
		q := Quote{Cue: cue, SpeakerStart: at(src), SpeakerEnd: at(src) + len(src)}
		q.Start, q.End, q.Speaker = at(content), at(content)+len(content), src
		return q
	}
	units := []Quote{
		unit("that Tomas Brell met the smugglers", "Tomas Brell", "allegations"),
		unit("It was the fans, Ana Lind said, that swayed her", "Ana Lind", "said"),
		unit("Ana Lind said, that swayed her", "Ana Lind", ""),
	}
	units[2].Direct = true
	d := newDoc(text, Heuristic{})
	d.insideSources(units)
	for i, want := range []string{"", "Ana Lind", "Ana Lind"} {
		if units[i].Speaker != want {
			t.Errorf("unit %d (%q): speaker %q, want %q", i, text[units[i].Start:units[i].End], units[i].Speaker, want)
		}
	}
	if units[0].SpeakerStart != -1 {
		t.Errorf("unit 0 keeps its source span %d", units[0].SpeakerStart)
	}
}
