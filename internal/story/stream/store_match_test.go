package stream

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/clusterscore"
)

// TestStoreMatchesStream: ingest through the store (its persisted story
// state, articles re-pointed when stories merge, consolidation included)
// gives the same stories as the in-memory stream, on 256 ECB+ train+dev
// documents in shuffled order (four consolidations, merges among them).
//
// Reopened: the same with the store closed and opened again every 37
// articles, as when a stream is ingested in many runs; the clusterer's
// short-term memory (pending checks, stories to consolidate) is kept in the
// store (story.ScratchState), so the stories are the same.
func TestStoreMatchesStream(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: 256 articles through the store")
	}
	docs, _, err := clusterscore.LoadBench(filepath.Join(sharedDir(t), "bench", "clustering", "ecbplus"), "traindev")
	if err != nil {
		t.Skip(err)
	}
	rng := rand.New(rand.NewPCG(1, 0))
	rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	docs = docs[:256]
	for _, tc := range []struct {
		name        string
		reopenEvery int
	}{{"one process", 0}, {"reopened", 37}} {
		t.Run(tc.name, func(t *testing.T) { storeMatchesStream(t, docs, tc.reopenEvery) })
	}
}

func storeMatchesStream(t *testing.T, docs []clusterscore.BenchDoc, reopenEvery int) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { st.Close() }()
	r := New(Options{NoDedup: true, NoClaims: true})
	ids := make([]story.StoryID, len(docs))
	aids := make([]int64, len(docs))
	for i, d := range docs {
		if reopenEvery > 0 && i > 0 && i%reopenEvery == 0 {
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
			if st, err = store.Open(ctx, path, store.Options{}); err != nil {
				t.Fatal(err)
			}
		}
		x, err := r.Add(ctx, story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date})
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = x.Story
		pub := "" // the loader dates some documents by their url
		if !d.Date.IsZero() {
			pub = d.Date.Format(time.RFC3339)
		}
		res, err := st.PutBatch(ctx, []*core.Article{{Source: "ecbplus:" + d.ID, Title: d.Title, Text: d.Text, Published: pub, Hash: "h" + strconv.Itoa(i)}})
		if err != nil {
			t.Fatal(err)
		}
		aids[i] = res[0].ID
	}
	compare := func(when string) []string {
		inMem, stored := make([]string, len(docs)), make([]string, len(docs))
		merged := 0
		for i := range docs {
			s, _, err := r.Final(ctx, ids[i])
			if err != nil {
				t.Fatal(err)
			}
			if s != ids[i] {
				merged++
			}
			inMem[i] = strconv.FormatInt(int64(s), 10)
			a, err := st.Article(ctx, aids[i])
			if err != nil {
				t.Fatal(err)
			}
			stored[i] = strconv.FormatInt(a.Story, 10)
		}
		if merged == 0 {
			t.Fatalf("%s: no article moved with a merge: the test checks nothing", when)
		}
		sc, err := clusterscore.Score(inMem, stored)
		if err != nil {
			t.Fatal(err)
		}
		if sc.BCubedF1 != 1 || sc.ARI != 1 {
			t.Errorf("%s: store against stream: BCubed F1 %.4f, ARI %.4f, want 1", when, sc.BCubedF1, sc.ARI)
		}
		return inMem
	}
	before := compare("before settling")
	// The end of the stream: Flush (learned merges included) against the
	// store's Settle, which ingest calls after a load.
	if err := r.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	settler, ok := st.(store.Settler)
	if !ok {
		t.Fatal("the SQLite store does not settle")
	}
	moved, err := settler.Settle(ctx)
	if err != nil {
		t.Fatal(err)
	}
	after := compare("after settling")
	changed := 0
	for i := range before {
		if before[i] != after[i] {
			changed++
		}
	}
	t.Logf("settling moved %d of %d articles", changed, len(docs))
	if changed == 0 || moved == 0 {
		t.Errorf("settling moved %d articles in the stream and %d in the store: the test checks nothing", changed, moved)
	}
}
