package cli

import (
	"path/filepath"
	"testing"
)

// The whole language layer gives the same answer every time for the same
// input: no map order may leak into entities, quotes or events.
func TestAnalyzeIsDeterministic(t *testing.T) {
	examples := filepath.Join("..", "..", "examples")
	first, err := run(t, "analyze", "--json", examples)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		again, err := run(t, "analyze", "--json", examples)
		if err != nil {
			t.Fatal(err)
		}
		if again != first {
			t.Fatalf("run %d differs from the first", i+2)
		}
	}
}
