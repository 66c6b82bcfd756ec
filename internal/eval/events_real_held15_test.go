package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/events"
	"github.com/storyline/storyline/internal/testshared"
)

func TestHeld15Cue(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Norland and Velsk agreed to resume talks on Monday .", true},
		{"The Velsk minister accused Norland of stalling .", true},
		{"Shares in Brell Mining rose 3 percent on Tuesday .", false},
		{"The Norland team scored twice in the second half .", false},
	} {
		if got := held15Cue.MatchString(c.text); got != c.want {
			t.Errorf("held15Cue(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestHeld15Golds(t *testing.T) { expectGoldTypesUpper(t, held15Golds) }

func TestScoreHeld15Fictional(t *testing.T) {
	dash := shortHash("-")
	ss := []ConflictSentence{
		{Gold: &ConflictGold{Types: []string{"CONSULT"}, Actors: []string{shortHash("norland")}, Targets: []string{dash}},
			Events: []events.Event{{Event: core.Event{Type: "consult", Actor: "Norland"}}}},
		{Gold: &ConflictGold{Types: []string{"AID"}, Actors: []string{dash}, Targets: []string{dash}}},
		{Gold: &ConflictGold{Types: []string{"NONE"}, Actors: []string{dash}, Targets: []string{dash}},
			Events: []events.Event{{Event: core.Event{Type: "support", Actor: "Velsk"}}}},
		{},
	}
	sc := ScoreHeld15(ss)
	if sc.Sentences != 4 || sc.Judged != 3 || sc.Acts != 2 || sc.TypeRight != 1 || sc.NoEvent != 1 || sc.ActorRight != 1 || sc.TargetRight != 1 || sc.None != 1 || sc.FalsePrimary != 1 {
		t.Errorf("score = %+v", sc)
	}
}

// TestDumpHeld15 writes the drawn sentences of the fifteenth sample that
// have no gold yet, for judging, with the entity names the layer sees in
// each (never the events found). It runs only with EVENTS_HELD15_DUMP=FILE.
func TestDumpHeld15(t *testing.T) {
	dumpConflictSample(t, "EVENTS_HELD15_DUMP", held15Docs, held15Golds, withCue(held15SentenceDrawn), func(key string, _ bool, text, names string) string {
		return fmt.Sprintf("%s\t%v\t%s\t[%s]\n", key, Held15Held(key), text, names)
	})
}

// TestScoreHeld15 scores the fifteenth sample's half EVENTS_HELD15 (tune,
// held or all); with EVENTS_HELD15_ERRORS=1 it lists the tune half's
// errors (never the held half's).
func TestScoreHeld15(t *testing.T) {
	half := os.Getenv("EVENTS_HELD15")
	if half == "" {
		t.Skip("set EVENTS_HELD15=tune|held|all to score the fifteenth sample")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds"))
	ss, err := Held15Sample(context.Background(), shared, half)
	if err != nil {
		t.Fatal(err)
	}
	logConflictScore(t, "held15 "+half, ss)
	logConflictErrors(t, "EVENTS_HELD15_ERRORS", half, ss)
}
