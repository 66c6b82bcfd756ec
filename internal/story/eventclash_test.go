package story

import (
	"math"
	"testing"
	"time"
)

// TestEventClash: with Options.EventClash on, consolidation leaves two
// stories of one cast apart when each reports enough event keys and they
// share none; off, with shared events, or with other casts they merge.
func TestEventClash(t *testing.T) {
	// One cast (the Karvik council and its mayor Ana Berg): a vote on the
	// harbour plan and, weeks later, the mayor's arrest.
	v0 := unit(tf("harbour", 3), tf("council", 2), tf("karvik", 2), ef("karvik", 1), ef("ana berg", 1))
	v2 := unit(tf("harbour", 1), tf("council", 1), tf("police", 2), ef("ana berg", 1), ef("karvik", 1))
	vote := []string{"CONSULT|vote", "AGREE|approve"}
	arrest := []string{"COERCE|arrest", "INVESTIGATE|question"}
	for _, tc := range []struct {
		name       string
		opts       Options
		a, b       []string
		wantMerged bool
		dated      bool
	}{
		{"off: other events", Options{MergeModel: -1}, vote, arrest, true, false},
		{"on: other events", Options{MergeModel: -1, EventClash: 0.1}, vote, arrest, false, false},
		{"on: same events", Options{MergeModel: -1, EventClash: 0.1}, vote, vote, true, false},
		{"on: one shared event", Options{MergeModel: -1, EventClash: 0.1}, vote, []string{vote[0], arrest[0]}, true, false},
		{"on: one event each, at least 2", Options{MergeModel: -1, EventClash: 0.1}, vote[:1], arrest[:1], true, false},
		{"on: other events, cast gate above the pair's", Options{MergeModel: -1, EventClash: 0.1, EventClashCast: 1.01}, vote, arrest, true, false},
		{"on: other events, dated", Options{MergeModel: -1, EventClash: 0.1}, vote, arrest, false, true},
		{"undated only: other events, undated", Options{MergeModel: -1, EventClash: 0.1, EventClashUndated: true}, vote, arrest, false, false},
		{"undated only: other events, dated", Options{MergeModel: -1, EventClash: 0.1, EventClashUndated: true}, vote, arrest, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New(nil, tc.opts)
			var day time.Time
			if tc.dated {
				day = time.Date(2031, 3, 3, 0, 0, 0, 0, time.UTC)
			}
			a := docStory(t, c, Doc{Events: tc.a, Published: day}, v0)
			b := docStory(t, c, Doc{Events: tc.b, Published: day}, v2)
			expectMerged(t, c, a, b, tc.wantMerged)
		})
	}
}

// TestEventClashJoin: an arriving report of the same cast whose events
// are none of a story's scores (1 - EventClashJoin) times lower against
// it; with the story's events, or with the clash off, as before.
func TestEventClashJoin(t *testing.T) {
	first := Doc{ID: "a", Title: "Karvik council votes on harbour plan", Text: "The Karvik council voted on Monday on Mayor Ana Berg's harbour plan. Ana Berg said the Karvik harbour would be rebuilt. The council approved the plan by nine votes to four.",
		Events: []string{"CONSULT|vote", "AGREE|approve"}}
	next := Doc{ID: "b", Title: "Karvik mayor Ana Berg and the harbour plan", Text: "Mayor Ana Berg of Karvik was at the council on Monday over the harbour plan. The Karvik council and Ana Berg said the harbour would be rebuilt."}
	score := func(o Options, events ...string) float64 {
		d := next
		d.Events = events
		return joinScore(t, o, first, d)
	}
	other := []string{"COERCE|arrest", "INVESTIGATE|question"}
	base := score(Options{}, other...)
	on := Options{EventClash: 0.1, EventClashCast: 0.01, EventClashJoin: 0.3}
	if got := score(on, first.Events...); math.Abs(got-base) > 1e-9 {
		t.Errorf("same events: score %.4f, want %.4f (as with the clash off)", got, base)
	}
	if got, want := score(on, other...), 0.7*base; math.Abs(got-want) > 1e-9 {
		t.Errorf("other events: score %.4f, want %.4f (0.7 x %.4f)", got, want, base)
	}
}
