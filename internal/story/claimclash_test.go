package story

import (
	"math"
	"testing"
)

// TestClaimClash: with Options.ClaimClash on (the default since the
// twenty-third session), consolidation leaves two stories of one cast
// apart when each carries enough claim keys and they share none; off or
// with shared claims they merge.
func TestClaimClash(t *testing.T) {
	// One cast (the Karvik bridge), the vectors of TestNumberClash.
	v0 := unit(tf("bridge", 3), tf("close", 2), tf("karvik", 2), ef("karvik", 1), ef("ana berg", 1))
	v2 := unit(tf("bridge", 1), tf("close", 1), tf("repair", 2), ef("ana berg", 1), ef("karvik", 1))
	closure := []string{"ana berg|say|bridge unsafe", "council|say|ferries run"}
	reopening := []string{"ana berg|say|repairs done", "council|deny|cost overrun"}
	for _, tc := range []struct {
		name       string
		opts       Options
		a, b       []string
		wantMerged bool
	}{
		{"off: other claims", Options{MergeModel: -1, ClaimClash: -1}, closure, reopening, true},
		{"default: other claims", Options{MergeModel: -1}, closure, reopening, false},
		{"default: one shared claim", Options{MergeModel: -1}, closure, []string{closure[0], reopening[1]}, true},
		{"default: one claim each", Options{MergeModel: -1}, closure[:1], reopening[:1], true},
		{"on: same claims", Options{MergeModel: -1, ClaimClash: 0.05}, closure, closure, true},
		{"on: one shared claim", Options{MergeModel: -1, ClaimClash: 0.05}, closure, []string{closure[0], reopening[1]}, true},
		{"on: other claims", Options{MergeModel: -1, ClaimClash: 0.05}, closure, reopening, false},
		{"on: one claim each, at least 2", Options{MergeModel: -1, ClaimClash: 0.05}, closure[:1], reopening[:1], true},
		{"on: one claim each, at least 1", Options{MergeModel: -1, ClaimClash: 0.05, ClaimClashMin: 1}, closure[:1], reopening[:1], false},
		{"on: no claims on one side", Options{MergeModel: -1, ClaimClash: 0.05, ClaimClashMin: 1}, closure, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New(nil, tc.opts)
			a := docStory(t, c, Doc{Claims: tc.a}, v0)
			b := docStory(t, c, Doc{Claims: tc.b}, v2)
			expectMerged(t, c, a, b, tc.wantMerged)
		})
	}
}

// TestClaimClashJoin: an arriving article whose claims are none of a
// story's scores (1 - ClaimClashJoin) times lower against it; with the
// story's claims, or with the join factor off, it scores as before.
func TestClaimClashJoin(t *testing.T) {
	first := Doc{ID: "a", Title: "Karvik bridge closed after crack found", Text: "The Karvik bridge was closed on Monday after inspectors found a crack in its main span. Engineer Ana Berg said the steel would be replaced. The Karvik council said ferries would carry commuters while the bridge is closed.",
		Claims: []string{"ana berg|say|bridge unsafe", "council|say|ferries run"}}
	next := Doc{ID: "b", Title: "Karvik bridge shut over crack in span", Text: "Inspectors closed the Karvik bridge after finding a crack in the main span. Ana Berg, the engineer, said the steel must be replaced. Commuters will cross on ferries while the bridge is closed."}
	score := func(o Options, claims ...string) float64 {
		d := next
		d.Claims = claims
		return joinScore(t, o, first, d)
	}
	base := score(Options{}, "ana berg|say|repairs done", "council|deny|cost overrun")
	on := Options{ClaimClash: 0.05, ClaimClashJoin: 0.3}
	if got := score(on, first.Claims...); math.Abs(got-base) > 1e-9 {
		t.Errorf("same claims: score %.4f, want %.4f (as with the test off)", got, base)
	}
	if got, want := score(on, "ana berg|say|repairs done", "council|deny|cost overrun"), 0.7*base; math.Abs(got-want) > 1e-9 {
		t.Errorf("other claims: score %.4f, want %.4f (0.7 x %.4f)", got, want, base)
	}
	if got := score(Options{ClaimClash: -1, ClaimClashJoin: 0.3}, "ana berg|say|repairs done", "council|deny|cost overrun"); math.Abs(got-base) > 1e-9 {
		t.Errorf("join factor with ClaimClash off: score %.4f, want %.4f", got, base)
	}
}
