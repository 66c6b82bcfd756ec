package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/testshared"
)

func TestHeld14Sport(t *testing.T) {
	for _, c := range []struct {
		head string
		want bool
	}{
		{"SOCCER - NORLAND BEAT VELSK 2-1 .", true},
		{"TENNIS - RESULTS OF THE OPEN .", true},
		{"NORLAND TROOPS CLASH WITH REBELS .", false},
		{"MOTORISTS BLOCK ROADS IN FUEL PROTEST .", false},
	} {
		if got := held14Sport.MatchString(c.head); got != c.want {
			t.Errorf("held14Sport(%q) = %v, want %v", c.head, got, c.want)
		}
	}
}

func TestHeld14Golds(t *testing.T) { expectGoldTypesUpper(t, held14Golds) }

// TestDumpHeld14 writes the drawn sentences of the fourteenth sample that
// have no gold yet, for judging, with the entity names the layer sees in
// each (never the events found). It runs only with EVENTS_HELD14_DUMP=FILE.
func TestDumpHeld14(t *testing.T) {
	dumpConflictSample(t, "EVENTS_HELD14_DUMP", held14Docs, held14Golds, withCue(held14SentenceDrawn), func(key string, _ bool, text, names string) string {
		return fmt.Sprintf("%s\t%v\t%s\t[%s]\n", key, Held14Held(key), text, names)
	})
}

// TestScoreHeld14 scores the fourteenth sample's half EVENTS_HELD14
// (tune, held or all); with EVENTS_HELD14_ERRORS=1 it lists the tune
// half's errors (never the held half's).
func TestScoreHeld14(t *testing.T) {
	half := os.Getenv("EVENTS_HELD14")
	if half == "" {
		t.Skip("set EVENTS_HELD14=tune|held|all to score the fourteenth sample")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds"))
	ss, err := Held14Sample(context.Background(), shared, half)
	if err != nil {
		t.Fatal(err)
	}
	sc := ScoreConflict(ss)
	t.Logf("held14 %s: %d sentences, %d judged; conflict %d: primary type right %d (%.3f), any event right %d, no event %d, actor %d, target %d; other %d: false primaries %d, any false %d",
		half, sc.Sentences, sc.Judged, sc.Conflict, sc.TypeRight, float64(sc.TypeRight)/float64(max(sc.Conflict, 1)), sc.AnyRight, sc.NoEvent, sc.ActorRight, sc.TargetRight, sc.Other, sc.FalsePrimary, sc.FalseAny)
	logConflictPerType(t, sc.PerType, 9)
	logConflictErrors(t, "EVENTS_HELD14_ERRORS", half, ss)
}
