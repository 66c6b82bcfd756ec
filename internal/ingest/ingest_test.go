package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/store"
)

// fakeExtractor turns a text document into an article without any cleaning;
// a document containing "PANIC" panics, one containing "FAIL" fails.
var fakeExtractor = extract.Func(func(ctx context.Context, d core.Document) (*core.Article, error) {
	body := string(d.Body)
	switch {
	case strings.Contains(body, "PANIC"):
		panic("extractor bug")
	case strings.Contains(body, "FAIL"):
		return nil, fmt.Errorf("%s: %w", d.Source, core.ErrNotArticle)
	}
	return &core.Article{Source: d.Source, Text: body, Hash: extract.Hash("", body)}, nil
})

func writeCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := 0; i < n; i++ {
		body := fmt.Sprintf("The Veldmark harbour report number %d.\n\nCranes idle.", i)
		switch i {
		case 3:
			body = "FAIL this one"
		case 5:
			body = "PANIC here"
		case 7:
			body = "The Veldmark harbour report number 0.\n\nCranes idle." // same content as 0
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRunCountsAndReruns(t *testing.T) {
	ctx := context.Background()
	dir := writeCorpus(t, 20)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "s.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ids := map[string]int64{}
	opts := Options{Extractor: fakeExtractor, BatchSize: 4, Workers: 3, Progress: func(p Progress) {
		if p.Outcome == Ingested {
			ids[filepath.Base(p.Input)] = p.ID
		}
	}}
	sum, err := Run(ctx, st, []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Ingested != 17 || sum.Duplicates != 1 || sum.Failed != 2 {
		t.Fatalf("summary = %+v, want 17 ingested, 1 duplicate, 2 failed", sum)
	}
	var last int64
	for i := 0; i < 20; i++ { // stored in input order whatever the workers' timing
		id, ok := ids[fmt.Sprintf("a%03d.txt", i)]
		if !ok {
			continue
		}
		if id <= last {
			t.Fatalf("a%03d.txt stored as %d after %d: not in input order", i, id, last)
		}
		last = id
	}
	for _, f := range sum.Failures {
		if !strings.Contains(f.Reason, f.Input) && !strings.Contains(f.Reason, filepath.Base(f.Input)) {
			t.Errorf("failure reason %q does not name input %q", f.Reason, f.Input)
		}
	}
	sum, err = Run(ctx, st, []string{dir}, opts)
	if err != nil || sum.Ingested != 0 || sum.Duplicates != 18 {
		t.Fatalf("re-run summary = %+v, %v; want everything duplicate", sum, err)
	}
}

// failingStore fails every batch after the first.
type failingStore struct {
	store.Store
	batches int
}

func (f *failingStore) PutBatch(ctx context.Context, a []*core.Article) ([]store.PutResult, error) {
	f.batches++
	if f.batches > 1 {
		return nil, errors.New("disk full")
	}
	return f.Store.PutBatch(ctx, a)
}

func TestRunStopsOnStoreFaultAndRerunCompletes(t *testing.T) {
	ctx := context.Background()
	dir := writeCorpus(t, 20)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "s.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	fs := &failingStore{Store: st}
	opts := Options{Extractor: fakeExtractor, BatchSize: 4}
	if _, err := Run(ctx, fs, []string{dir}, opts); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err = %v, want the store fault", err)
	}
	stats, _ := st.Stats(ctx)
	if stats.Articles != 4 {
		t.Fatalf("after fault: %d articles stored, want the first batch of 4", stats.Articles)
	}
	sum, err := Run(ctx, st, []string{dir}, opts)
	if err != nil || sum.Ingested != 13 || sum.Duplicates != 5 {
		t.Fatalf("re-run = %+v, %v; want the remaining 13 ingested", sum, err)
	}
}

func TestEachHonoursCancel(t *testing.T) {
	dir := writeCorpus(t, 50)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Each(ctx, []string{dir}, Options{Extractor: fakeExtractor}, func(string, *core.Article, error) error {
		n++
		if n == 2 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// TestRunSkipsStagesForStoredContent: content already stored is reported a
// duplicate of the stored article without running the stages again.
func TestRunSkipsStagesForStoredContent(t *testing.T) {
	ctx := context.Background()
	dir := writeCorpus(t, 20)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "s.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var calls atomic.Int64
	ids := map[string]int64{}
	var order []string
	opts := Options{Extractor: fakeExtractor, BatchSize: 4, Workers: 3,
		Stages: []Stage{StageFunc(func(context.Context, *core.Article) error { calls.Add(1); return nil })},
		Progress: func(p Progress) {
			if p.Outcome == Ingested {
				ids[filepath.Base(p.Input)] = p.ID
			}
		}}
	if _, err := Run(ctx, st, []string{dir}, opts); err != nil {
		t.Fatal(err)
	}
	calls.Store(0)
	again := map[string]int64{}
	opts.Progress = func(p Progress) {
		if p.Outcome == Duplicate { // failures are reported as they come
			order = append(order, filepath.Base(p.Input))
			again[filepath.Base(p.Input)] = p.ID
		}
	}
	sum, err := Run(ctx, st, []string{dir}, opts)
	if err != nil || sum.Ingested != 0 || sum.Duplicates != 18 || sum.Failed != 2 {
		t.Fatalf("re-run summary = %+v, %v; want 18 duplicates, 2 failed", sum, err)
	}
	if n := calls.Load(); n != 0 {
		t.Errorf("stages ran %d times on stored content, want 0", n)
	}
	for name, id := range ids {
		if again[name] != id {
			t.Errorf("%s: duplicate of %d, want %d", name, again[name], id)
		}
	}
	if again["a007.txt"] != ids["a000.txt"] {
		t.Errorf("a007.txt (the content of a000.txt): duplicate of %d, want %d", again["a007.txt"], ids["a000.txt"])
	}
	for i := 1; i < len(order); i++ {
		if order[i] < order[i-1] {
			t.Fatalf("duplicates out of input order: %v", order)
		}
	}
}
