package quotes

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
)

// The attribution tagger labels every token of an article Source, Cue,
// Content (BIO) or outside, as PolNeAR annotates attributions. It is a
// first-order averaged perceptron trained by TrainModel (see NOTE.md) with
// Viterbi decoding over the whole article; tagUnits turns the tag runs into
// Quotes.

// Tag indices.
const (
	tagO = iota
	tagBSrc
	tagISrc
	tagBCue
	tagICue
	tagBCon
	tagICon
	numTags
)

// tagStart is the transition row out of the article start.
const tagStart = numTags

// tagNames name the tags, by index.
var tagNames = [numTags]string{"O", "B-Source", "I-Source", "B-Cue", "I-Cue", "B-Content", "I-Content"}

// tagAllowed reports whether tag t may follow tag p: an I- tag only
// continues its own kind.
func tagAllowed(p, t int) bool {
	switch t {
	case tagISrc:
		return p == tagBSrc || p == tagISrc
	case tagICue:
		return p == tagBCue || p == tagICue
	case tagICon:
		return p == tagBCon || p == tagICon
	}
	return true
}

// A Model holds attribution-tagger weights. The zero value has no weights;
// LoadModel reads one, DefaultModel returns the embedded one.
type Model struct {
	rows    map[uint32]int32 // feature hash -> row, while training
	table   rowTable         // the same, for tagging (built by LoadModel)
	weights []float32        // rows of numTags
	trans   [numTags + 1][numTags]float32
	// next is an optional second stage that sees this stage's tags.
	next *Model
	// clusters: the model uses the word-cluster features (clusters.go),
	// in every stage; the file's header says so.
	clusters bool
	// sentence: the model uses the sentence-level features (sentfeat.go).
	sentence bool
	// frames: the model uses the word-frame features (frames.go).
	frames bool
	// context: the second stage uses the wider context features (ctxfeat.go).
	context bool
	// cuelex: the model uses the cue-stem lexicon features (features_cuelex.go).
	cuelex bool
}

// flags returns the optional feature sets m uses.
func (m *Model) flags() featFlags {
	return featFlags{clusters: m.clusters, sentence: m.sentence, frames: m.frames, context: m.context, cuelex: m.cuelex}
}

// rowTable is an open-addressing hash table from feature hash to row,
// faster than a map for the millions of look-ups tagging makes: each slot
// holds the key and its row's weights, so a look-up touches one cache line.
type rowTable struct {
	slots []slot
	shift uint32
}

type slot struct {
	key uint32 // 0: empty (a feature hashing to 0 is dropped)
	w   [numTags]float32
}

func newRowTable(m map[uint32]int32, weights []float32) rowTable {
	size, shift := uint32(1), uint32(32)
	for size < uint32(2*len(m)+1) {
		size <<= 1
		shift--
	}
	t := rowTable{slots: make([]slot, size), shift: shift}
	for k, r := range m {
		if k == 0 {
			continue
		}
		i := (k * 0x9E3779B1) >> t.shift
		for t.slots[i].key != 0 {
			i = (i + 1) & (size - 1)
		}
		t.slots[i].key = k
		copy(t.slots[i].w[:], weights[int(r)*numTags:int(r+1)*numTags])
	}
	return t
}

// get returns the weights of feature k, or nil.
func (t *rowTable) get(k uint32) *[numTags]float32 {
	if len(t.slots) == 0 || k == 0 {
		return nil
	}
	mask := uint32(len(t.slots) - 1)
	for i := (k * 0x9E3779B1) >> t.shift; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.key == k {
			return &sl.w
		}
		if sl.key == 0 {
			return nil
		}
	}
}

//go:embed attrmodel.bin.gz
var modelFile []byte

// DefaultModel returns the embedded model (nil when it cannot be read).
var DefaultModel = sync.OnceValue(func() *Model {
	m, err := LoadModel(bytes.NewReader(modelFile))
	if err != nil {
		return nil
	}
	return m
})

