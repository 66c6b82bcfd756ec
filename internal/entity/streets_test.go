package entity

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// A street typed as a person or an organisation is a place; streets
// standing for what is on them keep the tagger's type. Fails without
// streetName.
func TestStreetsArePlaces(t *testing.T) {
	for _, tc := range []struct {
		marked, name string
		want         core.EntityType
	}{
		{"The fire began on [Tarrow Avenue|PER] at noon.", "Tarrow Avenue", core.Location},
		{"Shops on [First Street|ORG] closed.", "First Street", core.Location},
		{"Traffic on [Vell Road|ORG] was slow.", "Vell Road", core.Location},
		{"[Wall Street|ORG] fell on Monday.", "Wall Street", core.Organisation},
		{"[Occupy Wall Street|ORG] marched.", "Occupy Wall Street", core.Organisation},
	} {
		text, ms := mentionsOf(t, tc.marked)
		r := Resolve(text, ms)
		if _, e := entityNamed(r, tc.name); e == nil || e.Type != tc.want {
			t.Errorf("%q: entity %q = %+v, want type %s", tc.marked, tc.name, e, tc.want)
		}
	}
}
