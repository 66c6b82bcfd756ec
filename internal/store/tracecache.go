package store

import (
	"sort"

	"github.com/storyline/storyline/internal/novelty"
)

// maxCachedTraces bounds the novelty traces one store keeps decoded in
// memory across ingest transactions (about 100 bytes each).
const maxCachedTraces = 100_000

// traceCache keeps, per storyline, the ids and decoded traces of the rows
// last read from novelty_traces, so that the next article of the storyline
// decodes only rows it has not seen. It is owned by one linkState (one
// store; no global state) and used under the store's writer lock.
//
// It cannot go stale: Traces reads the window's ids from the store on
// every call (another writer's rows, a Union moving rows between lines,
// all show there), and a cached trace is reused only for the same id.
// A row's trace never changes once committed (novelty_traces rows are
// only inserted, or moved to another line by Union, never updated in
// place or deleted), and only committed rows are cached: rows inserted by
// the current transaction (ids from linkState.ownMin on: SQLite gives
// each new row an id above every row it can see) could be rolled back and
// their ids given to other rows.
type traceCache struct {
	max, total int
	tick       uint64
	lines      map[int64]*traceLine
}

type traceLine struct {
	ids    []int64
	traces []novelty.Trace
	used   uint64
}

func newTraceCache(max int) *traceCache {
	return &traceCache{max: max, lines: map[int64]*traceLine{}}
}

func (c *traceCache) get(line int64) *traceLine {
	e := c.lines[line]
	if e != nil {
		c.tick++
		e.used = c.tick
	}
	return e
}

// put replaces line's entry; past the bound it drops the least recently
// used lines until the cache holds at most three quarters of it.
func (c *traceCache) put(line int64, ids []int64, traces []novelty.Trace) {
	if e := c.lines[line]; e != nil {
		c.total -= len(e.ids)
		delete(c.lines, line)
	}
	if len(ids) == 0 || len(ids) > c.max {
		return
	}
	c.tick++
	c.lines[line] = &traceLine{ids: ids, traces: traces, used: c.tick}
	c.total += len(ids)
	if c.total <= c.max {
		return
	}
	type lu struct {
		line int64
		used uint64
	}
	order := make([]lu, 0, len(c.lines))
	for l, e := range c.lines {
		order = append(order, lu{l, e.used})
	}
	sort.Slice(order, func(i, j int) bool { return order[i].used < order[j].used })
	for _, o := range order {
		if c.total <= c.max*3/4 {
			break
		}
		c.total -= len(c.lines[o.line].ids)
		delete(c.lines, o.line)
	}
}
