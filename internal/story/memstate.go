package story

import (
	"context"
	"fmt"
	"slices"
	"sort"
)

// MemOptions tunes NewMemState. The zero value works.
type MemOptions struct {
	// MaxVocab bounds the document-frequency table: past it, terms seen in
	// one document only are dropped. 0 means 2,000,000.
	MaxVocab int
	// MaxActorPostings bounds each actor's list of stories; 0 means 256.
	MaxActorPostings int
	// MaxActors bounds how many actors the storyline index holds: past
	// half of it, the actors no story named since the last time it was
	// half full are forgotten (two generations), so a stream of ever new
	// names does not grow it without end. 0 means 500,000.
	MaxActors int
	// SpillDir, when set, is the folder of a temporary file that holds
	// the retired stories (see spill.go), unlinked as soon as it is
	// created (the space is freed when the state is closed or collected).
	// Empty keeps them in memory, compactly encoded in pointer-free chunks
	// the garbage collector does not scan. Either way a retired story is
	// decoded again only when it is asked for.
	SpillDir string
}

type memState struct {
	opts    MemOptions
	df      *dfTable // document frequencies (dftable.go)
	n       int
	nextID  StoryID
	stories map[StoryID]*Story
	active  map[StoryID]struct{}
	index   map[Key]*postings
	indexed map[StoryID]uint32 // active story -> its slot
	slots   []slot
	gens    []uint32 // parallel to slots: each slot's generation
	free    []uint32
	// stamp marks the posting lists a Put has added to (postings.stamp).
	stamp uint32
	lns   *memLines
	// sp holds the retired stories that left stories; toSpill the ones to
	// move there at the next Observe (see flushSpill).
	sp      spill
	toSpill []StoryID
	scratch []byte
	// keepRetired keeps retired stories on the heap (tests compare).
	keepRetired bool
}

// postings is one key's posting list: an append-only log of (stream
// position, story slot, generation) kept in (seq, id) order, so the most
// recently updated stories are read from its end without sorting. An entry
// from before its story's latest Put is stale (its generation is not the
// slot's current one) and is skipped, and the stale entries are dropped
// once they make up a third of the log. So a Put costs O(index keys)
// whatever the number of stories, and a Lookup reads about limit entries.
type postings struct {
	key   Key
	ents  []posting
	live  int
	stamp uint32
}

type posting struct {
	seq  int64
	slot uint32
	gen  uint32
}

// A slot is what the index holds for one active story: its ID and the
// posting lists it is in; and, in memState.gens (a dense array that the
// posting lists' staleness checks read), its generation, bumped by each
// Put and when the story leaves the index, so that its old entries go
// stale. Slots are reused.
type slot struct {
	id    StoryID
	lists []*postings
}

func NewMemState(opts MemOptions) State {
	if opts.MaxVocab <= 0 {
		opts.MaxVocab = 2000000
	}
	if opts.MaxActorPostings <= 0 {
		opts.MaxActorPostings = 256
	}
	if opts.MaxActors <= 0 {
		opts.MaxActors = 500000
	}
	return &memState{
		opts: opts, df: newDFTable(), stories: map[StoryID]*Story{}, sp: spill{dir: opts.SpillDir},
		active: map[StoryID]struct{}{}, index: map[Key]*postings{},
		indexed: map[StoryID]uint32{},
		lns: &memLines{parent: map[LineID]LineID{}, actors: map[Key][]StoryID{}, max: opts.MaxActorPostings,
			maxKeys: opts.MaxActors},
	}
}

func (m *memState) Observe(_ context.Context, keys []Key) ([]int, int, error) {
	if err := m.flushSpill(); err != nil {
		return nil, m.n, err
	}
	if m.df.len() > m.opts.MaxVocab {
		m.pruneVocab()
	}
	m.n++
	out := make([]int, len(keys))
	for i, k := range keys {
		out[i] = int(m.df.incr(k))
	}
	return out, m.n, nil
}

