package novelty

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/claims"
	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/story/terms"
)

// A Trace is what a storyline remembers of one sentence: the hashes of its
// content stems, sorted and distinct.
type Trace []uint64

// Memory keeps what each storyline has said. Lines are int64 storyline IDs.
type Memory interface {
	// Traces returns the remembered sentences of line, oldest first.
	Traces(ctx context.Context, line int64) ([]Trace, error)
	// Known reports which of keys (names, numbers, claim keys) line holds.
	Known(ctx context.Context, line int64, keys []string) ([]bool, error)
	// Remember adds sentences and keys to line.
	Remember(ctx context.Context, line int64, traces []Trace, keys []string) error
}

// Options tunes a Detector. The zero value works.
type Options struct {
	// Covered is the share of a sentence's content stems that one earlier
	// sentence must hold for it to be old; 0 means 0.6.
	Covered float64
	// MinWords is the fewest content stems a sentence needs to count as
	// information at all (shorter ones are neither new nor remembered);
	// 0 means 4.
	MinWords int
}

// A Sentence is one sentence of an article with the verdict.
type Sentence struct {
	Text string
	New  bool
	// Covered is the largest share of its content stems found in one
	// earlier sentence of the storyline.
	Covered float64
	Reason  string
}

// A Detector judges sentences against a Memory. It is NOT safe for
// concurrent use.
type Detector struct {
	opts Options
	mem  Memory
	stem terms.Stemmer
	ex   *claims.Extractor
}

// NewDetector returns a Detector over mem (NewMemMemory when nil).
func NewDetector(mem Memory, opts Options) *Detector {
	if opts.Covered <= 0 || opts.Covered > 1 {
		opts.Covered = 0.6
	}
	if opts.MinWords <= 0 {
		opts.MinWords = 4
	}
	if mem == nil {
		mem = NewMemMemory(0)
	}
	return &Detector{opts: opts, mem: mem, ex: claims.NewExtractor(claims.Options{})}
}

// Check returns the sentences of an article (title first) with what is new
// in them relative to the earlier articles of storyline line, then
// remembers the article in line.
func (d *Detector) Check(ctx context.Context, line int64, title, text string) ([]Sentence, error) {
	prior, err := d.mem.Traces(ctx, line)
	if err != nil {
		return nil, fmt.Errorf("novelty: storyline %d: %w", line, err)
	}
	sents, sclaims := d.ex.BySentence(title, text)
	var out []Sentence
	var traces []Trace
	var keys []string
	for si, s := range sents {
		stems := d.stem.Content(s)
		tr := trace(stems)
		names := nameKeys(s)
		var cks []string
		for _, c := range sclaims[si] {
			cks = append(cks, "claim:"+c.Key)
		}
		x := Sentence{Text: s}
		if len(tr) < d.opts.MinWords {
			x.Reason = core.ReasonTooShort
			out = append(out, x)
			continue
		}
		x.Covered = coverage(tr, prior)
		known, err := d.mem.Known(ctx, line, append(append([]string(nil), names...), cks...))
		if err != nil {
			return nil, fmt.Errorf("novelty: storyline %d: %w", line, err)
		}
		var fresh []string
		for i, k := range names {
			if !known[i] {
				fresh = append(fresh, strings.TrimPrefix(strings.TrimPrefix(k, "name:"), "num:"))
			}
		}
		claimKnown := len(cks) > 0
		for i := range cks {
			if !known[len(names)+i] {
				claimKnown = false
			}
		}
		switch {
		case claimKnown && x.Covered < 1:
			x.Reason = "repeats a claim already in the storyline: " + sclaims[si][0].Text
		case x.Covered >= d.opts.Covered && len(fresh) == 0:
			x.Reason = fmt.Sprintf("%.0f%% of it was said before", 100*x.Covered)
		case x.Covered >= 0.9:
			x.Reason = fmt.Sprintf("%.0f%% of it was said before", 100*x.Covered)
		default:
			x.New = true
			if len(fresh) > 0 {
				x.Reason = "mentions for the first time: " + strings.Join(fresh, ", ")
			} else {
				x.Reason = fmt.Sprintf("new statement (at most %.0f%% said before)", 100*x.Covered)
			}
		}
		out = append(out, x)
		traces = append(traces, tr)
		keys = append(keys, names...)
		keys = append(keys, cks...)
	}
	if err := d.mem.Remember(ctx, line, traces, keys); err != nil {
		return nil, fmt.Errorf("novelty: storyline %d: %w", line, err)
	}
	return out, nil
}

func trace(stems []string) Trace {
	t := make(Trace, 0, len(stems))
	for _, s := range stems {
		h := uint64(14695981039346656037)
		for i := 0; i < len(s); i++ {
			h ^= uint64(s[i])
			h *= 1099511628211
		}
		t = append(t, h)
	}
	sort.Slice(t, func(i, j int) bool { return t[i] < t[j] })
	w := 0
	for i, x := range t {
		if i == 0 || x != t[i-1] {
			t[w] = x
			w++
		}
	}
	return t[:w]
}

// coverage is the largest share of t found in one prior trace.
func coverage(t Trace, prior []Trace) float64 {
	best := 0
	for _, p := range prior {
		n, i, j := 0, 0, 0
		for i < len(t) && j < len(p) {
			switch {
			case t[i] == p[j]:
				n++
				i++
				j++
			case t[i] < p[j]:
				i++
			default:
				j++
			}
		}
		best = max(best, n)
	}
	if len(t) == 0 {
		return 0
	}
	return float64(best) / float64(len(t))
}

// nameKeys are the names and numbers of a sentence as memory keys.
func nameKeys(s string) []string {
	var out []string
	for _, p := range terms.Phrases(s) {
		out = append(out, "name:"+p)
	}
	for _, n := range terms.Numbers(s) {
		out = append(out, "num:"+n)
	}
	return out
}
