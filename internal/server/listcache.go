package server

import (
	"sync"
	"time"
)

// listCache keeps the results of expensive list queries (the story list of
// the home page, the storylines) for a short time. Ingesting through this
// server clears it; writes by other processes show after the TTL at most.
// Concurrent misses each run the query; the last result wins.
type listCache struct {
	ttl time.Duration
	now func() time.Time

	mu      sync.Mutex
	entries map[string]cacheEntry
}

type cacheEntry struct {
	v       any
	expires time.Time
}

func newListCache(ttl time.Duration, now func() time.Time) *listCache {
	return &listCache{ttl: ttl, now: now, entries: map[string]cacheEntry{}}
}

// get returns key's value, calling fill when it is missing or stale. A nil
// cache always calls fill. Errors are not cached.
func (c *listCache) get(key string, fill func() (any, error)) (any, error) {
	if c == nil {
		return fill()
	}
	now := c.now()
	c.mu.Lock()
	e, ok := c.entries[key]
	c.mu.Unlock()
	if ok && now.Before(e.expires) {
		return e.v, nil
	}
	v, err := fill()
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.entries[key] = cacheEntry{v: v, expires: now.Add(c.ttl)}
	c.mu.Unlock()
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
