package story

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"os"
	"time"
)

// Retired stories (inactive, without centroid or member vectors: aged out,
// merged, or fragments whose merge is final) leave the Go heap: memState
// encodes each one into a spill, an append-only log of records in pointer-free
// memory (a []byte arena the garbage collector does not scan) or, with
// MemOptions.SpillDir, in a file, and decodes it again only when the story is
// asked for. The heap then holds the active set, whose size the options
// bound, and 16 bytes per retired story (where its record is).
//
// Record format (all integers little-endian; "uv" an unsigned varint, "v"
// a zigzag varint, "f" a float64 whose IEEE bits are byte-reversed and
// written as uv, so that small integral counts take two bytes):
//
//	byte    version (3; 2 had no Events)
//	v       ID, Size, Seq, Line, MergedInto
//	time    First, Last: byte n (0 for the zero time) then n bytes of
//	        time.Time.MarshalBinary
//	byte    Active (0 or 1)
//	feats   Centroid: uv n, then per feature 8 bytes of key and f weight
//	uv      n for Members, then feats for each
//	ids     MemberOf: uv n, then v each

// where n is 0 for a nil list and its length plus one otherwise (a nil and
// an empty list read back as they were written).
//	feats   Actors, Places, Claims, Events
//	f       SimSum; v SimN
//	feats   EntCentroid
//	f       PairSum; v SplitFrom; v Undated
//	ids     Frags
//	uv      len(Title), then its bytes
//
// A record is found by the (offset, length) kept for its story ID; a story
// spilled again gets a new record and the old one is dead space.

const spillVersion = 3

// encodeStory appends s's record to b.
func encodeStory(b []byte, s *Story) ([]byte, error) {
	b = append(b, spillVersion)
	for _, x := range []int64{int64(s.ID), int64(s.Size), s.Seq, int64(s.Line), int64(s.MergedInto)} {
		b = binary.AppendVarint(b, x)
	}
	var err error
	if b, err = appendTime(b, s.First); err != nil {
		return b, fmt.Errorf("story %d: first: %w", s.ID, err)
	}
	if b, err = appendTime(b, s.Last); err != nil {
		return b, fmt.Errorf("story %d: last: %w", s.ID, err)
	}
	if s.Active {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b = appendFeats(b, s.Centroid)
	b = appendLen(b, s.Members == nil, len(s.Members))
	for _, m := range s.Members {
		b = appendFeats(b, m)
	}
	b = appendIDs(b, s.MemberOf)
	b = appendFeats(b, s.Actors)
	b = appendFeats(b, s.Places)
	b = appendFeats(b, s.Claims)
	b = appendFeats(b, s.Events)
	b = appendFloat(b, s.SimSum)
	b = binary.AppendVarint(b, int64(s.SimN))
	b = appendFeats(b, s.EntCentroid)
	b = appendFloat(b, s.PairSum)
	b = binary.AppendVarint(b, int64(s.SplitFrom))
	b = binary.AppendVarint(b, int64(s.Undated))
	b = appendIDs(b, s.Frags)
	b = binary.AppendUvarint(b, uint64(len(s.Title)))
	return append(b, s.Title...), nil
}

func appendTime(b []byte, t time.Time) ([]byte, error) {
	if t.IsZero() {
		return append(b, 0), nil
	}
	m, err := t.MarshalBinary()
	if err != nil {
		return b, err
	}
	b = append(b, byte(len(m)))
	return append(b, m...), nil
}

func appendFloat(b []byte, f float64) []byte {
	return binary.AppendUvarint(b, bits.ReverseBytes64(math.Float64bits(f)))
}

// appendLen writes a list's n: 0 when nil, else its length plus one.
func appendLen(b []byte, isNil bool, n int) []byte {
	if isNil {
		return append(b, 0)
	}
	return binary.AppendUvarint(b, uint64(n)+1)
}

func appendFeats(b []byte, v []Feature) []byte {
	b = appendLen(b, v == nil, len(v))
	for _, f := range v {
		b = binary.LittleEndian.AppendUint64(b, uint64(f.Key))
		b = appendFloat(b, f.W)
	}
	return b
}

func appendIDs(b []byte, ids []StoryID) []byte {
	b = appendLen(b, ids == nil, len(ids))
	for _, id := range ids {
		b = binary.AppendVarint(b, int64(id))
	}
	return b
}

var errBadRecord = errors.New("malformed story record")

// decoder reads a record; the first error sticks and later reads return
// zero values.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errBadRecord
	}
	d.b = nil
}

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		d.fail()
		return 0
	}
	x := d.b[0]
	d.b = d.b[1:]
	return x
}

