package story

import (
	"context"
	"sort"
)

// MemOptions tunes NewMemState. The zero value works.
type MemOptions struct {
	// MaxVocab bounds the document-frequency table: past it, terms seen in
	// one document only are dropped. 0 means 2,000,000.
	MaxVocab int
	// MaxActorPostings bounds each actor's list of stories; 0 means 256.
	MaxActorPostings int
}

type memState struct {
	opts    MemOptions
	df      map[Key]int32
	n       int
	nextID  StoryID
	stories map[StoryID]*Story
	active  map[StoryID]struct{}
	index   map[Key]map[StoryID]struct{}
	indexed map[StoryID][]Key
	lns     *memLines
}

// NewMemState returns an in-memory State. It is NOT safe for concurrent use.
func NewMemState(opts MemOptions) State {
	if opts.MaxVocab <= 0 {
		opts.MaxVocab = 2000000
	}
	if opts.MaxActorPostings <= 0 {
		opts.MaxActorPostings = 256
	}
	return &memState{
		opts: opts, df: map[Key]int32{}, stories: map[StoryID]*Story{},
		active: map[StoryID]struct{}{}, index: map[Key]map[StoryID]struct{}{},
		indexed: map[StoryID][]Key{},
		lns:     &memLines{parent: map[LineID]LineID{}, actors: map[Key][]StoryID{}, max: opts.MaxActorPostings},
	}
}

func (m *memState) Observe(_ context.Context, keys []Key) ([]int, int, error) {
	if len(m.df) > m.opts.MaxVocab {
		for k, v := range m.df {
			if v <= 1 {
				delete(m.df, k)
			}
		}
	}
	m.n++
	out := make([]int, len(keys))
	for i, k := range keys {
		v := m.df[k] + 1
		m.df[k] = v
		out[i] = int(v)
	}
	return out, m.n, nil
}

func (m *memState) NewStoryID(context.Context) (StoryID, error) {
	m.nextID++
	return m.nextID, nil
}

func (m *memState) Story(_ context.Context, id StoryID) (*Story, bool, error) {
	s, ok := m.stories[id]
	return s, ok, nil
}

func (m *memState) Put(_ context.Context, s *Story, index []Key) error {
	m.stories[s.ID] = s
	for _, k := range m.indexed[s.ID] {
		if p := m.index[k]; p != nil {
			delete(p, s.ID)
			if len(p) == 0 {
				delete(m.index, k)
			}
		}
	}
	delete(m.indexed, s.ID)
	if !s.Active {
		delete(m.active, s.ID)
		return nil
	}
	m.active[s.ID] = struct{}{}
	for _, k := range index {
		p := m.index[k]
		if p == nil {
			p = map[StoryID]struct{}{}
			m.index[k] = p
		}
		p[s.ID] = struct{}{}
	}
	m.indexed[s.ID] = append([]Key(nil), index...)
	return nil
}

func (m *memState) Lookup(_ context.Context, key Key, limit int) ([]StoryID, int, error) {
	p := m.index[key]
	if len(p) == 0 {
		return nil, 0, nil
	}
	ids := make([]StoryID, 0, len(p))
	for id := range p {
		ids = append(ids, id)
	}
	if len(ids) > limit {
		// Most recently updated first; ties on the higher ID.
		sort.Slice(ids, func(i, j int) bool {
			a, b := m.stories[ids[i]].Seq, m.stories[ids[j]].Seq
			if a != b {
				return a > b
			}
			return ids[i] > ids[j]
		})
		ids = ids[:limit]
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids, len(p), nil
}

func (m *memState) Stale(_ context.Context, beforeSeq int64, maxActive int) ([]StoryID, error) {
	var old, rest []*Story
	for id := range m.active {
		s := m.stories[id]
		if s.Seq < beforeSeq {
			old = append(old, s)
		} else {
			rest = append(rest, s)
		}
	}
	bySeq := func(x []*Story) {
		sort.Slice(x, func(i, j int) bool {
			if x[i].Seq != x[j].Seq {
				return x[i].Seq < x[j].Seq
			}
			return x[i].ID < x[j].ID
		})
	}
	bySeq(old)
	if over := len(rest) - maxActive; maxActive > 0 && over > 0 {
		bySeq(rest)
		old = append(old, rest[:over]...)
	}
	out := make([]StoryID, len(old))
	for i, s := range old {
		out[i] = s.ID
	}
	return out, nil
}

func (m *memState) Lines() Lines { return m.lns }

type memLines struct {
	parent map[LineID]LineID
	actors map[Key][]StoryID
	max    int
}

func (l *memLines) Find(_ context.Context, x LineID) (LineID, error) {
	root := x
	for {
		p, ok := l.parent[root]
		if !ok || p == root {
			break
		}
		root = p
	}
	for x != root { // path compression
		p := l.parent[x]
		l.parent[x] = root
		x = p
	}
	return root, nil
}

func (l *memLines) Union(ctx context.Context, a, b LineID) (LineID, error) {
	ra, _ := l.Find(ctx, a)
	rb, _ := l.Find(ctx, b)
	if ra == rb {
		return ra, nil
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	l.parent[rb] = ra
	return ra, nil
}

func (l *memLines) ActorLookup(_ context.Context, key Key, limit int) ([]StoryID, error) {
	p := l.actors[key]
	out := make([]StoryID, 0, min(limit, len(p)))
	for i := len(p) - 1; i >= 0 && len(out) < limit; i-- {
		out = append(out, p[i])
	}
	return out, nil
}

func (l *memLines) AddActors(_ context.Context, id StoryID, keys []Key) error {
	for _, k := range keys {
		p := l.actors[k]
		if n := len(p); n > 0 && p[n-1] == id {
			continue
		}
		for i, x := range p { // move to the end: most recent
			if x == id {
				p = append(p[:i], p[i+1:]...)
				break
			}
		}
		if len(p) >= l.max {
			p = p[1:]
		}
		l.actors[k] = append(p, id)
	}
	return nil
}
