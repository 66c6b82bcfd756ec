package eval

import (
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/story/clusterscore"
	"github.com/storyline/storyline/internal/testshared"
)

// TestStorylineHeld7Sample runs the held7 sample when ../shared is
// present: MEANTIME in seeded-hash order ahead of held2's documents (no
// test split), the keys the earlier samples judged left out, linked and
// drawn pairs held, and judged. More than a fifth of stale verdicts fails
// (re-judge with eval storylines --set held7 --blind).
func TestStorylineHeld7Sample(t *testing.T) {
	checkSaltedSample(t, storylineHeld7Sample, StorylineSampleOptions{Held7: true}, 60, map[string]func(string) ([]clusterscore.BenchDoc, error){"held6": storylineHeld6Docs})
}

// TestStorylineHeld7Order: MEANTIME comes first, not in held6's date order.
func TestStorylineHeld7Order(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the sample documents")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	docs, err := storylineHeld7Docs(shared)
	if err != nil {
		t.Fatal(err)
	}
	back := 0
	for i, d := range docs {
		if !meantimePair(d.ID + "~" + d.ID) {
			if i == 0 {
				t.Fatal("no MEANTIME documents first")
			}
			break
		}
		if i > 0 && d.Date.Before(docs[i-1].Date) {
			back++
		}
	}
	if back == 0 {
		t.Error("held7's MEANTIME documents in date order (held6's)")
	}
}
