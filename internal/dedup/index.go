package dedup

import (
	"context"
	"fmt"
	"sort"
)

// An Index stores the signatures of the articles that are not duplicates,
// under their band keys, in insertion order. A store implements it to keep
// the index across runs; NewMemIndex is the in-memory implementation.
type Index interface {
	// Add records sig under id and its band keys.
	Add(ctx context.Context, id string, sig Signature, bandKeys []uint64) error
	// Candidates returns the entries sharing at least one band key with
	// bandKeys, oldest first, each once.
	Candidates(ctx context.Context, bandKeys []uint64) ([]Entry, error)
}

// An Entry is one indexed article.
type Entry struct {
	ID  string
	Sig Signature
}

// MemOptions tunes NewMemIndex. The zero value works.
type MemOptions struct {
	// MaxEntries bounds memory: past it the oldest entries are forgotten
	// (syndicated copies appear within days, not months). 0 means 200,000.
	MaxEntries int
	// MaxBucket bounds how many entries one band key keeps (thousands of
	// identical articles need only the first); 0 means 64.
	MaxBucket int
}

type memEntry struct {
	seq  uint64
	id   string
	sig  Signature
	keys []uint64
}

// memIndex is an in-memory Index with a bounded number of entries.
type memIndex struct {
	opts    MemOptions
	seq     uint64
	entries []*memEntry // ring, oldest first from head
	head    int
	n       int
	buckets map[uint64][]*memEntry
}

// NewMemIndex returns an in-memory Index. It is NOT safe for concurrent use.
func NewMemIndex(opts MemOptions) Index {
	if opts.MaxEntries <= 0 {
		opts.MaxEntries = 200000
	}
	if opts.MaxBucket <= 0 {
		opts.MaxBucket = 64
	}
	return &memIndex{opts: opts, buckets: map[uint64][]*memEntry{}}
}

func (m *memIndex) Add(ctx context.Context, id string, sig Signature, keys []uint64) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("dedup: add %q: %w", id, err)
	}
	if m.entries == nil {
		m.entries = make([]*memEntry, 0, 1024)
	}
	if m.n == m.opts.MaxEntries {
		m.evict()
	}
	m.seq++
	e := &memEntry{seq: m.seq, id: id, sig: sig, keys: keys}
	if len(m.entries) < m.opts.MaxEntries {
		m.entries = append(m.entries, e)
	} else {
		m.entries[(m.head+m.n)%len(m.entries)] = e
	}
	m.n++
	for _, k := range keys {
		if b := m.buckets[k]; len(b) < m.opts.MaxBucket {
			m.buckets[k] = append(b, e)
		}
	}
	return nil
}

// evict forgets the oldest entry; it is first in each of its buckets.
func (m *memIndex) evict() {
	e := m.entries[m.head]
	m.entries[m.head] = nil
	m.head = (m.head + 1) % len(m.entries)
	m.n--
	for _, k := range e.keys {
		b := m.buckets[k]
		if len(b) > 0 && b[0] == e {
			b = b[1:]
		}
		if len(b) == 0 {
			delete(m.buckets, k)
		} else {
			m.buckets[k] = b
		}
	}
}

func (m *memIndex) Candidates(ctx context.Context, keys []uint64) ([]Entry, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("dedup: candidates: %w", err)
	}
	var found []*memEntry
	seen := map[uint64]bool{}
	for _, k := range keys {
		for _, e := range m.buckets[k] {
			if !seen[e.seq] {
				seen[e.seq] = true
				found = append(found, e)
			}
		}
	}
	// Oldest first: insertion sequence order.
	sort.Slice(found, func(i, j int) bool { return found[i].seq < found[j].seq })
	out := make([]Entry, len(found))
	for i, e := range found {
		out[i] = Entry{ID: e.id, Sig: e.sig}
	}
	return out, nil
}
