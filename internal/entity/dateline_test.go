package entity

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func TestDatelineAndAddress(t *testing.T) {
	checkResolved(t, "Ferry strike ends. [VELLMAR|ORG] 1996-08-28 Dockers in the port north of [Vellmar|ORG] went back to work.",
		map[string]core.EntityType{"Vellmar": core.Location}, nil)
	checkResolved(t, "[Vellmar Dockers|ORG] 1996 season ends; [Orlo Shipping|ORG] 12-08 results.",
		map[string]core.EntityType{"Vellmar Dockers": core.Organisation, "Orlo Shipping": core.Organisation}, nil)
	checkResolved(t, `"[Ladies|ORG] and gentlemen, [Ana Kesh|PER]," the host said.`,
		map[string]core.EntityType{"Ana Kesh": core.Person}, []string{"Ladies"})
	checkResolved(t, `The [Ladies|ORG] of Vell choir sang.`,
		map[string]core.EntityType{"Ladies": core.Organisation}, nil)
	checkResolved(t, "The [Southern|MISC] [Vellmar|LOC] rally; [Southern|MISC] states.",
		map[string]core.EntityType{"Southern Vellmar": core.Location}, []string{"Vellmar"})
	checkResolved(t, "Vell paid attention. [LETTERS|ORG]. Apolitically, the [NATO|ORG]. [ORLO|ORG]. plan won.",
		map[string]core.EntityType{"NATO": core.Organisation, "ORLO": core.Organisation}, []string{"LETTERS"})
	checkResolved(t, "He called for a ban on [Muslim|LOC] immigration; the [Muslim|LOC] mayor objected.",
		map[string]core.EntityType{"Muslim": core.Misc}, nil)
}

func TestPlaceOfficeBeforeName(t *testing.T) {
	for _, tc := range []struct {
		marked, name string
		attr         string
	}{
		{"He said [St. Lorvik Park Mayor Ana Kesh|PER] was done. [Kesh|PER] left.", "Ana Kesh", "St. Lorvik Park Mayor"},
		{"He met St. Lorvik Park Mayor [Ana Kesh|PER] on Monday.", "Ana Kesh", "St. Lorvik Park Mayor"},
		{"St. Lorvik Park Mayor [Ana Kesh|PER] spoke first.", "Ana Kesh", "St. Lorvik Park Mayor"},
		{"He said [David Velden Mayor Ana Kesh|PER] spoke.", "David Velden Mayor Ana Kesh", ""}, // a given name before the office: left
	} {
		text, ms := mentionsOf(t, tc.marked)
		res := Resolve(text, ms)
		_, e := entityNamed(res, tc.name)
		if e == nil {
			t.Errorf("%q: no person %q in %+v", tc.marked, tc.name, res.Entities)
			continue
		}
		if tc.attr != "" && !slicesContains(e.Attributes, tc.attr) {
			t.Errorf("%q: %s attributes %q, want %q among them", tc.marked, tc.name, e.Attributes, tc.attr)
		}
	}
}

func slicesContains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
