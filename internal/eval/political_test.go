package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCommittedPoliticalVerdicts(t *testing.T) {
	v, err := parsePoliticalVerdicts(politicalJudged)
	if err != nil {
		t.Fatal(err)
	}
	if len(v) < 150 {
		t.Errorf("%d committed verdicts, want at least 150", len(v))
	}
	if _, err := parsePoliticalVerdicts("a~b\t0000abcd\t?\n"); err == nil || !strings.Contains(err.Error(), "political verdicts") {
		t.Errorf("unknown verdict: err = %v", err)
	}
}

// TestPoliticalHeld3Disjoint checks that the held3 draw shares no pair with
// the tune half, the held half's judged pairs or held2, and that its
// committed verdicts parse and all lie in held3.
func TestPoliticalHeld3Disjoint(t *testing.T) {
	held, err := parsePoliticalVerdicts(politicalJudged)
	if err != nil {
		t.Fatal(err)
	}
	v3, err := parsePoliticalVerdicts(politicalHeld3Judged)
	if err != nil {
		t.Fatal(err)
	}
	if len(v3) < 150 {
		t.Errorf("%d held3 verdicts, want at least 150", len(v3))
	}
	in := func(key string, o PoliticalOptions) bool {
		return politicalKeep(key, o, true, false, held) || politicalKeep(key, o, false, false, held)
	}
	n3 := 0
	for i := range 4000 {
		key := fmt.Sprintf("outlet-a_2016-%04d_x~outlet-b_2016-%04d_y", i, 7*i)
		if !in(key, PoliticalOptions{Held3: true}) {
			continue
		}
		n3++
		for _, o := range []PoliticalOptions{{}, {Held: true}, {Held2: true}} {
			if in(key, o) {
				t.Fatalf("%s is in held3 and in %+v", key, o)
			}
		}
	}
	if n3 == 0 {
		t.Error("held3 draws no pair of 4000")
	}
	h3 := PoliticalOptions{Held3: true}
	for key := range v3 {
		if _, judged := held[key]; judged || !politicalKeep(key, h3, false, true, held) {
			t.Errorf("held3 verdict %s lies outside held3", key)
		}
	}
}

func TestScorePolitical(t *testing.T) {
	pairs := []PoliticalPair{
		{Verdict: 'y', Merged: [2]bool{true, false}},
		{Verdict: 'y', Merged: [2]bool{false, false}},
		{Verdict: 'n', Merged: [2]bool{true, true}},
		{Verdict: 'n', Merged: [2]bool{false, true}},
		{Merged: [2]bool{true, true}},
	}
	tests := []struct {
		run            int
		tp, fn, fp, tn int
		p, r           float64
	}{
		{0, 1, 1, 1, 1, 0.5, 0.5},
		{1, 0, 2, 2, 0, 0, 0},
	}
	for _, tt := range tests {
		s := ScorePolitical(pairs, tt.run)
		if s.TP != tt.tp || s.FN != tt.fn || s.FP != tt.fp || s.TN != tt.tn || s.Unjudged != 1 || s.Judged != 4 {
			t.Errorf("run %d: %+v", tt.run, s)
		}
		if s.Precision() != tt.p || s.Recall() != tt.r {
			t.Errorf("run %d: P %v R %v, want %v %v", tt.run, s.Precision(), s.Recall(), tt.p, tt.r)
		}
	}
}

