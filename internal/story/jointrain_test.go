package story_test

import (
	"context"
	"fmt"
	"go/format"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/clusterscore"
	"github.com/storyline/storyline/internal/story/stream"
	"github.com/storyline/storyline/internal/testshared"
)

// joinPair is one (article, candidate story) pair the clusterer looked at,
// labelled by whether the article's gold event is the story's majority
// event.
type joinPair struct {
	x    []float64
	same bool
	art  int  // the article's position in its stream
	hand bool // the decision traced chose this candidate
}

// collectJoinPairs streams docs through a Clusterer with options o and
// returns every (article, candidate) pair it scored, labelled from gold.
// An article whose event has no story yet gives only negative pairs: the
// model is to learn "start a story" as "no candidate is likely enough".
func collectJoinPairs(t *testing.T, docs []clusterscore.BenchDoc, o story.Options) []joinPair {
	t.Helper()
	ctx := context.Background()
	c := story.New(nil, o)
	gold := map[string]string{}
	var seen []string // docs added so far
	assigned := map[string]story.StoryID{}
	var pairs []joinPair
	story.SetJoinTrace(c, func(d story.Doc, cands []*story.Story, xs [][]float64, chosen *story.Story) {
		if len(cands) == 0 {
			return
		}
		// The gold events of each story as it is now.
		counts := map[story.StoryID]map[string]int{}
		for _, id := range seen {
			root, err := c.Resolve(ctx, assigned[id])
			if err != nil {
				t.Fatal(err)
			}
			if counts[root] == nil {
				counts[root] = map[string]int{}
			}
			counts[root][gold[id]]++
		}
		g := gold[d.ID]
		for i, s := range cands {
			m := counts[s.ID]
			top := 0
			for _, n := range m {
				top = max(top, n)
			}
			pairs = append(pairs, joinPair{xs[i], m[g] > 0 && m[g] == top, len(seen), s == chosen})
		}
	})
	for _, d := range docs {
		gold[d.ID] = d.Gold
		a, err := c.Add(ctx, story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date})
		if err != nil {
			t.Fatal(err)
		}
		assigned[d.ID] = a.Story
		seen = append(seen, d.ID)
	}
	return pairs
}

// fitLogistic fits an L2-regularised logistic regression by Newton's
// method on standardised features (feature 0 is the bias) and returns the
// weights on the raw features.
func fitLogistic(pairs []joinPair, lambda float64) []float64 {
	nf := len(pairs[0].x)
	mu, sd := make([]float64, nf), make([]float64, nf)
	n := float64(len(pairs))
	for _, p := range pairs {
		for k := 1; k < nf; k++ {
			mu[k] += p.x[k] / n
		}
	}
	for _, p := range pairs {
		for k := 1; k < nf; k++ {
			sd[k] += (p.x[k] - mu[k]) * (p.x[k] - mu[k]) / n
		}
	}
	for k := 1; k < nf; k++ {
		sd[k] = math.Sqrt(sd[k])
	}
	z := func(p joinPair, k int) float64 {
		if k == 0 {
			return 1
		}
		if sd[k] < 1e-12 {
			return 0
		}
		return (p.x[k] - mu[k]) / sd[k]
	}
	w := make([]float64, nf)
	for it := 0; it < 50; it++ {
		g := make([]float64, nf)
		h := make([][]float64, nf)
		for k := range h {
			h[k] = make([]float64, nf)
		}
		for _, p := range pairs {
			s := 0.0
			for k := range nf {
				s += w[k] * z(p, k)
			}
			pr := 1 / (1 + math.Exp(-s))
			y := 0.0
			if p.same {
				y = 1
			}
			for k := range nf {
				zk := z(p, k)
				g[k] += (pr - y) * zk
				for l := range nf {
					h[k][l] += pr * (1 - pr) * zk * z(p, l)
				}
			}
		}
		for k := 1; k < nf; k++ {
			g[k] += lambda * w[k]
			h[k][k] += lambda
		}
		h[0][0] += 1e-9
		step := solve(h, g)
		var size float64
		for k := range nf {
			w[k] -= step[k]
			size += step[k] * step[k]
		}
		if size < 1e-16 {
			break
		}
	}
	raw := make([]float64, nf)
	raw[0] = w[0]
	for k := 1; k < nf; k++ {
		if sd[k] < 1e-12 {
			continue
		}
		raw[k] = w[k] / sd[k]
		raw[0] -= w[k] * mu[k] / sd[k]
	}
	return raw
}

