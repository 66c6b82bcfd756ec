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
	"math/rand"
	"sort"
	"strings"
	"sync"

	"github.com/storyline/storyline/internal/sentence"
)

// Word frames (thirteenth session, TrainOptions.Frames): most content the
// tagger misses hangs on cue words it has seldom or never seen as cues
// ("hopes", "understood", "expects"). A word's frame is a cluster of words
// that stand in similar syntactic surroundings in unlabelled text: the kind
// of word before it (pronoun, name, auxiliary, determiner, ...), after it
// ("that", "to", "whether", a colon or quotation mark, a determiner, ...)
// and two after it ("told him that"). Words that take a clause the way
// reporting verbs do land together, so what the tagger learned about seen
// cues carries to unseen ones. frames.bin.gz maps the FNV hash of a lower-case word
// (as the tagger hashes it) to its frame; it holds no text. Built by
// cmd/frames (BuildFrames) from unlabelled train and dev text only.

//go:embed frames.bin.gz
var framesGz []byte

const framesMagic = "storyline-word-frames-1\n"

// frameTable loads the embedded frames: word hash -> frame plus one.
var frameTable = sync.OnceValue(func() map[uint32]uint8 {
	m, err := ReadFrames(bytes.NewReader(framesGz))
	if err != nil {
		panic(err)
	}
	return m
})

// ReadFrames reads a frame table written by WriteFrames: word hash ->
// frame plus one.
func ReadFrames(r io.Reader) (map[uint32]uint8, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("word frames: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("word frames: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(framesMagic)) || (len(raw)-len(framesMagic))%5 != 0 {
		return nil, errors.New("word frames: bad header or size")
	}
	raw = raw[len(framesMagic):]
	m := make(map[uint32]uint8, len(raw)/5)
	for i := 0; i+5 <= len(raw); i += 5 {
		m[binary.LittleEndian.Uint32(raw[i:])] = raw[i+4] + 1
	}
	return m, nil
}

