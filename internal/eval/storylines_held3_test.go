package eval

import (
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/testshared"
)

// TestStorylineHeld3Sample runs the held3 sample when ../shared is
// present: its documents are held2's (no test split) in another order, it
// leaves out the keys the earlier samples judged, holds linked and drawn
// pairs, and is judged. A pair whose stories changed (a change to
// clustering, claims or entities moves the documents) has a stale verdict:
// it is logged, and the test fails when more than a fifth are, so that
// the sample gets re-judged (eval storylines --set held3 --list).
func TestStorylineHeld3Sample(t *testing.T) {
	if testing.Short() {
		t.Skip("clusters the sample documents")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	docs, err := storylineHeld3Docs(shared)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := storylineHeld2Docs(shared)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != len(ref) {
		t.Fatalf("%d held3 documents, held2 has %d", len(docs), len(ref))
	}
	same := 0
	for i, d := range docs {
		if d.Split == "test" {
			t.Fatalf("document %s from a test split", d.ID)
		}
		if d.ID == ref[i].ID {
			same++
		}
	}
	if same == len(docs) {
		t.Errorf("held3 documents in held2's order")
	}
	pairs, first := heldStorylineSample(t, "held3", StorylineSampleOptions{Shared: shared, Held3: true})
	second, err := parseStorylineVerdicts(storylinesHeld2Judged)
	if err != nil {
		t.Fatal(err)
	}
	var stale int
	for _, p := range pairs {
		if _, ok := first[p.Key]; ok {
			t.Errorf("pair %s was in the first sample", p.Key)
		}
		if _, ok := second[p.Key]; ok {
			t.Errorf("pair %s was in held2", p.Key)
		}
		if p.Verdict == 0 {
			t.Logf("held3 pair %s not judged (or its stories changed)", p.Key)
			stale++
		}
	}
	checkLinkedAndDrawn(t, pairs)
	if 5*stale > len(pairs) {
		t.Errorf("%d of %d held3 pairs not judged: re-judge them", stale, len(pairs))
	}
}