// solve solves a x = b by Gaussian elimination with partial pivoting.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range n {
		m[i] = append(append([]float64(nil), a[i]...), b[i])
	}
	for col := range n {
		p := col
		for r := col + 1; r < n; r++ {
			if math.Abs(m[r][col]) > math.Abs(m[p][col]) {
				p = r
			}
		}
		m[col], m[p] = m[p], m[col]
		if math.Abs(m[col][col]) < 1e-15 {
			continue
		}
		for r := col + 1; r < n; r++ {
			f := m[r][col] / m[col][col]
			for k := col; k <= n; k++ {
				m[r][k] -= f * m[col][k]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		if math.Abs(m[i][i]) < 1e-15 {
			continue
		}
		s := m[i][n]
		for k := i + 1; k < n; k++ {
			s -= m[i][k] * x[k]
		}
		x[i] = s / m[i][i]
	}
	return x
}

// shuffled returns docs shuffled with seed as `eval clustering --order
// shuffle --seed N` does.
func shuffled(docs []clusterscore.BenchDoc, seed uint64) []clusterscore.BenchDoc {
	s := append([]clusterscore.BenchDoc(nil), docs...)
	rng := rand.New(rand.NewPCG(seed, 0))
	rng.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	return s
}

// evalSplit scores split in file order and as the mean of shuffles 1..5,
// as `storyline eval clustering` does.
func evalSplit(t *testing.T, dir, split string, o story.Options) (file, shuf clusterscore.Scores) {
	t.Helper()
	ctx := context.Background()
	run := func(sh bool, seed uint64) clusterscore.Scores {
		r, err := stream.Eval(ctx, stream.EvalOptions{Dir: dir, Split: split, Shuffle: sh, Seed: seed, Stream: stream.Options{Story: o}})
		if err != nil {
			t.Fatal(err)
		}
		return r.Scores
	}
	file = run(false, 0)
	for seed := uint64(1); seed <= 5; seed++ {
		s := run(true, seed)
		shuf.BCubedF1 += s.BCubedF1 / 5
		shuf.ARI += s.ARI / 5
	}
	return file, shuf
}

// TestTrainJoinModel trains the join model (Options.JoinModel) on ECB+
// train: the pairs the hand test looks at in file order and five shuffles
// (seeds 101-105), a second round adding the pairs the first model looks
// at; then it scores thresholds on ECB+ dev. With STORY_TRAIN=write it
// rewrites joinweights.go:
//
//	STORY_TRAIN=write go test -run TestTrainJoinModel -v ./internal/story
func TestTrainJoinModel(t *testing.T) {
	mode := os.Getenv("STORY_TRAIN")
	if mode == "" {
		t.Skip("training: set STORY_TRAIN=1 (or =write to rewrite joinweights.go)")
	}
	dir := testshared.Dir(t, "bench", "clustering", "ecbplus")
	train, _, err := clusterscore.LoadBench(dir, "train")
	if err != nil {
		t.Skip(err)
	}
	lambda := envFloat("STORY_TRAIN_LAMBDA", 1)
	rounds := int(envFloat("STORY_TRAIN_ROUNDS", 2))
	roundThr := envFloat("STORY_TRAIN_ROUND_THR", 0.5)
	orders := [][]clusterscore.BenchDoc{train}
	for seed := uint64(101); seed <= 105; seed++ {
		orders = append(orders, shuffled(train, seed))
	}
	var pairs []joinPair
	var w []float64
	for round := 0; round < rounds; round++ {
		o := story.Options{}
		if round > 0 {
			o = story.WithJoinWeights(story.Options{JoinModel: roundThr}, w)
		}
		for _, docs := range orders {
			pairs = append(pairs, collectJoinPairs(t, docs, o)...)
		}
		w = fitLogistic(pairs, lambda)
		pos := 0
		for _, p := range pairs {
			if p.same {
				pos++
			}
		}
		t.Logf("round %d: %d pairs, %d positive", round+1, len(pairs), pos)
	}
	names := story.JoinFeatureNames()
	for k, x := range w {
		t.Logf("  %-10s %+.4f", names[k], x)
	}
	dev, _, err := clusterscore.LoadBench(dir, "dev")
	if err != nil {
		t.Skip(err)
	}
	var devPairs []joinPair
	devPairs = append(devPairs, collectJoinPairs(t, dev, story.Options{})...)
	for seed := uint64(1); seed <= 5; seed++ {
		devPairs = append(devPairs, collectJoinPairs(t, shuffled(dev, seed), story.Options{})...)
	}
	decisionErrors(t, devPairs, w)
	base := story.Options{}
	f, s := evalSplit(t, dir, "dev", base)
	t.Logf("dev hand test: file F1 %.4f ARI %.4f, shuffled F1 %.4f ARI %.4f", f.BCubedF1, f.ARI, s.BCubedF1, s.ARI)
	splits := strings.Split(os.Getenv("STORY_TRAIN_EVAL"), ",")
	if splits[0] == "" {
		splits = []string{"dev"}
	}
	for _, split := range splits {
		if split != "dev" {
			f, s := evalSplit(t, dir, split, base)
			t.Logf("%s hand test: file F1 %.4f ARI %.4f, shuffled F1 %.4f ARI %.4f", split, f.BCubedF1, f.ARI, s.BCubedF1, s.ARI)
		}
		for _, thr := range thresholds() {
			o := story.WithJoinWeights(story.Options{JoinModel: thr, JoinBand: envFloat("STORY_TRAIN_BAND", 0), JoinVeto: os.Getenv("STORY_TRAIN_VETO") != ""}, w)
			f, s := evalSplit(t, dir, split, o)
			t.Logf("%s model %.2f: file F1 %.4f ARI %.4f, shuffled F1 %.4f ARI %.4f", split, thr, f.BCubedF1, f.ARI, s.BCubedF1, s.ARI)
		}
	}
	if mode == "write" {
		writeWeights(t, "joinweights.go", "TestTrainJoinModel", "STORY_TRAIN", "trainedJoinWeights", "joinX", names, w,
			fmt.Sprintf("the join model's weights (joinfeat.go's features in order, on raw\n// values), fitted on %d pairs of ECB+ train (%d rounds, L2 %g)", len(pairs), rounds, lambda))
	}
}

// writeWeights writes a generated Go file holding weights w.
func writeWeights(t *testing.T, file, test, env, name, typ string, names []string, w []float64, what string) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by %s; DO NOT EDIT.\n\npackage story\n\n", test)
	fmt.Fprintf(&b, "// %s are %s, by:\n//\n//\t%s=write go test -run %s -v ./internal/story\n", name, what, env, test)
	fmt.Fprintf(&b, "var %s = %s{\n", name, typ)
	for k, x := range w {
		fmt.Fprintf(&b, "\t%s, // %s\n", strconv.FormatFloat(x, 'g', 8, 64), names[k])
	}
	fmt.Fprintf(&b, "}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(".", file), src, 0o644); err != nil {
		t.Fatal(err)
	}
}

