package stream

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/clusterscore"
)

// orderings of ECB+ train+dev that a tuning choice must hold on: one
// order is one draw. Each is a list of streams, scored separately.
func orderings(docs []clusterscore.BenchDoc) map[string][][]clusterscore.BenchDoc {
	topicOf := func(d clusterscore.BenchDoc) string { return strings.SplitN(d.Gold, "_", 2)[0] }
	var topics []string
	byTopic := map[string][]clusterscore.BenchDoc{}
	for _, d := range docs {
		t := topicOf(d)
		if _, ok := byTopic[t]; !ok {
			topics = append(topics, t)
		}
		byTopic[t] = append(byTopic[t], d)
	}
	out := map[string][][]clusterscore.BenchDoc{"file": {docs}}
	for seed := uint64(1); seed <= 5; seed++ {
		s := append([]clusterscore.BenchDoc(nil), docs...)
		rng := rand.New(rand.NewPCG(seed, 0))
		rng.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		out["shuffle"] = append(out["shuffle"], s)
	}
	// Streams of 10 topics in file order, like the test split.
	for i := 0; i < len(topics); i += 10 {
		var s []clusterscore.BenchDoc
		for _, t := range topics[i:min(i+10, len(topics))] {
			s = append(s, byTopic[t]...)
		}
		out["10topics"] = append(out["10topics"], s)
	}
	// Topic order shuffled, each topic in file order.
	for seed := uint64(1); seed <= 2; seed++ {
		ts := append([]string(nil), topics...)
		rng := rand.New(rand.NewPCG(seed, 7))
		rng.Shuffle(len(ts), func(i, j int) { ts[i], ts[j] = ts[j], ts[i] })
		var s []clusterscore.BenchDoc
		for _, t := range ts {
			s = append(s, byTopic[t]...)
		}
		out["topicshuf"] = append(out["topicshuf"], s)
	}
	// Each topic's two events interleaved.
	var s []clusterscore.BenchDoc
	for _, t := range topics {
		ev := map[string][]clusterscore.BenchDoc{}
		var names []string
		for _, d := range byTopic[t] {
			if _, ok := ev[d.Gold]; !ok {
				names = append(names, d.Gold)
			}
			ev[d.Gold] = append(ev[d.Gold], d)
		}
		for k := 0; ; k++ {
			any := false
			for _, n := range names {
				if k < len(ev[n]) {
					s = append(s, ev[n][k])
					any = true
				}
			}
			if !any {
				break
			}
		}
	}
	out["interleave"] = [][]clusterscore.BenchDoc{s}
	return out
}

func runStream(t testing.TB, docs []clusterscore.BenchDoc, o Options) clusterscore.Scores {
	ctx := context.Background()
	r := New(o)
	ids := make([]story.StoryID, len(docs))
	for i, d := range docs {
		x, err := r.Add(ctx, story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date})
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = x.Story
	}
	if err := r.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	pred := make([]string, len(docs))
	gold := make([]string, len(docs))
	for i := range docs {
		s, _, err := r.Final(ctx, ids[i])
		if err != nil {
			t.Fatal(err)
		}
		pred[i] = strconv.FormatInt(int64(s), 10)
		gold[i] = docs[i].Gold
	}
	sc, err := clusterscore.Score(pred, gold)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// diagSetup skips unless $STORY_DIAG is set, and returns the story options
// in $STORY_OPTS (JSON of story.Options; empty: the defaults) and ECB+
// train+dev (undated with $STORY_UNDATED).
func diagSetup(t *testing.T) (story.Options, []clusterscore.BenchDoc) {
	t.Helper()
	so, _ := diagOpts(t)
	dir := filepath.Join(sharedDir(t), "bench", "clustering", "ecbplus")
	docs, _, err := clusterscore.LoadBench(dir, "traindev")
	if err != nil {
		t.Skip(err)
	}
	if os.Getenv("STORY_UNDATED") != "" {
		// As before the loader dated ECB+ documents by their urls.
		for i := range docs {
			docs[i].Date = time.Time{}
		}
	}
	return so, docs
}

