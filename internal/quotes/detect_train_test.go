package quotes

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// detectSample is one untagged sentence: its detector features and whether
// it holds gold Content.
type detectSample struct {
	x     [numDF]float64
	label bool
}

// detectSamples tags every article of split with models (article i by
// models[i%len(models)]) and returns the sentences its path leaves without
// Content.
func detectSamples(t *testing.T, split string, models []*Model) []detectSample {
	t.Helper()
	dir := filepath.Join(repoShared(t), "bench", "quotes", "polnear")
	docs, err := readTagged(context.Background(), dir, split, false)
	if err != nil {
		t.Skipf("PolNeAR %s absent: %v", split, err)
	}
	var out []detectSample
	for i, td := range docs {
		m := models[i%len(models)]
		tags, em := m.tagScores(td.d, 0, 0)
		last := m
		if m.next != nil {
			last = m.next
		}
		info := td.d.tokenInfo(m.clusters)
		eachUntagged(info, em, &last.trans, tags, func(a, b int, x *[numDF]float64) {
			// Label: the sentence holds gold Content and a gold Cue
			// (the committed weights); DETECT_LABEL=content: gold Content;
			// cand: the candidate path's Content and Cue overlap gold's;
			// candcon: its Content overlaps gold Content.
			label := hasContent(td.gold, a, b)
			switch os.Getenv("DETECT_LABEL") {
			case "", "cue":
				label = label && hasCue(td.gold, a, b)
			case "content":
			case "cand":
				p, _, ok := constrainedPath(em, &last.trans, tags, a, b, needContent|needCue)
				label = ok && candidateRight(p, td.gold[a:b], true)
			case "candcon":
				p, _, ok := constrainedPath(em, &last.trans, tags, a, b, needContent|needCue)
				label = ok && candidateRight(p, td.gold[a:b], false)
			}
			out = append(out, detectSample{x: *x, label: label})
		})
	}
	return out
}

// fitLogistic fits a logistic regression by full-batch gradient descent on
// standardised features (deterministic) and returns the weights on the raw
// features.
func fitLogistic(s []detectSample, iters int, rate, l2 float64) [numDF]float64 {
	var mean, sd [numDF]float64
	n := float64(len(s))
	for _, e := range s {
		for k := 1; k < numDF; k++ {
			mean[k] += e.x[k] / n
		}
	}
	for _, e := range s {
		for k := 1; k < numDF; k++ {
			d := e.x[k] - mean[k]
			sd[k] += d * d / n
		}
	}
	for k := 1; k < numDF; k++ {
		sd[k] = math.Sqrt(sd[k])
		if sd[k] == 0 {
			sd[k] = 1
		}
	}
	z := make([][numDF]float64, len(s))
	for i, e := range s {
		z[i][0] = 1
		for k := 1; k < numDF; k++ {
			z[i][k] = (e.x[k] - mean[k]) / sd[k]
		}
	}
	var w [numDF]float64
	for it := 0; it < iters; it++ {
		var g [numDF]float64
		for i, e := range s {
			var v float64
			for k := range w {
				v += w[k] * z[i][k]
			}
			p := 1 / (1 + math.Exp(-v))
			y := 0.0
			if e.label {
				y = 1
			}
			for k := range g {
				g[k] += (p - y) * z[i][k] / n
			}
		}
		for k := range w {
			reg := l2 * w[k]
			if k == 0 {
				reg = 0
			}
			w[k] -= rate * (g[k] + reg)
		}
	}
	var raw [numDF]float64
	raw[0] = w[0]
	for k := 1; k < numDF; k++ {
		raw[k] = w[k] / sd[k]
		raw[0] -= w[k] * mean[k] / sd[k]
	}
	return raw
}

// TestTrainDetector fits the detector on PolNeAR train with cross-validated
// tags (STORYLINE_DETECT_CV names the fold models' folder) and prints
// detectorWeights as Go; with the current weights it prints the
// precision/recall curve of the flag on train-cv and dev sentences.
func TestTrainDetector(t *testing.T) {
	dir := os.Getenv("STORYLINE_DETECT_CV")
	if dir == "" {
		t.Skip("set STORYLINE_DETECT_CV=DIR (fold models) to fit the attribution detector")
	}
	folds := loadFolds(t, dir, 0)
	if len(folds) < 2 {
		t.Fatalf("need at least two fold models in %s", dir)
	}
	train := detectSamples(t, "train", folds)
	pos := 0
	for _, e := range train {
		if e.label {
			pos++
		}
	}
	t.Logf("train-cv: %d untagged sentences, %d positive", len(train), pos)
	if os.Getenv("SHOWSTATS") != "" {
		for k := 1; k < numDF; k++ {
			lo, hi, sum := math.Inf(1), math.Inf(-1), 0.0
			for _, e := range train {
				lo, hi, sum = math.Min(lo, e.x[k]), math.Max(hi, e.x[k]), sum+e.x[k]
			}
			t.Logf("feature %d: min %.3g max %.3g mean %.3g", k, lo, hi, sum/float64(len(train)))
		}
	}
	w := fitLogistic(train, 2000, 0.5, 1e-3)
	var sb strings.Builder
	sb.WriteString("var detectorWeights = [numDF]float64{")
	for k, v := range w {
		if k > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(fmt.Sprintf("%.6g", v))
	}
	sb.WriteString("}")
	fmt.Println(sb.String())
	dev := detectSamples(t, "dev", []*Model{DefaultModel()})
	for _, set := range []struct {
		name string
		s    []detectSample
	}{{"train-cv", train}, {"dev", dev}} {
		for _, thr := range []float64{0.3, 0.4, 0.5, 0.6, 0.7, 0.8} {
			tp, fp, all := 0, 0, 0
			for _, e := range set.s {
				x := e.x
				var v float64
				for k := range w {
					v += w[k] * x[k]
				}
				flag := 1/(1+math.Exp(-v)) >= thr
				if e.label {
					all++
				}
				if flag && e.label {
					tp++
				} else if flag {
					fp++
				}
			}
			fmt.Printf("%s thr %.1f flagged %d: P %.3f R %.3f (of %d)\n", set.name, thr, tp+fp, ratio(tp, tp+fp), ratio(tp, all), all)
		}
	}
}

// hasCue reports whether tags[a:b] holds a Cue tag.
func hasCue(tags []int8, a, b int) bool {
	for _, t := range tags[a:b] {
		if t == tagBCue || t == tagICue {
			return true
		}
	}
	return false
}

// candidateRight reports whether candidate path p's Content overlaps gold
// Content and, with withCue, its Cue gold Cue.
func candidateRight(p, gold []int8, withCue bool) bool {
	con, cue := false, false
	for i, t := range p {
		g := gold[i]
		switch {
		case (t == tagBCon || t == tagICon) && (g == tagBCon || g == tagICon):
			con = true
		case (t == tagBCue || t == tagICue) && (g == tagBCue || g == tagICue):
			cue = true
		}
	}
	return con && (cue || !withCue)
}
