package quotes

import (
	"context"
	"path/filepath"
	"testing"
)

// TestPolNeARDev scores the dev split; it guards against regressions rather
// than asserting the published targets (those are reported on test by
// `storyline eval quotes`).
func TestPolNeARDev(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	dir := filepath.Join(repoShared(t), "bench", "quotes", "polnear")
	sc, err := ScorePolNeAR(context.Background(), PolNeAROptions{Dir: dir, Split: "dev"})
	if err != nil {
		t.Skipf("PolNeAR absent (%v); scoring skipped", err)
	}
	t.Logf("dev: articles=%d exact F1=%.3f overlap P=%.3f R=%.3f F1=%.3f speaker=%.3f direct F1=%.3f",
		sc.Articles, sc.Exact.F1(), sc.Overlap.Precision(), sc.Overlap.Recall(), sc.Overlap.F1(), sc.SpeakerAccuracy(), sc.Direct.F1())
	if sc.Overlap.F1() < 0.3 || sc.SpeakerAccuracy() < 0.5 {
		t.Errorf("PolNeAR dev regressed: overlap F1 %.3f speaker %.3f", sc.Overlap.F1(), sc.SpeakerAccuracy())
	}
}
