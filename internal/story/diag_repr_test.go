package story

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/story/clusterscore"
	"github.com/storyline/storyline/internal/story/terms"
	"github.com/storyline/storyline/internal/testshared"
)

// sharedDir finds ../shared beside the module root, or skips.
func sharedDir(t testing.TB) string { return testshared.Dir(t) }

// reprVec is one document under one representation: the whole vector and
// its entity part (unit length each).
type reprVec struct{ all, ent []Feature }

// weighDocs turns raw counts into sublinear TF-IDF unit vectors over the
// collection, dropping features in fewer than minDF documents or in more
// than maxDF of them (a share).
func weighDocs(raw []map[Key]float64, minDF int, maxDF float64, kindW map[byte]float64) [][]Feature {
	df := map[Key]int{}
	for _, r := range raw {
		for k := range r {
			df[k]++
		}
	}
	n := float64(len(raw))
	out := make([][]Feature, len(raw))
	for i, r := range raw {
		var v []Feature
		for k, c := range r {
			if df[k] < minDF || float64(df[k]) > maxDF*n {
				continue
			}
			w := (1 + math.Log(c)) * (math.Log((n+1)/float64(df[k]+1)) + 1)
			if kw, ok := kindW[k.Kind()]; ok {
				w *= kw
			}
			if w > 0 {
				v = append(v, Feature{k, w})
			}
		}
		sortByKey(v)
		normalise(v)
		out[i] = v
	}
	return out
}

// hacAvg clusters by average link over the similarity matrix sim and
// returns, per threshold, the labels; it returns the best BCubed F1 and ARI
// against gold over the thresholds tried.
func hacAvg(sim [][]float64, gold []string) (bestF1, bestARI, bestT float64, bestK int) {
	n := len(sim)
	type cl struct {
		members []int
		alive   bool
	}
	cls := make([]cl, n)
	sum := make([][]float64, n)
	for i := range n {
		cls[i] = cl{[]int{i}, true}
		sum[i] = append([]float64(nil), sim[i]...)
	}
	// Merge heights, recorded to cut at every threshold.
	labels := make([]int, n)
	for i := range labels {
		labels[i] = i
	}
	score := func() (float64, float64, int) {
		pred := make([]string, n)
		k := 0
		for i := range n {
			if cls[i].alive {
				k++
				for _, m := range cls[i].members {
					pred[m] = fmt.Sprint(i)
				}
			}
		}
		s, _ := clusterscore.Score(pred, gold)
		return s.BCubedF1, s.ARI, k
	}
	for {
		bi, bj, bs := -1, -1, -1.0
		for i := range n {
			if !cls[i].alive {
				continue
			}
			for j := i + 1; j < n; j++ {
				if !cls[j].alive {
					continue
				}
				a := sum[i][j] / float64(len(cls[i].members)*len(cls[j].members))
				if a > bs {
					bi, bj, bs = i, j, a
				}
			}
		}
		if bi < 0 || bs <= 0.005 {
			break
		}
		// Score before merging at this height: the cut just above bs.
		f, a, k := score()
		if f > bestF1 {
			bestF1, bestARI, bestT, bestK = f, a, bs, k
		}
		cls[bi].members = append(cls[bi].members, cls[bj].members...)
		cls[bj].alive = false
		for k := range n {
			sum[bi][k] += sum[bj][k]
			sum[k][bi] = sum[bi][k]
		}
	}
	f, a, k := score()
	if f > bestF1 {
		bestF1, bestARI, bestT, bestK = f, a, 0, k
	}
	return
}

// topicSep is the mean, over topics, of the AUC of same-event pairs over
// different-event pairs within the topic.
func topicSep(sim [][]float64, gold, topic []string) float64 {
	byTopic := map[string][]int{}
	for i, t := range topic {
		byTopic[t] = append(byTopic[t], i)
	}
	var tot float64
	var nt int
	for _, idx := range byTopic {
		var same, diff []float64
		for a := 0; a < len(idx); a++ {
			for b := a + 1; b < len(idx); b++ {
				i, j := idx[a], idx[b]
				if gold[i] == gold[j] {
					same = append(same, sim[i][j])
				} else {
					diff = append(diff, sim[i][j])
				}
			}
		}
		if len(same) == 0 || len(diff) == 0 {
			continue
		}
		sort.Float64s(diff)
		var wins float64
		for _, s := range same {
			k := sort.SearchFloat64s(diff, s)
			wins += float64(k)
		}
		tot += wins / float64(len(same)*len(diff))
		nt++
	}
	return tot / float64(nt)
}

