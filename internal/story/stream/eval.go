package stream

import (
	"context"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/claims"
	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/clusterscore"
)

// EvalOptions says how to run a gold clustering set.
type EvalOptions struct {
	Dir   string // the set's folder
	Split string // train, dev, traindev, test or all
	// Warm first streams the set's other splits, unscored and unlabelled,
	// as history (the vocabulary statistics a running system would have).
	Warm bool
	// Shuffle shuffles the scored documents with Seed (file order otherwise).
	Shuffle bool
	Seed    uint64
	// Undated drops the documents' publication times (the loader dates
	// documents by their url when the set gives none: ECB+'s second
	// events; earlier figures were taken without), for comparison.
	Undated bool
	// Mixed lists the predicted stories that hold more than one gold
	// story (EvalResult.Mixed).
	Mixed bool
	// Venue, when set, opens every document's text with a line filing it
	// "in" this place: a stress condition like the news of one capital,
	// where every story leads with the same venue (places.go), which then
	// must not count as evidence that two stories are one event.
	Venue  string
	Stream Options
}

// EvalResult is a scored run.
type EvalResult struct {
	Set           string
	Scores        clusterscore.Scores
	DocsPerSecond float64
	// Mixed describes each predicted story that holds more than one gold
	// story, when EvalOptions.Mixed asks: "story 12: 1_ecb 16 (1_3ecb
	// 1_7ecb ...), 1_ecbplus 2 (...)", gold stories by size, the
	// documents' ids after each.
	Mixed []string
}

// Eval clusters a gold set online and scores the stories against its labels.
func Eval(ctx context.Context, o EvalOptions) (EvalResult, error) {
	set, err := loadEval(o)
	if err != nil {
		return EvalResult{}, err
	}
	docs := set.docs
	if o.Shuffle {
		shuffle(docs, o.Seed)
	}
	return set.run(ctx, o, docs, nil)
}

// EvalSeeds runs a gold set in file order and then shuffled with each of
// seeds, loading the documents and extracting their claims once: the
// first result is file order's, result i+1 seed i's, each the figure Eval
// gives for that order (o.Shuffle and o.Seed are not read).
func EvalSeeds(ctx context.Context, o EvalOptions, seeds []uint64) ([]EvalResult, error) {
	set, err := loadEval(o)
	if err != nil {
		return nil, err
	}
	ex := claims.NewExtractor(claims.Options{})
	cache := map[string][]claims.Claim{}
	claimsOf := func(d story.Doc) []claims.Claim {
		cs, ok := cache[d.ID]
		if !ok {
			cs = ex.Extract(d.Title, d.Text, nil)
			cache[d.ID] = cs
		}
		return cs
	}
	out := make([]EvalResult, 0, len(seeds)+1)
	evCache := map[string][]string{}
	for i := -1; i < len(seeds); i++ {
		docs := slices.Clone(set.docs)
		if i >= 0 {
			shuffle(docs, seeds[i])
		}
		r, err := set.runCached(ctx, o, docs, claimsOf, evCache)
		if err != nil {
			return out, err
		}
		out = append(out, r)
	}
	return out, nil
}

// evalSet is a gold set loaded for Eval: the documents scored, in file
// order, and with EvalOptions.Warm the history streamed before them.
type evalSet struct {
	name    string
	docs    []clusterscore.BenchDoc
	history []clusterscore.BenchDoc
}

func loadEval(o EvalOptions) (evalSet, error) {
	docs, name, err := clusterscore.LoadBench(o.Dir, o.Split)
	if err != nil {
		return evalSet{}, err
	}
	set := evalSet{name: name, docs: docs}
	if o.Undated {
		for i := range docs {
			docs[i].Date = time.Time{}
		}
	}
	if o.Venue != "" {
		for i := range docs {
			docs[i].Text = "Filed in " + o.Venue + ".\n" + docs[i].Text
		}
	}
	if o.Warm {
		all, _, err := clusterscore.LoadBench(o.Dir, "all")
		if err != nil {
			return set, err
		}
		scored := map[string]bool{}
		for _, d := range docs {
			scored[d.ID] = true
		}
		for _, d := range all {
			if !scored[d.ID] {
				set.history = append(set.history, d)
			}
		}
	}
	return set, nil
}

// shuffle puts docs in the order seed gives (as Eval with Shuffle).
func shuffle(docs []clusterscore.BenchDoc, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 0))
	rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
}

// run streams the history and then docs, in their order, through a new
// Runner and scores the stories; claimsOf, when not nil, gives each
// document's claims (Runner.add).
func (set evalSet) run(ctx context.Context, o EvalOptions, docs []clusterscore.BenchDoc, claimsOf func(story.Doc) []claims.Claim) (EvalResult, error) {
	return set.runCached(ctx, o, docs, claimsOf, nil)
}

// runCached is run with evCache, when not nil, keeping each document's
// event keys across runs.
func (set evalSet) runCached(ctx context.Context, o EvalOptions, docs []clusterscore.BenchDoc, claimsOf func(story.Doc) []claims.Claim, evCache map[string][]string) (EvalResult, error) {
	res := EvalResult{Set: set.name}
	r := New(o.Stream)
	r.evCache = evCache
	for _, d := range set.history {
		if _, err := r.add(ctx, story.Doc{ID: "history:" + d.ID, Title: d.Title, Text: d.Text, Published: d.Date}, claimsOf); err != nil {
			return res, err
		}
	}
	start := time.Now()
	ids := make([]story.StoryID, len(docs))
	for i, d := range docs {
		x, err := r.add(ctx, story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date}, claimsOf)
		if err != nil {
			return res, err
		}
		ids[i] = x.Story
	}
	if err := r.Flush(ctx); err != nil {
		return res, err
	}
	res.DocsPerSecond = float64(len(docs)) / time.Since(start).Seconds()
	pred := make([]string, len(docs))
	gold := make([]string, len(docs))
	for i := range docs {
		s, _, err := r.Final(ctx, ids[i])
		if err != nil {
			return res, err
		}
		pred[i] = strconv.FormatInt(int64(s), 10)
		gold[i] = docs[i].Gold
	}
	var err error
	res.Scores, err = clusterscore.Score(pred, gold)
	if o.Mixed {
		res.Mixed = mixedStories(pred, gold, docs)
	}
	return res, err
}

// mixedStories describes the predicted stories holding more than one gold
// story, in the order of their first document.
func mixedStories(pred, gold []string, docs []clusterscore.BenchDoc) []string {
	var order []string
	members := map[string]map[string][]string{}
	for i, p := range pred {
		if members[p] == nil {
			members[p] = map[string][]string{}
			order = append(order, p)
		}
		members[p][gold[i]] = append(members[p][gold[i]], docs[i].ID)
	}
	var out []string
	for _, p := range order {
		m := members[p]
		if len(m) < 2 {
			continue
		}
		gs := make([]string, 0, len(m))
		for g := range m {
			gs = append(gs, g)
		}
		sort.Slice(gs, func(i, j int) bool {
			if len(m[gs[i]]) != len(m[gs[j]]) {
				return len(m[gs[i]]) > len(m[gs[j]])
			}
			return gs[i] < gs[j]
		})
		var b strings.Builder
		b.WriteString("story " + p + ":")
		for k, g := range gs {
			if k > 0 {
				b.WriteString(",")
			}
			b.WriteString(" " + g + " " + strconv.Itoa(len(m[g])) + " (" + strings.Join(m[g], " ") + ")")
		}
		out = append(out, b.String())
	}
	return out
}
