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
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
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
	rows    map[uint32]int32
	weights []float32 // len(rows)*numTags
	trans   [numTags + 1][numTags]float32
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

const modelMagic = "storyline-attr-tagger-1\n"

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
	if !bytes.HasPrefix(raw, []byte(modelMagic)) {
		return nil, errors.New("attribution model: bad header")
	}
	raw = raw[len(modelMagic):]
	if len(raw) < 8+4*(numTags+1)*numTags {
		return nil, errors.New("attribution model: truncated")
	}
	le := binary.LittleEndian
	n := int(le.Uint32(raw))
	scale := math.Float32frombits(le.Uint32(raw[4:]))
	raw = raw[8:]
	m := &Model{rows: make(map[uint32]int32, n), weights: make([]float32, n*numTags)}
	for p := range m.trans {
		for t := range m.trans[p] {
			m.trans[p][t] = math.Float32frombits(le.Uint32(raw))
			raw = raw[4:]
		}
	}
	const rec = 4 + 2*numTags
	if len(raw) != n*rec {
		return nil, errors.New("attribution model: size mismatch")
	}
	for i := 0; i < n; i++ {
		b := raw[i*rec : (i+1)*rec]
		m.rows[le.Uint32(b)] = int32(i)
		for t := 0; t < numTags; t++ {
			m.weights[i*numTags+t] = float32(int16(le.Uint16(b[4+2*t:]))) * scale
		}
	}
	return m, nil
}

