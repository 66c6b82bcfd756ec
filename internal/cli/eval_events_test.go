package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalEventsLeaveOut checks that the PLOVER dev figure comes with its
// leave-out estimate (needs ../shared; the dev half only).
func TestEvalEventsLeaveOut(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	gsr := filepath.Join(shared, "bench", "events", "plover_gsr")
	if _, err := os.Stat(gsr); err != nil {
		t.Skip("no PLOVER gold records under ../shared")
	}
	out, err := run(t, "eval", "events", "--set", "plover", "--half", "dev", "--data", gsr, "--shared", shared, "--left")
	if err != nil {
		t.Fatalf("eval events: %v\n%s", err, out)
	}
	for _, want := range []string{"leave-out type accuracy", "5 folds", "leave-out, one fold", "left out for fold "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	out, err = run(t, "eval", "events", "--set", "plover", "--half", "dev", "--data", gsr, "--folds", "0")
	if err != nil || strings.Contains(out, "leave-out") {
		t.Errorf("--folds 0 still prints the estimate (%v):\n%s", err, out)
	}
	if _, err := run(t, "eval", "events", "--set", "plover", "--half", "dev", "--data", gsr, "--shared", t.TempDir()); err == nil {
		t.Error("a shared folder without the real-news documents: want an error")
	}
}
