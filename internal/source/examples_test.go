package source

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
)

var update = flag.Bool("update", false, "rewrite examples/harbourline-crawl.warc.gz from testdata/harbourline")

// exampleWARC is the crawl file shipped in examples/, built from the pages
// in testdata/harbourline by TestExampleWARC (go test -run TestExampleWARC
// -update ./internal/source).
const exampleWARC = "examples/crawls/harbourline-crawl-2026-03.warc.gz"

// repoRoot walks up from the working directory to the directory holding go.mod.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// buildExampleWARC renders the Harbourline crawl: a warcinfo record, then
// for each page a request and a response, with a stylesheet, a redirect
// and a metadata record mixed in (which the reader must skip). One
// response is chunked, one gzip-encoded, as crawlers store them.
func buildExampleWARC(t *testing.T) []byte {
	t.Helper()
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", "harbourline", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	request := func(path string) []byte {
		return []byte("GET " + path + " HTTP/1.1\r\nHost: harbourline.example\r\nUser-Agent: storyline/0.1 (+https://github.com/storyline/storyline)\r\nAccept: text/html\r\n\r\n")
	}
	chunked := func(body []byte) []byte {
		var b bytes.Buffer
		b.WriteString("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n")
		for len(body) > 0 {
			n := min(len(body), 1500)
			fmt.Fprintf(&b, "%x\r\n", n)
			b.Write(body[:n])
			b.WriteString("\r\n")
			body = body[n:]
		}
		b.WriteString("0\r\n\r\n")
		return b.Bytes()
	}
	gzipped := func(body []byte) []byte {
		z := gz(t, body)
		return []byte(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n%s", len(z), z))
	}
	const site = "https://harbourline.example"
	day := func(d string, hm string) time.Time {
		tm, err := time.Parse(time.RFC3339, d+"T"+hm+":00Z")
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	pages := []struct {
		path, file string
		at         time.Time
		block      func([]byte) []byte
	}{
		{"/maravel/2026/01/29/storm-elna-floods-kesselby", "2026-01-29-storm-elna-floods-kesselby.html", day("2026-01-29", "08:12"),
			func(b []byte) []byte { return httpResponse(200, "text/html; charset=utf-8", b) }},
		{"/shipping/2026/03/02/port-edrin-talks-collapse", "2026-03-02-port-talks-collapse.html", day("2026-03-02", "10:03"), chunked},
		{"/shipping/2026/03/19/deal-reached-to-end-port-edrin-strike", "2026-03-19-deal-reached.html", day("2026-03-19", "22:40"), gzipped},
	}
	recs := []warcRecord{{Type: "warcinfo", Date: day("2026-03-20", "00:00"), CType: "application/warc-fields",
		Block: []byte("software: storyline example generator\r\nformat: WARC File Format 1.1\r\ndescription: fictional crawl of a fictional site for the storyline examples\r\n"), Gzip: true}}
	for i, p := range pages {
		u := site + p.path
		recs = append(recs,
			warcRecord{Type: "request", URI: u, Date: p.at, CType: "application/http; msgtype=request", Block: request(p.path), Gzip: true},
			warcRecord{Type: "response", URI: u, Date: p.at, CType: "application/http; msgtype=response", Block: p.block(read(p.file)), Gzip: true})
		if i == 0 {
			css := []byte("body{font-family:Georgia,serif}.gdpr{position:fixed;bottom:0}\n")
			recs = append(recs,
				warcRecord{Type: "response", URI: site + "/assets/site.css", Date: p.at, CType: "application/http; msgtype=response", Block: httpResponse(200, "text/css", css), Gzip: true},
				warcRecord{Type: "response", URI: "http://harbourline.example" + p.path, Date: p.at, CType: "application/http; msgtype=response",
					Block: []byte("HTTP/1.1 301 Moved Permanently\r\nLocation: " + u + "\r\nContent-Length: 0\r\n\r\n"), Gzip: true})
		}
		if i == 1 {
			recs = append(recs, warcRecord{Type: "metadata", URI: u, Date: p.at, CType: "application/warc-fields", Block: []byte("outlink: " + site + "/shipping/salm-queues\r\n"), Gzip: true})
		}
	}
	return writeWARC(t, recs)
}

// gunzipAll decompresses a multi-member gzip file.
func gunzipAll(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestExampleWARC checks that the shipped crawl matches its sources.
func TestExampleWARC(t *testing.T) {
	path := filepath.Join(repoRoot(t), exampleWARC)
	built := buildExampleWARC(t)
	if *update {
		if err := os.WriteFile(path, built, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	shipped, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (regenerate with go test -run TestExampleWARC -update ./internal/source)", err)
	}
	if len(shipped) > 200<<10 {
		t.Errorf("%s is %d bytes, over 200 KB", exampleWARC, len(shipped))
	}
	if !bytes.Equal(gunzipAll(t, shipped), gunzipAll(t, built)) {
		t.Errorf("%s is stale: run go test -run TestExampleWARC -update ./internal/source", exampleWARC)
	}
}

// TestExamples walks the shipped sample corpus: every file yields its
// documents and nothing fails.
func TestExamples(t *testing.T) {
	root := filepath.Join(repoRoot(t), "examples")
	rs := walkAll(t, []string{root}, Options{})
	docs, errs := split(rs)
	for _, err := range errs {
		t.Errorf("examples: %v", err)
	}
	want := map[string]core.Format{
		"crawls/harbourline-crawl-2026-03.warc.gz#3":                        core.FormatHTML,
		"crawls/harbourline-crawl-2026-03.warc.gz#7":                        core.FormatHTML,
		"crawls/harbourline-crawl-2026-03.warc.gz#10":                       core.FormatHTML,
		"dumps/newsroom-export-2026-04.jsonl:1":                             core.FormatText,
		"dumps/newsroom-export-2026-04.jsonl:2":                             core.FormatText,
		"dumps/newsroom-export-2026-04.jsonl:3":                             core.FormatHTML,
		"feeds/maravel-public-radio.rss#1":                                  core.FormatHTML,
		"feeds/maravel-public-radio.rss#2":                                  core.FormatHTML,
		"feeds/maravel-public-radio.rss#3":                                  core.FormatHTML,
		"html/edrin-herald-2026-01-12-dockworkers-vote-to-strike.html":      core.FormatHTML,
		"html/edrin-herald-2026-02-17-mediator-named.html.gz":               core.FormatHTML,
		"html/ledger-2026-01-27-storm-elna-red-warning.htm":                 core.FormatHTML,
		"html/ledger-2026-02-03-port-edrin-falls-silent.html":               core.FormatHTML,
		"html/ledger-2026-03-11-tax-portal-flaw.html":                       core.FormatHTML,
		"html/rundschau-2026-03-04-hafenstreik-gespraeche-gescheitert.html": core.FormatHTML,
		"text/business-review-2026-02-26-bank-raises-rates.txt":             core.FormatText,
		"text/coastline-daily-2026-02-10-shelves-thin-out.txt":              core.FormatText,
	}
	got := map[string]core.Document{}
	var order []string
	for _, d := range docs {
		rel := filepath.ToSlash(strings.TrimPrefix(d.Source, root+string(filepath.Separator)))
		got[rel] = d
		order = append(order, rel)
		if f, ok := want[rel]; !ok || f != d.Format {
			t.Errorf("unexpected document %s (%s)", rel, d.Format)
		}
	}
	for name := range want {
		if _, ok := got[name]; !ok {
			t.Errorf("missing document %s; got %q", name, order)
		}
	}
	if d := got["html/rundschau-2026-03-04-hafenstreik-gespraeche-gescheitert.html"]; !bytes.Contains(d.Body, []byte("Gespräche nach elf Stunden")) ||
		!bytes.Contains(d.Body, []byte("»Die Hafenbehörde")) || bytes.Contains(d.Body, []byte("iso-8859-1")) {
		t.Errorf("Latin-1 page not decoded to UTF-8 with its declaration rewritten")
	}
	if d := got["html/ledger-2026-03-11-tax-portal-flaw.html"]; !bytes.Contains(d.Body, []byte("<h1>Typing &lt;script&gt;alert(1)&lt;/script&gt; into")) ||
		!bytes.Contains(d.Body, []byte("&lt;img src=x onerror=alert(1)&gt;")) || bytes.Contains(d.Body, []byte("<script>alert")) {
		t.Errorf("the XSS sample must carry its markup as escaped text")
	}
	if d := got["crawls/harbourline-crawl-2026-03.warc.gz#10"]; d.URL != "https://harbourline.example/shipping/2026/03/19/deal-reached-to-end-port-edrin-strike" ||
		!d.FetchedAt.Equal(time.Date(2026, 3, 19, 22, 40, 0, 0, time.UTC)) || !bytes.Contains(d.Body, []byte("7.5 per cent")) {
		t.Errorf("gzip-encoded WARC response: url %q at %v", d.URL, d.FetchedAt)
	}
	if d := got["crawls/harbourline-crawl-2026-03.warc.gz#7"]; !bytes.Contains(d.Body, []byte("</html>")) || bytes.Contains(d.Body, []byte("\r\n5dc\r\n")) {
		t.Errorf("chunked WARC response not de-chunked")
	}
	if d := got["feeds/maravel-public-radio.rss#1"]; d.Title != "Dockworkers ratify deal, ending Port Edrin dispute" || d.Published != "2026-04-06T18:20:00+02:00" || d.Outlet != "Maravel Public Radio - News" {
		t.Errorf("feed item hints: %q %q %q", d.Title, d.Published, d.Outlet)
	}
}
