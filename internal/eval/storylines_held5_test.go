package eval

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/story/clusterscore"
	"github.com/storyline/storyline/internal/testshared"
)

// TestStorylineHeld5Sample runs the held5 sample when ../shared is
// present: its documents are held2's (no test split) in an order none of
// held2's, held3's or held4's, it leaves out the keys the earlier samples judged,
// holds linked and drawn pairs, and is judged. A pair whose stories
// changed has a stale verdict: it is logged, and the test fails when more
// than a fifth are, so that the sample gets re-judged (eval storylines
// --set held5 --blind).
func TestStorylineHeld5Sample(t *testing.T) {
	if testing.Short() {
		t.Skip("clusters the sample documents")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	docs, err := storylineHeld5Docs(shared)
	if err != nil {
		t.Fatal(err)
	}
	for name, load := range map[string]func(string) ([]clusterscore.BenchDoc, error){"held2": storylineHeld2Docs, "held3": storylineHeld3Docs, "held4": storylineHeld4Docs} {
		ref, err := load(shared)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != len(ref) {
			t.Fatalf("%d held5 documents, %s has %d", len(docs), name, len(ref))
		}
		same := 0
		for i, d := range docs {
			if d.ID == ref[i].ID {
				same++
			}
		}
		if same == len(docs) {
			t.Errorf("held5 documents in %s's order", name)
		}
	}
	for _, d := range docs {
		if d.Split == "test" {
			t.Fatalf("document %s from a test split", d.ID)
		}
	}
	pairs, err := StorylinePairs(context.Background(), StorylineSampleOptions{Shared: shared, Held5: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) < 25 {
		t.Fatalf("%d held5 pairs, want at least 25", len(pairs))
	}
	earlier, err := storylineHeld5Sample.priorVerdicts()
	if err != nil {
		t.Fatal(err)
	}
	var stale int
	for _, p := range pairs {
		for i, e := range earlier {
			if _, ok := e[p.Key]; ok {
				t.Errorf("pair %s was in an earlier sample (%d)", p.Key, i+1)
			}
		}
		if p.Verdict == 0 {
			t.Logf("held5 pair %s not judged (or its stories changed)", p.Key)
			stale++
		}
	}
	checkLinkedAndDrawn(t, pairs)
	if 5*stale > len(pairs) {
		t.Errorf("%d of %d held5 pairs not judged: re-judge them", stale, len(pairs))
	}
}
