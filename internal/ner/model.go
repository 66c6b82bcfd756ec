package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// Tags are the IOB2 labels the model predicts, by index.
var Tags = [...]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

const numTags = len(Tags)

// start is the row of transition weights out of the sentence start.
const start = numTags

func tagIndex(tag string) (int, bool) {
	for i, t := range Tags {
		if t == tag {
			return i, true
		}
	}
	return 0, false
}

// allowed reports whether tag j may follow tag i (i == start at the
// beginning): an I-X tag only continues a B-X or I-X.
func allowed(i, j int) bool {
	if j == 0 || j%2 == 1 { // O or B-X
		return true
	}
	if i == start || i == 0 {
		return false
	}
	return (i+1)/2 == j/2
}

// model holds the weights: per feature hash a row of numTags weights, and
// tag-to-tag transition weights.
type model struct {
	window  int       // sentences either side that count as document context
	table   *rowTable // feature hash -> row
	weights []float32 // rows of numTags
	trans   [numTags + 1][numTags]float32
}

// emissions fills em (len(feats) x numTags) with the emission score of
// every tag at every token. When more is not nil, token i's score also
// counts the features more[i], added after feats[i]: each tag's score is
// the float32 sum of its weights in the order of the features.
func (m *model) emissions(feats, more [][]uint32, em []float32) {
	for i, fs := range feats {
		var acc [numTags]float32
		acc = m.addRows(acc, fs)
		if more != nil {
			acc = m.addRows(acc, more[i])
		}
		*(*[numTags]float32)(em[i*numTags:]) = acc
	}
}

// The sums below keep one variable per tag, so that they stay in registers.
var _ = [1]struct{}{}[numTags-9] // numTags must be 9

// addRows adds the weight rows of the features fs to acc, in order.
func (m *model) addRows(acc [numTags]float32, fs []uint32) [numTags]float32 {
	a0, a1, a2, a3, a4, a5, a6, a7, a8 := acc[0], acc[1], acc[2], acc[3], acc[4], acc[5], acc[6], acc[7], acc[8]
	for _, f := range fs {
		r := m.table.get(f)
		if r < 0 {
			continue
		}
		w := (*[numTags]float32)(m.weights[int(r)*numTags:])
		a0 += w[0]
		a1 += w[1]
		a2 += w[2]
		a3 += w[3]
		a4 += w[4]
		a5 += w[5]
		a6 += w[6]
		a7 += w[7]
		a8 += w[8]
	}
	return [numTags]float32{a0, a1, a2, a3, a4, a5, a6, a7, a8}
}

// lattice holds viterbi's working storage, reused from sentence to sentence.
type lattice struct {
	score []float32
	back  []int8
}

// viterbi returns the best tag sequence under emission scores em and
// transition weights trans, honouring allowed. lat, when not nil, lends
// its storage.
func viterbi(n int, em []float32, trans *[numTags + 1][numTags]float32, out []int, lat *lattice) []int {
	if n == 0 {
		return out[:0]
	}
	if lat == nil {
		lat = &lattice{}
	}
	if cap(lat.score) < n*numTags {
		lat.score = make([]float32, n*numTags)
		lat.back = make([]int8, n*numTags)
	}
	negInf := float32(math.Inf(-1))
	score := lat.score[:n*numTags]
	back := lat.back[:n*numTags]
	for t := 0; t < numTags; t++ {
		back[t] = 0
		if !allowed(start, t) {
			score[t] = negInf
			continue
		}
		score[t] = trans[start][t] + em[t]
	}
	for i := 1; i < n; i++ {
		prev := (*[numTags]float32)(score[(i-1)*numTags:])
		cur := (*[numTags]float32)(score[i*numTags:])
		emi := (*[numTags]float32)(em[i*numTags:])
		bk := (*[numTags]int8)(back[i*numTags:])
		for t := 0; t < numTags; t++ {
			// Only O and B-X follow anything; I-X follows B-X or I-X
			// (allowed). Predecessors are tried in ascending order, so
			// ties go to the lowest tag.
			lo, hi := 0, numTags-1
			if t != 0 && t%2 == 0 {
				lo, hi = t-1, t
			}
			best, arg := negInf, 0
			for p := lo; p <= hi; p++ {
				if prev[p] == negInf {
					continue
				}
				if s := prev[p] + trans[p][t]; s > best {
					best, arg = s, p
				}
			}
			cur[t] = best + emi[t]
			bk[t] = int8(arg)
		}
	}
	last := score[(n-1)*numTags:]
	arg := 0
	for t := 1; t < numTags; t++ {
		if last[t] > last[arg] {
			arg = t
		}
	}
	out = append(out[:0], make([]int, n)...)
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i*numTags+arg])
	}
	return out
}

