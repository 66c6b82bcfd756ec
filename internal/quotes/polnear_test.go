package quotes

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestPolNeARDev scores the dev split; it guards against regressions rather
// than asserting the published targets (those are reported on test by
// `storyline eval quotes`).
func TestPolNeARDev(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	dir := filepath.Join(repoShared(t), "bench", "quotes", "polnear")
	sc, err := ScorePolNeAR(context.Background(), PolNeAROptions{Dir: dir, Split: "dev"})
	if err != nil {
		t.Skipf("PolNeAR absent (%v); scoring skipped", err)
	}
	t.Logf("dev: articles=%d exact F1=%.3f overlap P=%.3f R=%.3f F1=%.3f speaker=%.3f direct F1=%.3f",
		sc.Articles, sc.Exact.F1(), sc.Overlap.Precision(), sc.Overlap.Recall(), sc.Overlap.F1(), sc.SpeakerAccuracy(), sc.Direct.F1())
	if sc.Overlap.F1() < 0.3 || sc.SpeakerAccuracy() < 0.5 {
		t.Errorf("PolNeAR dev regressed: overlap F1 %.3f speaker %.3f", sc.Overlap.F1(), sc.SpeakerAccuracy())
	}
}

// The parts of one gold unit count once as predicted in OverlapParts, and
// SpeakerByName ignores the speaker's span.
func TestPolNeARPartsAndByName(t *testing.T) {
	text := `“We will sail,” she said. “The port stays open.” Ana Lind said the talks were over. The weather was fine.`
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	gs, ge := at(`“We will sail,” she said. “The port stays open.”`)
	ss, se := at("she")
	g1 := goldUnit{sStart: ss, sEnd: se, source: "she"}
	g1.start, g1.end = normSpan(text, gs, ge)
	ls, le := at("Ana Lind")
	g2 := goldUnit{sStart: ls, sEnd: le, source: "Ana Lind"}
	g2.start, g2.end = at("the talks were over")
	pred := func(s, speaker string, sStart, sEnd int) Quote {
		a, b := at(s)
		return Quote{Quote: core.Quote{Text: s, Speaker: speaker, Start: a, End: b}, SpeakerStart: sStart, SpeakerEnd: sEnd}
	}
	var sc PolNeARScore
	sc.add(text, []goldUnit{g1, g2}, []Quote{
		pred("We will sail,", "Ana Lind", ss, se),
		pred("The port stays open.", "Ana Lind", ss, se),
		pred("the talks were over", "Ana Lind", -1, -1),
		pred("The weather was fine", "", -1, -1),
	})
	if sc.Overlap.Predicted != 4 || sc.Overlap.Matched != 2 {
		t.Errorf("overlap %+v, want 2 of 4 predicted", sc.Overlap)
	}
	if sc.OverlapParts.Predicted != 3 || sc.OverlapParts.Matched != 2 || sc.OverlapParts.GoldMatched != 2 {
		t.Errorf("overlap, parts once %+v, want 2 of 3 predicted", sc.OverlapParts)
	}
	if sc.SpeakerTotal != 2 || sc.SpeakerRight != 2 || sc.SpeakerByName != 1 {
		t.Errorf("speaker %d/%d, by name %d: want 2/2, by name 1", sc.SpeakerRight, sc.SpeakerTotal, sc.SpeakerByName)
	}
}

// SpeakerNamed counts a speaker right by its span only when it has a name.
func TestPolNeARSpeakerNamed(t *testing.T) {
	text := `“We will sail,” she said. Ana Lind said the talks were over.`
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	ss, se := at("she")
	g1 := goldUnit{sStart: ss, sEnd: se, source: "she"}
	g1.start, g1.end = at("We will sail")
	ls, le := at("Ana Lind")
	g2 := goldUnit{sStart: ls, sEnd: le, source: "Ana Lind"}
	g2.start, g2.end = at("the talks were over")
	a1, b1 := at("We will sail")
	a2, b2 := at("the talks were over")
	var sc PolNeARScore
	sc.add(text, []goldUnit{g1, g2}, []Quote{
		{Quote: core.Quote{Text: "We will sail", Speaker: "", Start: a1, End: b1}, SpeakerStart: ss, SpeakerEnd: se},
		{Quote: core.Quote{Text: "the talks were over", Speaker: "Ana Lind", Start: a2, End: b2}, SpeakerStart: ls, SpeakerEnd: le},
	})
	if sc.SpeakerTotal != 2 || sc.SpeakerRight != 2 || sc.SpeakerNamed != 1 {
		t.Errorf("speaker %d/%d, named %d: want 2/2, named 1 (the unresolved 'she' has no name)", sc.SpeakerRight, sc.SpeakerTotal, sc.SpeakerNamed)
	}
}

// The exported PolNeAR helpers read, match and judge as the scorer does.
func TestPolNeARUnitsMatchTheScorer(t *testing.T) {
	text := `“We will sail,” she said. Ana Lind said the talks were over.`
	ann := filepath.Join(t.TempDir(), "a.ann")
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return len([]rune(text[:i])), len([]rune(text[:i+len(s)]))
	}
	c1a, c1b := at(`“We will sail,”`)
	s1a, s1b := at("she")
	c2a, c2b := at("the talks were over")
	s2a, s2b := at("Ana Lind")
	body := fmt.Sprintf("T1\tContent %d %d\tx\nT2\tSource %d %d\tshe\nT3\tContent %d %d\tx\nT4\tSource %d %d\tAna Lind\nE1\tAttribution:T1 Content:T1 Source:T2\nE2\tAttribution:T3 Content:T3 Source:T4\n",
		c1a, c1b, s1a, s1b, c2a, c2b, s2a, s2b)
	if err := os.WriteFile(ann, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	units, err := ReadPolNeARUnits(ann, text)
	if err != nil {
		t.Fatal(err)
	}
	gold, err := readBrat(ann, text)
	if err != nil {
		t.Fatal(err)
	}
	if len(units) != 2 || len(gold) != 2 {
		t.Fatalf("units %+v, gold %+v: want two each", units, gold)
	}
	for i, u := range units {
		if u.gold() != gold[i] {
			t.Errorf("unit %d: %+v, scorer reads %+v", i, u, gold[i])
		}
	}
	if !units[0].Direct || units[1].Direct || units[1].Source != "Ana Lind" {
		t.Errorf("units %+v: want the first direct, the second reported by Ana Lind", units)
	}
	i := strings.Index(text, "the talks")
	pred := []Quote{{Quote: core.Quote{Text: "the talks were over", Speaker: "Ana Lind", Start: i, End: i + len("the talks were over")}, SpeakerStart: -1, SpeakerEnd: -1}}
	if m := MatchPolNeAR(text, pred, units); len(m) != 1 || m[0] != 1 {
		t.Errorf("match %v, want [1]", m)
	}
	if !PolNeARSpeakerRight(pred[0], units[1]) || PolNeARSpeakerRight(pred[0], units[0]) {
		t.Error("speaker test: Ana Lind is right for her unit only")
	}
}
