package events

import (
	"slices"
	"strings"
	"testing"
)

// TestTypesListsEveryTriggerType checks Types against the types the two
// trigger files and the rules give, so a new type cannot be missing from it.
func TestTypesListsEveryTriggerType(t *testing.T) {
	known := Types()
	if !slices.IsSorted(known) {
		t.Errorf("Types() not sorted: %v", known)
	}
	for name, file := range map[string]string{"triggers.txt": triggersFile, "cameo_triggers.txt": cameoFile} {
		for _, line := range strings.Split(file, "\n") {
			typ, _, ok := strings.Cut(line, "\t")
			if !ok || strings.HasPrefix(typ, "#") || typ == "-" || typ == "" {
				continue
			}
			if !slices.Contains(known, typ) {
				t.Errorf("%s type %q missing from Types()", name, typ)
			}
		}
	}
	for _, typ := range known {
		if PLOVER(typ) == "" {
			t.Errorf("%q has no PLOVER category", typ)
		}
	}
	// A type found in text must be one of Types.
	text := "Russia said it was ready to negotiate with Ukraine. The union urged the government to act. Troops shelled the town."
	for _, e := range Find(text, Options{}) {
		if !slices.Contains(known, e.Type) {
			t.Errorf("Find gave type %q, not in Types()", e.Type)
		}
	}
}
