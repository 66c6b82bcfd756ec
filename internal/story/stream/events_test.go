package stream

import (
	"context"
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/story"
)

// TestEventKeys: the keys the event clash compares, by mode.
func TestEventKeys(t *testing.T) {
	d := story.Doc{Title: "Karvik police arrest mayor", Text: "Police in Karvik arrested Mayor Ana Berg on Monday."}
	for _, tc := range []struct{ mode, want string }{
		{"", "COERCE"},
		{"type", "COERCE"},
		{"act", "police|COERCE|ana berg"},
		{"both", "police|COERCE|ana berg"},
		{"trigger", "COERCE|arrested"},
		{"main", "COERCE|arrest"},
	} {
		if got := eventKeys(d, tc.mode); !slices.Contains(got, tc.want) {
			t.Errorf("eventKeys(%q) = %q, want it to hold %q", tc.mode, got, tc.want)
		}
	}
}

// TestEventsOnlyWhenOn: a Runner extracts events only with the clash on.
func TestEventsOnlyWhenOn(t *testing.T) {
	d := story.Doc{ID: "a", Title: "Karvik police arrest mayor", Text: "Police in Karvik arrested Mayor Ana Berg on Monday."}
	if got := New(Options{}).events(d); got != nil {
		t.Errorf("clash off: events %q, want none", got)
	}
	r := New(Options{Story: story.Options{EventClash: 0.1}})
	if got := r.events(d); !slices.Contains(got, "COERCE") {
		t.Errorf("clash on: events %q, want COERCE among them", got)
	}
	if _, err := r.Add(context.Background(), d); err != nil {
		t.Fatal(err)
	}
}