func (d *decoder) varint() int64 {
	x, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) uvarint() uint64 {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return x
}

// count reads a length of items of at least min bytes each, failing when
// the rest of the record cannot hold them.
func (d *decoder) count(min int) int {
	n := d.uvarint()
	if n > uint64(len(d.b)/min) {
		d.fail()
		return 0
	}
	return int(n)
}

// list reads a list's n (see appendLen): isNil, or its length.
func (d *decoder) list(min int) (n int, isNil bool) {
	x := d.uvarint()
	if x == 0 || d.err != nil {
		return 0, true
	}
	if x-1 > uint64(len(d.b)/min) {
		d.fail()
		return 0, true
	}
	return int(x - 1), false
}

func (d *decoder) float() float64 {
	return math.Float64frombits(bits.ReverseBytes64(d.uvarint()))
}

func (d *decoder) time() time.Time {
	n := int(d.byte())
	if n == 0 || d.err != nil {
		return time.Time{}
	}
	if n > len(d.b) {
		d.fail()
		return time.Time{}
	}
	var t time.Time
	if err := t.UnmarshalBinary(d.b[:n]); err != nil || t.IsZero() {
		d.fail()
		return time.Time{}
	}
	d.b = d.b[n:]
	return t
}

func (d *decoder) feats() []Feature {
	n, isNil := d.list(9)
	if isNil {
		return nil
	}
	v := make([]Feature, n)
	for i := range v {
		if len(d.b) < 8 {
			d.fail()
			return nil
		}
		v[i].Key = Key(binary.LittleEndian.Uint64(d.b))
		d.b = d.b[8:]
		v[i].W = d.float()
	}
	return v
}

func (d *decoder) ids() []StoryID {
	n, isNil := d.list(1)
	if isNil {
		return nil
	}
	v := make([]StoryID, n)
	for i := range v {
		v[i] = StoryID(d.varint())
	}
	return v
}

// decodeStory reads a record written by encodeStory.
func decodeStory(b []byte) (*Story, error) {
	d := &decoder{b: b}
	if v := d.byte(); v != spillVersion {
		return nil, fmt.Errorf("%w: version %d", errBadRecord, v)
	}
	s := &Story{}
	s.ID = StoryID(d.varint())
	s.Size = int(d.varint())
	s.Seq = d.varint()
	s.Line = LineID(d.varint())
	s.MergedInto = StoryID(d.varint())
	s.First = d.time()
	s.Last = d.time()
	switch d.byte() {
	case 0:
	case 1:
		s.Active = true
	default:
		d.fail()
	}
	s.Centroid = d.feats()
	if n, isNil := d.list(1); !isNil {
		s.Members = make([][]Feature, n)
		for i := range s.Members {
			s.Members[i] = d.feats()
		}
	}
	s.MemberOf = d.ids()
	s.Actors = d.feats()
	s.Places = d.feats()
	s.Claims = d.feats()
	s.Events = d.feats()
	s.SimSum = d.float()
	s.SimN = int(d.varint())
	s.EntCentroid = d.feats()
	s.PairSum = d.float()
	s.SplitFrom = StoryID(d.varint())
	s.Undated = int(d.varint())
	s.Frags = d.ids()
	if n := d.count(1); n > 0 {
		s.Title = string(d.b[:n])
		d.b = d.b[n:]
	}
	if d.err == nil && len(d.b) != 0 {
		d.fail()
	}
	if d.err != nil {
		return nil, d.err
	}
	return s, nil
}

// A spill holds the records of retired stories: in memory chunks, or in a
// file when dir is set (created at the first record, unlinked at once so
// that nothing is left behind; closed with the spill by the garbage
// collector, or by close).
type spill struct {
	dir string
	// where[id] is the record of story id: offset and length; length 0
	// when the story has none.
	where []spillRef
	// Memory: record at offset o is in chunks[o>>32][o&(1<<32-1):].
	chunks [][]byte
	// File: flushed bytes are in f; wbuf holds those from flushed on.
	f       *os.File
	flushed int64
	wbuf    []byte
	rbuf    []byte
	closed  bool
	// live and dead count the bytes of current and replaced records.
	live, dead int64
}

var errSpillClosed = errors.New("spill closed")