// topicSplit cuts each topic's documents into two clusters by average
// link and scores the result (BCubed F1 over all documents): how well the
// vectors tell a topic's two events apart when the topic is given.
func topicSplit(sim [][]float64, gold, topic []string) float64 {
	byTopic := map[string][]int{}
	for i, t := range topic {
		byTopic[t] = append(byTopic[t], i)
	}
	pred := make([]string, len(gold))
	for t, idx := range byTopic {
		cl := make([][]int, len(idx))
		for a := range idx {
			cl[a] = []int{idx[a]}
		}
		for len(cl) > 2 {
			bi, bj, bs := 0, 1, -1.0
			for a := range cl {
				for b := a + 1; b < len(cl); b++ {
					var s float64
					for _, i := range cl[a] {
						for _, j := range cl[b] {
							s += sim[i][j]
						}
					}
					s /= float64(len(cl[a]) * len(cl[b]))
					if s > bs {
						bi, bj, bs = a, b, s
					}
				}
			}
			cl[bi] = append(cl[bi], cl[bj]...)
			cl = append(cl[:bj], cl[bj+1:]...)
		}
		for k, c := range cl {
			for _, i := range c {
				pred[i] = fmt.Sprint(t, "/", k)
			}
		}
	}
	s, _ := clusterscore.Score(pred, gold)
	return s.BCubedF1
}

// kmeans clusters unit vectors into k groups by spherical k-means
// (k-means++ seeding from a fixed seed, best of tries by cohesion) and
// scores them (BCubed F1, ARI).
func kmeans(vecs [][]Feature, k, tries int, gold []string) (float64, float64) {
	n := len(vecs)
	rng := rand.New(rand.NewPCG(1, 2))
	bestObj := math.Inf(-1)
	var bestLab []int
	for try := 0; try < tries; try++ {
		cents := [][]Feature{vecs[rng.IntN(n)]}
		d := make([]float64, n)
		for len(cents) < k {
			var tot float64
			for i, v := range vecs {
				m := math.Inf(1)
				for _, c := range cents {
					m = min(m, 1-dot(v, c))
				}
				d[i] = max(m, 0)
				tot += d[i]
			}
			x := rng.Float64() * tot
			j := 0
			for ; j < n-1 && x > d[j]; j++ {
				x -= d[j]
			}
			cents = append(cents, vecs[j])
		}
		lab := make([]int, n)
		var obj float64
		for it := 0; it < 30; it++ {
			obj = 0
			changed := false
			for i, v := range vecs {
				bj, bs := 0, math.Inf(-1)
				for j, c := range cents {
					if s := dot(v, c); s > bs {
						bj, bs = j, s
					}
				}
				obj += bs
				if lab[i] != bj || it == 0 {
					changed = changed || lab[i] != bj
					lab[i] = bj
				}
			}
			sums := make([][]Feature, k)
			for i, v := range vecs {
				sums[lab[i]] = addInto(sums[lab[i]], v, 1, 1<<30)
			}
			for j := range sums {
				if len(sums[j]) > 0 {
					normalise(sums[j])
					cents[j] = sums[j]
				}
			}
			if !changed && it > 0 {
				break
			}
		}
		if obj > bestObj {
			bestObj, bestLab = obj, append([]int(nil), lab...)
		}
	}
	pred := make([]string, n)
	for i, l := range bestLab {
		pred[i] = fmt.Sprint(l)
	}
	s, _ := clusterscore.Score(pred, gold)
	return s.BCubedF1, s.ARI
}

