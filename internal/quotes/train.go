package quotes

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// TrainOptions configure TrainModel.
type TrainOptions struct {
	// Dir is the PolNeAR folder (holding data/) or its data/ folder.
	Dir string
	// Splits are the splits trained on; nil means train only.
	Splits []string
	// Epochs is the number of passes; 0 means 8.
	Epochs int
	// Seed orders the articles in each pass.
	Seed int64
	// AllAnnotators trains on every annotator's file of an article (some
	// train articles were annotated twice); by default only the first, as
	// the scorer reads them.
	AllAnnotators bool
	// Stacked trains a second stage that sees the first stage's tags.
	Stacked bool
	// Epochs2 is the number of passes of the second stage; 0 means Epochs.
	Epochs2 int
	// Folds is the number of parts train is cut into to tag each part for
	// the second stage's training with a first stage trained on the other
	// parts; 0 means 2.
	Folds int
	// MissWeight scales the perceptron's update on a token whose gold tag
	// is Source, Cue or Content and which the model tagged O (a missed
	// attribution); 0 means 1, the plain perceptron.
	MissWeight float32
	// Clusters adds the word-cluster features (clusters.go) to both stages;
	// the model file records it.
	Clusters bool
	// SentenceFeatures adds the sentence-level features (sentfeat.go) to
	// both stages; the model file records it.
	SentenceFeatures bool
	// Frames adds the word-frame features (frames.go) to both stages; the
	// model file records it.
	Frames bool
	// Context adds the wider context features (ctxfeat.go) to the second
	// stage; the model file records it.
	Context bool
	// CueLex adds the cue-stem lexicon features (features_cuelex.go) to
	// both stages; the model file records it.
	CueLex bool
	// HoldOutFolds and HoldOut leave part of the data out, for
	// cross-validated tags on train: with HoldOutFolds >= 2, the articles
	// whose index (in the order ScorePolNeAR reads them) modulo
	// HoldOutFolds is HoldOut are not trained on. 0 trains on all.
	HoldOutFolds, HoldOut int
	// Progress, when set, is called after each epoch with the model
	// averaged so far (it may score it on a held-out split).
	Progress func(epoch int, m *Model)
}

// A labelled article for training.
type trainDoc struct {
	d    *doc
	gold []int8
}

// readTagged reads the first annotation file of every article of split and
// returns the articles with token tags from the Source, Cue and Content spans.
func readTagged(ctx context.Context, dir, split string, all bool) ([]trainDoc, error) {
	base := dir
	if _, err := os.Stat(filepath.Join(base, "data")); err == nil {
		base = filepath.Join(base, "data")
	}
	anns, err := filepath.Glob(filepath.Join(base, split, "attributions", "*.ann"))
	if err != nil || len(anns) == 0 {
		return nil, fmt.Errorf("polnear %s: no annotations under %s: %w", split, filepath.Join(base, split), os.ErrNotExist)
	}
	sort.Strings(anns)
	seen := map[string]bool{}
	var out []trainDoc
	for _, ann := range anns {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		name := strings.TrimSuffix(filepath.Base(ann), ".ann")
		if i := strings.LastIndexByte(name, '_'); i > 0 {
			name = name[:i]
		}
		if seen[name] && !all {
			continue
		}
		seen[name] = true
		raw, err := os.ReadFile(filepath.Join(base, split, "text", name+".txt"))
		if err != nil {
			return nil, fmt.Errorf("polnear article %s: %w", name, err)
		}
		text := string(raw)
		frags, err := readFragments(ann, text)
		if err != nil {
			return nil, err
		}
		d := newDoc(text, Heuristic{})
		out = append(out, trainDoc{d: d, gold: goldTags(d, frags)})
	}
	return out, nil
}

// A fragment is one labelled span of a brat file, in bytes.
type fragment struct {
	label      int // tagBSrc, tagBCue or tagBCon
	start, end int
}

