package eval

import (
	"testing"

	"github.com/storyline/storyline/internal/story/clusterscore"
)

// TestStorylineHeld5Sample runs the held5 sample when ../shared is
// present: its documents are held2's (no test split) in an order none of
// held2's, held3's or held4's, it leaves out the keys the earlier samples
// judged, holds linked and drawn pairs, and is judged. A pair whose stories
// changed has a stale verdict: it is logged, and the test fails when more
// than a fifth are, so that the sample gets re-judged (eval storylines
// --set held5 --blind).
func TestStorylineHeld5Sample(t *testing.T) {
	checkSaltedSample(t, storylineHeld5Sample, StorylineSampleOptions{Held5: true}, 25,
		map[string]func(string) ([]clusterscore.BenchDoc, error){"held2": storylineHeld2Docs, "held3": storylineHeld3Docs, "held4": storylineHeld4Docs})
}