// Write stores the model (gzip-compressed, weights quantised to 16 bits),
// keeping only features with some weight of magnitude at least minWeight.
// It returns the number of features kept.
func (m *Model) Write(w io.Writer, minWeight float32) (int, error) {
	var maxAbs float32
	keep := make([]uint32, 0, len(m.rows))
	for h, r := range m.rows {
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
	var buf bytes.Buffer
	buf.WriteString(modelMagic)
	le := binary.LittleEndian
	buf.Write(le.AppendUint32(nil, uint32(len(keep))))
	buf.Write(le.AppendUint32(nil, math.Float32bits(scale)))
	for p := range m.trans {
		for t := range m.trans[p] {
			buf.Write(le.AppendUint32(nil, math.Float32bits(m.trans[p][t])))
		}
	}
	for _, h := range keep {
		r := m.rows[h]
		buf.Write(le.AppendUint32(nil, h))
		for _, x := range m.weights[int(r)*numTags : int(r+1)*numTags] {
			buf.Write(le.AppendUint16(nil, uint16(int16(math.Round(float64(x/scale))))))
		}
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
	return len(keep), nil
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
		row := em[i*numTags : (i+1)*numTags]
		clear(row)
		for _, f := range feats[offs[i]:offs[i+1]] {
			r, ok := m.rows[f]
			if !ok {
				continue
			}
			w := m.weights[int(r)*numTags : int(r+1)*numTags]
			for t := range row {
				row[t] += w[t]
			}
		}
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
	feats, offs := d.features()
	n := len(d.toks)
	em := make([]float32, n*numTags)
	m.emissions(feats, offs, em)
	return viterbi(n, em, &m.trans)
}

// Feature hashing: FNV-1a over a kind string and up to two values.
const (
	fnvOff   = 2166136261
	fnvPrime = 16777619
)

func fnvAdd(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

func fh(kind, a string) uint32 { return fnvAdd(fnvAdd(fnvOff, kind), a) }

func fh2(kind, a, b string) uint32 {
	h := fnvAdd(fnvAdd(fnvOff, kind), a)
	h ^= 0xff
	h *= fnvPrime
	return fnvAdd(h, b)
}

// tokInfo is what the features need to know about one token.
type tokInfo struct {
	low    string // lower case
	shape  string
	cue    string // cue level "0".."4" (learned lexicon and reporting verbs)
	quote  string // "in", "out", or "mark"
	ment   string // mention type and position, "" when none
	sent   int32  // sentence index
	sFirst bool   // first token of its sentence
	sLast  bool   // last token of its sentence
	para   bool   // first token after a line break
}

var levelNames = [...]string{"0", "1", "2", "3", "4"}

// cueLevel grades a lower-case word as an attribution cue: 0 none, 1-4 by
// learned precision; reporting verbs are at least 3.
func cueLevel(w string) int {
	l := 0
	if ci, ok := cueTable()[w]; ok {
		switch {
		case ci.prec >= 0.8:
			l = 4
		case ci.prec >= 0.6:
			l = 3
		case ci.prec >= 0.4:
			l = 2
		default:
			l = 1
		}
	}
	if _, ok := verbTable()[w]; ok && l < 3 {
		l = 3
	}
	return l
}

func wordShape(s string) string {
	r := firstRune(s)
	switch {
	case unicode.IsUpper(r):
		for _, c := range s {
			if unicode.IsLower(c) {
				return "Xx"
			}
		}
		return "X"
	case unicode.IsLower(r):
		return "x"
	case unicode.IsDigit(r):
		return "d"
	case isQuoteRune(r):
		return "q"
	}
	return s
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '‘', '’', '«', '»', '„', '`', '\'':
		return true
	}
	return false
}

func bucket(n int) string {
	switch {
	case n <= 0:
		return "0"
	case n == 1:
		return "1"
	case n == 2:
		return "2"
	case n <= 4:
		return "3-4"
	case n <= 8:
		return "5-8"
	case n <= 16:
		return "9-16"
	}
	return "17+"
}

// tokenInfo computes tokInfo for every token of d.
func (d *doc) tokenInfo() []tokInfo {
	n := len(d.toks)
	info := make([]tokInfo, n)
	si, mi, qi := 0, 0, 0
	for i, t := range d.toks {
		ti := &info[i]
		ti.low = lower(t.Text)
		ti.shape = wordShape(t.Text)
		ti.cue = levelNames[cueLevel(ti.low)]
		for si+1 < len(d.sents) && d.sents[si+1].Start <= t.Start {
			si++
		}
		ti.sent = int32(si)
		for qi < len(d.spans) && d.spans[qi].close <= t.Start {
			qi++
		}
		switch {
		case qi < len(d.spans) && (t.Start == d.spans[qi].open || t.End == d.spans[qi].close):
			ti.quote = "mark"
		case qi < len(d.spans) && d.spans[qi].open <= t.Start:
			ti.quote = "in"
		default:
			ti.quote = "out"
		}
		for mi < len(d.mentions) && d.mentions[mi].End <= t.Start {
			mi++
		}
		if mi < len(d.mentions) && d.mentions[mi].Start <= t.Start {
			pos := "I"
			if d.mentions[mi].Start == t.Start {
				pos = "B"
			}
			ti.ment = pos + string(d.mentions[mi].Type)
		}
		if i == 0 || info[i-1].sent != ti.sent {
			ti.sFirst = true
			if i > 0 {
				info[i-1].sLast = true
			}
		}
		if i == 0 || bytes.IndexByte([]byte(d.text[d.toks[i-1].End:t.Start]), '\n') >= 0 {
			ti.para = true
		}
	}
	if n > 0 {
		info[n-1].sLast = true
	}
	return info
}

// features returns the hashed features of every token of d: token i's are
// feats[offs[i]:offs[i+1]].
func (d *doc) features() ([]uint32, []int32) {
	info := d.tokenInfo()
	n := len(info)
	feats := make([]uint32, 0, n*40)
	offs := make([]int32, 0, n+1)
	// Nearest strong cue (level >= 3) to the left and right within the
	// sentence, and whether "that" or a comma lies between.
	leftCue := make([]int32, n)
	rightCue := make([]int32, n)
	last := int32(-1)
	for i := range info {
		if i > 0 && info[i].sFirst {
			last = -1
		}
		leftCue[i] = last
		if info[i].cue >= "3" && info[i].quote == "out" {
			last = int32(i)
		}
	}
	last = -1
	for i := n - 1; i >= 0; i-- {
		if info[i].sLast {
			last = -1
		}
		rightCue[i] = last
		if info[i].cue >= "3" && info[i].quote == "out" {
			last = int32(i)
		}
	}
	// Nearest cue word of any level, either side, within the sentence.
	anyLeft := make([]int32, n)
	anyRight := make([]int32, n)
	last = -1
	for i := range info {
		if info[i].sFirst {
			last = -1
		}
		anyLeft[i] = last
		if info[i].cue != "0" {
			last = int32(i)
		}
	}
	last = -1
	for i := n - 1; i >= 0; i-- {
		if info[i].sLast {
			last = -1
		}
		anyRight[i] = last
		if info[i].cue != "0" {
			last = int32(i)
		}
	}
	word := func(i int) string {
		if i < 0 {
			return "<s>"
		}
		if i >= n {
			return "</s>"
		}
		return info[i].low
	}
	// Commas before each token in its sentence, for "commas between".
	commas := make([]int32, n)
	sentFirst := make([]int32, n)
	sentLast := make([]int32, n)
	cnt, fi := int32(0), int32(0)
	for i := range info {
		if info[i].sFirst {
			cnt, fi = 0, int32(i)
		}
		commas[i] = cnt
		sentFirst[i] = fi
		if info[i].low == "," {
			cnt++
		}
	}
	li := int32(n - 1)
	for i := n - 1; i >= 0; i-- {
		if info[i].sLast {
			li = int32(i)
		}
		sentLast[i] = li
	}
	cb := func(c int32) string {
		switch {
		case c <= 0:
			return "0"
		case c == 1:
			return "1"
		}
		return "2+"
	}
	sinceComma := 0
	thatSinceCue := false
	for i := range info {
		ti := &info[i]
		offs = append(offs, int32(len(feats)))
		if ti.sFirst {
			sinceComma = 0
		}
		add := func(h uint32) { feats = append(feats, h) }
		add(fh("b", ""))
		add(fh("w", ti.low))
		add(fh("sh", ti.shape))
		add(fh2("shw", ti.shape, ti.low))
		if len(ti.low) > 3 {
			add(fh("s3", ti.low[len(ti.low)-3:]))
		}
		add(fh("w-1", word(i-1)))
		add(fh("w+1", word(i+1)))
		add(fh("w-2", word(i-2)))
		add(fh("w+2", word(i+2)))
		add(fh("w-3", word(i-3)))
		add(fh("w+3", word(i+3)))
		add(fh2("w-2w-1", word(i-2), word(i-1)))
		add(fh2("w+1w+2", word(i+1), word(i+2)))
		if len(ti.low) > 2 {
			add(fh("s2", ti.low[len(ti.low)-2:]))
		}
		if la := anyLeft[i]; la >= 0 {
			add(fh2("alc", info[la].cue, bucket(i-int(la))))
		}
		if ra := anyRight[i]; ra >= 0 {
			add(fh2("arc", info[ra].cue, bucket(int(ra)-i)))
		}
		add(fh2("w-1w", word(i-1), ti.low))
		add(fh2("ww+1", ti.low, word(i+1)))
		add(fh("cue", ti.cue))
		if i > 0 {
			add(fh2("cue-1", info[i-1].cue, ti.cue))
		}
		if i+1 < n {
			add(fh2("cue+1", info[i+1].cue, ti.cue))
		}
		add(fh("q", ti.quote))
		add(fh2("qsh", ti.quote, ti.shape))
		if ti.ment != "" {
			add(fh("m", ti.ment))
		}
		if i > 0 && info[i-1].ment != "" {
			add(fh("m-1", info[i-1].ment))
		}
		if i+1 < n && info[i+1].ment != "" {
			add(fh("m+1", info[i+1].ment))
		}
		if ti.sFirst {
			add(fh2("sf", ti.quote, ti.shape))
		}
		if ti.sLast {
			add(fh("sl", ti.low))
		}
		if ti.para {
			add(fh2("para", ti.quote, ti.shape))
		}
		if l := leftCue[i]; l >= 0 {
			dist := bucket(i - int(l))
			add(fh("lcd", dist))
			add(fh2("lcw", info[l].low, dist))
			add(fh2("lcq", dist, ti.quote))
			if thatSinceCue {
				add(fh("lcthat", dist))
			}
		} else {
			add(fh("lcnone", ti.quote))
		}
		if r := rightCue[i]; r >= 0 {
			dist := bucket(int(r) - i)
			add(fh("rcd", dist))
			add(fh2("rcw", info[r].low, dist))
			add(fh2("rcq", dist, ti.quote))
		} else {
			add(fh("rcnone", ti.quote))
		}
		if l, r := leftCue[i], rightCue[i]; l < 0 && r < 0 {
			add(fh2("nocue", ti.quote, ti.low))
		}
		add(fh("comma", bucket(sinceComma)))
		add(fh("fromstart", bucket(i-int(sentFirst[i]))))
		add(fh("toend", bucket(int(sentLast[i])-i)))
		if l := leftCue[i]; l >= 0 {
			c := cb(commas[i] - commas[l])
			add(fh2("lcc", c, bucket(i-int(l))))
			add(fh2("lccw", c, info[l].low))
			if int(l)+1 < n {
				add(fh2("lcnext", c, info[l+1].low))
			}
		}
		if r := rightCue[i]; r >= 0 {
			c := cb(commas[r] - commas[i])
			after := cb(commas[sentLast[i]] - commas[r])
			tail := "mid"
			if int(sentLast[i])-int(r) <= 6 && after == "0" {
				tail = "tail"
			}
			add(fh2("rcca", c, after))
			add(fh2("rccaw", c+after, info[r].cue))
			add(fh2("rcc", c, bucket(int(r)-i)))
			add(fh2("rccw", c, info[r].low))
			add(fh2("rct", c, tail))
			add(fh2("rctq", tail, ti.quote))
		}
		// Update running state after this token.
		if ti.low == "," {
			sinceComma = 0
		} else {
			sinceComma++
		}
		if ti.cue >= "3" {
			thatSinceCue = false
		} else if ti.low == "that" {
			thatSinceCue = true
		}
		if ti.sLast {
			thatSinceCue = false
		}
	}
	offs = append(offs, int32(len(feats)))
	return feats, offs
}

// mentionKind is the resolver's type of the mention covering [a,b), or "".
func (d *doc) mentionKind(a, b int) core.EntityType {
	i := d.mentionBefore(b)
	if i >= 0 && d.mentions[i].Start >= a {
		return d.mentions[i].Type
	}
	return ""
}

var _ = utf8.RuneError
