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
	// MaxEntries bounds memory (about 1.5 KB an entry): past it the oldest
	// entries are forgotten (syndicated copies appear within days, not
	// months). 0 means 100,000.
	MaxEntries int
	// MaxBucket bounds how many entries one band key keeps (thousands of
	// identical articles need only the first); 0 means 64.
	MaxBucket int
}

// memEntry is one indexed article; next[b] chains the entries sharing its
// band-b key, oldest first (slot numbers + 1, 0 ending the chain).
type memEntry struct {
	seq  uint64
	id   string
	sig  Signature
	keys []uint64
	next []uint32
}

// chain is the oldest and newest entry under one band key and its length.
type chain struct {
	head, tail uint32 // slot + 1
	n          uint16
}

// memIndex is an in-memory Index with a bounded number of entries kept in a
// ring of slots; band keys map to chains through the slots.
type memIndex struct {
	opts    MemOptions
	seq     uint64
	slots   []*memEntry
	head    int // oldest slot
	n       int
	buckets map[uint64]chain
}

// NewMemIndex returns an in-memory Index. It is NOT safe for concurrent use.
func NewMemIndex(opts MemOptions) Index {
	if opts.MaxEntries <= 0 {
		opts.MaxEntries = 100000
	}
	if opts.MaxBucket <= 0 {
		opts.MaxBucket = 64
	}
	return &memIndex{opts: opts, buckets: map[uint64]chain{}}
}

func (m *memIndex) Add(ctx context.Context, id string, sig Signature, keys []uint64) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("dedup: add %q: %w", id, err)
	}
	if m.n == m.opts.MaxEntries {
		m.evict()
	}
	m.seq++
	e := &memEntry{seq: m.seq, id: id, sig: sig, keys: keys, next: make([]uint32, len(keys))}
	var slot int
	if len(m.slots) < m.opts.MaxEntries {
		slot = len(m.slots)
		m.slots = append(m.slots, e)
	} else {
		slot = (m.head + m.n) % len(m.slots)
		m.slots[slot] = e
	}
	m.n++
	ref := uint32(slot + 1)
	for b, k := range keys {
		c, ok := m.buckets[k]
		switch {
		case !ok:
			m.buckets[k] = chain{head: ref, tail: ref, n: 1}
		case int(c.n) < m.opts.MaxBucket:
			m.slots[c.tail-1].next[b] = ref
			c.tail, c.n = ref, c.n+1
			m.buckets[k] = c
		default:
			e.keys[b] = 0 // not chained under this band: nothing to evict there
		}
	}
	return nil
}

// evict forgets the oldest entry; it heads each chain it is in.
func (m *memIndex) evict() {
	e := m.slots[m.head]
	ref := uint32(m.head + 1)
	m.slots[m.head] = nil
	m.head = (m.head + 1) % len(m.slots)
	m.n--
	for b, k := range e.keys {
		c, ok := m.buckets[k]
		if !ok || c.head != ref {
			continue
		}
		if e.next[b] == 0 {
			delete(m.buckets, k)
			continue
		}
		c.head, c.n = e.next[b], c.n-1
		m.buckets[k] = c
	}
}

func (m *memIndex) Candidates(ctx context.Context, keys []uint64) ([]Entry, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("dedup: candidates: %w", err)
	}
	var found []*memEntry
	seen := map[uint64]bool{}
	for b, k := range keys {
		c, ok := m.buckets[k]
		if !ok {
			continue
		}
		for ref := c.head; ref != 0; {
			e := m.slots[ref-1]
			if !seen[e.seq] {
				seen[e.seq] = true
				found = append(found, e)
			}
			if b >= len(e.next) {
				break
			}
			ref = e.next[b]
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].seq < found[j].seq })
	out := make([]Entry, len(found))
	for i, e := range found {
		out[i] = Entry{ID: e.id, Sig: e.sig}
	}
	return out, nil
}
