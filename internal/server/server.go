package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/store"
)

// Defaults applied to zero Options fields.
const (
	DefaultMaxBodyBytes = 32 << 20
	DefaultRateLimit    = 100 // requests per second per client address
	DefaultRateBurst    = 200
	DefaultListCacheTTL = 3 * time.Second
	DefaultCacheBytes   = 64 << 20
)

// Options configures a Server. The zero value serves a read-write server
// meant for loopback: no token, default limits.
type Options struct {
	// Token, when set, is required on write endpoints as
	// "Authorization: Bearer TOKEN". When empty, writes are accepted only
	// from loopback clients that name a loopback host, and the caller must
	// bind the server to loopback (the CLI does).
	Token string
	// AllowPrivateURLs lets URL ingestion fetch private, loopback and
	// link-local addresses. Off by default (SSRF protection).
	AllowPrivateURLs bool
	// MaxBodyBytes bounds a request body; larger ones get 413. Default 32 MiB.
	MaxBodyBytes int64
	// RateLimit is the sustained requests per second allowed per client
	// address (token bucket), RateBurst its bucket size. Zero means the
	// defaults; a negative RateLimit turns limiting off.
	RateLimit float64
	RateBurst int
	// Stages run on every ingested article before it is stored (language
	// analysis, story assignment); nil means extraction only.
	Stages []ingest.Stage
	// ListCacheTTL is how long the story list of the home page and the
	// storylines are reused before the store is asked again (those queries
	// grow with the store). Ingesting through this server clears them at
	// once; other writers' changes show within the TTL. Default 3s;
	// negative turns the cache off.
	ListCacheTTL time.Duration
	// CacheBytes bounds the response cache: whole GET answers (pages and
	// API) kept per version of the stored data, so a page is built once
	// per change of the data however often it is asked for. It needs a
	// store that implements store.Versioner (the SQLite store does).
	// Default 64 MiB; negative turns the cache off.
	CacheBytes int
	// Logger receives one line per server fault; nil logs nothing.
	Logger *slog.Logger
	// EventConfidence is the confidence below which an article page lists
	// an event apart, as less certain (core.Event.Weak). Default
	// core.SureEvent; negative lists every event alike. The JSON API
	// always gives every event with its confidence.
	EventConfidence float64
}

// SetDefaults fills zero fields with their defaults.
func (o *Options) SetDefaults() {
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.RateLimit == 0 {
		o.RateLimit = DefaultRateLimit
	}
	if o.RateBurst <= 0 {
		o.RateBurst = DefaultRateBurst
	}
	if o.ListCacheTTL == 0 {
		o.ListCacheTTL = DefaultListCacheTTL
	}
	if o.CacheBytes == 0 {
		o.CacheBytes = DefaultCacheBytes
	}
	if o.EventConfidence == 0 {
		o.EventConfidence = core.SureEvent
	}
}

// A Server serves storyline's JSON API and web UI over one store. It is an
// http.Handler; Serve and Shutdown run it on a listener.
type Server struct {
	st      store.Store
	opts    Options
	mux     *http.ServeMux
	limiter *limiter
	lists   *listCache // nil when off
	cache   *respCache // nil when off
	vs      store.Versioner
	ingestQ chan struct{} // one ingest at a time

	mu     sync.Mutex
	srv    *http.Server
	closed bool
}

// New returns a Server over st. The store stays the caller's to close.
func New(st store.Store, opts Options) *Server {
	opts.SetDefaults()
	s := &Server{st: st, opts: opts, mux: http.NewServeMux(), ingestQ: make(chan struct{}, 1)}
	if opts.RateLimit > 0 {
		s.limiter = newLimiter(opts.RateLimit, opts.RateBurst, time.Now)
	}
	if opts.ListCacheTTL > 0 {
		s.lists = newListCache(opts.ListCacheTTL, time.Now)
	}
	if vs, ok := st.(store.Versioner); ok && opts.CacheBytes > 0 {
		s.vs, s.cache = vs, newRespCache(opts.CacheBytes)
	}
	s.routes()
	return s
}

// CacheStats returns the response cache's hits and misses so far (zeros
// when it is off).
func (s *Server) CacheStats() (hits, misses uint64) {
	if s.cache == nil {
		return 0, 0
	}
	return s.cache.stats()
}

