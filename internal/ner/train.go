package ner

import (
	"context"
	"fmt"
	"math/rand"
)

// TrainOptions configure Train. The zero value trains 10 epochs with a
// document window of 20 sentences.
type TrainOptions struct {
	// Epochs is the number of passes over the data (0 means 10).
	Epochs int
	// Window is how many sentences either side of a sentence count as its
	// document context (0 means 20; negative means none).
	Window int
	// Seed seeds the shuffling of sentences between epochs.
	Seed int64
	// AfterEpoch, when set, is called after every epoch with the averaged
	// tagger so far, e.g. to score it on held-out data.
	AfterEpoch func(epoch int, t *Tagger)
}

// A Labeled sentence pairs tokens with their gold IOB2 tags.
type Labeled struct {
	Tokens []string
	Tags   []string
}

// A Doc is a run of labelled sentences that share document context.
type Doc []Labeled

// Train learns an averaged-perceptron tagger from docs. Tags other than
// the nine of Tags are an error.
func Train(ctx context.Context, docs []Doc, opts TrainOptions) (*Tagger, error) {
	if opts.Epochs == 0 {
		opts.Epochs = 10
	}
	switch {
	case opts.Window == 0:
		opts.Window = 20
	case opts.Window < 0:
		opts.Window = 0
	}
	tr := &trainer{index: map[uint32]int32{}}
	type sent struct {
		feats [][]int32
		gold  []int
	}
	var data []sent
	for di, doc := range docs {
		words := make([][]string, len(doc))
		for i, s := range doc {
			if len(s.Tokens) != len(s.Tags) {
				return nil, fmt.Errorf("ner: train doc %d sentence %d: %d tokens, %d tags", di, i, len(s.Tokens), len(s.Tags))
			}
			words[i] = s.Tokens
		}
		var buf [][]uint32
		var ferr error
		eachWithContext(words, opts.Window, func(si int, sf *sentFeatures, stats docStats) {
			buf = sentenceFeatures(sf, stats, buf)
			s := sent{feats: make([][]int32, len(sf.info)), gold: make([]int, len(sf.info))}
			for i := range sf.info {
				g, ok := tagIndex(doc[si].Tags[i])
				if !ok && ferr == nil {
					ferr = fmt.Errorf("ner: train doc %d sentence %d: unknown tag %q", di, si, doc[si].Tags[i])
				}
				s.gold[i] = g
				rows := make([]int32, len(buf[i]))
				for k, f := range buf[i] {
					rows[k] = tr.row(f)
				}
				s.feats[i] = rows
			}
			data = append(data, s)
		})
		if ferr != nil {
			return nil, ferr
		}
	}
	tr.w = make([]float32, len(tr.index)*numTags)
	tr.u = make([]float64, len(tr.index)*numTags)
	rng := rand.New(rand.NewSource(opts.Seed))
	order := rng.Perm(len(data))
	var em []float32
	var path []int
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("ner: train: %w", err)
			}
			s := data[k]
			n := len(s.gold)
			tr.c++
			if n == 0 {
				continue
			}
			if cap(em) < n*numTags {
				em = make([]float32, n*numTags)
			}
			em = em[:n*numTags]
			for i, rows := range s.feats {
				row := em[i*numTags : (i+1)*numTags]
				clear(row)
				for _, r := range rows {
					w := tr.w[int(r)*numTags : int(r+1)*numTags]
					for t := range row {
						row[t] += w[t]
					}
				}
			}
			path = viterbi(n, em, &tr.trans, path)
			prevG, prevP := start, start
			for i := 0; i < n; i++ {
				g, p := s.gold[i], path[i]
				if g != p {
					for _, r := range s.feats[i] {
						tr.update(int(r)*numTags+g, 1)
						tr.update(int(r)*numTags+p, -1)
					}
				}
				if g != p || prevG != prevP {
					tr.updateTrans(prevG, g, 1)
					tr.updateTrans(prevP, p, -1)
				}
				prevG, prevP = g, p
			}
		}
		if opts.AfterEpoch != nil {
			opts.AfterEpoch(epoch, tr.averaged(opts.Window))
		}
	}
	return tr.averaged(opts.Window), nil
}

// trainer holds perceptron weights w and the running sums u of c*update,
// so the average is w - u/c (Daumé's trick).
type trainer struct {
	index  map[uint32]int32
	w      []float32
	u      []float64
	trans  [numTags + 1][numTags]float32
	transU [numTags + 1][numTags]float32
	c      int
}

func (tr *trainer) row(f uint32) int32 {
	r, ok := tr.index[f]
	if !ok {
		r = int32(len(tr.index))
		tr.index[f] = r
	}
	return r
}

func (tr *trainer) update(i int, d float32) {
	tr.w[i] += d
	tr.u[i] += float64(tr.c) * float64(d)
}

func (tr *trainer) updateTrans(i, j int, d float32) {
	tr.trans[i][j] += d
	tr.transU[i][j] += float32(tr.c) * d
}

func (tr *trainer) averaged(window int) *Tagger {
	m := &model{window: window, index: tr.index, weights: make([]float32, len(tr.w))}
	c := float32(tr.c)
	for i := range tr.w {
		m.weights[i] = float32(float64(tr.w[i]) - tr.u[i]/float64(c))
	}
	for i := range tr.trans {
		for j := range tr.trans[i] {
			m.trans[i][j] = tr.trans[i][j] - tr.transU[i][j]/c
		}
	}
	return &Tagger{m: m}
}
