// Package testshared finds the benchmark data and seed pages that tests read
// at run time from ../shared beside the module root. The data is never part
// of the repository: a user's fresh clone has no ../shared, and tests that
// need it skip with a message. It also builds fictional pages that tests
// of more than one package share (LedgerPage).
package testshared

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns ../shared (joined with rel) beside the module root, found by
// walking up from the working directory to go.mod. It skips the test, with a
// message naming the path, when that path does not exist.
func Dir(t testing.TB, rel ...string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Skipf("../shared: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("../shared: no go.mod above the working directory")
		}
		dir = parent
	}
	p := filepath.Join(append([]string{dir, "..", "shared"}, rel...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s is absent (benchmark data and seeds live beside the repository): skipping", p)
	}
	return p
}
