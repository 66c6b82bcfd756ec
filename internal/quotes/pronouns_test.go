package quotes

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestSubjectPronouns: a he/she source on the analyze path continues the
// subject of its sentence or the sentences before it, not the last person
// named; the exclusive path (PolNeAR) keeps the plain resolver's answer.
func TestSubjectPronouns(t *testing.T) {
	type m = person
	brell, drex := m{"Tomas Brell", "Tomas Brell", 'm'}, m{"Ilan Drex", "Ilan Drex", 'm'}
	tests := []struct {
		name, text, frag string
		ms               []m
		want, plain      string
	}{
		{"object of a preposition",
			"Tomas Brell spoke with Ilan Drex on Monday about the harbour. He said the ferries would run again in May.",
			"ferries would run", []m{brell, drex}, "Tomas Brell", "Ilan Drex"},
		{"a run of he-sentences past an object",
			"Tomas Brell opened the session in the town hall. He thanked Ilan Drex for the new boats. He said the ferries would run again in May.",
			"ferries would run", []m{brell, drex}, "Tomas Brell", "He"},
		{"main clause after an adverbial one",
			"As he left the hall, Tomas Brell waved to Ilan Drex. He said the ferries would run again in May.",
			"ferries would run", []m{brell, drex}, "Tomas Brell", "Ilan Drex"},
		{"closing attribution",
			"The harbour will reopen in June, said harbour master Ilan Drex. He said the ferries would run daily.",
			"ferries would run", []m{drex}, "Ilan Drex", "Ilan Drex"},
		{"a one-word person of unknown gender leaves the plain answer",
			"Velsk riot police detained Tomas Brell on Monday. He said the ferries would run again in May.",
			"ferries would run", []m{{"Velsk", "Velsk", 0}, brell}, "Tomas Brell", "Tomas Brell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := personResolver(tt.text, tt.ms)
			expectSpeaker(t, Find(tt.text, Options{Resolver: res}), tt.frag, tt.want)
			expectSpeaker(t, Find(tt.text, Options{Resolver: res, Exclusive: true}), tt.frag, tt.plain)
		})
	}
}

// A person is a fictional person mention for a test's resolver: the words
// in the text, the name they resolve to and the gender ('m', 'f' or 0).
type person struct {
	surface, name string
	gender        byte
}

// personResolver resolves text's mentions of ps, in text order, as persons.
func personResolver(text string, ps []person) ResolverFunc {
	var ms []Mention
	for _, x := range ps {
		ms = append(ms, mentionsAt(text, x.surface, Mention{Name: x.name, Type: core.Person, Gender: x.gender})...)
	}
	sortMentions(ms)
	return ResolverFunc(func(string) []Mention { return ms })
}

// mentionsAt returns m placed at every occurrence of surface in text.
func mentionsAt(text, surface string, m Mention) []Mention {
	var out []Mention
	for off := 0; surface != ""; {
		i := strings.Index(text[off:], surface)
		if i < 0 {
			break
		}
		m.Start, m.End = off+i, off+i+len(surface)
		out = append(out, m)
		off = m.End
	}
	return out
}

func sortMentions(ms []Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func TestPossessiveAfter(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{{"Brell's boat", true}, {"Brell’s boat", true}, {"Brell ’ s boat", true}, {"Brell said", false}, {"Brell", false}} {
		if got := possessiveAfter(tc.text, len("Brell")); got != tc.want {
			t.Errorf("possessiveAfter(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
