package entity

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// Fictional text: each case fails without the part of capsgiven.go,
// events.go or nickmid.go it names; the cases that keep a name or a type
// guard against wrong changes.
func TestCapsGivenNames(t *testing.T) {
	per, org := core.Person, core.Organisation
	tests := []struct {
		name   string
		marked string
		want   map[string]core.EntityType
		absent []string
	}{
		{"a given name in capitals typed ORG", "Harbour master [MARTHA Quell|ORG] said the pier would close. [Quell|PER] said repairs start soon.",
			map[string]core.EntityType{"Martha Quell": per}, []string{"MARTHA Quell", "Quell"}},
		{"a given name in capitals beside the name written so", "[JOHN Carvell|PER], the harbour master, said so. [John Carvell|PER] left.",
			map[string]core.EntityType{"John Carvell": per}, []string{"JOHN Carvell"}},
		{"a street stays", "Fans met in [MARY Street|ORG] on Monday.",
			map[string]core.EntityType{"MARY Street": core.Location}, nil}, // a street, not a person (and since streets.go not the tagger's ORG)
		{"a name wholly in capitals stays", "[JOHN CARVELL|ORG] RESIGNS. The board met.",
			map[string]core.EntityType{"JOHN CARVELL": org}, nil},
		{"no given name stays", "[KELL Motors|ORG] cut jobs.",
			map[string]core.EntityType{"KELL Motors": org}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.marked, tt.want, tt.absent) })
	}
}

func TestEventsNotOrgs(t *testing.T) {
	misc, org, loc := core.Misc, core.Organisation, core.Location
	tests := []struct {
		name   string
		marked string
		want   map[string]core.EntityType
	}{
		{"a game typed ORG", "Fans filled the stands for the [Velmont Bowl|ORG] on Sunday.", map[string]core.EntityType{"Velmont Bowl": misc}},
		{"a tournament typed ORG", "[Carrow|LOC] won the [Tarn Valley Tournament|ORG] final.", map[string]core.EntityType{"Tarn Valley Tournament": misc}},
		{"playoffs typed ORG", "The [Kell League Playoffs|ORG] begin in May.", map[string]core.EntityType{"Kell League Playoffs": misc}},
		{"a game typed PER", "He played in the [Vessel Bowl|PER] twice.", map[string]core.EntityType{"Vessel Bowl": misc}},
		{"a ceremony of one word", "She hosted the [Oscars|ORG] twice.", map[string]core.EntityType{"Oscars": misc}},
		{"a stadium typed LOC stays", "They met at the [Velmont Bowl|LOC] stadium.", map[string]core.EntityType{"Velmont Bowl": loc}},
		{"a game studio stays", "[Tarn Games|ORG] laid off staff.", map[string]core.EntityType{"Tarn Games": org}},
		{"a body before the head stays", "The [Kell Council|ORG] met.", map[string]core.EntityType{"Kell Council": org}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.marked, tt.want, nil) })
	}
}

func TestMiddleNickname(t *testing.T) {
	tests := []struct {
		name    string
		marked  string
		person  string
		aliases []string
		absent  []string
	}{
		{"in brackets", "Police shot [Alexandros|PER] ([Alexis|PER]) [Tomaras|PER], 15. Friends of [Alexis Tomaras|PER] gathered.",
			"Alexandros Tomaras", []string{"Alexis Tomaras", "Tomaras"}, []string{"Alexandros", "Alexis", "Tomaras", "Alexis Tomaras"}},
		{"in quotes, then the short name alone", `Police shot [Vasilis|PER] "[Billy|PER]" [Kell|PER] on Friday. [Billy|PER] was 17.`,
			"Vasilis Kell", []string{"Billy Kell", "Billy", "Kell"}, []string{"Vasilis", "Billy", "Kell"}},
		{"a nickname typed LOC", "Police shot [Alexandros|PER] ([Alexis|LOC]) [Tomaras|PER], 15.",
			"Alexandros Tomaras", []string{"Alexis Tomaras"}, []string{"Alexis"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, ms := mentionsOf(t, tt.marked)
			res := Resolve(text, ms)
			_, e := entityNamed(res, tt.person)
			if e == nil || e.Type != core.Person {
				t.Fatalf("%s = %+v, want a person (all: %+v)", tt.person, e, res.Entities)
			}
			for _, a := range tt.aliases {
				if !slices.Contains(e.Aliases, a) {
					t.Errorf("%s aliases %q, want %q among them", tt.person, e.Aliases, a)
				}
			}
			for _, n := range tt.absent {
				if _, o := entityNamed(res, n); o != nil {
					t.Errorf("%s is an entity of its own: %+v", n, o)
				}
			}
		})
	}
	// No statement in the article: the two given names stay two people.
	text, ms := mentionsOf(t, "Police shot [Alexis Tomaras|PER], 15. [Alexandros Tomaras|PER] is his cousin.")
	res := Resolve(text, ms)
	if _, e := entityNamed(res, "Alexandros Tomaras"); e == nil || slices.Contains(e.Aliases, "Alexis Tomaras") {
		t.Errorf("Alexandros Tomaras = %+v, want apart from Alexis Tomaras", e)
	}
	if _, e := entityNamed(res, "Alexis Tomaras"); e == nil {
		t.Errorf("Alexis Tomaras missing: %+v", res.Entities)
	}
}

// TestNameNotInCapitals: a place or body the article writes in capitals
// (a dateline, a headline) and as usual is named as usual. Fails without
// the form order of finish.
func TestNameNotInCapitals(t *testing.T) {
	for _, tt := range []struct{ marked, want string }{
		{"[VELMONT CITY|LOC] 1996-08-22 The [Velmont City|LOC] council met on Monday.", "Velmont City"},
		{"[KELL RIVER AUTHORITY|ORG] SAYS NO. The [Kell River Authority|ORG] said no on Monday.", "Kell River Authority"},
	} {
		text, ms := mentionsOf(t, tt.marked)
		res := Resolve(text, ms)
		if _, e := entityNamed(res, tt.want); e == nil {
			t.Errorf("%q: no entity named %q: %+v", tt.marked, tt.want, res.Entities)
		}
	}
}
