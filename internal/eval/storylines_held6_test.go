package eval

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/story/clusterscore"
	"github.com/storyline/storyline/internal/testshared"
)

// TestStorylineHeld6Sample runs the held6 sample when ../shared is
// present: MEANTIME ahead of held2's documents (no test split) in an order
// none of the earlier samples', the keys the earlier samples judged left
// out, linked and drawn pairs held, and judged. A pair whose stories
// changed has a stale verdict: it is logged, and the test fails when more
// than a fifth are, so that the sample gets re-judged (eval storylines
// --set held6 --blind).
func TestStorylineHeld6Sample(t *testing.T) {
	checkSaltedSample(t, storylineHeld6Sample, StorylineSampleOptions{Held6: true}, 60, nil)
}

// TestStorylineHeld6Order: MEANTIME comes first, by date, then the held2
// corpora in an order of held6's own.
func TestStorylineHeld6Order(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the sample documents")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	docs, err := storylineHeld6Docs(shared)
	if err != nil {
		t.Fatal(err)
	}
	rest := 0
	for i, d := range docs {
		if !strings.HasPrefix(d.ID, "corpus_") {
			rest = i
			break
		}
		if i > 0 && d.Date.Before(docs[i-1].Date) {
			t.Fatalf("MEANTIME document %s before %s out of date order", d.ID, docs[i-1].ID)
		}
	}
	if rest == 0 {
		t.Fatal("no MEANTIME documents first")
	}
	for name, load := range map[string]func(string) ([]clusterscore.BenchDoc, error){"held3": storylineHeld3Docs, "held4": storylineHeld4Docs, "held5": func(s string) ([]clusterscore.BenchDoc, error) { return saltedStorylineDocs(s, storylineHeld5Salt) }} {
		ref, err := load(shared)
		if err != nil {
			t.Fatal(err)
		}
		same := 0
		for i, d := range docs[rest:] {
			if i < len(ref) && d.ID == ref[i].ID {
				same++
			}
		}
		if same == len(ref) {
			t.Errorf("held6 documents in %s's order", name)
		}
	}
}
