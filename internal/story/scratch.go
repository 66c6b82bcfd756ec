package story

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
)

// A ScratchState is a State that also keeps the Clusterer's short-term
// memory between processes: the stream position, the new stories waiting
// for their absorption check (absorb.go) and the stories changed since the
// last consolidation (consolidate.go). Without it a Clusterer over a
// reopened store would forget them, and a stream ingested in several runs
// would cluster differently from the same stream in one. NewMemState needs
// none: its Clusterer lives as long as it does.
type ScratchState interface {
	// LoadScratch returns what SaveScratch last saved, nil when nothing.
	LoadScratch(ctx context.Context) ([]byte, error)
	SaveScratch(ctx context.Context, b []byte) error
}

// scratchVersion opens the encoding; another value is read as nothing.
const scratchVersion = 1

// loadScratch restores the short-term memory once, before the first Add or
// Flush over a ScratchState. A record that does not decode is dropped: the
// Clusterer then loses only its pending checks, never a story.
func (c *Clusterer) loadScratch(ctx context.Context) error {
	ss, ok := c.st.(ScratchState)
	if !ok || c.scratchLoaded {
		return nil
	}
	b, err := ss.LoadScratch(ctx)
	if err != nil {
		return fmt.Errorf("story: load scratch state: %w", err)
	}
	c.scratchLoaded, c.saved = true, b
	seq, pending, dirty, err := decodeScratch(b)
	if err != nil {
		return nil
	}
	c.seq, c.pending, c.dirty = seq, pending, dirty
	return nil
}

// saveScratch stores the short-term memory when it changed.
func (c *Clusterer) saveScratch(ctx context.Context) error {
	ss, ok := c.st.(ScratchState)
	if !ok {
		return nil
	}
	b := encodeScratch(c.seq, c.pending, c.dirty)
	if bytes.Equal(b, c.saved) {
		return nil
	}
	if err := ss.SaveScratch(ctx, b); err != nil {
		return fmt.Errorf("story: save scratch state: %w", err)
	}
	c.saved = b
	return nil
}

func encodeScratch(seq int64, pending []pendingAbsorb, dirty []StoryID) []byte {
	b := make([]byte, 0, 16+len(pending)*16+len(dirty)*4)
	b = append(b, scratchVersion)
	b = binary.AppendVarint(b, seq)
	b = binary.AppendUvarint(b, uint64(len(pending)))
	for _, p := range pending {
		b = binary.AppendVarint(b, int64(p.s))
		b = binary.AppendVarint(b, int64(p.t))
		b = binary.AppendVarint(b, p.seq)
		b = binary.AppendUvarint(b, uint64(p.split))
	}
	b = binary.AppendUvarint(b, uint64(len(dirty)))
	for _, id := range dirty {
		b = binary.AppendVarint(b, int64(id))
	}
	return b
}

var errScratch = errors.New("story: malformed scratch state")

func decodeScratch(b []byte) (seq int64, pending []pendingAbsorb, dirty []StoryID, err error) {
	if len(b) == 0 {
		return 0, nil, nil, nil
	}
	if b[0] != scratchVersion {
		return 0, nil, nil, errScratch
	}
	r := bytes.NewReader(b[1:])
	vint := func() int64 {
		v, e := binary.ReadVarint(r)
		if e != nil && err == nil {
			err = errScratch
		}
		return v
	}
	count := func(limit int) int {
		v, e := binary.ReadUvarint(r)
		if e != nil || v > uint64(limit) {
			if err == nil {
				err = errScratch
			}
			return 0
		}
		return int(v)
	}
	seq = vint()
	n := count(absorbQueue)
	for i := 0; i < n && err == nil; i++ {
		p := pendingAbsorb{s: StoryID(vint()), t: StoryID(vint()), seq: vint()}
		p.split = count(1 << 20)
		pending = append(pending, p)
	}
	n = count(consolidateMax)
	for i := 0; i < n && err == nil; i++ {
		dirty = append(dirty, StoryID(vint()))
	}
	if err == nil && r.Len() != 0 {
		err = errScratch
	}
	if err != nil {
		return 0, nil, nil, err
	}
	return seq, pending, dirty, nil
}
