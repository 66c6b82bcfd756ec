package server

import (
	"sync"
	"time"
)

// listCache keeps the results of expensive list queries (the storylines,
// which resolve every story's storyline) for a short time. Ingesting through this
// server clears it; writes by other processes show after the TTL at most.
// One caller fills a missing entry while the others for that key wait; a
// stale entry is refreshed by the first caller that finds it stale while the
// others keep getting the stale value, so a slow query never piles up.
type listCache struct {
	ttl time.Duration
	now func() time.Time

	mu      sync.Mutex
	entries map[string]*cacheEntry
}

type cacheEntry struct {
	mu         sync.Mutex // held while the first fill runs
	filled     bool
	v          any
	expires    time.Time
	refreshing bool
}

func newListCache(ttl time.Duration, now func() time.Time) *listCache {
	return &listCache{ttl: ttl, now: now, entries: map[string]*cacheEntry{}}
}

// get returns key's value, calling fill when it is missing or stale. A nil
// cache always calls fill. Errors are not cached.
func (c *listCache) get(key string, fill func() (any, error)) (any, error) {
	if c == nil {
		return fill()
	}
	c.mu.Lock()
	e, ok := c.entries[key]
	if !ok {
		e = &cacheEntry{}
		c.entries[key] = e
	}
	now := c.now()
	if e.filled && now.Before(e.expires) {
		v := e.v
		c.mu.Unlock()
		return v, nil
	}
	if e.filled && e.refreshing {
		v := e.v // someone is refreshing: the stale value will do
		c.mu.Unlock()
		return v, nil
	}
	stale := e.filled
	if stale {
		e.refreshing = true
	}
	c.mu.Unlock()

	if !stale {
		e.mu.Lock() // first fill: one caller queries, the others wait for it
		defer e.mu.Unlock()
		c.mu.Lock()
		if e.filled && c.now().Before(e.expires) {
			v := e.v
			c.mu.Unlock()
			return v, nil
		}
		c.mu.Unlock()
	}
	v, err := fill()
	c.mu.Lock()
	defer c.mu.Unlock()
	e.refreshing = false
	if err != nil {
		return nil, err
	}
	if c.entries[key] == e { // not cleared meanwhile
		e.v, e.filled, e.expires = v, true, c.now().Add(c.ttl)
	}
	return v, nil
}

// clear drops every entry.
func (c *listCache) clear() {
	if c == nil {
		return
	}
	c.mu.Lock()
	clear(c.entries)
	c.mu.Unlock()
}