// diagOpts skips unless $STORY_DIAG is set, and returns the story options
// in $STORY_OPTS (JSON of story.Options; empty: the defaults).
func diagOpts(t *testing.T) (story.Options, bool) {
	t.Helper()
	if os.Getenv("STORY_DIAG") == "" {
		t.Skip("diagnostic: set STORY_DIAG=1")
	}
	var so story.Options
	if js := os.Getenv("STORY_OPTS"); js != "" {
		if err := json.Unmarshal([]byte(js), &so); err != nil {
			t.Fatal(err)
		}
		return so, true
	}
	return so, false
}

// TestDiagOrders scores ECB+ train+dev in several orders, with the story
// options in $STORY_OPTS (JSON of story.Options; empty: the defaults).
func TestDiagOrders(t *testing.T) {
	so, docs := diagSetup(t)
	ords := orderings(docs)
	var line strings.Builder
	var all float64
	for _, name := range []string{"file", "shuffle", "10topics", "topicshuf", "interleave"} {
		var f, a float64
		for _, s := range ords[name] {
			sc := runStream(t, s, Options{Story: so})
			f += sc.BCubedF1
			a += sc.ARI
		}
		n := float64(len(ords[name]))
		all += f / n
		line.WriteString(name + " " + strconv.FormatFloat(f/n, 'f', 3, 64) + "/" + strconv.FormatFloat(a/n, 'f', 3, 64) + "  ")
	}
	t.Logf("%s mean %.4f  opts %s", line.String(), all/5, os.Getenv("STORY_OPTS"))
}

// TestDiagErrors prints, per topic, the final stories of one order with
// their gold composition ($STORY_ORDER: file, shuffle, interleave...).
func TestDiagErrors(t *testing.T) {
	so, docs := diagSetup(t)
	k := 0
	if x := os.Getenv("STORY_STREAM"); x != "" {
		k, _ = strconv.Atoi(x)
	}
	docs = orderings(docs)[os.Getenv("STORY_ORDER")][k]
	ctx := context.Background()
	r := New(Options{Story: so})
	ids := make([]story.StoryID, len(docs))
	reasons := make([]string, len(docs))
	for i, d := range docs {
		x, err := r.Add(ctx, story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date})
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = x.Story
		reasons[i] = x.Reason
	}
	if err := r.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	size := map[story.StoryID]int{}
	for i := range docs {
		s, _, _ := r.Final(ctx, ids[i])
		size[s]++
	}
	for i, d := range docs {
		tp := strings.SplitN(d.Gold, "_", 2)[0]
		if s, _, _ := r.Final(ctx, ids[i]); (size[s] <= 3 && os.Getenv("STORY_REASONS") != "") || tp == os.Getenv("STORY_TOPIC") || (os.Getenv("STORY_GREP") != "" && strings.Contains(reasons[i], os.Getenv("STORY_GREP"))) {
			t.Logf("%d %s (%s) final %d arrival %d: %s", i, d.ID, d.Gold, s, ids[i], reasons[i])
		}
	}
	comp := map[string]map[story.StoryID]map[string]int{}
	for i, d := range docs {
		s, _, _ := r.Final(ctx, ids[i])
		tp := strings.SplitN(d.Gold, "_", 2)[0]
		if comp[tp] == nil {
			comp[tp] = map[story.StoryID]map[string]int{}
		}
		if comp[tp][s] == nil {
			comp[tp][s] = map[string]int{}
		}
		comp[tp][s][strings.SplitN(d.Gold, "_", 2)[1]]++
	}
	for tp, m := range comp {
		if len(m) == 2 {
			ok := true
			for _, g := range m {
				ok = ok && len(g) == 1
			}
			if ok {
				continue
			}
		}
		t.Logf("topic %s: %v", tp, m)
	}
}
