package entity

import (
	"testing"
)

// TestNumberedNamesApart checks that two cables whose names differ only
// in their number stay two entities ("Harbour Link 2", "Harbour Link 3"),
// and that a results line's score is no part of a team's name.
func TestNumberedNamesApart(t *testing.T) {
	text, ms := mentionsOf(t, "Repairs began on the [Harbour Link|ORG] 2 cable. The [Harbour Link|ORG] 3 line was not cut. "+
		"The trawler \"[Kell Nava|MISC] 5\" sank.\n[Kell United|ORG] 2 [Vellmar|ORG] 1\n")
	r := Resolve(text, ms)
	for _, want := range []string{"Harbour Link 2", "Harbour Link 3", "Kell Nava 5", "Kell United", "Vellmar"} {
		if _, e := entityNamed(r, want); e == nil {
			t.Errorf("no entity %q in %v", want, r.Entities)
		}
	}
	for _, bad := range []string{"Harbour Link", "Kell United 2", "Vellmar 1"} {
		if _, e := entityNamed(r, bad); e != nil {
			t.Errorf("entity %q, want none", bad)
		}
	}
}

// TestNumberedNameCounts checks that a number that counts or scores stays
// out of the name before it.
func TestNumberedNameCounts(t *testing.T) {
	for _, marked := range []string{"[Kell Motors|ORG] 5 percent higher", "beat [Kell Motors|ORG] 2 to 1 on",
		"[Kell Motors|ORG] 2-1 win", "[Kell Motors|ORG] 12, Vellmar 3", "[Kell Motors|ORG] 123 staff",
		"[Kell Motors|ORG] 4 points clear", "[Ana Lind|PER] 2 was", "[March|MISC] 4 was"} {
		text, ms := mentionsOf(t, marked)
		if n, ok := numberedName(text, ms[0], len(text)); ok {
			t.Errorf("numberedName(%q) = %q, want the name alone", text, n.Text)
		}
	}
}
