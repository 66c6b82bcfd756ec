package events

import (
	"context"
	"path/filepath"
	"testing"
)

// TestPLOVERDev scores the dev half (a regression guard; the test half is
// reported by `storyline eval events`).
func TestPLOVERDev(t *testing.T) {
	dir := filepath.Join(repoShared(t), "bench", "events", "plover_gsr")
	sc, err := ScorePLOVER(context.Background(), dir, "dev", Options{})
	if err != nil {
		t.Skipf("PLOVER gold records absent (%v); scoring skipped", err)
	}
	t.Logf("dev: records=%d type accuracy=%.3f actor=%.3f none=%d", sc.Records, sc.TypeAccuracy(), sc.ActorAccuracy(), sc.NoEvent)
	if testing.Verbose() {
		for _, l := range sc.ConfusionLines() {
			t.Log(l)
		}
	}
	if sc.TypeAccuracy() < 0.4 {
		t.Errorf("PLOVER dev type accuracy %.3f regressed below 0.4", sc.TypeAccuracy())
	}
}
