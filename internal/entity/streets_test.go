package entity

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// A street typed as a person or an organisation is a place; streets
// standing for what is on them keep the tagger's type. Fails without
// streetName.
func TestStreetsArePlaces(t *testing.T) {
	checkTypes(t, []typeCase{
		{"The fire began on [Tarrow Avenue|PER] at noon.", "Tarrow Avenue", core.Location},
		{"Shops on [First Street|ORG] closed.", "First Street", core.Location},
		{"Traffic on [Vell Road|ORG] was slow.", "Vell Road", core.Location},
		{"[Wall Street|ORG] fell on Monday.", "Wall Street", core.Organisation},
		{"[Occupy Wall Street|ORG] marched.", "Occupy Wall Street", core.Organisation},
	})
}

// An abbreviated street head ("Ave.", "Blvd.", "Rd.") makes a place too, one
// with the spelt-out name; a film named like a street, quoted after "his
// work in", is a work (MISC), not a place. Fails without streetKey, the
// abbreviations in streetHeads and quotedWork.
func TestStreetAbbreviationsAndQuotedTitles(t *testing.T) {
	if Key("Tarrow Ave.", core.Location) != Key("Tarrow Avenue", core.Location) ||
		Key("Vell Blvd", core.Location) != Key("Vell Boulevard", core.Location) {
		t.Errorf("abbreviated street keys differ: %q %q", Key("Tarrow Ave.", core.Location), Key("Tarrow Avenue", core.Location))
	}
	if Key("Ave", core.Location) == Key("Avenue", core.Location) {
		t.Errorf("a lone Ave is no street")
	}
	text, ms := mentionsOf(t, "Marchers went to the station on [Tarrow Ave.|ORG] near the park. Police closed [Tarrow Avenue|LOC] at noon.")
	r := Resolve(text, ms)
	if _, e := entityNamed(r, "Tarrow Avenue"); e == nil || e.Type != core.Location || len(r.Entities) != 1 {
		t.Errorf("Tarrow Ave. and Tarrow Avenue: %+v", r.Entities)
	}
	// The name is spelt out in an article that only abbreviates it.
	text, ms = mentionsOf(t, "Marchers went to the station on [Tarrow Ave.|ORG] near the park.")
	if _, e := entityNamed(Resolve(text, ms), "Tarrow Avenue"); e == nil || len(e.Aliases) != 1 || e.Aliases[0] != "Tarrow Ave." {
		t.Errorf("Tarrow Ave. alone: %+v", Resolve(text, ms).Entities)
	}
	for _, marked := range []string{
		`Actor Dan Orvell, who earned a nomination for his work in "[Quarry Road|PER]," said so.`,
		`She sang the song “[Vell Street|ORG]” on Monday.`,
	} {
		text, ms := mentionsOf(t, marked)
		r := Resolve(text, ms)
		for _, e := range r.Entities {
			if strings.Contains(e.Name, "Road") || strings.Contains(e.Name, "Street") {
				if e.Type != core.Misc {
					t.Errorf("%s: %q typed %s, want MISC", marked, e.Name, e.Type)
				}
			}
		}
	}
	// A quoted street name with no work before it stays a place.
	text, ms = mentionsOf(t, `Signs read "[Quarry Road|PER]" and pointed north.`)
	if _, e := entityNamed(Resolve(text, ms), "Quarry Road"); e == nil || e.Type != core.Location {
		t.Errorf("quoted street sign: %+v", e)
	}
}