func TestDiagRepresentation(t *testing.T) {
	docs := diagTraindev(t)
	gold := make([]string, len(docs))
	topic := make([]string, len(docs))
	for i, d := range docs {
		gold[i] = d.Gold
		topic[i] = strings.SplitN(d.Gold, "_", 2)[0]
	}
	var stem terms.Stemmer
	// Raw feature sets.
	ours := func(o Options) []map[Key]float64 {
		c := New(nil, o)
		out := make([]map[Key]float64, len(docs))
		for i, d := range docs {
			r := c.extract(Doc{ID: d.ID, Title: d.Title, Text: d.Text})
			m := map[Key]float64{}
			for j, k := range r.keys {
				m[k] = r.counts[j]
			}
			out[i] = m
		}
		return out
	}
	full := func(ngram int, lead int) []map[Key]float64 {
		out := make([]map[Key]float64, len(docs))
		for i, d := range docs {
			txt := d.Text
			if lead > 0 {
				txt = leadWords(txt, lead)
			}
			ws := stem.Content(d.Title + "\n" + txt)
			m := map[Key]float64{}
			for j, w := range ws {
				m[KeyOf('t', w)]++
				if ngram >= 2 && j > 0 {
					m[KeyOf('b', ws[j-1]+" "+w)]++
				}
				if ngram >= 3 && j > 1 {
					m[KeyOf('b', ws[j-2]+" "+ws[j-1]+" "+w)]++
				}
			}
			out[i] = m
		}
		return out
	}
	only := func(raw []map[Key]float64, kinds string) []map[Key]float64 {
		out := make([]map[Key]float64, len(raw))
		for i, r := range raw {
			m := map[Key]float64{}
			for k, c := range r {
				if strings.IndexByte(kinds, k.Kind()) >= 0 {
					m[k] = c
				}
			}
			out[i] = m
		}
		return out
	}
	merge := func(a, b []map[Key]float64) []map[Key]float64 {
		out := make([]map[Key]float64, len(a))
		for i := range a {
			m := map[Key]float64{}
			for k, c := range a[i] {
				m[k] += c
			}
			for k, c := range b[i] {
				m[k] += c
			}
			out[i] = m
		}
		return out
	}
	defW := map[byte]float64{'e': 1, 'y': 8, 'n': 0.5, 'm': 4}
	type rep struct {
		name string
		vecs [][]Feature
		mix  float64 // entity cosine share
	}
	simOf := func(r rep) [][]float64 {
		ents := make([][]Feature, len(r.vecs))
		for i, v := range r.vecs {
			e := append([]Feature(nil), kindRange(v, 'e')...)
			normalise(e)
			ents[i] = e
		}
		n := len(r.vecs)
		sim := make([][]float64, n)
		for i := range n {
			sim[i] = make([]float64, n)
		}
		for i := range n {
			for j := i + 1; j < n; j++ {
				s := dot(r.vecs[i], r.vecs[j])
				if r.mix > 0 {
					s = (1-r.mix)*s + r.mix*dot(ents[i], ents[j])
				}
				sim[i][j], sim[j][i] = s, s
			}
		}
		return sim
	}
	o := ours(Options{})
	oFull := ours(Options{LeadWords: 100000})
	f1 := full(1, 0)
	f3 := full(3, 0)
	reps := []rep{
		{"ours (lead 250, title x5, mix .5)", weighDocs(o, 1, 1, defW), 0.5},
		{"ours, no entity mix", weighDocs(o, 1, 1, defW), 0},
		{"ours, min_df 2", weighDocs(o, 2, 1, defW), 0.5},
		{"ours, min_df 3 max_df .5", weighDocs(o, 3, 0.5, defW), 0.5},
		{"ours full text", weighDocs(oFull, 1, 1, defW), 0.5},
		{"ours full text min_df 2", weighDocs(oFull, 2, 1, defW), 0.5},
		{"ours, title x1", weighDocs(ours(Options{TitleWeight: 1}), 1, 1, defW), 0.5},
		{"ours, title x10", weighDocs(ours(Options{TitleWeight: 10}), 1, 1, defW), 0.5},
		{"terms only (ours, t)", weighDocs(only(o, "t"), 1, 1, defW), 0},
		{"entity only", weighDocs(only(o, "e"), 1, 1, defW), 0},
		{"years+numbers+month", weighDocs(only(o, "ynm"), 1, 1, defW), 0},
		{"full-text unigrams", weighDocs(f1, 1, 1, nil), 0},
		{"full-text unigrams min_df 2", weighDocs(f1, 2, 1, nil), 0},
		{"full-text 1-3 grams min3 max.5", weighDocs(f3, 3, 0.5, nil), 0},
		{"full-text 1-3 grams min2", weighDocs(f3, 2, 1, nil), 0},
		{"full 1-3 min2 + ours e/y/n", weighDocs(merge(f3, only(oFull, "eyn")), 2, 1, defW), 0},
		{"full 1-3 min2 + ours e/y/n mix .5", weighDocs(merge(f3, only(oFull, "eyn")), 2, 1, defW), 0.5},
	}
	// K-means given the true k on streams of 10 topics (the test split's
	// shape), each weighed over its own documents, as the published
	// reference does on the test split.
	var topics []string
	seen := map[string]bool{}
	for _, tp := range topic {
		if !seen[tp] {
			seen[tp] = true
			topics = append(topics, tp)
		}
	}
	for _, name := range []string{"ours", "full-text 1-3 grams min3 max.5"} {
		var fs, as []string
		for i := 0; i < len(topics); i += 10 {
			in := map[string]bool{}
			for _, tp := range topics[i:min(i+10, len(topics))] {
				in[tp] = true
			}
			var idx []int
			ks := map[string]bool{}
			for j := range docs {
				if in[topic[j]] {
					idx = append(idx, j)
					ks[gold[j]] = true
				}
			}
			sub := func(raw []map[Key]float64) []map[Key]float64 {
				out := make([]map[Key]float64, len(idx))
				for k, j := range idx {
					out[k] = raw[j]
				}
				return out
			}
			g := make([]string, len(idx))
			for k, j := range idx {
				g[k] = gold[j]
			}
			var vecs [][]Feature
			if name == "ours" {
				vecs = weighDocs(sub(o), 1, 1, defW)
			} else {
				vecs = weighDocs(sub(f3), 3, 0.5, nil)
			}
			f, a := kmeans(vecs, len(ks), 10, g)
			fs = append(fs, fmt.Sprintf("%.3f", f))
			as = append(as, fmt.Sprintf("%.3f", a))
		}
		t.Logf("k-means, true k, 10-topic streams, %s: F1 %v ARI %v", name, fs, as)
	}
	for _, r := range reps {
		sim := simOf(r)
		f, a, th, k := hacAvg(sim, gold)
		auc := topicSep(sim, gold, topic)
		ts := topicSplit(sim, gold, topic)
		kf, ka := kmeans(r.vecs, 66, 5, gold)
		t.Logf("%-38s HAC F1 %.3f ARI %.3f (cut %.3f, %d clusters)  within-topic AUC %.3f, 2-way split F1 %.3f, k-means k=66 F1 %.3f ARI %.3f", r.name, f, a, th, k, auc, ts, kf, ka)
	}
}
