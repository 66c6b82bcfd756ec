package eval

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

func TestEntityJudgmentsParse(t *testing.T) {
	j, err := EntityJudgments()
	if err != nil {
		t.Fatal(err)
	}
	held := 0
	for k := range j {
		if strings.HasPrefix(k, "held:") {
			held++
		}
	}
	if held < 60 {
		t.Fatalf("EntityJudgments: %d held verdicts, want the committed held sample (>= 60)", held)
	}
	held2, typed := 0, 0
	for k, v := range j {
		if strings.HasPrefix(k, "held2:") {
			held2++
		}
		if v.Type != '-' {
			typed++
		}
	}
	if held2 < 100 || typed < held2 {
		t.Fatalf("EntityJudgments: %d held2 verdicts, %d with a type verdict; want the committed held2 sample (>= 100), all typed", held2, typed)
	}
	for _, w := range []struct {
		set   string
		least int
	}{{"held3", 140}, {"held4", 100}} {
		n := 0
		for k, v := range j {
			if strings.HasPrefix(k, w.set+":") {
				n++
				if v.Type == '-' {
					t.Fatalf("EntityJudgments: %s verdict %s has no type verdict", w.set, k)
				}
			}
		}
		if n < w.least {
			t.Fatalf("EntityJudgments: %d %s verdicts, want the committed %s sample (>= %d)", n, w.set, w.set, w.least)
		}
	}
	for _, tc := range []struct {
		src     string
		wantErr bool
	}{
		{"# comment\ntune:PER:ana kesh\t0123abcd\ty\t-\n", false},
		{"tune:PER:ana kesh\t0123abcd\t-\tn\n", false},
		{"held2:PER:ana kesh\t0123abcd\ty\t-\tn\n", false},
		{"held2:PER:ana kesh\t0123abcd\ty\t-\tq\n", true},
		{"held2:PER:ana kesh\t0123abcd\ty\t-\ty\ty\n", true},
		{"tune:PER:ana kesh\t0123abcd\tq\t-\n", true},
		{"tune:PER:ana kesh\t0123abcd\ty\n", true},
		{"tune:PER:ana kesh\t0123\ty\t-\n", true},
		{"\t0123abcd\ty\t-\n", true},
	} {
		_, err := parseEntityVerdicts(tc.src)
		if (err != nil) != tc.wantErr {
			t.Errorf("parseEntityVerdicts(%q) error = %v, want error %v", tc.src, err, tc.wantErr)
		}
	}
}

func FuzzParseEntityVerdicts(f *testing.F) {
	f.Add("tune:PER:ana kesh\t0123abcd\ty\t-\n")
	f.Add("# c\n\nheld:LOC:x\tffffffff\tn\tn")
	f.Add("a\tb\tc\td")
	f.Add("held2:ORG:x\t0123abcd\t-\ty\tn\n")
	f.Fuzz(func(t *testing.T, src string) {
		got, err := parseEntityVerdicts(src)
		if err != nil {
			return
		}
		for k, v := range got {
			if k == "" || len(v.Hash) != 8 || !strings.ContainsRune("yn-", rune(v.Merge)) || !strings.ContainsRune("yn-", rune(v.Missed)) || !strings.ContainsRune("yn-", rune(v.Type)) {
				t.Fatalf("parseEntityVerdicts(%q) kept a bad verdict %+v", src, v)
			}
			// A rendered verdict parses back to itself.
			back, err := parseEntityVerdicts(v.Line())
			if err != nil || back[k] != v {
				t.Fatalf("verdict %+v does not round-trip: %v %+v", v, err, back)
			}
		}
	})
}

