package novelty

import "context"

// memMemory is an in-memory Memory keeping at most max sentences per
// storyline (the most recent), with a postings index of them (index.go).
type memMemory struct {
	max    int
	traces map[int64][]Trace
	keys   map[int64]map[string]bool
	index  map[int64]*postings
}

// NewMemMemory returns an in-memory Memory keeping at most maxSentences
// sentences per storyline (0 means 5,000). It is NOT safe for concurrent use.
func NewMemMemory(maxSentences int) Memory {
	if maxSentences <= 0 {
		maxSentences = 5000
	}
	return &memMemory{max: maxSentences, traces: map[int64][]Trace{}, keys: map[int64]map[string]bool{},
		index: map[int64]*postings{}}
}

func (m *memMemory) Traces(_ context.Context, line int64) ([]Trace, error) {
	return m.traces[line], nil
}

// postingsOf returns the index of line's traces (nil: none remembered).
func (m *memMemory) postingsOf(line int64) *postings {
	return m.index[line]
}

func (m *memMemory) Known(_ context.Context, line int64, keys []string) ([]bool, error) {
	out := make([]bool, len(keys))
	k := m.keys[line]
	for i, x := range keys {
		out[i] = k[x]
	}
	return out, nil
}

func (m *memMemory) Remember(_ context.Context, line int64, traces []Trace, keys []string) error {
	t := append(m.traces[line], traces...)
	ix := m.index[line]
	if ix == nil {
		ix = newPostings()
		m.index[line] = ix
	}
	for _, x := range traces {
		ix.add(x)
	}
	if len(t) > m.max {
		ix.forget(t[:len(t)-m.max])
		t = append([]Trace(nil), t[len(t)-m.max:]...)
	}
	ix.compact(t)
	m.traces[line] = t
	k := m.keys[line]
	if k == nil {
		k = map[string]bool{}
		m.keys[line] = k
	}
	for _, x := range keys {
		k[x] = true
	}
	return nil
}
