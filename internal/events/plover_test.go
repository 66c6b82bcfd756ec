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

func TestPetrarchRegression(t *testing.T) {
	dir := filepath.Join(repoShared(t), "bench", "events", "petrarch2_unittests")
	recs, err := ScorePetrarch(context.Background(), dir, Options{})
	if err != nil {
		t.Skipf("petrarch2 unit tests not available: %v", err)
	}
	right := 0
	for _, r := range recs {
		if r.Right() {
			right++
		} else if testing.Verbose() {
			t.Logf("want %v got %q: %s", r.Want, r.Got, r.Text)
		}
	}
	acc := float64(right) / float64(len(recs))
	t.Logf("petrarch2 regression: %d/%d = %.3f", right, len(recs), acc)
	// codes read as WEIS (seventeenth pass; read as CAMEO it was 0.055)
	if len(recs) < 150 || acc < 0.55 {
		t.Errorf("petrarch2 regression: %d records, accuracy %.3f; want >= 150 and >= 0.55", len(recs), acc)
	}
}

func TestCAMEOType(t *testing.T) {
	for _, tt := range []struct{ code, want string }{
		{"010", "-"}, {"0211", "appeal"}, {"036", "express-intent"}, {"042:043", "consult"},
		{"057", "support"}, {"081", "concede"}, {"085", "retreat"}, {"0874", "retreat"},
		{"1246", "reject"}, {"139", "threaten"}, {"1411", "protest"}, {"154", "mobilize"},
		{"166", "sanction"}, {"173", "coerce"}, {"181", "assault"}, {"192", "fight"},
		{"202", "assault"}, {":110", "disapprove"}, {"---", ""}, {"21", ""}, {"", ""},
	} {
		if got := CAMEOType(tt.code); got != tt.want {
			t.Errorf("CAMEOType(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}
