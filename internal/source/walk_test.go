package source

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
)

const (
	pageHTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry line reopens</title></head>
<body><article><h1>Ferry line reopens</h1><p>The ferry between Tallow Point and Brenmouth ran again on Monday, the operator said.</p></article></body></html>`
	pageText = "Ferry line reopens\n\nThe ferry between Tallow Point and Brenmouth ran again on Monday, the operator said.\n"
)

func TestWalkFormats(t *testing.T) {
	dir := t.TempDir()
	feed := `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Brenmouth Bugle</title>
<item><title>Ferry line reopens</title><link>https://bugle.example/ferry</link><pubDate>Mon, 02 Feb 2026 09:00:00 +0000</pubDate>
<description>&lt;p&gt;The ferry ran again.&lt;/p&gt;</description></item>
<item><title>Lighthouse repainted</title><link>https://bugle.example/lighthouse</link><description>The lighthouse is white again.</description></item>
</channel></rss>`
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tallow Times</title>
<entry><title>Pier closed</title><link href="https://tallow.example/pier"/><updated>2026-02-03T08:00:00Z</updated><content type="html">&lt;p&gt;The pier is closed for repairs.&lt;/p&gt;</content></entry></feed>`
	jsonl := `{"url":"https://bugle.example/a","html":"<p>Harbour dues rise.</p>","title":"Dues rise","published":"2026-02-04","source":"Brenmouth Bugle"}` + "\n" +
		`{"url":"https://bugle.example/b","text":"Harbour dues rise, the council said.","fetched_at":"2026-02-05T10:00:00Z"}` + "\n"
	warc := writeWARC(t, []warcRecord{
		{Type: "warcinfo", CType: "application/warc-fields", Block: []byte("software: test\r\n")},
		{Type: "request", URI: "https://bugle.example/c", CType: "application/http; msgtype=request", Block: []byte("GET /c HTTP/1.1\r\nHost: bugle.example\r\n\r\n")},
		{Type: "response", URI: "https://bugle.example/c", Date: time.Date(2026, 2, 6, 7, 0, 0, 0, time.UTC), CType: "application/http; msgtype=response", Block: httpResponse(200, "text/html; charset=utf-8", []byte(pageHTML))},
		{Type: "response", URI: "https://bugle.example/logo.png", CType: "application/http; msgtype=response", Block: httpResponse(200, "image/png", []byte("\x89PNG\r\n\x1a\n"))},
		{Type: "response", URI: "https://bugle.example/gone", CType: "application/http; msgtype=response", Block: httpResponse(404, "text/html", []byte("<p>gone</p>"))},
	})
	files := map[string][]byte{
		"a.html":            []byte(pageHTML),
		"b.htm":             []byte(pageHTML),
		"c.txt":             []byte(pageText),
		"d.html.gz":         gz(t, []byte(pageHTML)),
		"e.jsonl":           []byte(jsonl),
		"f.warc":            warc,
		"g.rss":             []byte(feed),
		"h.xml":             []byte(atom),
		"i.ndjson.gz":       gz(t, []byte(jsonl)),
		"sub/j.txt":         []byte(pageText),
		".hidden.html":      []byte(pageHTML),
		".git/k.html":       []byte(pageHTML),
		"README.md":         []byte("# not an input\n"),
		"logo.png":          []byte("\x89PNG\r\n\x1a\n\x00\x00"),
		"k.warc.gz":         gz(t, warc),
		"l.xml":             []byte(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>XHTML page.</p></body></html>`),
		"m.txt.gz":          gz(t, []byte(pageText)),
		"n.atom":            []byte(atom),
		"o.warc.gz.unknown": []byte("x"), // unknown extension in a directory: skipped
	}
	for name, data := range files {
		write(t, dir, name, data)
	}
	rs := walkAll(t, []string{dir}, Options{})
	type want struct {
		source string
		format core.Format
		url    string
	}
	wants := []want{
		{"a.html", core.FormatHTML, ""},
		{"b.htm", core.FormatHTML, ""},
		{"c.txt", core.FormatText, ""},
		{"d.html.gz", core.FormatHTML, ""},
		{"e.jsonl:1", core.FormatHTML, "https://bugle.example/a"},
		{"e.jsonl:2", core.FormatText, "https://bugle.example/b"},
		{"f.warc#3", core.FormatHTML, "https://bugle.example/c"},
		{"g.rss#1", core.FormatHTML, "https://bugle.example/ferry"},
		{"g.rss#2", core.FormatHTML, "https://bugle.example/lighthouse"},
		{"h.xml#1", core.FormatHTML, "https://tallow.example/pier"},
		{"i.ndjson.gz:1", core.FormatHTML, "https://bugle.example/a"},
		{"i.ndjson.gz:2", core.FormatText, "https://bugle.example/b"},
		{"k.warc.gz#3", core.FormatHTML, "https://bugle.example/c"},
		{"l.xml", core.FormatHTML, ""},
		{"m.txt.gz", core.FormatText, ""},
		{"n.atom#1", core.FormatHTML, "https://tallow.example/pier"},
		{filepath.Join("sub", "j.txt"), core.FormatText, ""},
	}
	if len(rs) != len(wants) {
		t.Fatalf("got %d results, want %d:\n%s", len(rs), len(wants), describe(rs))
	}
	for i, w := range wants {
		r := rs[i]
		if r.err != nil {
			t.Errorf("%d: error %v, want document %s", i, r.err, w.source)
			continue
		}
		if got := strings.TrimPrefix(r.doc.Source, dir+string(filepath.Separator)); got != w.source || r.doc.Format != w.format || r.doc.URL != w.url {
			t.Errorf("%d: got %s %s %q, want %s %s %q", i, got, r.doc.Format, r.doc.URL, w.source, w.format, w.url)
		}
		if len(r.doc.Body) == 0 || !utf8.Valid(r.doc.Body) {
			t.Errorf("%s: body empty or not UTF-8", r.doc.Source)
		}
	}
	// Hints carried by containers.
	byName := map[string]core.Document{}
	for _, r := range rs {
		byName[strings.TrimPrefix(r.doc.Source, dir+string(filepath.Separator))] = r.doc
	}
	if d := byName["e.jsonl:1"]; d.Title != "Dues rise" || d.Published != "2026-02-04" || d.Outlet != "Brenmouth Bugle" {
		t.Errorf("jsonl hints = %q %q %q", d.Title, d.Published, d.Outlet)
	}
	if d := byName["e.jsonl:2"]; !d.FetchedAt.Equal(time.Date(2026, 2, 5, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("jsonl fetched_at = %v", d.FetchedAt)
	}
	if d := byName["f.warc#3"]; !d.FetchedAt.Equal(time.Date(2026, 2, 6, 7, 0, 0, 0, time.UTC)) || !strings.Contains(string(d.Body), "Tallow Point") {
		t.Errorf("warc doc = %v %q", d.FetchedAt, d.Body)
	}
	if d := byName["g.rss#1"]; d.Title != "Ferry line reopens" || d.Published != "2026-02-02T09:00:00Z" || d.Outlet != "Brenmouth Bugle" || !strings.Contains(string(d.Body), "<p>The ferry ran again.</p>") {
		t.Errorf("rss item = %q %q %q %q", d.Title, d.Published, d.Outlet, d.Body)
	}
	if d := byName["h.xml#1"]; d.Published != "2026-02-03T08:00:00Z" || d.Outlet != "Tallow Times" {
		t.Errorf("atom entry = %q %q", d.Published, d.Outlet)
	}
}

func TestWalkExplicitUnknownExtensionIsSniffed(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		data []byte
		want []string // Source suffixes, "ERR" for an error
	}{
		{"page.dat", []byte(pageHTML), []string{"page.dat html"}},
		{"scrape", []byte(pageText), []string{"scrape text"}},
		{"dump.log", []byte(`{"url":"u","text":"t"}` + "\n"), []string{"dump.log:1 text"}},
		{"crawl.bin", writeWARC(t, []warcRecord{{Type: "response", URI: "u", CType: "application/http; msgtype=response", Block: httpResponse(200, "text/html", []byte(pageHTML))}}), []string{"crawl.bin#1 html"}},
		{"feed.php", []byte(`<rss version="2.0"><channel><title>T</title><item><title>I</title><description>D</description></item></channel></rss>`), []string{"feed.php#1 html"}},
		{"page.gzipped", gz(t, []byte(pageHTML)), []string{"page.gzipped html"}},
	}
	for _, tt := range tests {
		p := write(t, dir, tt.name, tt.data)
		rs := walkAll(t, []string{p}, Options{})
		var got []string
		for _, r := range rs {
			if r.err != nil {
				got = append(got, "ERR "+r.err.Error())
				continue
			}
			got = append(got, strings.TrimPrefix(r.doc.Source, dir+"/")+" "+string(r.doc.Format))
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestWalkStdin(t *testing.T) {
	tests := []struct {
		in     string
		format core.Format
		source string
	}{
		{pageHTML, core.FormatHTML, "stdin"},
		{pageText, core.FormatText, "stdin"},
		{string(gz(t, []byte(pageText))), core.FormatText, "stdin"},
		{`{"url":"u","html":"<p>x</p>"}`, core.FormatHTML, "stdin:1"},
	}
	for _, tt := range tests {
		rs := walkAll(t, []string{"-"}, Options{Stdin: strings.NewReader(tt.in)})
		if len(rs) != 1 || rs[0].err != nil || rs[0].doc.Format != tt.format || rs[0].doc.Source != tt.source {
			t.Errorf("stdin %.20q:\n%s", tt.in, describe(rs))
		}
	}
}

func TestWalkStopsWhenFnFails(t *testing.T) {
	dir := t.TempDir()
	for i := range 3 {
		write(t, dir, fmt.Sprintf("%d.txt", i), []byte(pageText))
	}
	stop := errors.New("enough")
	calls := 0
	err := Walk(context.Background(), []string{dir}, Options{}, func(core.Document, error) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("Walk = %v after %d calls, want %v after 1", err, calls, stop)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Walk(ctx, []string{dir}, Options{}, func(core.Document, error) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Walk with cancelled ctx = %v", err)
	}
}

func TestWalkMissingInput(t *testing.T) {
	dir := t.TempDir()
	ok := write(t, dir, "ok.txt", []byte(pageText))
	missing := filepath.Join(dir, "nope.html")
	rs := walkAll(t, []string{missing, ok}, Options{})
	docs, errs := split(rs)
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), missing+": ") || !errors.Is(errs[0], os.ErrNotExist) {
		t.Errorf("errors = %v", errs)
	}
	if len(docs) != 1 || docs[0].Source != ok {
		t.Errorf("docs:\n%s", describe(rs))
	}
}

func TestOptionsZeroValue(t *testing.T) {
	var o Options
	o.SetDefaults()
	if o.MaxDocBytes != 50<<20 || o.UserAgent != DefaultUserAgent || o.FetchTimeout != 30*time.Second ||
		o.MaxRedirects != 5 || o.Now == nil || o.MaxGzipRatio != DefaultMaxGzipRatio {
		t.Errorf("defaults = %+v", o)
	}
}
