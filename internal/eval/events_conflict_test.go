package eval

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/events"
	"github.com/storyline/storyline/internal/testshared"
)

func TestConflictGoldsParse(t *testing.T) {
	g, err := ConflictGolds()
	if err != nil {
		t.Fatal(err)
	}
	if len(g) < 200 {
		t.Fatalf("ConflictGolds: %d sentences, want the committed sample (>= 200)", len(g))
	}
	conflict := 0
	for _, x := range g {
		if x.IsConflict() {
			conflict++
		}
		if len(x.Actors) == 0 || len(x.Targets) == 0 {
			t.Errorf("%s: no actor or target hashes", x.Key)
		}
	}
	if conflict < 60 {
		t.Errorf("ConflictGolds: %d sentences of the eight categories, want >= 60", conflict)
	}
}

func TestScoreConflict(t *testing.T) {
	ev := func(typ, actor, target string) events.Event {
		return events.Event{Event: core.Event{Type: typ, Actor: actor, Target: target}}
	}
	gold := func(types []string, actors, targets []string) *ConflictGold {
		g := &ConflictGold{Types: types}
		for _, a := range actors {
			g.Actors = append(g.Actors, shortHash(conflictName(a)))
		}
		for _, a := range targets {
			g.Targets = append(g.Targets, shortHash(conflictName(a)))
		}
		return g
	}
	ss := []ConflictSentence{
		// right type, actor by its state name, no target found and none named
		{Events: []events.Event{ev("fight", "Norland", "")}, Gold: gold([]string{"FIGHT"}, []string{"norland"}, []string{"-"})},
		// right type on a later event only; wrong primary
		{Events: []events.Event{ev("disapprove", "Velsk", ""), ev("threaten", "Velsk", "Norland")}, Gold: gold([]string{"THREATEN"}, []string{"velsk"}, []string{"norland"})},
		// no event
		{Gold: gold([]string{"PROTEST"}, []string{"-"}, []string{"-"})},
		// a second acceptable category; the actor with a leading "the"
		{Events: []events.Event{ev("coerce", "the Police", "Ana Brell")}, Gold: gold([]string{"ASSAULT", "COERCE"}, []string{"police"}, []string{"brell"})},
		// other sentences: one false alarm, one right
		{Events: []events.Event{ev("assault", "", "")}, Gold: gold([]string{"NONE"}, []string{"-"}, []string{"-"})},
		{Events: []events.Event{ev("consult", "Velsk", "Norland")}, Gold: gold([]string{"CONSULT"}, []string{"-"}, []string{"-"})},
		// not judged
		{Events: []events.Event{ev("assault", "", "")}},
	}
	sc := ScoreConflict(ss)
	want := ConflictScore{Sentences: 7, Judged: 6, Conflict: 4, TypeRight: 2, AnyRight: 3, NoEvent: 1, ActorRight: 2, TargetRight: 1, Other: 2, FalsePrimary: 1, FalseAny: 1}
	got := sc
	got.PerType, got.Confusion = nil, nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ScoreConflict = %+v, want %+v", got, want)
	}
	if c := sc.PerType["ASSAULT"]; c != [2]int{1, 1} {
		t.Errorf("PerType[ASSAULT] = %v, want [1 1] (the first conflict category of the gold)", c)
	}
}

// TestConflictSample draws the sample when ../shared is present: every
// drawn sentence is judged, keys are unique, and the halves split it.
func TestConflictSample(t *testing.T) {
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	tune, err := ConflictSample(context.Background(), shared, "tune")
	if err != nil {
		t.Fatal(err)
	}
	held, err := ConflictSample(context.Background(), shared, "held")
	if err != nil {
		t.Fatal(err)
	}
	if len(tune) < 80 || len(held) < 80 {
		t.Fatalf("halves of %d and %d sentences, want >= 80 each", len(tune), len(held))
	}
	seen := map[string]bool{}
	for _, s := range append(tune, held...) {
		if seen[s.Key] {
			t.Errorf("duplicate key %s", s.Key)
		}
		seen[s.Key] = true
		if s.Gold == nil {
			t.Errorf("%s: drawn but not judged", s.Key)
		}
		if s.Held != ConflictHeld(s.Key) {
			t.Errorf("%s: in the wrong half", s.Key)
		}
	}
	if _, err := ConflictSample(context.Background(), shared, "test"); err == nil {
		t.Error(`ConflictSample(half "test") = nil error, want an error`)
	}
}