// ServeHTTP implements http.Handler: security headers, rate limiting and
// panic recovery around the routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.fault(r, fmt.Errorf("panic: %v", v))
			s.error(w, r, http.StatusInternalServerError, "internal error")
		}
	}()
	if s.limiter != nil && !s.limiter.allow(clientAddr(r)) {
		h.Set("Retry-After", "1")
		s.error(w, r, http.StatusTooManyRequests, "too many requests: slow down")
		return
	}
	if s.opts.Token == "" && !isLoopbackHost(r.Host) {
		// Without a token the server is loopback-only; a foreign Host
		// header means DNS rebinding or a misconfigured bind.
		s.error(w, r, http.StatusForbidden, "this server accepts only loopback host names (set STORYLINE_TOKEN to serve others)")
		return
	}
	if s.cache != nil && cacheable(r) {
		s.serveCached(w, r, s.mux)
		return
	}
	s.mux.ServeHTTP(w, r)
}

const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

// Serve accepts connections on ln until Shutdown; it returns
// http.ErrServerClosed after a Shutdown.
func (s *Server) Serve(ln net.Listener) error {
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       5 * time.Minute, // uploads
		WriteTimeout:      5 * time.Minute, // URL ingestion waits on fetches
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		ln.Close()
		return http.ErrServerClosed
	}
	s.srv = srv
	s.mu.Unlock()
	return srv.Serve(ln)
}

// Shutdown stops accepting connections and waits for active requests to
// finish or ctx to end.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	srv := s.srv
	s.closed = true
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	return srv.Shutdown(ctx)
}

// fault logs a server-side failure.
func (s *Server) fault(r *http.Request, err error) {
	if s.opts.Logger != nil {
		s.opts.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
}

// authorizeWrite checks a write request: same-origin, and the token when one
// is configured, else a loopback client. It writes the error and returns
// false when the request may not write. formToken is true when the token is
// to be checked later, from the "token" field of a multipart form (the
// HTML form fallback), because reading it here would consume the body.
func (s *Server) authorizeWrite(w http.ResponseWriter, r *http.Request) (ok, formToken bool) {
	if r.Header.Get("Sec-Fetch-Site") == "cross-site" || !sameOrigin(r) {
		s.error(w, r, http.StatusForbidden, "cross-origin writes are refused")
		return false, false
	}
	if s.opts.Token == "" {
		if !isLoopbackAddr(clientAddr(r)) {
			s.error(w, r, http.StatusForbidden, "writes need STORYLINE_TOKEN on a non-loopback server")
			return false, false
		}
		return true, false
	}
	got, bearer := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !bearer && r.Header.Get("Authorization") == "" && strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
		return true, true
	}
	if !s.tokenOK(got) {
		s.unauthorized(w, r)
		return false, false
	}
	return true, false
}

func (s *Server) tokenOK(got string) bool {
	return subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.opts.Token)) == 1
}

func (s *Server) unauthorized(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="storyline"`)
	s.error(w, r, http.StatusUnauthorized, "a valid bearer token is required")
}

// sameOrigin reports whether the Origin header, when present, names this host.
func sameOrigin(r *http.Request) bool {
	o := r.Header.Get("Origin")
	if o == "" {
		return true
	}
	u, err := url.Parse(o)
	return err == nil && u.Host == r.Host
}

func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func isLoopbackAddr(host string) bool {
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// isLoopbackHost reports whether a Host header names this machine.
func isLoopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	return strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") || isLoopbackAddr(host)
}

// IsLoopbackAddr reports whether a listen address ("host:port") binds only
// to loopback; an empty host (all interfaces) is not loopback.
func IsLoopbackAddr(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil || host == "" {
		return false
	}
	return isLoopbackHost(host)
}

// writeCached writes body with an ETag, answering 304 when the client's
// If-None-Match already names it.
func writeCached(w http.ResponseWriter, r *http.Request, status int, contentType string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	if status == http.StatusOK && (r.Method == http.MethodGet || r.Method == http.MethodHead) {
		sum := sha256.Sum256(body)
		etag := `"` + hex.EncodeToString(sum[:12]) + `"`
		h.Set("ETag", etag)
		h.Set("Cache-Control", "no-cache")
		if etagMatch(r.Header.Get("If-None-Match"), etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	h.Set("Content-Length", strconv.Itoa(len(body))) // one write, no chunking
	w.WriteHeader(status)
	w.Write(body)
}

func etagMatch(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}

// bodyError maps a request-body read error to a status and reason.
func bodyError(err error) (int, string) {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over %d bytes", mbe.Limit)
	}
	return http.StatusBadRequest, "cannot read request body: " + err.Error()
}

// bufPool recycles render buffers.
var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}
