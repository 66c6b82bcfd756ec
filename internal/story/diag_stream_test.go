package story_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/clusterscore"
	"github.com/storyline/storyline/internal/story/stream"
	"github.com/storyline/storyline/internal/testshared"
)

// A diagRun is one stream run of the merge diagnostics: a clustering
// bench set and split, a shuffle seed (0: file order), and whether the
// documents' dates are dropped.
type diagRun struct {
	set, split string
	seed       uint64
	undated    bool
}

// diagRuns are the merge diagnostics' runs: ECB+ traindev in file order
// and shuffles 1-6, then MEANTIME, undated and then dated.
func diagRuns() []diagRun {
	var runs []diagRun
	for _, u := range []bool{true, false} {
		for seed := uint64(0); seed <= 6; seed++ {
			runs = append(runs, diagRun{"ecbplus", "traindev", seed, u})
		}
		runs = append(runs, diagRun{"meantime", "all", 0, u})
	}
	return runs
}

// tag names the run in the diagnostics' lines.
func (rn diagRun) tag() string {
	return fmt.Sprintf("%s undated=%v seed=%d", rn.set, rn.undated, rn.seed)
}

// A diagStream is one run's stream: its documents in the order added and
// the story each was given on arrival.
type diagStream struct {
	docs []clusterscore.BenchDoc
	r    *stream.Runner
	ids  []story.StoryID
}

// comp is the composition of the story id is now: its majority gold
// event (the least on a tie), that event's documents and all its
// documents.
func (ds *diagStream) comp(ctx context.Context, id story.StoryID) (string, int, int) {
	m := map[string]int{}
	for j := range ds.ids {
		if f, _, _ := ds.r.Final(ctx, ds.ids[j]); f == id {
			m[ds.docs[j].Gold]++
		}
	}
	g, n, tot := "", 0, 0
	for k, v := range m {
		tot += v
		if v > n || (v == n && k < g) {
			g, n = k, v
		}
	}
	return g, n, tot
}

// runDiagStream loads rn's documents (skipping the test when its bench is
// missing), drops their dates or shuffles them as rn says, adds them in
// turn to a stream with the story options opts gives for it, calling
// added (when not nil) after each, and flushes the stream.
func runDiagStream(t *testing.T, rn diagRun, opts func(ctx context.Context, ds *diagStream) story.Options, added func(d clusterscore.BenchDoc, x stream.Result)) {
	t.Helper()
	dir := testshared.Dir(t, "bench", "clustering", rn.set)
	docs, _, err := clusterscore.LoadBench(dir, rn.split)
	if err != nil {
		t.Skip(err)
	}
	if rn.undated {
		for i := range docs {
			docs[i].Date = time.Time{}
		}
	}
	if rn.seed > 0 {
		docs = shuffled(docs, rn.seed)
	}
	ctx := context.Background()
	ds := &diagStream{docs: docs}
	ds.r = stream.New(stream.Options{Story: opts(ctx, ds)})
	for _, d := range docs {
		x, err := ds.r.Add(ctx, story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date})
		if err != nil {
			t.Fatal(err)
		}
		ds.ids = append(ds.ids, x.Story)
		if added != nil {
			added(d, x)
		}
	}
	if err := ds.r.Flush(ctx); err != nil {
		t.Fatal(err)
	}
}
