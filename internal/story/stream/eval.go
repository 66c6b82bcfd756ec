package stream

import (
	"context"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"time"

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
	docs, name, err := clusterscore.LoadBench(o.Dir, o.Split)
	if err != nil {
		return EvalResult{}, err
	}
	res := EvalResult{Set: name}
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
	if o.Shuffle {
		rng := rand.New(rand.NewPCG(o.Seed, 0))
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	}
	r := New(o.Stream)
	if o.Warm {
		all, _, err := clusterscore.LoadBench(o.Dir, "all")
		if err != nil {
			return res, err
		}
		scored := map[string]bool{}
		for _, d := range docs {
			scored[d.ID] = true
		}
		for _, d := range all {
			if !scored[d.ID] {
				if _, err := r.Add(ctx, story.Doc{ID: "history:" + d.ID, Title: d.Title, Text: d.Text, Published: d.Date}); err != nil {
					return res, err
				}
			}
		}
	}
	start := time.Now()
	ids := make([]story.StoryID, len(docs))
	for i, d := range docs {
		x, err := r.Add(ctx, story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date})
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