// modelMagic opens a model file; modelMagicClusters one whose model uses
// the word-cluster features.
// modelMagicFlags one followed by a uint32 of feature-set bits (1 word
// clusters, 2 sentence features, 4 word frames, 8 wider context, 16 cue-stem
// lexicon).
const (
	modelMagic         = "storyline-attr-tagger-2\n"
	modelMagicClusters = "storyline-attr-tagger-3\n"
	modelMagicFlags    = "storyline-attr-tagger-4\n"
)

// LoadModel reads a model written by (*Model).Write.
func LoadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("attribution model: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("attribution model: %w", err)
	}
	clusters := bytes.HasPrefix(raw, []byte(modelMagicClusters))
	withFlags := bytes.HasPrefix(raw, []byte(modelMagicFlags))
	if !clusters && !withFlags && !bytes.HasPrefix(raw, []byte(modelMagic)) || len(raw) < len(modelMagic)+8 {
		return nil, errors.New("attribution model: bad header")
	}
	raw = raw[len(modelMagic):]
	sentence, frames, context, cuelex := false, false, false, false
	if withFlags {
		fl := binary.LittleEndian.Uint32(raw)
		if fl&^31 != 0 {
			return nil, fmt.Errorf("attribution model: unknown feature flags %#x", fl)
		}
		clusters, sentence, frames, context, cuelex = fl&1 != 0, fl&2 != 0, fl&4 != 0, fl&8 != 0, fl&16 != 0
		raw = raw[4:]
	}
	stages := int(binary.LittleEndian.Uint32(raw))
	raw = raw[4:]
	if stages < 1 || stages > 4 {
		return nil, errors.New("attribution model: bad stage count")
	}
	var first, last *Model
	for k := 0; k < stages; k++ {
		m, rest, err := readStage(raw)
		if err != nil {
			return nil, err
		}
		raw = rest
		m.clusters, m.sentence, m.frames, m.context, m.cuelex = clusters, sentence, frames, context, cuelex
		if first == nil {
			first = m
		} else {
			last.next = m
		}
		last = m
	}
	return first, nil
}

// readStage reads one stage's weights and returns the bytes after it.
func readStage(raw []byte) (*Model, []byte, error) {
	if len(raw) < 8+4*(numTags+1)*numTags {
		return nil, nil, errors.New("attribution model: truncated")
	}
	le := binary.LittleEndian
	n := int(le.Uint32(raw))
	scale := math.Float32frombits(le.Uint32(raw[4:]))
	raw = raw[8:]
	const rec = 4 + 2*numTags
	if n < 0 || len(raw) < 4*(numTags+1)*numTags+n*rec {
		return nil, nil, errors.New("attribution model: size mismatch")
	}
	m := &Model{rows: make(map[uint32]int32, n), weights: make([]float32, n*numTags)}
	for p := range m.trans {
		for t := range m.trans[p] {
			m.trans[p][t] = math.Float32frombits(le.Uint32(raw))
			raw = raw[4:]
		}
	}
	for i := 0; i < n; i++ {
		b := raw[i*rec : (i+1)*rec]
		m.rows[le.Uint32(b)] = int32(i)
		for t := 0; t < numTags; t++ {
			m.weights[i*numTags+t] = float32(int16(le.Uint16(b[4+2*t:]))) * scale
		}
	}
	m.table = newRowTable(m.rows, m.weights)
	m.rows, m.weights = nil, nil
	return m, raw[n*rec:], nil
}