type spillRef struct {
	off int64
	n   uint32
}

const (
	spillChunk = 1 << 20 // memory chunk size
	spillWrite = 1 << 16 // file write buffer
)

// has reports whether story id has a record.
func (p *spill) has(id StoryID) bool {
	return id > 0 && int64(id) < int64(len(p.where)) && p.where[id].n > 0
}

// put writes s's record, replacing any earlier one.
func (p *spill) put(s *Story, scratch []byte) ([]byte, error) {
	if s.ID <= 0 {
		return scratch, fmt.Errorf("spill story %d: bad ID", s.ID)
	}
	rec, err := encodeStory(scratch[:0], s)
	if err != nil {
		return rec, fmt.Errorf("spill: %w", err)
	}
	if len(rec) > math.MaxUint32 {
		return rec, fmt.Errorf("spill story %d: record of %d bytes", s.ID, len(rec))
	}
	var off int64
	if p.dir != "" {
		if off, err = p.writeFile(rec); err != nil {
			return rec, fmt.Errorf("spill story %d: %w", s.ID, err)
		}
	} else {
		off = p.writeMem(rec)
	}
	if n := int64(s.ID) + 1; n > int64(len(p.where)) {
		p.where = append(p.where, make([]spillRef, n-int64(len(p.where))+n/4)...)
	}
	if old := p.where[s.ID]; old.n > 0 {
		p.live -= int64(old.n)
		p.dead += int64(old.n)
	}
	p.where[s.ID] = spillRef{off, uint32(len(rec))}
	p.live += int64(len(rec))
	return rec, nil
}

func (p *spill) writeMem(rec []byte) int64 {
	last := len(p.chunks) - 1
	if last < 0 || cap(p.chunks[last])-len(p.chunks[last]) < len(rec) {
		p.chunks = append(p.chunks, make([]byte, 0, max(spillChunk, len(rec))))
		last++
	}
	c := p.chunks[last]
	off := int64(last)<<32 | int64(len(c))
	p.chunks[last] = append(c, rec...)
	return off
}

func (p *spill) writeFile(rec []byte) (int64, error) {
	if p.closed {
		return 0, errSpillClosed
	}
	if p.f == nil {
		f, err := os.CreateTemp(p.dir, "storyline-spill-*")
		if err != nil {
			return 0, err
		}
		_ = os.Remove(f.Name()) // best effort: where unlinking an open file fails, it stays
		p.f = f
	}
	off := p.flushed + int64(len(p.wbuf))
	p.wbuf = append(p.wbuf, rec...)
	if len(p.wbuf) >= spillWrite {
		if err := p.flush(); err != nil {
			return 0, err
		}
	}
	return off, nil
}

func (p *spill) flush() error {
	if len(p.wbuf) == 0 {
		return nil
	}
	if _, err := p.f.WriteAt(p.wbuf, p.flushed); err != nil {
		return fmt.Errorf("write %s: %w", p.f.Name(), err)
	}
	p.flushed += int64(len(p.wbuf))
	p.wbuf = p.wbuf[:0]
	return nil
}

// get decodes story id's record; ok is false when it has none.
func (p *spill) get(id StoryID) (s *Story, ok bool, err error) {
	if !p.has(id) {
		return nil, false, nil
	}
	r := p.where[id]
	var rec []byte
	switch {
	case p.dir == "":
		c := p.chunks[r.off>>32]
		at := r.off & (1<<32 - 1)
		rec = c[at : at+int64(r.n)]
	case r.off >= p.flushed:
		at := r.off - p.flushed
		rec = p.wbuf[at : at+int64(r.n)]
	case p.f == nil:
		return nil, false, fmt.Errorf("spill story %d: %w", id, errSpillClosed)
	default:
		if cap(p.rbuf) < int(r.n) {
			p.rbuf = make([]byte, r.n)
		}
		rec = p.rbuf[:r.n]
		if _, err := p.f.ReadAt(rec, r.off); err != nil {
			return nil, false, fmt.Errorf("spill story %d: read %s: %w", id, p.f.Name(), err)
		}
	}
	s, err = decodeStory(rec)
	if err != nil {
		return nil, false, fmt.Errorf("spill story %d: %w", id, err)
	}
	return s, true, nil
}

// close releases the file, if any; the records in it are then gone.
func (p *spill) close() error {
	p.closed = true
	if p.f == nil {
		return nil
	}
	err := p.f.Close()
	p.f = nil
	return err
}
