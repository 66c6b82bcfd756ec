package server

import (
	"bytes"
	"container/list"
	"context"
	"net/http"
	"strings"
	"sync"
	"time"
)

// respCache keeps whole GET responses (status 200 only) keyed by the
// request URI and the store's data version, so that a page or API answer
// is built once per version of the data however often it is asked for.
// Any committed write changes the version (store.Versioner), so an entry
// is never served after the data it was built from changed; entries of
// old versions are dropped as they are met and by the LRU bound.
//
// Only routes whose answer depends on nothing but the URI and the stored
// data go through it (see cacheable): no write routes, nothing that reads
// request headers other than the conditional ones handled here.
type respCache struct {
	maxBytes int // total body bytes kept
	maxEntry int // bodies over this are not kept

	mu    sync.Mutex
	bytes int
	lru   *list.List // of *respEntry, most recent first
	byKey map[string]*list.Element
	hits  uint64
	miss  uint64
}

type respEntry struct {
	key     string
	version string
	header  http.Header // the handler's own headers (content type, ETag ...)
	body    []byte
	expires time.Time // zero: valid for as long as its version
}

func newRespCache(maxBytes int) *respCache {
	return &respCache{maxBytes: maxBytes, maxEntry: max(maxBytes/64, 64<<10), lru: list.New(), byKey: map[string]*list.Element{}}
}

func (c *respCache) lookup(key, version string) *respEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byKey[key]
	if !ok {
		c.miss++
		return nil
	}
	e := el.Value.(*respEntry)
	if e.version != version || (!e.expires.IsZero() && time.Now().After(e.expires)) {
		c.remove(el)
		c.miss++
		return nil
	}
	c.lru.MoveToFront(el)
	c.hits++
	return e
}

func (c *respCache) store(e *respEntry) {
	if len(e.body) > c.maxEntry {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[e.key]; ok {
		c.remove(el)
	}
	c.byKey[e.key] = c.lru.PushFront(e)
	c.bytes += len(e.body) + len(e.key)
	for c.bytes > c.maxBytes && c.lru.Len() > 0 {
		c.remove(c.lru.Back())
	}
}

func (c *respCache) remove(el *list.Element) {
	e := c.lru.Remove(el).(*respEntry)
	delete(c.byKey, e.key)
	c.bytes -= len(e.body) + len(e.key)
}

// stats returns the hits and misses so far.
func (c *respCache) stats() (hits, misses uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.miss
}

// cacheable reports whether r's answer depends only on its URI and the
// stored data.
func cacheable(r *http.Request) bool {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return false
	}
	if r.Header.Get("Authorization") != "" || r.Header.Get("Range") != "" {
		return false
	}
	p := r.URL.Path
	switch {
	case strings.HasPrefix(p, "/static/"), p == "/favicon.ico", p == "/ingest", strings.HasPrefix(p, "/api/ingest"):
		return false // cheap already, or not about stored data
	}
	return true
}

// serveCached answers r from the cache when it can, else runs next with a
// recorder and keeps a 200 answer for the version read before it ran (a
// write during the run leaves an entry that no later version matches).
func (s *Server) serveCached(w http.ResponseWriter, r *http.Request, next http.Handler) {
	version, err := s.vs.DataVersion(r.Context())
	if err != nil {
		s.fault(r, err)
		next.ServeHTTP(w, r)
		return
	}
	key := r.URL.RequestURI()
	if e := s.cache.lookup(key, version); e != nil {
		writeEntry(w, r, e)
		return
	}
	// The handler must build the whole answer: no conditional request.
	r2 := r.Clone(r.Context())
	r2.Header.Del("If-None-Match")
	r2.Header.Del("If-Modified-Since")
	r2.Method = http.MethodGet
	fill := &fillInfo{}
	r2 = r2.WithContext(context.WithValue(r2.Context(), fillKey{}, fill))
	rec := &recorder{header: http.Header{}}
	next.ServeHTTP(rec, r2)
	if rec.status == 0 {
		rec.status = http.StatusOK
	}
	e := &respEntry{key: key, version: version, header: rec.header, body: rec.body.Bytes()}
	if fill.shortLived {
		e.expires = time.Now().Add(s.opts.ListCacheTTL)
	}
	if rec.status == http.StatusOK {
		s.cache.store(e)
		writeEntry(w, r, e)
		return
	}
	copyHeader(w.Header(), rec.header)
	w.WriteHeader(rec.status)
	if r.Method != http.MethodHead {
		w.Write(e.body)
	}
}

// writeEntry writes a kept 200 answer, or 304 when the client already has
// its ETag.
func writeEntry(w http.ResponseWriter, r *http.Request, e *respEntry) {
	copyHeader(w.Header(), e.header)
	if etag := e.header.Get("ETag"); etag != "" && etagMatch(r.Header.Get("If-None-Match"), etag) {
		w.Header().Del("Content-Length")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(e.body)
	}
}

type fillKey struct{}

// fillInfo is what a handler tells the response cache about its answer.
type fillInfo struct {
	shortLived bool // built from the list cache: kept no longer than its TTL
}

// markShortLived tells the response cache (when r is being cached) that
// its answer used the list cache, whose entries may lag behind writes of
// other processes by ListCacheTTL.
func markShortLived(r *http.Request) {
	if f, ok := r.Context().Value(fillKey{}).(*fillInfo); ok {
		f.shortLived = true
	}
}

func copyHeader(dst, src http.Header) {
	for k, v := range src {
		dst[k] = v
	}
}

// recorder is the http.ResponseWriter a cached handler writes into.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.body.Write(p)
}
