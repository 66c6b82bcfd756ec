package dedup

import (
	"encoding/binary"
	"hash/fnv"
	"math"

	"github.com/storyline/storyline/internal/story/terms"
)

// Options tunes signatures and the duplicate test. The zero value works.
type Options struct {
	// Shingle is the number of words per shingle; 0 means 4.
	Shingle int
	// Bands and Rows shape the LSH: Bands*Rows hash values per signature.
	// 0 means 20 bands of 6 rows (120 values): a pair at Jaccard 0.8 shares a
	// band with probability 0.998, a pair at 0.5 with probability 0.27.
	Bands, Rows int
	// Threshold is the estimated shingle Jaccard similarity at or above which
	// an article is a near-duplicate; 0 means 0.8.
	Threshold float64
	// MinWords is the fewest words an article needs to be compared at all;
	// shorter texts (a caption, an empty body) are never called duplicates.
	// 0 means 8.
	MinWords int
}

func (o Options) withDefaults() Options {
	if o.Shingle <= 0 {
		o.Shingle = 4
	}
	if o.Bands <= 0 || o.Rows <= 0 {
		o.Bands, o.Rows = 20, 6
	}
	if o.Threshold <= 0 || o.Threshold > 1 {
		o.Threshold = 0.8
	}
	if o.MinWords <= 0 {
		o.MinWords = 8
	}
	return o
}

// A Signature is a MinHash signature (see the package comment for its format).
type Signature []uint32

// Similarity estimates the Jaccard similarity of the shingle sets behind a
// and b: the share of positions where they agree. Signatures of different
// lengths compare as 0.
func Similarity(a, b Signature) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / float64(len(a))
}

// A Hasher computes signatures. It holds only read-only seeds and is safe for
// concurrent use.
type Hasher struct {
	opts  Options
	seeds []uint64
}

// NewHasher returns a Hasher for opts.
func NewHasher(opts Options) *Hasher {
	opts = opts.withDefaults()
	n := opts.Bands * opts.Rows
	h := &Hasher{opts: opts, seeds: make([]uint64, n)}
	x := uint64(0x5EED)
	for i := range h.seeds {
		x += 0x9E3779B97F4A7C15
		h.seeds[i] = mix64(x)
	}
	return h
}

func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// Sign returns the signature of text and its word count. Texts with fewer
// words than one shingle are shingled as a whole. An empty text has a nil
// signature.
func (h *Hasher) Sign(text string) (Signature, int) {
	words := terms.Words(text)
	if len(words) == 0 {
		return nil, 0
	}
	k := h.opts.Shingle
	if len(words) < k {
		k = len(words)
	}
	// Distinct shingle hashes first: repeated shingles (one word repeated
	// 100,000 times) cost one hashing pass each, not one per occurrence.
	wh := make([]uint64, len(words))
	for i, w := range words {
		wh[i] = fnv64a(w)
	}
	shingles := make(map[uint64]struct{}, len(words))
	for i := 0; i+k <= len(words); i++ {
		var s uint64
		for _, x := range wh[i : i+k] {
			s = mix64(s ^ x)
		}
		shingles[s] = struct{}{}
	}
	// One-permutation hashing: one hash per shingle picks a bin (its high
	// 32 bits) and competes for that bin's minimum (its low 32 bits).
	n := uint64(len(h.seeds))
	sig := make(Signature, n)
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	filled := make([]bool, n)
	for s := range shingles {
		x := mix64(s ^ h.seeds[0])
		bin := (x >> 32) * n >> 32
		if v := uint32(x); v <= sig[bin] {
			sig[bin] = v
			filled[bin] = true
		}
	}
	// Densify: an empty bin takes the value of the next filled bin to its
	// right (cyclically), mixed with the distance, so that two texts fill
	// empty bins alike (Shrivastava 2017, rotation).
	for i := uint64(0); i < n; i++ {
		if filled[i] {
			continue
		}
		for d := uint64(1); d < n; d++ {
			j := (i + d) % n
			if filled[j] {
				sig[i] = uint32(mix64(uint64(sig[j]) ^ d*0x9E3779B97F4A7C15))
				break
			}
		}
	}
	return sig, len(words)
}

// BandKeys returns the LSH band keys of sig, one per band; nil when sig does
// not have Bands*Rows values.
func (h *Hasher) BandKeys(sig Signature) []uint64 {
	if len(sig) != h.opts.Bands*h.opts.Rows {
		return nil
	}
	keys := make([]uint64, h.opts.Bands)
	var buf [4]byte
	for b := range keys {
		f := fnv.New64a()
		binary.LittleEndian.PutUint32(buf[:], uint32(b))
		f.Write(buf[:])
		for _, v := range sig[b*h.opts.Rows : (b+1)*h.opts.Rows] {
			binary.LittleEndian.PutUint32(buf[:], v)
			f.Write(buf[:])
		}
		keys[b] = f.Sum64()
	}
	return keys
}

func fnv64a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
