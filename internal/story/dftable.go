package story

// dfTable counts documents per feature key (memState's document
// frequencies): one open-addressing table with linear probing, so that
// counting a key reads and writes one entry in one probe, where a Go map
// looks the key up once to read and again to store.
type dfTable struct {
	ents  []dfEnt // len a power of two; key 0 marks a free entry
	shift uint    // 64 - log2(len(ents))
	n     int     // keys held, zero's included
	zero  int32   // the count of key 0, kept aside
}

type dfEnt struct {
	k Key
	v int32
}

const dfMinBits = 14

func newDFTable() *dfTable {
	return &dfTable{ents: make([]dfEnt, 1<<dfMinBits), shift: 64 - dfMinBits}
}

func (t *dfTable) len() int { return t.n }

func (t *dfTable) home(k Key) uint64 {
	return uint64(k) * 0x9E3779B97F4A7C15 >> t.shift
}

// incr adds one to k's count and returns the new count.
func (t *dfTable) incr(k Key) int32 {
	if k == 0 {
		if t.zero == 0 {
			t.n++
		}
		t.zero++
		return t.zero
	}
	mask := uint64(len(t.ents) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		e := &t.ents[i]
		if e.k == k {
			e.v++
			return e.v
		}
		if e.k == 0 {
			e.k, e.v = k, 1
			t.n++
			if 3*t.n > 2*len(t.ents) {
				t.resize(2 * len(t.ents))
			}
			return 1
		}
	}
}

// get returns k's count (0 when not held).
func (t *dfTable) get(k Key) int32 {
	if k == 0 {
		return t.zero
	}
	mask := uint64(len(t.ents) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		e := &t.ents[i]
		if e.k == k {
			return e.v
		}
		if e.k == 0 {
			return 0
		}
	}
}

// dropAtMost removes the keys counted th times or fewer.
func (t *dfTable) dropAtMost(th int32) {
	if t.zero != 0 && t.zero <= th {
		t.zero = 0
		t.n--
	}
	old := t.ents
	kept := 0
	for _, e := range old {
		if e.k != 0 && e.v > th {
			kept++
		}
	}
	size := 1 << dfMinBits
	for 3*kept > 2*size {
		size *= 2
	}
	t.ents = make([]dfEnt, size)
	t.shift = uint(64 - log2(size))
	t.n = kept
	if t.zero != 0 {
		t.n++
	}
	t.insertAll(old, th)
}

func (t *dfTable) resize(size int) {
	old := t.ents
	t.ents = make([]dfEnt, size)
	t.shift = uint(64 - log2(size))
	t.insertAll(old, 0)
}

// insertAll places the entries of old counted above th (keys distinct and
// not held yet).
func (t *dfTable) insertAll(old []dfEnt, th int32) {
	mask := uint64(len(t.ents) - 1)
	for _, e := range old {
		if e.k == 0 || e.v <= th {
			continue
		}
		i := t.home(e.k)
		for t.ents[i].k != 0 {
			i = (i + 1) & mask
		}
		t.ents[i] = e
	}
}

// log2 of a power of two.
func log2(n int) int {
	b := 0
	for n > 1 {
		n >>= 1
		b++
	}
	return b
}
