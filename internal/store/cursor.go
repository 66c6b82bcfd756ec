package store

import (
	"errors"
	"strconv"
	"strings"
)

// A Cursor is a position in a list of quotes or events: the key of a row in
// the lists' order (publication time, article, place in the article, row).
// Lists keyed this way page without offsets: a reader can walk every quote
// of a large store, and rows stored meanwhile do not shift the pages.
type Cursor struct {
	Published string // the row's article's publication time ("" undated)
	ArticleID int64
	Pos       int64 // the quote's start in the article (0 for events)
	ID        int64 // the quote's or event's row
}

// IsZero reports whether c is no position (the start of a list).
func (c Cursor) IsZero() bool { return c == Cursor{} }

// String is c as a word a reader can pass back (ParseCursor reads it):
// "PUBLISHED/ARTICLE/POS/ID", "" for the zero cursor.
func (c Cursor) String() string {
	if c.IsZero() {
		return ""
	}
	return c.Published + "/" + strconv.FormatInt(c.ArticleID, 10) + "/" + strconv.FormatInt(c.Pos, 10) + "/" + strconv.FormatInt(c.ID, 10)
}

// errCursor is ParseCursor's answer to a word it did not write.
var errCursor = errors.New("not a cursor a list gave")

// ParseCursor reads a Cursor from its String form; "" is the zero cursor.
// The numbers are read from the right, so a publication time may hold any
// character.
func ParseCursor(s string) (Cursor, error) {
	if s == "" {
		return Cursor{}, nil
	}
	var nums [3]int64
	rest := s
	for i := 2; i >= 0; i-- {
		k := strings.LastIndexByte(rest, '/')
		if k < 0 {
			return Cursor{}, errCursor
		}
		n, err := strconv.ParseInt(rest[k+1:], 10, 64)
		if err != nil || n < 0 {
			return Cursor{}, errCursor
		}
		nums[i], rest = n, rest[:k]
	}
	c := Cursor{Published: rest, ArticleID: nums[0], Pos: nums[1], ID: nums[2]}
	if c.ArticleID == 0 || c.ID == 0 {
		return Cursor{}, errCursor
	}
	return c, nil
}

// keyset adds to a list query the condition "after c" in the list's order
// (newest: before it) and tells whether the run can hold rows at all. The
// lists put dated articles first and undated ones last in either order
// (datedThenUndated), so a cursor on an undated row skips the dated run and
// one on a dated row leaves the undated run whole. cols are the key's
// columns after a.published and a.id (q.start, q.id or e.id); posToo says
// whether the first of them is Pos. The comparison is spelled out in ANDs
// and ORs, plain SQL any backend reads.
func keyset(where []string, args []any, c Cursor, dated, newest bool, cols []string, posToo bool) ([]string, []any, bool) {
	if c.IsZero() {
		return where, args, true
	}
	if dated && c.Published == "" {
		return where, args, false // every dated row came before
	}
	if !dated && c.Published != "" {
		return where, args, true // no undated row came yet
	}
	vals := []any{}
	keyCols := []string{}
	if dated {
		keyCols, vals = append(keyCols, "a.published"), append(vals, c.Published)
	}
	keyCols, vals = append(keyCols, "a.id"), append(vals, c.ArticleID)
	if posToo {
		vals = append(vals, c.Pos)
	}
	keyCols, vals = append(keyCols, cols...), append(vals, c.ID)
	op, bound := " > ", " >= ?"
	if newest {
		op, bound = " < ", " <= ?"
	}
	// The leading column bounded on its own, so an index on it serves the
	// range, then (k1 > v1) OR (k1 = v1 AND k2 > v2) OR ...
	where = append(where, keyCols[0]+bound)
	args = append(args, vals[0])
	var ors []string
	for i := range keyCols {
		var ands []string
		for j := 0; j < i; j++ {
			ands = append(ands, keyCols[j]+" = ?")
			args = append(args, vals[j])
		}
		ands = append(ands, keyCols[i]+op+"?")
		args = append(args, vals[i])
		ors = append(ors, "("+strings.Join(ands, " AND ")+")")
	}
	where = append(where, "("+strings.Join(ors, " OR ")+")")
	return where, args, true
}
