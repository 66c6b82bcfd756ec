package story

import (
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/story/terms"
)

// TestDiagKinds asks whether a learned mix of per-kind cosines tells a
// topic's two events apart better than our fixed mix: a logistic
// regression over the pairs of the train topics, scored by the mean
// within-topic AUC on the dev topics.
func TestDiagKinds(t *testing.T) {
	docs := diagTraindev(t)
	n := len(docs)
	c := New(nil, Options{})
	raw := make([]map[Key]float64, n)
	title := make([]map[Key]float64, n)
	grams := make([]map[Key]float64, n)
	var lgrams []map[Key]float64
	var stem terms.Stemmer
	for i, d := range docs {
		r := c.extract(Doc{ID: d.ID, Title: d.Title, Text: d.Text})
		m := map[Key]float64{}
		for j, k := range r.keys {
			m[k] = r.counts[j]
		}
		raw[i] = m
		// ECB+ documents mostly have no title: the first line stands in.
		first := d.Title
		if first == "" {
			first, _, _ = strings.Cut(d.Text, "\n")
		}
		tm := map[Key]float64{}
		for _, w := range stem.Content(first) {
			tm[KeyOf('t', w)]++
		}
		title[i] = tm
		ws := stem.Content(d.Title + "\n" + d.Text)
		gm := map[Key]float64{}
		for j := 1; j < len(ws); j++ {
			gm[KeyOf('b', ws[j-1]+" "+ws[j])]++
		}
		grams[i] = gm
		lws := stem.Content(d.Title + "\n" + leadWords(d.Text, 250))
		lm := map[Key]float64{}
		for j := 1; j < len(lws); j++ {
			lm[KeyOf('b', lws[j-1]+" "+lws[j])]++
		}
		lgrams = append(lgrams, lm)
	}
	defW := map[byte]float64{'e': 1, 'y': 8, 'n': 0.5, 'm': 4}
	all := weighDocs(raw, 1, 1, defW)
	tv := weighDocs(title, 1, 1, nil)
	gv := weighDocs(grams, 2, 1, nil)
	lg := weighDocs(lgrams, 1, 1, nil)
	part := func(v []Feature, k byte) []Feature {
		p := append([]Feature(nil), kindRange(v, k)...)
		normalise(p)
		return p
	}
	kinds := []byte{'t', 'e', 'y', 'n', 'm'}
	parts := make([][][]Feature, n)
	for i := range n {
		for _, k := range kinds {
			parts[i] = append(parts[i], part(all[i], k))
		}
	}
	names := []string{"terms", "entities", "years", "numbers", "month", "first line", "bigrams", "lead bigrams", "all (ours)", "ours mix", "ours mix + .2 lead bigrams", "ours mix + .35 lead bigrams"}
	type pair struct {
		x     []float64
		same  bool
		topic string
		train bool
	}
	var pairs []pair
	topicOf := func(g string) string { return strings.SplitN(g, "_", 2)[0] }
	for i := range n {
		for j := i + 1; j < n; j++ {
			if topicOf(docs[i].Gold) != topicOf(docs[j].Gold) {
				continue
			}
			var x []float64
			for k := range kinds {
				x = append(x, dot(parts[i][k], parts[j][k]))
			}
			a := dot(all[i], all[j])
			lb := dot(lg[i], lg[j])
			om := 0.5*a + 0.5*x[1]
			x = append(x, dot(tv[i], tv[j]), dot(gv[i], gv[j]), lb, a, om, 0.8*om+0.2*lb, 0.65*om+0.35*lb)
			pairs = append(pairs, pair{x, docs[i].Gold == docs[j].Gold, topicOf(docs[i].Gold), docs[i].Split == "train"})
		}
	}
	nf := len(names) - 3 // the learned mix reads every feature but the fixed mixes
	// Variants: every feature; without the full-text bigrams (what the
	// lead affords); without any bigrams.
	for _, drop := range []int{-1, 6, 7, 8} {
		use := func(k int) bool { return k != drop && (drop < 7 || k != 6) && (drop != 8 || k < 5) }
		// Logistic regression by gradient descent on standardised features.
		mu, sd := make([]float64, nf), make([]float64, nf)
		var ntr float64
		for _, p := range pairs {
			if p.train {
				ntr++
				for k := range nf {
					mu[k] += p.x[k]
				}
			}
		}
		for k := range nf {
			mu[k] /= ntr
		}
		for _, p := range pairs {
			if p.train {
				for k := range nf {
					sd[k] += (p.x[k] - mu[k]) * (p.x[k] - mu[k])
				}
			}
		}
		for k := range nf {
			sd[k] = math.Sqrt(sd[k]/ntr) + 1e-9
		}
		w := make([]float64, nf+1)
		for it := 0; it < 300; it++ {
			g := make([]float64, nf+1)
			for _, p := range pairs {
				if !p.train {
					continue
				}
				z := w[nf]
				for k := range nf {
					if use(k) {
						z += w[k] * (p.x[k] - mu[k]) / sd[k]
					}
				}
				y := 0.0
				if p.same {
					y = 1
				}
				e := 1/(1+math.Exp(-z)) - y
				for k := range nf {
					g[k] += e * (p.x[k] - mu[k]) / sd[k]
				}
				g[nf] += e
			}
			for k := range w {
				w[k] -= 0.5 * g[k] / ntr
			}
		}
		score := func(p pair) float64 {
			z := w[nf]
			for k := range nf {
				if use(k) {
					z += w[k] * (p.x[k] - mu[k]) / sd[k]
				}
			}
			return z
		}
		auc := func(f func(pair) float64) float64 {
			by := map[string][]pair{}
			for _, p := range pairs {
				if !p.train {
					by[p.topic] = append(by[p.topic], p)
				}
			}
			var tot float64
			var nt int
			for _, ps := range by {
				var same, diff []float64
				for _, p := range ps {
					if p.same {
						same = append(same, f(p))
					} else {
						diff = append(diff, f(p))
					}
				}
				if len(same) == 0 || len(diff) == 0 {
					continue
				}
				sort.Float64s(diff)
				var wins float64
				for _, s := range same {
					wins += float64(sort.SearchFloat64s(diff, s))
				}
				tot += wins / float64(len(same)*len(diff))
				nt++
			}
			return tot / float64(nt)
		}
		if drop < 0 {
			for k, name := range names {
				t.Logf("dev within-topic AUC, %-10s %.3f", name, auc(func(p pair) float64 { return p.x[k] }))
			}
		}
		dn := [...]string{"nothing", "full-text bigrams", "any bigrams", "all but the kind blocks"}[min(drop-5, 3)*boolInt(drop >= 0)]
		raw := make([]float64, nf)
		for k := range nf {
			if use(k) {
				raw[k] = w[k] / sd[k]
			}
		}
		t.Logf("dev within-topic AUC, learned mix without %s: %.3f (weights on standardised cosines %.2f; on cosines %.2f)", dn, auc(score), w, raw)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
