package dedup

import (
	"context"
	"fmt"
)

// A Result says whether an article is a near-duplicate and why.
type Result struct {
	// DuplicateOf is the ID of the earliest indexed article it nearly
	// repeats; "" when it is original.
	DuplicateOf string
	// Similarity is the estimated Jaccard similarity with DuplicateOf (or
	// with the closest candidate when it is original; 0 when none).
	Similarity float64
	// Reason says in words what was decided ("near-identical to X (0.93)",
	// "too short to compare (3 words)", "no near-identical article").
	Reason string
}

// A Detector finds near-duplicates one article at a time. It is NOT safe for
// concurrent use (its Index is not).
type Detector struct {
	h    *Hasher
	idx  Index
	opts Options
}

// NewDetector returns a Detector over idx (NewMemIndex when nil).
func NewDetector(idx Index, opts Options) *Detector {
	opts = opts.withDefaults()
	if idx == nil {
		idx = NewMemIndex(MemOptions{})
	}
	return &Detector{h: NewHasher(opts), idx: idx, opts: opts}
}

// Check compares the article id with text against the indexed articles. An
// original article of at least MinWords words is added to the index; a
// duplicate is not (its original stands for it), so thousands of identical
// copies leave the index the size of one.
func (d *Detector) Check(ctx context.Context, id, text string) (Result, error) {
	sig, n := d.h.Sign(text)
	if n < d.opts.MinWords {
		return Result{Reason: fmt.Sprintf("too short to compare (%d words)", n)}, nil
	}
	keys := d.h.BandKeys(sig)
	cands, err := d.idx.Candidates(ctx, keys)
	if err != nil {
		return Result{}, fmt.Errorf("dedup: check %q: %w", id, err)
	}
	best := 0.0
	for _, c := range cands {
		s := Similarity(sig, c.Sig)
		if s >= d.opts.Threshold {
			return Result{DuplicateOf: c.ID, Similarity: s,
				Reason: fmt.Sprintf("near-identical to %s (estimated Jaccard %.2f)", c.ID, s)}, nil
		}
		if s > best {
			best = s
		}
	}
	if err := d.idx.Add(ctx, id, sig, keys); err != nil {
		return Result{}, fmt.Errorf("dedup: check %q: %w", id, err)
	}
	return Result{Similarity: best, Reason: "no near-identical article"}, nil
}
