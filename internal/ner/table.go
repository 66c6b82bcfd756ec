package ner

// rowTable maps feature hashes to weight rows with open addressing and
// linear probing: faster than a Go map for the many lookups tagging makes.
// A slot holds the key and its row side by side, so a lookup touches one
// cache line. Key 0 marks an empty slot, so a feature whose hash is 0 is
// stored as 1.
type rowTable struct {
	slots []slot
	mask  uint32
}

type slot struct {
	key uint32
	row int32
}

func newRowTable(index map[uint32]int32) *rowTable {
	size := uint32(1)
	for size < uint32(len(index))*2 {
		size <<= 1
	}
	t := &rowTable{slots: make([]slot, size), mask: size - 1}
	for k, r := range index {
		if k == 0 {
			k = 1
		}
		i := k & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{k, r}
	}
	return t
}

// get returns the row of feature f, or -1.
func (t *rowTable) get(f uint32) int32 {
	if f == 0 {
		f = 1
	}
	slots, mask := t.slots, t.mask
	for i := f & mask; ; i = (i + 1) & mask {
		s := &slots[i]
		switch s.key {
		case f:
			return s.row
		case 0:
			return -1
		}
	}
}