func TestScoreEntities(t *testing.T) {
	ent := func(name string, typ core.EntityType, articles int, aliases ...string) store.StoredEntity {
		return store.StoredEntity{Entity: core.Entity{Name: name, Type: typ, Aliases: aliases}, Articles: articles}
	}
	judge := func(s SampledEntity, merge, missed byte) SampledEntity {
		v := s.Stub()
		if s.Merge {
			v.Merge = merge
		}
		if s.Missed {
			v.Missed = missed
		}
		s.Verdict = &v
		return s
	}
	a := judge(SampledEntity{Key: "tune:PER:mira holt", Entity: ent("Mira Holt", core.Person, 3, "Holt"), Merge: true}, 'y', 0)
	b := judge(SampledEntity{Key: "tune:ORG:port", Entity: ent("Port", core.Organisation, 2), Merge: true, Missed: true}, 'n', 'n')
	c := judge(SampledEntity{Key: "tune:LOC:vell", Entity: ent("Vell", core.Location, 1), Missed: true}, 0, 'y')
	a.Verdict.Type = 'y'
	b.Verdict.Type = 'n'
	d := judge(SampledEntity{Key: "tune:PER:tomas brell", Entity: ent("Tomas Brell", core.Person, 2), Merge: true}, 'y', 0)
	d.Entity.Aliases = []string{"Brell"} // the aliases changed since the verdict
	e := SampledEntity{Key: "tune:PER:ana kesh", Entity: ent("Ana Kesh", core.Person, 1), Missed: true}
	got := ScoreEntities([]SampledEntity{a, b, c, d, e}, 40)
	want := EntityScore{Entities: 40, MergeSampled: 3, MergeJudged: 2, MergeOK: 1, MissSampled: 3, MissJudged: 2, MissOK: 1, TypeJudged: 2, TypeOK: 1, Unjudged: 2}
	if got != want {
		t.Errorf("ScoreEntities = %+v, want %+v", got, want)
	}
	if got.MergePrecision() != 0.5 || got.MissedRate() != 0.5 || got.TypeAccuracy() != 0.5 {
		t.Errorf("MergePrecision %v, MissedRate %v, TypeAccuracy %v, want 0.5 each", got.MergePrecision(), got.MissedRate(), got.TypeAccuracy())
	}
}

func TestWordIndex(t *testing.T) {
	for _, tc := range []struct {
		text, f string
		want    int
	}{
		{"died Monday in Springfield, Mo.", "Mo", 28},
		{"Mo Cheeks", "Mo", 0},
		{"Monday", "Mo", -1},
		{"", "Mo", -1},
		{"a Mo", "", -1},
	} {
		if got := wordIndex(tc.text, tc.f); got != tc.want {
			t.Errorf("wordIndex(%q, %q) = %d, want %d", tc.text, tc.f, got, tc.want)
		}
	}
}

// spentVerdictLines are fictional verdict lines of the earlier entity
// samples, one a set, in the order the samples came.
var spentVerdictLines = []string{
	"tune:PER:ana kesh\tabcdef12\ty\t-\ty\n",
	"held:ORG:kell motors\tabcdef12\t-\ty\ty\n",
	"held2:LOC:port vell\tabcdef12\ty\t-\ty\n",
	"held9:PER:oren tali\tabcdef12\ty\t-\ty\n",
	"held10:PER:mira dolt\tabcdef12\ty\t-\ty\n",
	"held11:PER:sela brun\tabcdef12\ty\t-\ty\n",
	"held12:LOC:vard hollow\tabcdef12\ty\t-\ty\n",
	"held13:ORG:teln works\tabcdef12\ty\t-\ty\n",
}

// spentVerdicts is the first n of spentVerdictLines, as a verdicts file.
func spentVerdicts(n int) string { return strings.Join(spentVerdictLines[:n], "") }

// expectDrawnDisjoint checks, over 2000 train ids of CoNLL and of PolNeAR,
// that the entity sample drawn (called name in messages) reads none that
// an earlier sample reads (who names them), and at least least ids of each
// corpus.
func expectDrawnDisjoint(t *testing.T, name string, drawn func(corpus, id string) bool, least int, who string, earlier ...func(corpus, id string) bool) {
	t.Helper()
	took := map[string]int{}
	for _, corpus := range []string{"conll", "polnear"} {
		for n := 0; n < 2000; n++ {
			id := fmt.Sprintf("%s-train/%04d", corpus, n)
			if !drawn(corpus, id) {
				continue
			}
			for _, e := range earlier {
				if e(corpus, id) {
					t.Fatalf("%s(%q, %q): %s reads it too", name, corpus, id, who)
				}
			}
			took[corpus]++
		}
	}
	if took["conll"] < least || took["polnear"] < least {
		t.Fatalf("%s took %v of 2000 ids each, want a share of each corpus", name, took)
	}
}

// TestEntityHeld3Disjoint checks that the third held-out entity sample
// reads no document the second reads, and reads some of each corpus.
func TestEntityHeld3Disjoint(t *testing.T) {
	expectDrawnDisjoint(t, "entityHeld3Drawn", entityHeld3Drawn, 200, "held2", entityHeld2Drawn)
}

