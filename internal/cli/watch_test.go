package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestWatchRoundsUntilCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var rounds []int
	err := watch(ctx, time.Millisecond, func(n int) {
		rounds = append(rounds, n)
		if n == 3 {
			cancel()
		}
	})
	if err != nil || len(rounds) != 3 || rounds[2] != 3 {
		t.Errorf("watch: err %v, rounds %v, want [1 2 3]", err, rounds)
	}
}

// cancelOnWrite cancels a context once what was written contains want.
type cancelOnWrite struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	want   string
	cancel context.CancelFunc
}

func (w *cancelOnWrite) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	n, err := w.buf.Write(p)
	if strings.Contains(w.buf.String(), w.want) {
		w.cancel()
	}
	return n, err
}

func TestIngestEvery(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	for _, args := range [][]string{{"ingest", "--every", "10s", "x"}, {"ingest", "--every", "1h", "-"}} {
		if _, err := run(t, append([]string{"--db", db}, args...)...); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
	// A watch prints a summary per round and ends without error when
	// interrupted; here the interruption comes after the first summary.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &cancelOnWrite{want: ", failed ", cancel: cancel}
	root := newRootCmd()
	root.SetOut(out)
	root.SetErr(&bytes.Buffer{})
	root.SetArgs([]string{"--db", db, "ingest", "--every", "1h", filepath.Join("..", "..", "examples", "text")})
	if err := root.ExecuteContext(ctx); err != nil {
		t.Fatalf("ingest --every: %v", err)
	}
	if got := out.buf.String(); !strings.HasPrefix(got, "round 1 at ") || !strings.Contains(got, "ingested 2, duplicates 0, failed 0") {
		t.Errorf("ingest --every printed %q", got)
	}
}
