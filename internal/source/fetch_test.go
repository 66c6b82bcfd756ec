package source

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// newSite serves a small fictional site for fetch tests.
func newSite(t *testing.T) (*httptest.Server, *atomic.Value) {
	t.Helper()
	ua := &atomic.Value{}
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.Header.Get("User-Agent"))
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, pageHTML)
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		fmt.Fprint(w, "<html><body><p>Gespr\xe4che</p></body></html>")
	})
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, pageText)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/slowbody", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>start")
		w.(http.Flusher).Flush()
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 64 {
			fmt.Fprint(w, strings.Repeat("<p>harbour</p>", 1<<10))
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		fmt.Fprint(w, "\x89PNG\r\n\x1a\n")
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Bugle</title>
<item><title>Fetched</title><link>/page</link><description>fallback one</description></item>
<item><title>Missing</title><link>/nowhere</link><description>&lt;p&gt;fallback two&lt;/p&gt;</description></item>
</channel></rss>`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, ua
}

func TestFetch(t *testing.T) {
	srv, ua := newSite(t)
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL + "/page"
	dead.Close() // nothing listens there any more
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	opts := Options{AllowPrivate: true, FetchTimeout: 300 * time.Millisecond, MaxDocBytes: 256 << 10, Now: func() time.Time { return now }}
	tests := []struct {
		path    string
		url     string // when not on srv
		want    []string
		errText string
		wantErr error
	}{
		{path: "/page", want: []string{"html Tallow Point"}},
		{path: "/moved", want: []string{"html Tallow Point"}},
		{path: "/latin1", want: []string{"html Gespräche"}},
		{path: "/text", want: []string{"text Tallow Point"}},
		{path: "/feed", want: []string{"html Tallow Point", "html <p>fallback two</p>"}},
		{url: deadURL, errText: "connection refused"},
		{path: "/slow", errText: "timed out after 300ms"},
		{path: "/slowbody", errText: "timed out after 300ms"},
		{path: "/big", wantErr: core.ErrTooLarge},
		{path: "/loop", errText: "stopped after 5 redirects"},
		{path: "/missing", errText: "HTTP 404 Not Found"},
		{path: "/image", wantErr: core.ErrUnsupportedFormat},
	}
	for _, tt := range tests {
		u := tt.url
		if u == "" {
			u = srv.URL + tt.path
		}
		t.Run(u, func(t *testing.T) {
			rs := walkAll(t, []string{u, srv.URL + "/text"}, opts)
			if len(rs) != len(tt.want)+1 && !(len(tt.want) == 0 && len(rs) == 2) {
				t.Fatalf("got:\n%s", describe(rs))
			}
			if last := rs[len(rs)-1]; last.err != nil || last.doc.Source != srv.URL+"/text" {
				t.Errorf("batch did not go on:\n%s", describe(rs))
			}
			if len(tt.want) == 0 {
				err := rs[0].err
				if err == nil || !strings.HasPrefix(err.Error(), u+": ") || rs[0].doc.Source != u ||
					!strings.Contains(err.Error(), tt.errText) || (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) {
					t.Errorf("err = %v, want one naming %s with %q / %v", err, u, tt.errText, tt.wantErr)
				}
				t.Log(err)
				return
			}
			for i, w := range tt.want {
				r := rs[i]
				format, frag, _ := strings.Cut(w, " ")
				if r.err != nil || string(r.doc.Format) != format || !strings.Contains(string(r.doc.Body), frag) {
					t.Errorf("result %d: want %s:\n%s", i, w, describe(rs))
				}
			}
			if tt.path == "/feed" {
				if rs[0].doc.Source != u+"#1" || rs[0].doc.URL != srv.URL+"/page" || !rs[0].doc.FetchedAt.Equal(now) || rs[0].doc.Outlet != "Bugle" {
					t.Errorf("fetched item = %+v", rs[0].doc)
				}
				if rs[1].doc.Source != u+"#2" || rs[1].doc.Title != "Missing" {
					t.Errorf("fallback item = %+v", rs[1].doc)
				}
			} else if rs[0].doc.Source != u || !rs[0].doc.FetchedAt.Equal(now) {
				t.Errorf("doc = %+v", rs[0].doc)
			}
		})
	}
	if got := ua.Load(); got != DefaultUserAgent {
		t.Errorf("User-Agent = %q", got)
	}
}

func TestFetchRefusesPrivateAddresses(t *testing.T) {
	srv, _ := newSite(t)
	local := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + "/page"
	rs := walkAll(t, []string{srv.URL + "/page", local}, Options{FetchTimeout: time.Second})
	if len(rs) != 2 {
		t.Fatalf("got:\n%s", describe(rs))
	}
	for _, r := range rs {
		if !errors.Is(r.err, ErrPrivateAddress) || !strings.HasPrefix(r.err.Error(), r.doc.Source+": ") {
			t.Errorf("err = %v, want ErrPrivateAddress naming the URL", r.err)
		}
	}
}

func TestRefusePrivate(t *testing.T) {
	tests := []struct {
		addr string
		ok   bool
	}{
		{"93.184.215.14:80", true},
		{"[2606:4700::1111]:443", true},
		{"127.0.0.1:80", false},
		{"10.1.2.3:80", false},
		{"172.16.0.1:443", false},
		{"192.168.1.1:80", false},
		{"169.254.169.254:80", false}, // cloud metadata
		{"100.64.0.1:80", false},
		{"0.0.0.0:80", false},
		{"[::1]:80", false},
		{"[fe80::1]:80", false},
		{"[fc00::1]:80", false},
		{"[::ffff:127.0.0.1]:80", false},
		{"224.0.0.1:80", false},
		{"not-an-address", false},
	}
	for _, tt := range tests {
		err := refusePrivate("tcp", tt.addr, nil)
		if (err == nil) != tt.ok {
			t.Errorf("refusePrivate(%s) = %v, want ok=%v", tt.addr, err, tt.ok)
		}
	}
}

func TestFeedItemsFetchedOnlyWhenAllowed(t *testing.T) {
	srv, _ := newSite(t)
	dir := t.TempDir()
	p := write(t, dir, "f.rss", []byte(`<rss version="2.0"><channel><title>T</title>
<item><title>I</title><link>`+srv.URL+`/page</link><description>from the feed</description></item></channel></rss>`))
	for _, fetch := range []bool{false, true} {
		rs := walkAll(t, []string{p}, Options{AllowPrivate: true, FetchFeedItems: fetch})
		want := "from the feed"
		if fetch {
			want = "Tallow Point"
		}
		if len(rs) != 1 || rs[0].err != nil || !strings.Contains(string(rs[0].doc.Body), want) {
			t.Errorf("FetchFeedItems=%v:\n%s", fetch, describe(rs))
		}
	}
}