func thresholds() []float64 {
	if s := os.Getenv("STORY_TRAIN_THR"); s != "" {
		var out []float64
		for _, f := range strings.Split(s, ",") {
			if x, err := strconv.ParseFloat(f, 64); err == nil {
				out = append(out, x)
			}
		}
		return out
	}
	return []float64{0.3, 0.4, 0.5, 0.6, 0.7}
}

func envFloat(name string, def float64) float64 {
	if x, err := strconv.ParseFloat(os.Getenv(name), 64); err == nil {
		return x
	}
	return def
}

func envString(name string) string { return os.Getenv(name) }

// probOf is the logistic model w's probability for x.
func probOf(w, x []float64) float64 {
	z := 0.0
	for k := range x {
		z += w[k] * x[k]
	}
	return 1 / (1 + math.Exp(-z))
}

// aucOf is the probability that f ranks a positive pair above a negative.
func aucOf(ps []joinPair, f func([]float64) float64) float64 {
	var pos, neg []float64
	for _, p := range ps {
		if p.same {
			pos = append(pos, f(p.x))
		} else {
			neg = append(neg, f(p.x))
		}
	}
	if len(pos) == 0 || len(neg) == 0 {
		return 0.5
	}
	var wins float64
	for _, a := range pos {
		for _, b := range neg {
			switch {
			case a > b:
				wins++
			case a == b:
				wins += 0.5
			}
		}
	}
	return wins / float64(len(pos)*len(neg))
}

// featureAUCs lists each feature's AUC on ps.
func featureAUCs(ps []joinPair, names []string) string {
	var b strings.Builder
	for k := 1; k < len(names); k++ {
		fmt.Fprintf(&b, " %s %.2f", names[k], aucOf(ps, func(x []float64) float64 { return x[k] }))
	}
	return b.String()
}

// decisionErrors logs, on pairs traced under the hand test, how often the
// hand choice and the model's (the most probable candidate at or above a
// threshold) are wrong per article: joined a story of another event while
// one of its own was there, joined one with none there, or started a story
// while one of its own was there; then how well the model tells the hand
// test's right joins from its wrong ones (AUC, per feature too).
func decisionErrors(t *testing.T, pairs []joinPair, w []float64) {
	var groups [][]joinPair // pairs of one article are adjacent
	for i, p := range pairs {
		if i == 0 || p.art != pairs[i-1].art {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], p)
	}
	for _, thr := range []float64{-1, 0.3, 0.5, 0.7} {
		var wrongJoin, wrongNew, missed int
		for _, g := range groups {
			anyPos, pick, bp := false, -1, 0.0
			for i, p := range g {
				anyPos = anyPos || p.same
				switch {
				case thr < 0 && p.hand:
					pick = i
				case thr >= 0:
					if pr := probOf(w, p.x); pr >= thr && pr > bp {
						pick, bp = i, pr
					}
				}
			}
			switch {
			case pick >= 0 && !g[pick].same && anyPos:
				wrongJoin++
			case pick >= 0 && !g[pick].same:
				wrongNew++
			case pick < 0 && anyPos:
				missed++
			}
		}
		name := fmt.Sprintf("model %.2f", thr)
		if thr < 0 {
			name = "hand test"
		}
		t.Logf("dev decisions (%d articles with candidates), %s: joined another event's story with its own there %d, with none there %d, missed its own %d", len(groups), name, wrongJoin, wrongNew, missed)
	}
	var hand []joinPair
	for _, p := range pairs {
		if p.hand {
			hand = append(hand, p)
		}
	}
	t.Logf("dev hand joins (%d): AUC of right over wrong, model %.3f;%s", len(hand), aucOf(hand, func(x []float64) float64 { return probOf(w, x) }), featureAUCs(hand, story.JoinFeatureNames()))
}
