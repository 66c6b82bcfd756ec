package entity

import (
	"slices"
	"testing"
)

// Two forms of one given name with the same surname in one article are
// one person, its links all on that entity; a third form-related name,
// other middle initials or a suffix keep them apart.
func TestJoinGivenForms(t *testing.T) {
	text, ms := mentionsOf(t, "[Timothy D. Quarle|PER] opened the harbour office. "+
		"[Ormond Tabb|PER] was there. Later [Tim Quarle|PER] said the ferries would run, and [Quarle|PER] left.")
	res := Resolve(text, ms)
	i, e := entityNamed(res, "Timothy D. Quarle")
	if e == nil || !slices.Contains(e.Aliases, "Tim Quarle") || e.Mentions != 3 {
		t.Fatalf("Timothy D. Quarle = %+v, want Tim Quarle an alias, 3 mentions (all: %+v)", e, res.Entities)
	}
	if _, tim := entityNamed(res, "Tim Quarle"); tim != nil {
		t.Errorf("Tim Quarle still an entity: %+v", res.Entities)
	}
	if j, tabb := entityNamed(res, "Ormond Tabb"); tabb == nil || tabb.Mentions != 1 || res.Links[1].Entity != j {
		t.Errorf("Ormond Tabb = %+v, links %+v", tabb, res.Links)
	}
	for _, l := range res.Links {
		if l.Entity < 0 || l.Entity >= len(res.Entities) {
			t.Fatalf("link %+v out of range (%d entities)", l, len(res.Entities))
		}
		if name := text[l.Start:l.End]; name != "Ormond Tabb" && l.Entity != i {
			t.Errorf("link %q on entity %d, want %d", name, l.Entity, i)
		}
	}
	if len(res.Gender) != len(res.Entities) || len(res.Country) != len(res.Entities) {
		t.Errorf("gender %d, country %d, entities %d", len(res.Gender), len(res.Country), len(res.Entities))
	}

	for _, marked := range []string{
		// Chris may be either.
		"[Christopher Quarle|PER] and [Christine Quarle|PER] met. [Chris Quarle|PER] spoke.",
		// Other middle initials.
		"[Timothy D. Quarle|PER] met his cousin. [Tim K. Quarle|PER] spoke.",
		// Father and son.
		"[Timothy Quarle Jr.|PER] met his father. [Tim Quarle|PER] spoke.",
	} {
		text, ms := mentionsOf(t, marked)
		res := Resolve(text, ms)
		var persons int
		for _, e := range res.Entities {
			if e.Type == "PER" {
				persons++
			}
		}
		if persons != len(ms) {
			t.Errorf("%q: %d persons, want %d (%+v)", marked, persons, len(ms), res.Entities)
		}
	}
}