// TestLoadPolitical reads a fictional PolNeAR-shaped folder: train and dev
// articles in date order, the title line split off, and the test
// compartment never opened (its file does not exist).
func TestLoadPolitical(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, s string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("data/metadata.tsv", "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\tauthor\ttitle\n"+
		"train\tgazette_b\tx\tx\tgazette\t2016-03-02\tA\tMayor opens bridge\n"+
		"dev\tcourier_a\tx\tx\tcourier\t2016-03-01\tB\tCouncil votes\n"+
		"test\tsecret_c\tx\tx\tcourier\t2016-03-01\tC\tNever read\n")
	write("data/train/text/gazette_b.txt", "Mayor opens bridge.\n\nThe mayor of Lindenfeld opened the bridge.")
	write("data/dev/text/courier_a.txt", "Council votes.\n\nThe council of Lindenfeld voted on the budget.")
	docs, err := LoadPolitical(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "courier_a" || docs[1].ID != "gazette_b" {
		t.Fatalf("docs %+v", docs)
	}
	if docs[1].Title != "Mayor opens bridge." || strings.HasPrefix(docs[1].Text, "Mayor") || docs[1].Publisher != "gazette" {
		t.Errorf("doc %+v", docs[1])
	}
	if _, err := LoadPolitical(t.TempDir()); err == nil {
		t.Errorf("no error for a folder without metadata")
	}
}

func TestPoliticalCosine(t *testing.T) {
	docs := []PoliticalDoc{
		{Title: "Senator wins primary", Text: "The senator won the primary in Northfield."},
		{Title: "Senator wins primary", Text: "The senator won the primary in Northfield."},
		{Title: "Storm hits coast", Text: "A storm hit the coast of Eastport."},
		{Title: "Mayor speaks", Text: "The mayor spoke about roads."},
	}
	v := politicalVectors(docs)
	if c := sparseCos(v[0], v[1]); c < 0.999 {
		t.Errorf("identical articles: cosine %v", c)
	}
	if c := sparseCos(v[0], v[2]); c > 0.01 {
		t.Errorf("unrelated articles: cosine %v", c)
	}
	if got := politicalWords("It's a U.S. win, 2016!"); strings.Join(got, " ") != "win 2016" {
		t.Errorf("words %q", got)
	}
}

// TestPoliticalPairsSample runs the three halves when ../shared is present:
// they are disjoint, keys are ordered file names, and the held half (dated)
// and held2 (undated, its condition) are fully judged.
func TestPoliticalPairsSample(t *testing.T) {
	if testing.Short() {
		t.Skip("clusters the sample articles twice per half")
	}
	dir := politicalDir(t) // skips when ../shared is absent
	tune, _, err := PoliticalPairs(context.Background(), PoliticalOptions{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	held, n, err := PoliticalPairs(context.Background(), PoliticalOptions{Dir: dir, Held: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(tune) < 50 || len(held) < 50 || n[0].Stories < 100 || n[1].Stories < 100 {
		t.Fatalf("%d tune and %d held pairs, %v stories", len(tune), len(held), n)
	}
	held2, _, err := PoliticalPairs(context.Background(), PoliticalOptions{Dir: dir, Held2: true, Undated: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(held2) < 100 {
		t.Fatalf("%d held2 pairs", len(held2))
	}
	half := map[string]string{}
	for _, set := range []struct {
		name  string
		pairs []PoliticalPair
	}{{"tune", tune}, {"held", held}, {"held2", held2}} {
		for _, p := range set.pairs {
			if h, ok := half[p.Key]; ok {
				t.Errorf("pair %s in %s and %s", p.Key, h, set.name)
			}
			half[p.Key] = set.name
			if set.name != "tune" && p.Verdict == 0 {
				t.Errorf("%s pair %s not judged", set.name, p.Key)
			}
		}
	}
	for _, p := range append(append(tune, held...), held2...) {
		if p.Key != p.A.ID+"~"+p.B.ID || p.A.ID >= p.B.ID {
			t.Errorf("key %s does not name %s and %s in order", p.Key, p.A.ID, p.B.ID)
		}
	}
}

// TestPoliticalHeld4Disjoint checks that the held4 draw shares no pair with
// the tune half, the held half, held2 or held3, and that its committed
// verdicts parse and all lie in held4.
func TestPoliticalHeld4Disjoint(t *testing.T) {
	held, err := parsePoliticalVerdicts(politicalJudged)
	if err != nil {
		t.Fatal(err)
	}
	v4, err := parsePoliticalVerdicts(politicalHeld4Judged)
	if err != nil {
		t.Fatal(err)
	}
	if len(v4) < 100 {
		t.Errorf("%d held4 verdicts, want at least 100", len(v4))
	}
	in := func(key string, o PoliticalOptions) bool {
		return politicalKeep(key, o, true, false, held) || politicalKeep(key, o, false, false, held)
	}
	n4 := 0
	for i := range 4000 {
		key := fmt.Sprintf("outlet-a_2016-%04d_x~outlet-b_2016-%04d_y", i, 7*i)
		if !in(key, PoliticalOptions{Held4: true}) {
			continue
		}
		n4++
		for _, o := range []PoliticalOptions{{}, {Held: true}, {Held2: true}, {Held3: true}} {
			if in(key, o) {
				t.Fatalf("%s is in held4 and in %+v", key, o)
			}
		}
	}
	if n4 == 0 {
		t.Error("held4 draws no pair of 4000")
	}
	h4 := PoliticalOptions{Held4: true}
	for key := range v4 {
		if _, judged := held[key]; judged || !politicalKeep(key, h4, false, true, held) {
			t.Errorf("held4 verdict %s lies outside held4", key)
		}
		for _, o := range []PoliticalOptions{{}, {Held2: true}, {Held3: true}} {
			if politicalKeep(key, o, true, false, held) {
				t.Errorf("held4 verdict %s lies in %+v too", key, o)
			}
		}
	}
}

// TestPoliticalHeld5Disjoint checks that the held5 draw shares no merged
// pair with the tune half or any earlier held share (judged, or kept by its
// hash), holds no close pair kept apart unless judged (those are held2's,
// held3's or held4's), and that its committed
// verdicts parse, lie in held5 and name no pair an earlier share judged.
func TestPoliticalHeld5Disjoint(t *testing.T) {
	held, err := parsePoliticalVerdicts(politicalJudged)
	if err != nil {
		t.Fatal(err)
	}
	v5, err := parsePoliticalVerdicts(politicalHeld5Judged)
	if err != nil {
		t.Fatal(err)
	}
	if len(v5) < 100 {
		t.Errorf("%d held5 verdicts, want at least 100", len(v5))
	}
	h5 := PoliticalOptions{Held5: true}
	n5 := 0
	for i := range 4000 {
		key := fmt.Sprintf("outlet-a_2016-%04d_x~outlet-b_2016-%04d_y", i, 7*i)
		if politicalKeep(key, h5, false, false, held) {
			t.Fatalf("%s: held5 keeps a close pair kept apart", key)
		}
		if !politicalKeep(key, h5, true, false, held) {
			continue
		}
		n5++
		for _, o := range []PoliticalOptions{{}, {Held: true}, {Held2: true}, {Held3: true}, {Held4: true}} {
			if politicalKeep(key, o, true, false, held) {
				t.Fatalf("%s is in held5 and in %+v", key, o)
			}
		}
	}
	if n5 == 0 {
		t.Error("held5 draws no pair of 4000")
	}
	var earlier []map[string]StorylineVerdict
	for _, src := range []string{politicalHeld2Judged, politicalHeld3Judged, politicalHeld4Judged} {
		v, err := parsePoliticalVerdicts(src)
		if err != nil {
			t.Fatal(err)
		}
		earlier = append(earlier, v)
	}
	for key := range v5 {
		if _, judged := held[key]; judged || !politicalKeep(key, h5, true, false, held) {
			t.Errorf("held5 verdict %s lies outside held5", key)
		}
		if politicalJudgedBefore(key, earlier...) {
			t.Errorf("held5 verdict %s was judged in an earlier share", key)
		}
	}
}
