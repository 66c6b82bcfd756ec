// Command clusters derives the word clusters package ner uses as features
// from unlabelled English news text under ../shared/bench, and writes them
// as clusters.tsv.gz (see ../../NOTE.md).
//
// The text is training and development data only (see sources in
// corpus.go): no test split of any benchmark is read, and refuseTest stops
// the program before it opens a path that names one.
//
// Each word seen at least -min times gets a vector of the words to its left
// and right (positive PMI over the -ctx most frequent words, randomly
// projected to -dims dimensions); spherical k-means then groups the vectors
// into -k1 coarse and -k2 fine clusters.
//
//	go run ./internal/ner/cmd/clusters -out internal/ner/clusters.tsv.gz
package main

import (
	"bufio"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "clusters:", err)
		os.Exit(1)
	}
}

func run() error {
	shared := flag.String("shared", "", "the shared folder (default ../shared beside the module root)")
	out := flag.String("out", "", "write clusters here (gzip TSV: word, coarse, fine)")
	minCount := flag.Int("min", 3, "keep words seen at least this often")
	ctxWords := flag.Int("ctx", 1500, "context vocabulary size")
	dims := flag.Int("dims", 96, "projected dimensions")
	k1 := flag.Int("k1", 128, "coarse clusters")
	k2 := flag.Int("k2", 768, "fine clusters")
	iters := flag.Int("iters", 12, "k-means iterations")
	flag.Parse()
	if *shared == "" {
		root, err := moduleRoot()
		if err != nil {
			return err
		}
		*shared = filepath.Join(root, "..", "shared")
	}
	sents, err := corpus(filepath.Join(*shared, "bench"))
	if err != nil {
		return err
	}
	ntok := 0
	for _, s := range sents {
		ntok += len(s)
	}
	fmt.Printf("corpus: %d sentences, %d tokens\n", len(sents), ntok)

	counts := map[string]int{}
	lowerCounts := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			counts[w]++
			lowerCounts[strings.ToLower(w)]++
		}
	}
	// Context vocabulary: the most frequent lower-cased words.
	ctxList := make([]string, 0, len(lowerCounts))
	for w := range lowerCounts {
		ctxList = append(ctxList, w)
	}
	sort.Slice(ctxList, func(i, j int) bool {
		if lowerCounts[ctxList[i]] != lowerCounts[ctxList[j]] {
			return lowerCounts[ctxList[i]] > lowerCounts[ctxList[j]]
		}
		return ctxList[i] < ctxList[j]
	})
	if len(ctxList) > *ctxWords {
		ctxList = ctxList[:*ctxWords]
	}
	ctxID := map[string]int{"<s>": len(ctxList), "</s>": len(ctxList) + 1}
	for i, w := range ctxList {
		ctxID[w] = i
	}
	nctx := len(ctxList) + 2
	var vocab []string
	for w, c := range counts {
		if c >= *minCount && hasLetter(w) {
			vocab = append(vocab, w)
		}
	}
	sort.Strings(vocab)
	wid := make(map[string]int, len(vocab))
	for i, w := range vocab {
		wid[w] = i
	}
	// Co-occurrence counts: feature f in [0, nctx) is the left word, [nctx, 2nctx) the right.
	co := make([]map[int32]float64, len(vocab))
	for i := range co {
		co[i] = map[int32]float64{}
	}
	featTotal := make([]float64, 2*nctx)
	wordTotal := make([]float64, len(vocab))
	total := 0.0
	ctxOf := func(s []string, j int) (int, bool) {
		switch {
		case j < 0:
			return ctxID["<s>"], true
		case j >= len(s):
			return ctxID["</s>"], true
		}
		id, ok := ctxID[strings.ToLower(s[j])]
		return id, ok
	}
	for _, s := range sents {
		for i, w := range s {
			id, ok := wid[w]
			if !ok {
				continue
			}
			if l, ok := ctxOf(s, i-1); ok {
				co[id][int32(l)]++
				featTotal[l]++
				wordTotal[id]++
				total++
			}
			if r, ok := ctxOf(s, i+1); ok {
				co[id][int32(nctx+r)]++
				featTotal[nctx+r]++
				wordTotal[id]++
				total++
			}
		}
	}
	// Random projection of PPMI vectors.
	rng := rand.New(rand.NewSource(7))
	proj := make([][]float32, 2*nctx)
	for f := range proj {
		v := make([]float32, *dims)
		for d := range v {
			v[d] = float32(rng.NormFloat64())
		}
		proj[f] = v
	}
	vecs := make([][]float32, len(vocab))
	for i := range vocab {
		v := make([]float32, *dims)
		feats := make([]int32, 0, len(co[i]))
		for f := range co[i] {
			feats = append(feats, f)
		}
		sort.Slice(feats, func(a, b int) bool { return feats[a] < feats[b] }) // a fixed summing order
		for _, f := range feats {
			c := co[i][f]
			pmi := math.Log(c * total / (wordTotal[i] * featTotal[f]))
			if pmi <= 0 {
				continue
			}
			p := proj[f]
			for d := range v {
				v[d] += float32(pmi) * p[d]
			}
		}
		normalise(v)
		vecs[i] = v
	}
	coarse := kmeans(vecs, *k1, *iters, 11)
	fine := kmeans(vecs, *k2, *iters, 13)
	if *out == "" {
		return errors.New("no -out given")
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "# word clusters: coarse (%d) and fine (%d); made by internal/ner/cmd/clusters\n", *k1, *k2)
	for i, w := range vocab {
		fmt.Fprintf(bw, "%s\t%d\t%d\n", w, coarse[i], fine[i])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d words\n", *out, len(vocab))
	return nil
}

func normalise(v []float32) {
	var n float64
	for _, x := range v {
		n += float64(x) * float64(x)
	}
	if n == 0 {
		return
	}
	s := float32(1 / math.Sqrt(n))
	for d := range v {
		v[d] *= s
	}
}

// kmeans is spherical k-means (cosine similarity) from k distinct random
// points; it returns each vector's cluster.
func kmeans(vecs [][]float32, k, iters int, seed int64) []int {
	if len(vecs) == 0 {
		return nil
	}
	k = min(k, len(vecs))
	dims := len(vecs[0])
	rng := rand.New(rand.NewSource(seed))
	cent := make([][]float32, k)
	for i, p := range rng.Perm(len(vecs))[:k] {
		cent[i] = append([]float32(nil), vecs[p]...)
	}
	assign := make([]int, len(vecs))
	for it := 0; it < iters; it++ {
		for i, v := range vecs {
			best, bestSim := 0, float32(-2)
			for c, cv := range cent {
				var s float32
				for d := 0; d < dims; d++ {
					s += v[d] * cv[d]
				}
				if s > bestSim {
					best, bestSim = c, s
				}
			}
			assign[i] = best
		}
		for c := range cent {
			clear(cent[c])
		}
		sizes := make([]int, k)
		for i, v := range vecs {
			c := assign[i]
			sizes[c]++
			for d := range v {
				cent[c][d] += v[d]
			}
		}
		for c := range cent {
			if sizes[c] == 0 {
				copy(cent[c], vecs[rng.Intn(len(vecs))])
			}
			normalise(cent[c])
		}
	}
	return assign
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}