// WriteFrames writes a frame table (word hash -> frame, 0-based) sorted by
// hash, gzip-compressed.
func WriteFrames(w io.Writer, frames map[uint32]uint8) error {
	keys := make([]uint32, 0, len(frames))
	for h := range frames {
		keys = append(keys, h)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var buf bytes.Buffer
	buf.WriteString(framesMagic)
	for _, h := range keys {
		buf.Write(binary.LittleEndian.AppendUint32(nil, h))
		buf.WriteByte(frames[h])
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

// Neighbour classes of the frame profile.
const (
	ncThat = iota
	ncTo
	ncWh
	ncColon
	ncQuote
	ncComma
	ncEnd
	ncDet
	ncSubj
	ncObj
	ncPrep
	ncCap
	ncNum
	ncAdv
	ncAux
	ncOther
	numNC
)

var (
	frameDet  = set("the", "a", "an", "this", "these", "those")
	frameSubj = set("he", "she", "they", "we", "i", "it", "you")
	frameObj  = set("him", "her", "them", "us", "me", "his", "their", "its", "our", "my", "your")
	framePrep = set("of", "about", "on", "for", "with", "by", "in", "at", "from", "into", "over", "against")
	frameWh   = set("whether", "if", "why", "how", "what", "when", "where", "who")
	frameAux  = set("is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would",
		"could", "can", "should", "may", "might", "must", "do", "does", "did", "'s", "’s")
)

// neighbourClass classes one token for the frame profile.
func neighbourClass(t string) int {
	lw := lower(t)
	switch {
	case lw == "that":
		return ncThat
	case lw == "to":
		return ncTo
	case frameWh[lw]:
		return ncWh
	case lw == ":":
		return ncColon
	case strings.ContainsAny(lw, "\"“”‘’`") || lw == "'" || lw == "''":
		return ncQuote
	case lw == ",":
		return ncComma
	case lw == "." || lw == "!" || lw == "?" || lw == ";":
		return ncEnd
	case frameDet[lw]:
		return ncDet
	case frameSubj[lw]:
		return ncSubj
	case frameObj[lw]:
		return ncObj
	case framePrep[lw]:
		return ncPrep
	case frameAux[lw]:
		return ncAux
	}
	r := []rune(t)
	switch {
	case len(r) > 0 && r[0] >= '0' && r[0] <= '9':
		return ncNum
	case isCap(t):
		return ncCap
	case len(lw) > 4 && strings.HasSuffix(lw, "ly"):
		return ncAdv
	}
	return ncOther
}

// Profile dimensions: the class of the token before (numNC), after
// (numNC), and "that", "to" or a quote mark or colon two after.
const frameDims = 2*numNC + 3

// FrameOptions set how BuildFrames clusters.
type FrameOptions struct {
	MinCount int   // words seen fewer times get no frame (0: 8)
	K        int   // frames (0: 64; at most 255)
	Iters    int   // k-means passes (0: 20)
	Seed     int64 // k-means++ seeding
}

// BuildFrames computes the frame of every lower-case word seen at least
// o.MinCount times in texts (each text split by sentence.Tokens, profiles
// within the text): its profile of neighbour classes, square-rooted and
// normalised, clustered by spherical k-means. It returns word hash ->
// frame (0-based) and the number of words.
func BuildFrames(texts []string, o FrameOptions) map[uint32]uint8 {
	if o.MinCount <= 0 {
		o.MinCount = 8
	}
	if o.K <= 0 || o.K > 255 {
		o.K = 64
	}
	if o.Iters <= 0 {
		o.Iters = 20
	}
	counts := map[uint32]*[frameDims]float64{}
	totals := map[uint32]int{}
	for _, text := range texts {
		toks := sentence.Tokens(text)
		cls := make([]int, len(toks))
		for i, t := range toks {
			cls[i] = neighbourClass(t.Text)
		}
		for i, t := range toks {
			lw := lower(t.Text)
			if !wordLike(lw) {
				continue
			}
			h := strHash(lw)
			v := counts[h]
			if v == nil {
				v = new([frameDims]float64)
				counts[h] = v
			}
			totals[h]++
			prev, next := ncEnd, ncEnd
			if i > 0 {
				prev = cls[i-1]
			}
			if i+1 < len(toks) {
				next = cls[i+1]
			}
			v[prev]++
			v[numNC+next]++
			if i+2 < len(toks) {
				switch cls[i+2] {
				case ncThat:
					v[2*numNC]++
				case ncTo:
					v[2*numNC+1]++
				case ncQuote, ncColon:
					v[2*numNC+2]++
				}
			}
		}
	}
	var keys []uint32
	for h, n := range totals {
		if n >= o.MinCount {
			keys = append(keys, h)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	vecs := make([][frameDims]float64, len(keys))
	for k, h := range keys {
		n := float64(totals[h])
		var norm float64
		for d, c := range counts[h] {
			x := math.Sqrt(c / n)
			vecs[k][d] = x
			norm += x * x
		}
		norm = math.Sqrt(norm)
		for d := range vecs[k] {
			vecs[k][d] /= norm
		}
	}
	assign := sphericalKMeans(vecs, o.K, o.Iters, o.Seed)
	out := make(map[uint32]uint8, len(keys))
	for k, h := range keys {
		out[h] = uint8(assign[k])
	}
	return out
}

// wordLike reports whether lw holds a letter (frames are for words).
func wordLike(lw string) bool {
	for _, r := range lw {
		if r >= 'a' && r <= 'z' {
			return true
		}
	}
	return false
}

// sphericalKMeans clusters unit vectors by cosine, seeded by k-means++.
func sphericalKMeans(vecs [][frameDims]float64, k, iters int, seed int64) []int {
	n := len(vecs)
	assign := make([]int, n)
	if n == 0 {
		return assign
	}
	k = min(k, n)
	rng := rand.New(rand.NewSource(seed))
	dot := func(a, b *[frameDims]float64) float64 {
		s := 0.0
		for d := range a {
			s += a[d] * b[d]
		}
		return s
	}
	cents := make([][frameDims]float64, 0, k)
	cents = append(cents, vecs[rng.Intn(n)])
	dist := make([]float64, n)
	for len(cents) < k {
		total := 0.0
		for i := range vecs {
			best := math.Inf(1)
			for c := range cents {
				best = min(best, 1-dot(&vecs[i], &cents[c]))
			}
			dist[i] = max(best, 0)
			total += dist[i]
		}
		x := rng.Float64() * total
		pick := n - 1
		for i, d := range dist {
			if x -= d; x <= 0 {
				pick = i
				break
			}
		}
		cents = append(cents, vecs[pick])
	}
	for it := 0; it < iters; it++ {
		for i := range vecs {
			best, bc := math.Inf(-1), 0
			for c := range cents {
				if s := dot(&vecs[i], &cents[c]); s > best {
					best, bc = s, c
				}
			}
			assign[i] = bc
		}
		sums := make([][frameDims]float64, k)
		for i, c := range assign {
			for d := range sums[c] {
				sums[c][d] += vecs[i][d]
			}
		}
		for c := range sums {
			norm := math.Sqrt(dot(&sums[c], &sums[c]))
			if norm == 0 {
				continue // an empty cluster keeps its centre
			}
			for d := range sums[c] {
				cents[c][d] = sums[c][d] / norm
			}
		}
	}
	return assign
}

// wordFrame returns the frame (plus one, 0 unknown) of a word hash.
func wordFrame(h uint32) uint32 { return uint32(frameTable()[h]) }

// frameCues counts the strong cue words of every frame (plus one), as
// clusterCues counts those of word clusters.
var frameCues = sync.OnceValue(func() map[uint32]int {
	return countStrongCues(func(w string) uint32 { return wordFrame(strHash(w)) })
})

// frameCueLevel is 0 for a frame holding no strong cue word, 1 for one or
// two, 2 for three to five, 3 for more.
func frameCueLevel(f uint32) uint32 {
	switch n := frameCues()[f]; {
	case f == 0 || n == 0:
		return 0
	case n <= 2:
		return 1
	case n <= 5:
		return 2
	}
	return 3
}

// Templates of the thirteenth session (append only).
const (
	fFrame = fNextSentTagsP0 + 1 + iota
	fFrameCue
	fFrameM1
	fFrameP1
	fFrameM1P0
	fFrameP0P1
	fFrameNext
	fFramePrev
	fFrameLeftCand
	fFrameRightCand
)

// frameCtx holds what appendFrames needs for one article: every token's
// frame and the nearest cue-like frame word left and right in its
// sentence (lower case, outside quotation marks, a frame grading 2 or more).
type frameCtx struct {
	fr          []uint32
	left, right []int32
}

func newFrameCtx(info []tokInfo) frameCtx {
	fc := frameCtx{fr: make([]uint32, len(info))}
	for i := range info {
		fc.fr[i] = wordFrame(info[i].word)
	}
	cand := func(i int) bool {
		return info[i].quote == qOut && info[i].shape == 3 && frameCueLevel(fc.fr[i]) >= 2
	}
	fc.left = nearestInSentence(info, -1, cand)
	fc.right = nearestInSentence(info, 1, cand)
	return fc
}

// appendFrames appends token i's frame features.
func (fc *frameCtx) appendFrames(feats []uint32, info []tokInfo, i int) []uint32 {
	ti := &info[i]
	fr := func(j int) uint32 {
		if j < 0 || j >= len(fc.fr) {
			return 999
		}
		return fc.fr[j]
	}
	f := fc.fr[i]
	feats = append(feats, f2(fFrame, f, ti.quote), f2(fFrameCue, f, ti.cue), f1(fFrameM1, fr(i-1)), f1(fFrameP1, fr(i+1)),
		f2(fFrameM1P0, fr(i-1), f), f2(fFrameP0P1, f, fr(i+1)))
	if j := skipAux(info, i, 1); j >= 0 {
		feats = append(feats, f2(fFrameNext, fc.fr[j], ti.shape))
	}
	if j := skipAux(info, i, -1); j >= 0 {
		feats = append(feats, f2(fFramePrev, fc.fr[j], ti.shape))
	}
	if l := fc.left[i]; l >= 0 {
		feats = append(feats, f2(fFrameLeftCand, fc.fr[l], bucket(i-int(l))))
	}
	if r := fc.right[i]; r >= 0 {
		feats = append(feats, f2(fFrameRightCand, fc.fr[r], bucket(int(r)-i)))
	}
	return feats
}