// pruneVocab drops the rarest terms until the table is at most 3/4 full:
// those seen in one document, then two, and so on, so that a table full of
// frequent terms is not scanned again at each document.
func (m *memState) pruneVocab() {
	for th := int32(1); m.df.len() > m.opts.MaxVocab*3/4; th++ {
		m.df.dropAtMost(th)
	}
}

func (m *memState) NewStoryID(context.Context) (StoryID, error) {
	m.nextID++
	return m.nextID, nil
}

func (m *memState) Story(_ context.Context, id StoryID) (*Story, bool, error) {
	if s, ok := m.stories[id]; ok {
		return s, true, nil
	}
	return m.sp.get(id)
}

// spillable reports whether s can leave the heap: inactive, with no vectors
// left (an open fragment keeps its own and stays).
func spillable(s *Story) bool {
	return !s.Active && s.Centroid == nil && s.EntCentroid == nil && s.Members == nil
}

// flushSpill moves the stories retired since the last call to the spill.
// It runs when a Clusterer starts on an article, so no story the clusterer
// still holds (and may change) is spilled under it: within one article a
// story has one *Story.
func (m *memState) flushSpill() error {
	for _, id := range m.toSpill {
		s, ok := m.stories[id]
		if !ok || !spillable(s) {
			continue // spilled already (queued twice), or back in use
		}
		var err error
		if m.scratch, err = m.sp.put(s, m.scratch); err != nil {
			return fmt.Errorf("story: %w", err)
		}
		delete(m.stories, id)
	}
	clear(m.toSpill)
	m.toSpill = m.toSpill[:0]
	if cap(m.scratch) > 1<<16 {
		m.scratch = nil
	}
	return nil
}

// Close releases the spill file, if any; retired stories cannot be read
// after it.
func (m *memState) Close() error {
	if err := m.sp.close(); err != nil {
		return fmt.Errorf("story: close spill: %w", err)
	}
	return nil
}

func (m *memState) Put(_ context.Context, s *Story, index []Key) error {
	m.stories[s.ID] = s
	if !m.keepRetired && spillable(s) {
		m.toSpill = append(m.toSpill, s.ID)
	}
	at, ok := m.indexed[s.ID]
	if ok {
		sl := &m.slots[at]
		for _, p := range sl.lists {
			if p.live--; p.live == 0 {
				delete(m.index, p.key)
			}
		}
		clear(sl.lists)
		sl.lists = sl.lists[:0]
		m.gens[at]++
	}
	if !s.Active {
		if ok {
			delete(m.indexed, s.ID)
			m.slots[at].lists = nil
			m.free = append(m.free, at)
		}
		delete(m.active, s.ID)
		return nil
	}
	m.active[s.ID] = struct{}{}
	if !ok {
		if n := len(m.free); n > 0 {
			at, m.free = m.free[n-1], m.free[:n-1]
		} else {
			at = uint32(len(m.slots))
			m.slots = append(m.slots, slot{})
			m.gens = append(m.gens, 0)
		}
		m.indexed[s.ID] = at
		m.slots[at].id = s.ID
		m.gens[at]++
	}
	if m.stamp++; m.stamp == 0 { // wrapped: forget every mark
		for _, p := range m.index {
			p.stamp = 0
		}
		m.stamp = 1
	}
	sl, gen := &m.slots[at], m.gens[at]
	for _, k := range index {
		p := m.index[k]
		if p == nil {
			p = &postings{key: k}
			m.index[k] = p
		} else if p.stamp == m.stamp {
			continue // k listed twice
		}
		p.stamp = m.stamp
		p.add(m.slots, m.gens, posting{s.Seq, at, gen})
		p.live++
		sl.lists = append(sl.lists, p)
		if len(p.ents) > p.live+p.live/2+8 {
			p.compact(m.gens)
		}
	}
	return nil
}