// readFragments reads the Source, Cue and Content fragments of a brat file.
func readFragments(path, text string) ([]fragment, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("polnear annotation: %w", err)
	}
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	var out []fragment
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 || !strings.HasPrefix(f[0], "T") {
			continue
		}
		lab, rest, ok := strings.Cut(f[1], " ")
		if !ok {
			continue
		}
		var l int
		switch lab {
		case "Source":
			l = tagBSrc
		case "Cue":
			l = tagBCue
		case "Content":
			l = tagBCon
		default:
			continue
		}
		for _, part := range strings.Split(rest, ";") {
			ab := strings.Fields(part)
			if len(ab) != 2 {
				continue
			}
			a, err1 := strconv.Atoi(ab[0])
			b, err2 := strconv.Atoi(ab[1])
			if err1 != nil || err2 != nil || a < 0 || b >= len(byteAt) || a >= b {
				continue
			}
			out = append(out, fragment{l, byteAt[a], byteAt[b]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out, nil
}

// goldTags tags d's tokens from fragments: a token belongs to the fragment
// its first byte lies in (or that starts inside it).
func goldTags(d *doc, frags []fragment) []int8 {
	tags := make([]int8, len(d.toks))
	k := 0
	for _, fr := range frags {
		for k > 0 && d.toks[k-1].End > fr.start {
			k--
		}
		for k < len(d.toks) && d.toks[k].End <= fr.start {
			k++
		}
		first := true
		for j := k; j < len(d.toks) && d.toks[j].Start < fr.end; j++ {
			if tags[j] != tagO {
				first = false
				continue
			}
			if first {
				tags[j] = int8(fr.label)
				first = false
			} else {
				tags[j] = int8(fr.label + 1)
			}
		}
	}
	return tags
}

// trainer is an averaged structured perceptron.
type trainer struct {
	rows     map[uint32]int32
	w, u     []float32 // weights and their timestamped sums
	trans    [numTags + 1][numTags]float32
	transU   [numTags + 1][numTags]float32
	c        float32
	miss     float32   // update scale on missed attribution tokens (>= 1)
	fl       featFlags // the optional feature sets
	emission []float32
}

func (tr *trainer) row(f uint32) int {
	r, ok := tr.rows[f]
	if !ok {
		r = int32(len(tr.rows))
		tr.rows[f] = r
		tr.w = append(tr.w, make([]float32, numTags)...)
		tr.u = append(tr.u, make([]float32, numTags)...)
	}
	return int(r)
}

// step decodes one article and updates on its mistakes.
func (tr *trainer) step(td trainDoc, feats []uint32, offs []int32) {
	n := len(td.gold)
	if cap(tr.emission) < n*numTags {
		tr.emission = make([]float32, n*numTags)
	}
	em := tr.emission[:n*numTags]
	live := &Model{rows: tr.rows, weights: tr.w, trans: tr.trans}
	live.emissions(feats, offs, em)
	pred := viterbi(n, em, &tr.trans)
	c := tr.c
	for i := 0; i < n; i++ {
		g, p := int(td.gold[i]), int(pred[i])
		if g != p {
			k := float32(1)
			if g != tagO && p == tagO && tr.miss > 1 {
				k = tr.miss
			}
			for _, f := range feats[offs[i]:offs[i+1]] {
				r := tr.row(f)
				tr.w[r*numTags+g] += k
				tr.u[r*numTags+g] += k * c
				tr.w[r*numTags+p] -= k
				tr.u[r*numTags+p] -= k * c
			}
		}
		gp, pp := tagStart, tagStart
		if i > 0 {
			gp, pp = int(td.gold[i-1]), int(pred[i-1])
		}
		if gp != pp || g != p {
			tr.trans[gp][g]++
			tr.transU[gp][g] += c
			tr.trans[pp][p]--
			tr.transU[pp][p] -= c
		}
	}
	tr.c++
}

// averaged returns the averaged model.
func (tr *trainer) averaged() *Model {
	m := &Model{rows: make(map[uint32]int32, len(tr.rows)), weights: make([]float32, len(tr.w)), clusters: tr.fl.clusters, sentence: tr.fl.sentence, frames: tr.fl.frames, context: tr.fl.context, cuelex: tr.fl.cuelex}
	for h, r := range tr.rows {
		m.rows[h] = r
	}
	c := max(tr.c, 1)
	for i := range tr.w {
		m.weights[i] = tr.w[i] - tr.u[i]/c
	}
	for p := range tr.trans {
		for t := range tr.trans[p] {
			m.trans[p][t] = tr.trans[p][t] - tr.transU[p][t]/c
		}
	}
	return m
}

// TrainModel trains the attribution tagger on PolNeAR (the splits named in
// o, train by default) and returns the averaged model.
func TrainModel(ctx context.Context, o TrainOptions) (*Model, error) {
	splits := o.Splits
	if len(splits) == 0 {
		splits = []string{"train"}
	}
	var docs []trainDoc
	for _, s := range splits {
		if s == "test" {
			return nil, fmt.Errorf("train attribution model: refusing to train on split %q", s)
		}
		ds, err := readTagged(ctx, o.Dir, s, o.AllAnnotators)
		if err != nil {
			return nil, fmt.Errorf("train attribution model: %w", err)
		}
		docs = append(docs, ds...)
	}
	if o.HoldOutFolds >= 2 {
		kept := docs[:0]
		for i, td := range docs {
			if i%o.HoldOutFolds != o.HoldOut {
				kept = append(kept, td)
			}
		}
		docs = kept
	}
	fl := featFlags{clusters: o.Clusters, sentence: o.SentenceFeatures, frames: o.Frames, context: o.Context, cuelex: o.CueLex}
	epochs := o.Epochs
	if epochs <= 0 {
		epochs = 8
	}
	if !o.Stacked {
		return trainOn(ctx, docs, nil, epochs, o.Seed, o.MissWeight, fl, o.Progress)
	}
	m1, err := trainOn(ctx, docs, nil, epochs, o.Seed, o.MissWeight, fl, nil)
	if err != nil {
		return nil, err
	}
	// First-stage tags for the second stage's training come from models
	// that did not see the article (two folds), so that they are as wrong
	// as they will be on new text.
	folds := o.Folds
	if folds < 2 {
		folds = 2
	}
	epochs2 := o.Epochs2
	if epochs2 <= 0 {
		epochs2 = epochs
	}
	prev := make([][]int8, len(docs))
	for k := 0; k < folds; k++ {
		var in []trainDoc
		for i, td := range docs {
			if i%folds != k {
				in = append(in, td)
			}
		}
		mk, err := trainOn(ctx, in, nil, epochs, o.Seed, o.MissWeight, fl, nil)
		if err != nil {
			return nil, err
		}
		for i, td := range docs {
			if i%folds == k {
				prev[i] = mk.tag(td.d)
			}
		}
	}
	var progress func(int, *Model)
	if o.Progress != nil {
		progress = func(e int, m2 *Model) {
			p := *m1
			p.next = m2
			o.Progress(e, &p)
		}
	}
	m2, err := trainOn(ctx, docs, prev, epochs2, o.Seed, o.MissWeight, fl, progress)
	if err != nil {
		return nil, err
	}
	m1.next = m2
	return m1, nil
}

// trainOn trains one stage on docs (prev: first-stage tags per doc, or nil).
func trainOn(ctx context.Context, docs []trainDoc, prev [][]int8, epochs int, seed int64, miss float32, fl featFlags, progress func(int, *Model)) (*Model, error) {
	type fd struct {
		feats []uint32
		offs  []int32
	}
	cache := make([]fd, len(docs))
	for i, td := range docs {
		var p []int8
		if prev != nil {
			p = prev[i]
		}
		f, o := td.d.features(p, fl)
		cache[i] = fd{f, o}
	}
	tr := &trainer{rows: map[uint32]int32{}, c: 1, miss: miss, fl: fl}
	rng := rand.New(rand.NewSource(seed))
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	for e := 1; e <= epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			tr.step(docs[i], cache[i].feats, cache[i].offs)
		}
		if progress != nil {
			progress(e, tr.averaged())
		}
	}
	return tr.averaged(), nil
}
