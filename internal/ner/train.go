package ner

import (
	"context"
	"fmt"
	"math/rand"
)

// TrainOptions configure Train. The zero value trains 10 epochs with a
// document window of 20 sentences and no second stage.
type TrainOptions struct {
	// Epochs is the number of passes over the data (0 means 10).
	Epochs int
	// Window is how many sentences either side of a sentence count as its
	// document context (0 means 20; negative means none).
	Window int
	// Seed seeds the shuffling of sentences between epochs.
	Seed int64
	// Stack trains a second stage that also sees the first stage's tags of
	// the whole window (first-stage tags of the training data come from
	// Folds-fold cross-validation, so the second stage learns how far to
	// trust them).
	Stack bool
	// Folds is the number of cross-validation folds for Stack (0 means 4).
	Folds int
	// AfterEpoch, when set, is called after every epoch of the last stage
	// with the averaged tagger so far, e.g. to score it on held-out data.
	AfterEpoch func(epoch int, t *Tagger)
}

// A Labeled sentence pairs tokens with their gold IOB2 tags.
type Labeled struct {
	Tokens []string
	Tags   []string
}

// A Doc is a run of labelled sentences that share document context.
type Doc []Labeled

// trainDoc is a document prepared for training.
type trainDoc struct {
	sents []*sentFeatures
	gold  [][]int
}

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
	if opts.Folds < 2 {
		opts.Folds = 4
	}
	var data []trainDoc
	for di, doc := range docs {
		td := trainDoc{sents: make([]*sentFeatures, len(doc)), gold: make([][]int, len(doc))}
		for i, s := range doc {
			if len(s.Tokens) != len(s.Tags) {
				return nil, fmt.Errorf("ner: train doc %d sentence %d: %d tokens, %d tags", di, i, len(s.Tokens), len(s.Tags))
			}
			td.sents[i] = prepare(s.Tokens)
			td.gold[i] = make([]int, len(s.Tags))
			for k, tag := range s.Tags {
				g, ok := tagIndex(tag)
				if !ok {
					return nil, fmt.Errorf("ner: train doc %d sentence %d: unknown tag %q", di, i, tag)
				}
				td.gold[i][k] = g
			}
		}
		data = append(data, td)
	}
	if !opts.Stack {
		m, err := trainStage(ctx, data, nil, opts, nil)
		if err != nil {
			return nil, err
		}
		return &Tagger{stages: []*model{m}}, nil
	}
	units := splitUnits(data, opts.Folds)
	quiet := opts
	quiet.AfterEpoch = nil
	first, err := trainStage(ctx, units, nil, quiet, nil)
	if err != nil {
		return nil, err
	}
	// Out-of-fold first-stage tags for every unit.
	prev := make([][][]int, len(units))
	for k := 0; k < opts.Folds; k++ {
		var train []trainDoc
		for u := range units {
			if u%opts.Folds != k {
				train = append(train, units[u])
			}
		}
		m, err := trainStage(ctx, train, nil, quiet, nil)
		if err != nil {
			return nil, err
		}
		for u := range units {
			if u%opts.Folds == k {
				prev[u], _ = m.decodeDoc(units[u].sents, nil, nil)
			}
		}
	}
	second, err := trainStage(ctx, units, prev, opts, first)
	if err != nil {
		return nil, err
	}
	return &Tagger{stages: []*model{first, second}}, nil
}

// splitUnits returns documents for cross-validation: the documents
// themselves when there are at least 4*folds of them, else each document cut
// into folds contiguous pieces.
func splitUnits(data []trainDoc, folds int) []trainDoc {
	if len(data) >= 4*folds {
		return data
	}
	var out []trainDoc
	for _, d := range data {
		n := len(d.sents)
		for k := 0; k < folds; k++ {
			lo, hi := k*n/folds, (k+1)*n/folds
			if lo < hi {
				out = append(out, trainDoc{sents: d.sents[lo:hi], gold: d.gold[lo:hi]})
			}
		}
	}
	return out
}

// trainStage trains one stage. prev holds the previous stage's tags per
// document (nil for a first stage); before, when not nil, is that stage's
// model, so AfterEpoch can be given the whole tagger.
func trainStage(ctx context.Context, docs []trainDoc, prev [][][]int, opts TrainOptions, before *model) (*model, error) {
	tr := &trainer{index: map[uint32]int32{}}
	type sent struct {
		feats [][]int32
		gold  []int
	}
	var data []sent
	for di, doc := range docs {
		var buf [][]uint32
		var p [][]int
		if prev != nil {
			p = prev[di]
		}
		eachWithContext(doc.sents, opts.Window, p, true, func(si int, sf *sentFeatures, c *docContext) {
			buf = sentenceFeatures(sf, c, buf)
			s := sent{feats: make([][]int32, len(sf.info)), gold: doc.gold[si]}
			for i := range sf.info {
				rows := make([]int32, len(buf[i]))
				for k, f := range buf[i] {
					rows[k] = tr.row(f)
				}
				s.feats[i] = rows
			}
			data = append(data, s)
		})
	}
	tr.w = make([]float32, len(tr.index)*numTags)
	tr.u = make([]float64, len(tr.index)*numTags)
	rng := rand.New(rand.NewSource(opts.Seed))
	order := rng.Perm(len(data))
	var em []float32
	var path []int
	var lat lattice
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
			path = viterbi(n, em, &tr.trans, path, &lat)
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
			stages := []*model{tr.averaged(opts.Window)}
			if before != nil {
				stages = []*model{before, stages[0]}
			}
			opts.AfterEpoch(epoch, &Tagger{stages: stages})
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
	transU [numTags + 1][numTags]float64
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
	tr.transU[i][j] += float64(tr.c) * float64(d)
}

func (tr *trainer) averaged(window int) *model {
	m := &model{window: window, weights: make([]float32, len(tr.w))}
	c := float64(tr.c)
	for i := range tr.w {
		m.weights[i] = float32(float64(tr.w[i]) - tr.u[i]/c)
	}
	for i := range tr.trans {
		for j := range tr.trans[i] {
			m.trans[i][j] = float32(float64(tr.trans[i][j]) - tr.transU[i][j]/c)
		}
	}
	m.table = newRowTable(tr.index)
	return m
}