// add appends x, keeping the log in (seq, id) order (x is the newest in
// practice, so it rarely moves).
func (p *postings) add(slots []slot, gens []uint32, x posting) {
	p.ents = append(p.ents, x)
	id := slots[x.slot].id
	for i := len(p.ents) - 1; i > 0; i-- {
		y := p.ents[i-1]
		if y.seq < x.seq {
			break
		}
		if gens[y.slot] == y.gen && y.seq == x.seq && slots[y.slot].id < id {
			break // stale entries may go either side
		}
		p.ents[i], p.ents[i-1] = y, x
	}
}

// compact drops the stale entries.
func (p *postings) compact(gens []uint32) {
	w := 0
	for _, x := range p.ents {
		if gens[x.slot] == x.gen {
			p.ents[w] = x
			w++
		}
	}
	if cap(p.ents) > 64 && cap(p.ents) > 4*w {
		p.ents = append([]posting(nil), p.ents[:w]...)
		return
	}
	p.ents = p.ents[:w]
}

func (m *memState) Lookup(_ context.Context, key Key, limit int) ([]StoryID, int, error) {
	p := m.index[key]
	if p == nil || p.live == 0 {
		return nil, 0, nil
	}
	var ids []StoryID
	for _, x := range m.lookupSlots(make([]uint32, 0, min(limit, p.live)), key, limit) {
		ids = append(ids, m.slots[x].id)
	}
	slices.Sort(ids)
	return ids, p.live, nil
}

// lookupSlots appends to dst the index slots of the stories Lookup
// returns, most recently updated first (ties on the higher ID), without
// sorting them.
func (m *memState) lookupSlots(dst []uint32, key Key, limit int) []uint32 {
	p := m.index[key]
	if p == nil || p.live == 0 {
		return dst
	}
	n := len(dst) + limit
	for i := len(p.ents) - 1; i >= 0 && len(dst) < n; i-- {
		x := p.ents[i]
		if m.gens[x.slot] == x.gen {
			dst = append(dst, x.slot)
		}
	}
	return dst
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
	// actors holds the actors named since older was set aside; older the
	// generation before (see MemOptions.MaxActors).
	actors, older map[Key][]StoryID
	max, maxKeys  int
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

func (l *memLines) Detach(ctx context.Context, x LineID) error {
	root, _ := l.Find(ctx, x)
	to := root
	if root == x {
		// The smallest other line of x's storyline is its id now: one of
		// x's children, as a line's parent is always smaller than the line
		// (Union points the larger root at the smaller, Find's compression
		// at an ancestor, Detach x's children at a line smaller than each).
		to = 0
		for c, p := range l.parent {
			if p == x && c != x && (to == 0 || c < to) {
				to = c
			}
		}
		if to == 0 {
			return nil // alone already
		}
	}
	for c, p := range l.parent {
		if p == x {
			l.parent[c] = to
		}
	}
	delete(l.parent, to) // when to is the new root
	delete(l.parent, x)
	return nil
}

func (l *memLines) ActorLookup(_ context.Context, key Key, limit int) ([]StoryID, error) {
	p, ok := l.actors[key]
	if !ok {
		p = l.older[key]
	}
	out := make([]StoryID, 0, min(limit, len(p)))
	for i := len(p) - 1; i >= 0 && len(out) < limit; i-- {
		out = append(out, p[i])
	}
	return out, nil
}

func (l *memLines) AddActors(_ context.Context, id StoryID, keys []Key) error {
	for _, k := range keys {
		p, ok := l.actors[k]
		if !ok {
			if p, ok = l.older[k]; ok {
				delete(l.older, k)
			}
		}
		if n := len(p); n > 0 && p[n-1] == id {
			l.actors[k] = p
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
	if l.maxKeys > 0 && len(l.actors) >= l.maxKeys/2 {
		l.older, l.actors = l.actors, map[Key][]StoryID{}
	}
	return nil
}

// ActiveStories lists the active stories, in no particular order.
func (m *memState) ActiveStories(context.Context) ([]StoryID, error) {
	out := make([]StoryID, 0, len(m.active))
	for id := range m.active {
		out = append(out, id)
	}
	return out, nil
}
