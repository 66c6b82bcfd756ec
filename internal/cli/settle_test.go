package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/store"
)

// settleCounter is a store that counts Settle calls.
type settleCounter struct {
	store.Store
	calls int
}

func (s *settleCounter) Settle(ctx context.Context) (int, error) {
	s.calls++
	return s.Store.(store.Settler).Settle(ctx)
}

// A load of settleMin new articles settles the story layer once; a smaller
// one, a load with settle off (later watch rounds) and a load of nothing
// new do not.
func TestIngestSettlesLoads(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name string, from, n int) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(f)
		for i := from; i < from+n; i++ {
			// Fictional, distinct short articles.
			if err := enc.Encode(map[string]string{
				"title": fmt.Sprintf("Harbor board meeting number %d", i),
				"text":  fmt.Sprintf("The harbor board of Port Elmsworth met for the %dth time and voted on pier %d repairs costing %d crowns.", i, i, 1000+i),
				"date":  "2026-02-03",
			}); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		return p
	}
	base, err := store.Open(ctx, filepath.Join(dir, "s.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer base.Close()
	st := &settleCounter{Store: base}
	opts := ingest.Options{Stages: nil}
	small := write("small.jsonl", 0, settleMin-1)
	big := write("big.jsonl", 1000, settleMin)
	steps := []struct {
		input  string
		settle bool
		want   int
	}{
		{small, true, 0}, // too few new articles
		{big, false, 0},  // settle off
		{big, true, 0},   // nothing new: all duplicates
		{write("big2.jsonl", 2000, settleMin), true, 1},
	}
	for i, s := range steps {
		if err := ingestOnce(ctx, st, []string{s.input}, opts, s.settle, io.Discard, io.Discard); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if st.calls != s.want {
			t.Errorf("step %d (%s, settle %v): %d Settle calls, want %d", i, filepath.Base(s.input), s.settle, st.calls, s.want)
		}
	}
}