// Write stores the model and its later stages (gzip-compressed, weights
// quantised to 16 bits), keeping only features with some weight of
// magnitude at least minWeight. It returns the number of features kept.
func (m *Model) Write(w io.Writer, minWeight float32) (int, error) {
	var buf bytes.Buffer
	switch {
	case m.sentence || m.frames || m.context || m.cuelex:
		buf.WriteString(modelMagicFlags)
		buf.Write(binary.LittleEndian.AppendUint32(nil, b2u(m.clusters)|b2u(m.sentence)<<1|b2u(m.frames)<<2|b2u(m.context)<<3|b2u(m.cuelex)<<4))
	case m.clusters:
		buf.WriteString(modelMagicClusters)
	default:
		buf.WriteString(modelMagic)
	}
	stages := 0
	for s := m; s != nil; s = s.next {
		stages++
	}
	buf.Write(binary.LittleEndian.AppendUint32(nil, uint32(stages)))
	total := 0
	for s := m; s != nil; s = s.next {
		total += s.appendStage(&buf, minWeight)
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return 0, fmt.Errorf("attribution model: %w", err)
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return 0, fmt.Errorf("attribution model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return 0, fmt.Errorf("attribution model: %w", err)
	}
	return total, nil
}

// appendStage appends one stage's weights to buf.
func (m *Model) appendStage(buf *bytes.Buffer, minWeight float32) int {
	rows := m.rows
	if rows == nil {
		rows = make(map[uint32]int32, len(m.table.slots)/2)
		weights := make([]float32, 0, len(m.table.slots)/2*numTags)
		for _, sl := range m.table.slots {
			if sl.key != 0 {
				rows[sl.key] = int32(len(rows))
				weights = append(weights, sl.w[:]...)
			}
		}
		mm := *m
		mm.weights = weights
		m = &mm
	}
	var maxAbs float32
	keep := make([]uint32, 0, len(rows))
	for h, r := range rows {
		big := false
		for _, x := range m.weights[int(r)*numTags : int(r+1)*numTags] {
			a := float32(math.Abs(float64(x)))
			maxAbs = max(maxAbs, a)
			big = big || a >= minWeight
		}
		if big {
			keep = append(keep, h)
		}
	}
	sortUint32(keep)
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	le := binary.LittleEndian
	buf.Write(le.AppendUint32(nil, uint32(len(keep))))
	buf.Write(le.AppendUint32(nil, math.Float32bits(scale)))
	for p := range m.trans {
		for t := range m.trans[p] {
			buf.Write(le.AppendUint32(nil, math.Float32bits(m.trans[p][t])))
		}
	}
	for _, h := range keep {
		r := rows[h]
		buf.Write(le.AppendUint32(nil, h))
		for _, x := range m.weights[int(r)*numTags : int(r+1)*numTags] {
			buf.Write(le.AppendUint16(nil, uint16(int16(math.Round(float64(x/scale))))))
		}
	}
	return len(keep)
}

func sortUint32(a []uint32) {
	// Small insertion-free sort via the standard library would need sort;
	// keep the dependency list short with a simple radix pass.
	if len(a) < 2 {
		return
	}
	tmp := make([]uint32, len(a))
	for shift := 0; shift < 32; shift += 8 {
		var count [257]int
		for _, x := range a {
			count[(x>>shift)&0xff+1]++
		}
		for i := 1; i < 257; i++ {
			count[i] += count[i-1]
		}
		for _, x := range a {
			b := (x >> shift) & 0xff
			tmp[count[b]] = x
			count[b]++
		}
		copy(a, tmp)
	}
}

// emissions fills em (n x numTags) with each token's tag scores.
func (m *Model) emissions(feats []uint32, offs []int32, em []float32) {
	for i := 0; i+1 < len(offs); i++ {
		m.emit(feats[offs[i]:offs[i+1]], em[i*numTags:(i+1)*numTags])
	}
}

// emit sets row (one token's numTags scores) to the sum of the weights of
// features fs.
func (m *Model) emit(fs []uint32, row []float32) {
	r := (*[numTags]float32)(row)
	*r = [numTags]float32{}
	for _, f := range fs {
		var w *[numTags]float32
		if m.rows != nil {
			k, ok := m.rows[f]
			if !ok {
				continue
			}
			w = (*[numTags]float32)(m.weights[int(k)*numTags : int(k+1)*numTags])
		} else if w = m.table.get(f); w == nil {
			continue
		}
		r[0] += w[0]
		r[1] += w[1]
		r[2] += w[2]
		r[3] += w[3]
		r[4] += w[4]
		r[5] += w[5]
		r[6] += w[6]
	}
}

// viterbi returns the best tag sequence for emission scores em.
func viterbi(n int, em []float32, trans *[numTags + 1][numTags]float32) []int8 {
	out := make([]int8, n)
	if n == 0 {
		return out
	}
	negInf := float32(math.Inf(-1))
	back := make([]int8, n*numTags)
	var prev, cur [numTags]float32
	for t := 0; t < numTags; t++ {
		prev[t] = negInf
		if tagAllowed(tagStart, t) {
			prev[t] = trans[tagStart][t] + em[t]
		}
	}
	for i := 1; i < n; i++ {
		for t := 0; t < numTags; t++ {
			best, arg := negInf, 0
			for p := 0; p < numTags; p++ {
				if prev[p] == negInf || !tagAllowed(p, t) {
					continue
				}
				if s := prev[p] + trans[p][t]; s > best {
					best, arg = s, p
				}
			}
			cur[t] = best + em[i*numTags+t]
			back[i*numTags+t] = int8(arg)
		}
		prev = cur
	}
	arg := 0
	for t := 1; t < numTags; t++ {
		if prev[t] > prev[arg] {
			arg = t
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = int8(arg)
		arg = int(back[i*numTags+arg])
	}
	return out
}

// tag labels the tokens of d.
func (m *Model) tag(d *doc) []int8 {
	tags, _ := m.tagScores(d, 0, 0)
	return tags
}

// tagScores labels the tokens of d and returns the emission scores too.
// With a second stage, the first stage's tags become its features. With
// detect > 0, sentences the detector flags at that probability are
// re-decoded to hold Content and what need names as well (detect.go).
func (m *Model) tagScores(d *doc, detect float64, need int) ([]int8, []float32) {
	n := len(d.toks)
	em := make([]float32, n*numTags)
	info := d.tokenInfo(m.clusters)
	d.eachFeatures(info, nil, m.flags(), func(i int, fs []uint32) { m.emit(fs, em[i*numTags:(i+1)*numTags]) })
	tags := viterbi(n, em, &m.trans)
	last := m
	if m.next != nil {
		d.eachFeatures(info, tags, m.flags(), func(i int, fs []uint32) { m.next.emit(fs, em[i*numTags:(i+1)*numTags]) })
		tags = viterbi(n, em, &m.next.trans)
		last = m.next
	}
	if detect > 0 && n > 0 {
		detectAndRedecode(info, em, &last.trans, tags, detect, need|needContent)
	}
	return tags, em
}

// stem strips a common inflection so that forms share weights ("says",
// "said" stay apart; "claims", "claimed", "claiming" meet).
func stem(w string) string {
	for _, suf := range [...]string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// skipAux returns the nearest token in direction dir (1 or -1) from i,
// within the sentence and four tokens, that is not an auxiliary or
// adverb; -1 when none.
func skipAux(info []tokInfo, i, dir int) int {
	for j, k := i+dir, 0; j >= 0 && j < len(info) && k < 4; j, k = j+dir, k+1 {
		if info[j].sent != info[i].sent {
			return -1
		}
		w := info[j].low
		if auxWords[w] || modals[w] || w == "not" || w == "n't" || len(w) > 4 && strings.HasSuffix(w, "ly") {
			continue
		}
		return j
	}
	return -1
}

// nearestTags returns, for every token, the nearest token within its
// sentence tagged Cue to the left and to the right, and Source to the left
// and right, under the first-pass tags prev (-1 when none).
func nearestTags(info []tokInfo, prev []int8) [4][]int32 {
	n := len(info)
	var out [4][]int32
	for k := range out {
		out[k] = make([]int32, n)
	}
	isCue := func(t int8) bool { return t == tagBCue || t == tagICue }
	isSrc := func(t int8) bool { return t == tagBSrc || t == tagISrc }
	lc, ls := int32(-1), int32(-1)
	for i := 0; i < n; i++ {
		if info[i].sFirst {
			lc, ls = -1, -1
		}
		out[0][i], out[2][i] = lc, ls
		if isCue(prev[i]) {
			lc = int32(i)
		}
		if isSrc(prev[i]) {
			ls = int32(i)
		}
	}
	rc, rs := int32(-1), int32(-1)
	for i := n - 1; i >= 0; i-- {
		if info[i].sLast {
			rc, rs = -1, -1
		}
		out[1][i], out[3][i] = rc, rs
		if isCue(prev[i]) {
			rc = int32(i)
		}
		if isSrc(prev[i]) {
			rs = int32(i)
		}
	}
	return out
}

// Combine returns the ensemble of models ms: a model whose every stage's
// token scores and transitions are the mean of the members' (the members'
// stage-one tags are not used; the ensemble's second stage sees the
// ensemble's first-stage tags). Averaging linear scores is one linear
// model over the union of the members' features, so tagging with the
// ensemble costs what one model costs. Members may differ in features
// (word clusters, sentence features): the ensemble extracts the union. All members must have
// the same number of stages.
func Combine(ms ...*Model) (*Model, error) {
	if len(ms) == 0 {
		return nil, errors.New("attribution model: combine: no models")
	}
	stages := -1
	var fl featFlags
	for i, m := range ms {
		if m == nil {
			return nil, fmt.Errorf("attribution model: combine: model %d is nil", i)
		}
		n := 0
		for s := m; s != nil; s = s.next {
			n++
		}
		if stages >= 0 && n != stages {
			return nil, fmt.Errorf("attribution model: combine: model %d has %d stages, model 0 %d", i, n, stages)
		}
		stages = n
		fl.clusters = fl.clusters || m.clusters
		fl.sentence = fl.sentence || m.sentence
		fl.frames = fl.frames || m.frames
		fl.context = fl.context || m.context
		fl.cuelex = fl.cuelex || m.cuelex
	}
	var first, last *Model
	cur := append([]*Model(nil), ms...)
	for k := 0; k < stages; k++ {
		st := combineStage(cur)
		st.clusters, st.sentence, st.frames, st.context, st.cuelex = fl.clusters, fl.sentence, fl.frames, fl.context, fl.cuelex
		if first == nil {
			first = st
		} else {
			last.next = st
		}
		last = st
		for i := range cur {
			cur[i] = cur[i].next
		}
	}
	return first, nil
}

// combineStage averages one stage of every member.
func combineStage(ms []*Model) *Model {
	inv := 1 / float32(len(ms))
	rows := make(map[uint32]int32)
	var weights []float32
	add := func(k uint32, w []float32) {
		r, ok := rows[k]
		if !ok {
			r = int32(len(rows))
			rows[k] = r
			weights = append(weights, make([]float32, numTags)...)
		}
		for t, x := range w {
			weights[int(r)*numTags+t] += x * inv
		}
	}
	out := &Model{}
	for _, m := range ms {
		for p := range m.trans {
			for t := range m.trans[p] {
				out.trans[p][t] += m.trans[p][t] * inv
			}
		}
		if m.rows != nil {
			for k, r := range m.rows {
				add(k, m.weights[int(r)*numTags:int(r+1)*numTags])
			}
			continue
		}
		for i := range m.table.slots {
			if sl := &m.table.slots[i]; sl.key != 0 {
				add(sl.key, sl.w[:])
			}
		}
	}
	out.table = newRowTable(rows, weights)
	return out
}
