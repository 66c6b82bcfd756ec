package store

import (
	"errors"
	"go/build"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// The store reads the event type list from core: it imported the events
// stage (its rules and lexicons) only to check a type filter.
func TestStoreDoesNotImportEventsStage(t *testing.T) {
	p, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(p.Imports, "github.com/storyline/storyline/internal/events") {
		t.Errorf("store imports internal/events; read the types from core.EventTypes")
	}
}

func TestEventType(t *testing.T) {
	for _, c := range []struct{ in, want string }{{"", ""}, {" THREATEN ", "threaten"}, {"express-intent", "express-intent"}} {
		if got, err := EventType(c.in); err != nil || got != c.want {
			t.Errorf("EventType(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	_, err := EventType("parley")
	if !errors.Is(err, ErrUnknownEventType) || !strings.Contains(err.Error(), `type "parley"`) ||
		!strings.Contains(err.Error(), strings.Join(core.EventTypes(), ", ")) {
		t.Errorf("EventType(parley) = %v; want ErrUnknownEventType naming it and the types", err)
	}
}
