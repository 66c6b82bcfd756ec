package server

import (
	"context"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

func TestResponseCacheServesAndRevalidates(t *testing.T) {
	st := newTestStore(t)
	s := New(st, Options{RateLimit: -1})
	first := request(t, s, "GET", "/search?q=ferry", nil, nil)
	if first.Code != http.StatusOK {
		t.Fatalf("status %d", first.Code)
	}
	second := request(t, s, "GET", "/search?q=ferry", nil, nil)
	if second.Body.String() != first.Body.String() {
		t.Error("the cached answer differs from the first")
	}
	if hits, _ := s.CacheStats(); hits != 1 {
		t.Errorf("hits = %d, want 1", hits)
	}
	etag := second.Header().Get("ETag")
	if etag == "" || second.Header().Get("Content-Security-Policy") == "" || second.Header().Get("Content-Type") == "" {
		t.Fatalf("cached answer lost headers: %v", second.Header())
	}
	if r := request(t, s, "GET", "/search?q=ferry", nil, map[string]string{"If-None-Match": etag}); r.Code != http.StatusNotModified || r.Body.Len() != 0 {
		t.Errorf("conditional request: %d with %d bytes, want 304 and none", r.Code, r.Body.Len())
	}
	if r := request(t, s, "HEAD", "/search?q=ferry", nil, nil); r.Code != http.StatusOK || r.Body.Len() != 0 {
		t.Errorf("HEAD: %d with %d bytes", r.Code, r.Body.Len())
	}
	// Errors are never kept.
	for range 2 {
		if r := request(t, s, "GET", "/articles/999", nil, nil); r.Code != http.StatusNotFound {
			t.Fatalf("missing article: %d", r.Code)
		}
	}
	if r := request(t, s, "GET", "/search?q=%22open", nil, nil); r.Code != http.StatusBadRequest {
		t.Fatalf("bad query: %d", r.Code)
	}
	hits, _ := s.CacheStats()
	if hits != 3 { // the second GET, the conditional one and HEAD
		t.Errorf("hits = %d, want 3", hits)
	}
}

// A write, by this process or another one sharing the file, must show at
// once: nothing is served from before it.
func TestResponseCacheSeesEveryWrite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := store.Open(ctx, path, store.Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	other, err := store.Open(ctx, path, store.Options{NoLink: true}) // stands for another process
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	s := New(st, Options{RateLimit: -1})
	get := func() string {
		t.Helper()
		r := request(t, s, "GET", "/api/search?q=lighthouse", nil, nil)
		if r.Code != http.StatusOK && r.Code != http.StatusBadRequest {
			t.Fatalf("status %d: %s", r.Code, r.Body)
		}
		return r.Body.String()
	}
	put := func(st store.Store, hash, title string) {
		t.Helper()
		a := &core.Article{Hash: hash, Source: hash + ".txt", Title: title, Published: "2031-06-01", Text: "The old lighthouse was repainted by volunteers on Saturday."}
		if _, err := st.PutBatch(ctx, []*core.Article{a}); err != nil {
			t.Fatal(err)
		}
	}
	if b := get(); strings.Contains(b, "Keepers") {
		t.Fatalf("found before any write: %s", b)
	}
	get() // cached now
	put(st, "a1", "Keepers return")
	if b := get(); !strings.Contains(b, "Keepers return") {
		t.Fatalf("this process's write not seen: %s", b)
	}
	get()
	put(other, "a2", "Painters finish")
	if b := get(); !strings.Contains(b, "Painters finish") {
		t.Fatalf("another connection's write not seen: %s", b)
	}
	if hits, _ := s.CacheStats(); hits < 2 {
		t.Errorf("hits = %d: the cache was never used", hits)
	}
}

func TestResponseCacheBounded(t *testing.T) {
	c := newRespCache(1000)
	c.maxEntry = 400
	for i := range 10 {
		c.store(&respEntry{key: strings.Repeat("k", i+1), version: "1", body: make([]byte, 300)})
	}
	if c.bytes > 1000 || c.lru.Len() != 3 {
		t.Errorf("kept %d bytes in %d entries", c.bytes, c.lru.Len())
	}
	c.store(&respEntry{key: "big", version: "1", body: make([]byte, 500)})
	if c.lookup("big", "1") != nil {
		t.Error("an entry over maxEntry was kept")
	}
	if c.lookup(strings.Repeat("k", 10), "2") != nil || c.lookup(strings.Repeat("k", 10), "1") != nil {
		t.Error("an entry of an old version was served")
	}
}