// Model file format (gzip-compressed; all integers little-endian or uvarint):
//
//	magic   "storyline-ner-2\n"
//	stages  uvarint: number of stages (1 or 2); each stage is
//	window  uvarint: document context, in sentences either side
//	step    float32: quantisation step; a weight is q*step
//	trans   (numTags+1)*numTags float32, row start last
//	count   uvarint: number of feature rows
//	rows    sorted by hash: uvarint hash delta from the previous row,
//	        uvarint mask of tags with a non-zero weight (bit t = Tags[t]),
//	        then one zigzag varint q per set bit, in tag order.
const magic = "storyline-ner-2\n"

// ErrBadModel reports a weights file that is not in the model format.
var ErrBadModel = errors.New("ner: not a model file")

func readModel(r io.Reader) ([]*model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	defer zr.Close()
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, ErrBadModel
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n < 1 || n > 2 {
		return nil, fmt.Errorf("%w: stage count", ErrBadModel)
	}
	var out []*model
	for i := 0; i < int(n); i++ {
		m, err := readStage(br)
		if err != nil {
			return nil, fmt.Errorf("stage %d: %w", i+1, err)
		}
		out = append(out, m)
	}
	return out, nil
}

func readStage(br *bufio.Reader) (*model, error) {
	m := &model{}
	win, err := binary.ReadUvarint(br)
	if err != nil || win > 1000 {
		return nil, fmt.Errorf("%w: window", ErrBadModel)
	}
	m.window = int(win)
	var step float32
	if err := binary.Read(br, binary.LittleEndian, &step); err != nil {
		return nil, fmt.Errorf("%w: step: %w", ErrBadModel, err)
	}
	if err := binary.Read(br, binary.LittleEndian, &m.trans); err != nil {
		return nil, fmt.Errorf("%w: transitions: %w", ErrBadModel, err)
	}
	count, err := binary.ReadUvarint(br)
	if err != nil || count > 1<<26 {
		return nil, fmt.Errorf("%w: row count", ErrBadModel)
	}
	index := make(map[uint32]int32, count)
	m.weights = make([]float32, int(count)*numTags)
	var key uint64
	for row := 0; row < int(count); row++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("%w: row %d: %w", ErrBadModel, row, err)
		}
		key += d
		mask, err := binary.ReadUvarint(br)
		if err != nil || mask >= 1<<numTags {
			return nil, fmt.Errorf("%w: row %d mask", ErrBadModel, row)
		}
		for t := 0; t < numTags; t++ {
			if mask&(1<<t) == 0 {
				continue
			}
			q, err := binary.ReadVarint(br)
			if err != nil {
				return nil, fmt.Errorf("%w: row %d weight: %w", ErrBadModel, row, err)
			}
			m.weights[row*numTags+t] = float32(q) * step
		}
		index[uint32(key)] = int32(row)
	}
	m.table = newRowTable(index)
	return m, nil
}

// writeModel writes m in the model format, dropping weights smaller than
// minWeight and rounding the rest to multiples of step.
func writeModel(w io.Writer, ms []*model, step, minWeight float32) (rows int, err error) {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	var buf [binary.MaxVarintLen64]byte
	bw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(ms)))])
	for _, m := range ms {
		rows += writeStage(bw, m, step, minWeight)
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return rows, zw.Close()
}

func writeStage(bw *bufio.Writer, m *model, step, minWeight float32) int {
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	putI := func(v int64) { bw.Write(buf[:binary.PutVarint(buf[:], v)]) }
	putU(uint64(m.window))
	binary.Write(bw, binary.LittleEndian, step)
	binary.Write(bw, binary.LittleEndian, &m.trans)
	type kept struct {
		key  uint32
		mask uint64
		q    [numTags]int64
	}
	var keep []kept
	for _, sl := range m.table.slots {
		key, r := sl.key, sl.row
		if key == 0 {
			continue
		}
		k := kept{key: key}
		for t := 0; t < numTags; t++ {
			v := m.weights[int(r)*numTags+t]
			if float32(math.Abs(float64(v))) < minWeight {
				continue
			}
			q := int64(math.Round(float64(v / step)))
			if q == 0 {
				continue
			}
			k.mask |= 1 << t
			k.q[t] = q
		}
		if k.mask != 0 {
			keep = append(keep, k)
		}
	}
	sort.Slice(keep, func(i, j int) bool { return keep[i].key < keep[j].key })
	putU(uint64(len(keep)))
	prev := uint32(0)
	for _, k := range keep {
		putU(uint64(k.key - prev))
		prev = k.key
		putU(k.mask)
		for t := 0; t < numTags; t++ {
			if k.mask&(1<<t) != 0 {
				putI(k.q[t])
			}
		}
	}
	return len(keep)
}
