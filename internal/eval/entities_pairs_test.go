package eval

import (
	"fmt"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

// TestEntityHeld7Disjoint checks that the seventh held-out entity sample
// reads no CoNLL document an earlier one read, and no PolNeAR article.
func TestEntityHeld7Disjoint(t *testing.T) {
	took := 0
	for n := 0; n < 2000; n++ {
		id := fmt.Sprintf("conll-train/%04d", n)
		if entityHeld7Drawn("polnear", "polnear-train/"+id) {
			t.Fatalf("entityHeld7Drawn reads a PolNeAR article")
		}
		if !entityHeld7Drawn("conll", id) {
			continue
		}
		for i, drawn := range []func(string, string) bool{entityHeld2Drawn, entityHeld3Drawn, entityHeld4Drawn, entityHeld5Drawn, entityHeld6Drawn} {
			if drawn("conll", id) {
				t.Fatalf("entityHeld7Drawn(conll, %q): held%d reads it too", id, i+2)
			}
		}
		took++
	}
	if took < 100 {
		t.Fatalf("entityHeld7Drawn took %d of 2000 ids, want a share", took)
	}
}

func TestPairSurname(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Roger J. Stone Jr.", "stone"},
		{"Ada Quill III", "quill"},
		{"Quill", "quill"},
		{"T. J.", ""},
		{"Ana Kesh-Oduya", "kesh oduya"},
	} {
		if got := pairSurname(tc.name); got != tc.want {
			t.Errorf("pairSurname(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestOneEditApart(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"yastrzhembsky", "yastrezhembsky", true},
		{"mullally", "mulally", true},
		{"brannock", "brannoch", true},
		{"cork", "cook", false}, // too short
		{"brannock", "brannock", false},
		{"brannock", "brennoch", false},
		{"brannock", "brannockson", false},
	} {
		if got := oneEditApart(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEditApart(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestEntityPairs(t *testing.T) {
	per := func(id int64, name string, aliases ...string) store.StoredEntity {
		return store.StoredEntity{ID: id, Entity: core.Entity{Name: name, Type: core.Person, Aliases: aliases}}
	}
	all := []store.StoredEntity{
		per(1, "Orla Brannock Jr.", "Brannock", "Orla Brannock"),
		per(2, "Orla Brannock"),
		per(3, "Tess Brannoch"),
		per(4, "Quill"),
		per(5, "Ada Quill", "Ada Q. Quill", "Ada Quillan Quill"),
		{ID: 6, Entity: core.Entity{Name: "Brannock", Type: core.Organisation}},
	}
	docs := []realDoc{{id: "d1", text: "Ada Q. Quill met Orla Brannock."}}
	judged := map[string]byte{
		"set:pair:orla brannock | orla brannock jr.": 'n',
		"set:pair:ada quill | quill":                 'y',
		"set:pair:ada q. quill | ada quill":          'y',
		"other:pair:quill | zed quill":               'y',
	}
	ps := entityPairs("set", "s:", 1, all, docs, judged)
	got := map[string]bool{}
	for _, p := range ps {
		got[p.Key] = p.Together
	}
	want := map[string]bool{
		"set:pair:orla brannock | orla brannock jr.": false, // two entities (the alias is held by the one it names)
		"set:pair:orla brannock jr. | tess brannoch": false,
		"set:pair:orla brannock | tess brannoch":     false,
		"set:pair:ada quill | quill":                 false,
		"set:pair:ada q. quill | ada quill":          true, // spelled out in a document
	}
	if len(got) != len(want) {
		t.Fatalf("entityPairs keys = %v, want %v", got, want)
	}
	for k, w := range want {
		if g, ok := got[k]; !ok || g != w {
			t.Errorf("entityPairs %q together = %v (found %v), want %v", k, g, ok, w)
		}
	}
	s := ScorePairs(ps)
	if s.SameJudged != 2 || s.SameApart != 1 || s.OtherJudged != 1 || s.OtherJoin != 0 || s.Unjudged != 2 {
		t.Fatalf("ScorePairs = %+v", s)
	}
	if _, err := parsePairVerdicts(entityPairsJudged); err != nil {
		t.Fatal(err)
	}
	if _, err := parsePairVerdicts("set:pair:a | b\tm\n"); err == nil {
		t.Fatal("parsePairVerdicts took a bad verdict")
	}
}

func TestScorePairsUnjudgedTogether(t *testing.T) {
	ps := []EntityPair{{Verdict: 'y', Together: true}, {Together: true}, {}, {Together: true}, {Verdict: 'n', Together: true}}
	if s := ScorePairs(ps); s.Unjudged != 3 || s.UnjudgedTogether != 2 || s.OtherJoin != 1 || s.SameApart != 0 {
		t.Errorf("ScorePairs = %+v, want 3 unjudged, 2 of them together", s)
	}
}
