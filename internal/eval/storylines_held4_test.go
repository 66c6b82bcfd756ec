package eval

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/story/clusterscore"
	"github.com/storyline/storyline/internal/testshared"
)

// TestStorylineHeld4Sample runs the held4 sample when ../shared is
// present: its documents are held2's (no test split) in an order neither
// held2's nor held3's, it leaves out the keys the earlier samples judged,
// holds linked and drawn pairs, and is judged. A pair whose stories
// changed has a stale verdict: it is logged, and the test fails when more
// than a fifth are, so that the sample gets re-judged (eval storylines
// --set held4 --blind).
func TestStorylineHeld4Sample(t *testing.T) {
	checkSaltedSample(t, storylineHeld4Sample, StorylineSampleOptions{Held4: true}, 30,
		map[string]func(string) ([]clusterscore.BenchDoc, error){"held2": storylineHeld2Docs, "held3": storylineHeld3Docs})
}

// checkSaltedSample is the test of a salted held sample s (held4 on), drawn
// with o (its Held flag set) when ../shared is present: its documents are
// those of each of earlier (held2's, no test split) in another order, it
// holds at least minPairs pairs, none of a key an earlier sample judged,
// linked and drawn ones, and no more than a fifth of them are not judged.
func checkSaltedSample(t *testing.T, s saltedSample, o StorylineSampleOptions, minPairs int, earlier map[string]func(string) ([]clusterscore.BenchDoc, error)) {
	t.Helper()
	if testing.Short() {
		t.Skip("clusters the sample documents")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	load := s.docs
	if load == nil {
		load = func(shared string) ([]clusterscore.BenchDoc, error) { return saltedStorylineDocs(shared, s.salt) }
	}
	docs, err := load(shared)
	if err != nil {
		t.Fatal(err)
	}
	for name, load := range earlier {
		ref, err := load(shared)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != len(ref) {
			t.Fatalf("%d %s documents, %s has %d", len(docs), s.name, name, len(ref))
		}
		same := 0
		for i, d := range docs {
			if d.ID == ref[i].ID {
				same++
			}
		}
		if same == len(docs) {
			t.Errorf("%s documents in %s's order", s.name, name)
		}
	}
	for _, d := range docs {
		// MEANTIME (held6) has no splits: its loader marks every document
		// "test" as for a whole-corpus bench; it is not a test split.
		if d.Split == "test" && !meantimePair(d.ID+"~"+d.ID) {
			t.Fatalf("document %s from a test split", d.ID)
		}
	}
	o.Shared = shared
	pairs, err := StorylinePairs(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) < minPairs {
		t.Fatalf("%d %s pairs, want at least %d", len(pairs), s.name, minPairs)
	}
	prior, err := s.priorVerdicts()
	if err != nil {
		t.Fatal(err)
	}
	var stale int
	for _, p := range pairs {
		for i, e := range prior {
			if _, ok := e[p.Key]; ok {
				t.Errorf("pair %s was in an earlier sample (%d)", p.Key, i+1)
			}
		}
		if p.Verdict == 0 {
			t.Logf("%s pair %s not judged (or its stories changed)", s.name, p.Key)
			stale++
		}
	}
	checkLinkedAndDrawn(t, pairs)
	if 5*stale > len(pairs) {
		t.Errorf("%d of %d %s pairs not judged: re-judge them", stale, len(pairs), s.name)
	}
}
