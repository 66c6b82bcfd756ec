package ner

// rowTable maps feature hashes to weight rows with open addressing and
// linear probing: faster than a Go map for the many lookups tagging makes.
// Key 0 marks an empty slot, so a feature whose hash is 0 is stored as 1.
type rowTable struct {
	keys []uint32
	rows []int32
	mask uint32
}

func newRowTable(index map[uint32]int32) *rowTable {
	size := uint32(1)
	for size < uint32(len(index))*2 {
		size <<= 1
	}
	t := &rowTable{keys: make([]uint32, size), rows: make([]int32, size), mask: size - 1}
	for k, r := range index {
		if k == 0 {
			k = 1
		}
		i := k & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.rows[i] = k, r
	}
	return t
}

// get returns the row of feature f, or -1.
func (t *rowTable) get(f uint32) int32 {
	if f == 0 {
		f = 1
	}
	for i := f & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case f:
			return t.rows[i]
		case 0:
			return -1
		}
	}
}