// TestEntityHeld4Disjoint checks that the fourth held-out entity sample
// reads no document the second or the third reads, and reads some of each
// corpus.
func TestEntityHeld4Disjoint(t *testing.T) {
	expectDrawnDisjoint(t, "entityHeld4Drawn", entityHeld4Drawn, 150, "held2 or held3", entityHeld2Drawn, entityHeld3Drawn)
}

// TestEntityHeld5Disjoint checks that the fifth held-out entity sample
// reads no document the second, third or fourth reads, and reads some of
// each corpus.
func TestEntityHeld5Disjoint(t *testing.T) {
	expectDrawnDisjoint(t, "entityHeld5Drawn", entityHeld5Drawn, 150, "held2, held3 or held4", entityHeld2Drawn, entityHeld3Drawn, entityHeld4Drawn)
}

// TestEntityHeld6Disjoint checks that the sixth held-out entity sample
// reads no document the second to fifth read, and reads some of each
// corpus.
func TestEntityHeld6Disjoint(t *testing.T) {
	expectDrawnDisjoint(t, "entityHeld6Drawn", entityHeld6Drawn, 100, "an earlier sample", entityHeld2Drawn, entityHeld3Drawn, entityHeld4Drawn, entityHeld5Drawn)
}

// expectSpent checks, name by name, that spent (called name in messages)
// marks spent, of the judged verdicts, the names want maps to true and no
// other name of want.
func expectSpent(t *testing.T, name string, spent func(map[string]EntityVerdict) map[string]bool, verdicts string, want map[string]bool) {
	t.Helper()
	judged, err := parseEntityVerdicts(verdicts)
	if err != nil {
		t.Fatal(err)
	}
	got := spent(judged)
	for n, w := range want {
		if got[n] != w {
			t.Errorf("%s[%q] = %t, want %t", name, n, got[n], w)
		}
	}
}

// TestEntityHeld9Spent checks that the ninth held-out entity sample leaves
// out the names the tune and held sets judged, under any type, and only
// those.
func TestEntityHeld9Spent(t *testing.T) {
	verdicts := spentVerdicts(4)
	expectSpent(t, "entityHeld9Spent", entityHeld9Spent, verdicts, map[string]bool{"ana kesh": true, "kell motors": true, "port vell": false, "oren tali": false})
}

// TestEntityHeld10Spent checks that the tenth held-out entity sample
// leaves out the names the tune, held and held9 sets judged, under any
// type, and only those.
func TestEntityHeld10Spent(t *testing.T) {
	verdicts := spentVerdicts(5)
	expectSpent(t, "entityHeld10Spent", entityHeld10Spent, verdicts, map[string]bool{"ana kesh": true, "kell motors": true, "port vell": false, "oren tali": true, "mira dolt": false})
}

// TestEntityHeld11Spent checks that the eleventh held-out entity sample
// leaves out the names the tune, held, held9 and held10 sets judged, under
// any type, and only those.
func TestEntityHeld11Spent(t *testing.T) {
	verdicts := spentVerdicts(6)
	expectSpent(t, "entityHeld11Spent", entityHeld11Spent, verdicts, map[string]bool{"ana kesh": true, "kell motors": true, "port vell": false, "oren tali": true, "mira dolt": true, "sela brun": false})
}

// TestEntityHeld12Spent checks that the twelfth held-out entity sample
// leaves out the names the tune, held, held9, held10 and held11 sets
// judged, under any type, and only those.
func TestEntityHeld12Spent(t *testing.T) {
	verdicts := spentVerdicts(7)
	expectSpent(t, "entityHeld12Spent", entityHeld12Spent, verdicts, map[string]bool{"ana kesh": true, "kell motors": true, "port vell": false, "oren tali": true, "mira dolt": true, "sela brun": true, "vard hollow": false})
}

// TestEntityHeld13Spent checks that the thirteenth held-out entity sample
// leaves out the names the tune, held and held9 .. held12 sets judged,
// under any type, and only those.
func TestEntityHeld13Spent(t *testing.T) {
	verdicts := spentVerdicts(8)
	expectSpent(t, "entityHeld13Spent", entityHeld13Spent, verdicts, map[string]bool{"ana kesh": true, "kell motors": true, "port vell": false, "oren tali": true, "mira dolt": true, "sela brun": true, "vard hollow": true, "teln works": false})
}
