package events

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWrittenDevHalves(t *testing.T) {
	all, err := WrittenDev("all")
	if err != nil {
		t.Fatal(err)
	}
	tune, _ := WrittenDev("tune")
	check, _ := WrittenDev("check")
	final, _ := WrittenDev("final")
	if len(all) < 200 || len(final) == 0 || len(tune)+len(check)+len(final) != len(all) || len(tune) < len(check) {
		t.Fatalf("halves: all=%d tune=%d check=%d final=%d", len(all), len(tune), len(check), len(final))
	}
	cats := map[string]int{}
	for _, r := range all {
		if len(r.Want) < 1 || len(r.Want) > 2 || len(r.Actors) != 1 || r.Text == "" {
			t.Fatalf("bad record %+v", r)
		}
		cats[r.Want[0]]++
	}
	for _, c := range []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
		"INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
		"COERCE", "ASSAULT", "FIGHT"} {
		if cats[c] == 0 {
			t.Errorf("written dev set has no %s sentence", c)
		}
	}
	if _, err := WrittenDev("test"); err == nil {
		t.Error("WrittenDev(test): want an error")
	}
}

// TestWrittenDevScore guards the written dev set's type accuracy (tune
// half tuned on, check half not; figures in BENCHMARKS.md).
func TestWrittenDevScore(t *testing.T) {
	for _, tt := range []struct {
		half string
		min  float64
	}{{"tune", 0.9}, {"check", 0.85}, {"final", 0.85}} {
		recs, _ := WrittenDev(tt.half)
		sc, misses, err := ScoreLabeled(context.Background(), recs, Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("written %s: %d/%d = %.3f, actor %.3f", tt.half, sc.TypeRight, sc.Records, sc.TypeAccuracy(), sc.ActorAccuracy())
		if sc.TypeAccuracy() < tt.min {
			for _, m := range misses {
				t.Logf("  %v -> %q [%s]: %s", m.Want, m.Got, m.Trigger, m.Text)
			}
			t.Errorf("written %s type accuracy %.3f < %.2f", tt.half, sc.TypeAccuracy(), tt.min)
		}
	}
}

func TestLookupCAMEO(t *testing.T) {
	dir := t.TempDir()
	table := "# comment\n03: AGREE\n036: AGREE,  , diplomatic # meet\n09: ACCUSE\n11: ACCUSE\n" +
		"112: ACCUSE, disapprove,    # Accuse\n163: COERCE, restrict, diplomatic # embargo\n" +
		"19: ASSAULT\n190: ASSAULT, , military # force\n18: ASSAULT\n10: REQUEST\n"
	path := filepath.Join(dir, "t.txt")
	if err := os.WriteFile(path, []byte(table), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := cameoToPLOVER(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ code, want string }{
		{"036", "AGREE"}, {"0361", "AGREE"}, {"112", "DISAPPROVE"}, {":1121", "DISAPPROVE"},
		{"090", "INVESTIGATE"}, {"163", "COERCE"}, {"193", "FIGHT"}, {"181", "ASSAULT"},
		{"1011", "DEMAND"}, {"174K", ""}, {"023", ""}, {"", ""}, {"904", ""},
	} {
		if got := lookupCAMEO(m, tt.code); got != tt.want {
			t.Errorf("lookupCAMEO(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
	if _, err := cameoToPLOVER(filepath.Join(dir, "absent.txt")); err == nil {
		t.Error("absent table: want an error")
	}
}

func TestPetrarchPLOVER(t *testing.T) {
	dir := filepath.Join(repoShared(t), "bench", "events")
	recs, err := PetrarchPLOVER(context.Background(), dir)
	if err != nil {
		t.Skipf("petrarch2 unit tests or CAMEO2PLOVER table absent: %v", err)
	}
	sc, _, err := ScoreLabeled(context.Background(), recs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The unit tests are coded with petrarch2's validation dictionary, WEIS
	// codes tweaked for pattern tests (NOTE.md): a regression check. Read
	// as CAMEO codes they gave 0.074; read as WEIS about 0.6.
	t.Logf("petrarch-plover: %d records, type accuracy %.3f", sc.Records, sc.TypeAccuracy())
	if sc.Records < 150 {
		t.Errorf("petrarch-plover: %d records, want >= 150", sc.Records)
	}
	if sc.TypeAccuracy() < 0.5 {
		t.Errorf("petrarch-plover: type accuracy %.3f, want >= 0.5 (codes read as WEIS?)", sc.TypeAccuracy())
	}
}

func FuzzParseCAMEOTable(f *testing.F) {
	for _, s := range []string{"03: AGREE\n036: AGREE, , diplomatic # meet\n", "19: ASSAULT\n190: ASSAULT, , military\n",
		"# c\n09: ACCUSE\n", "x: Y\n: \n1: a\n", "163: COERCE, restrict, diplomatic # embargo"} {
		f.Add(s, "0361")
	}
	f.Fuzz(func(t *testing.T, raw, code string) {
		m := parseCAMEOTable(raw)
		for k, v := range m {
			if k == "" || strings.Trim(k, "0123456789") != "" || v == "" || strings.ToUpper(v) != v {
				t.Fatalf("bad entry %q -> %q", k, v)
			}
		}
		if got := lookupCAMEO(m, code); got != "" {
			found := false
			for _, v := range m {
				found = found || v == got
			}
			if !found {
				t.Fatalf("lookupCAMEO(%q) = %q, not a table value", code, got)
			}
		}
	})
}

func FuzzParseLabeled(f *testing.F) {
	f.Add("REJECT\tIran\tIran refused.\n# comment\nA|B\tx\ty\n", "tune")
	f.Add("bad line\n", "all")
	f.Add("X\t\t\n", "check")
	f.Fuzz(func(t *testing.T, raw, half string) {
		recs, err := parseLabeled(raw, half)
		if err != nil {
			return
		}
		for _, r := range recs {
			if len(r.Want) == 0 || len(r.Actors) != 1 {
				t.Fatalf("bad record %+v", r)
			}
		}
	})
}
