package source

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
)

// TestBadFiles checks that each bad file gets a clear error naming it (or
// is decoded, for charsets) and that the good file after it is still read.
func TestBadFiles(t *testing.T) {
	utf16le := func(s string, bom bool) []byte {
		var b []byte
		if bom {
			b = append(b, 0xFF, 0xFE)
		}
		for _, r := range s { // BMP only in these tests
			b = append(b, byte(r), byte(r>>8))
		}
		return b
	}
	utf16be := func(s string) []byte {
		b := []byte{0xFE, 0xFF}
		for _, r := range s {
			b = append(b, byte(r>>8), byte(r))
		}
		return b
	}
	tests := []struct {
		name    string
		data    []byte
		wantErr error  // nil: a document is expected
		errText string // a fragment of the error
		body    string // a fragment of the decoded body
		notBody string // must not appear in the body
	}{
		{name: "empty.html", data: nil, wantErr: ErrEmpty, errText: "empty input"},
		{name: "blank.txt", data: []byte(" \n\t\r\n "), wantErr: ErrEmpty},
		{name: "empty.html.gz", data: gz(t, nil), wantErr: ErrEmpty},
		{name: "image.html", data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), wantErr: core.ErrUnsupportedFormat, errText: "binary"},
		{name: "nul.txt", data: []byte("Harbour news\x00\x00\x01\x02 more"), wantErr: core.ErrUnsupportedFormat, errText: "NUL"},
		{name: "doc.pdf.txt", data: []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), wantErr: core.ErrUnsupportedFormat},
		{name: "zip.jsonl", data: []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), wantErr: core.ErrUnsupportedFormat},
		{name: "bad-utf8.txt", data: []byte("Caf\xc3\xa9 owner says \xff\xfe prices \xc3 rise"), body: "Café owner says \uFFFD prices \uFFFD rise"},
		{name: "bad-utf8.html", data: []byte("<html><head><meta charset=utf-8></head><body><p>Caf\xc3\xa9 \xff</p></body></html>"), body: "Café \uFFFD"},
		{name: "utf16le-bom.html", data: utf16le("<html><body><p>Gespräche über den Hafen</p></body></html>", true), body: "<p>Gespräche über den Hafen</p>"},
		{name: "utf16be-bom.txt", data: utf16be("Gespräche über den Hafen\n"), body: "Gespräche über den Hafen"},
		{name: "utf16le-nobom.txt", data: utf16le("Talks resume at the harbour today.\n", false), body: "Talks resume at the harbour today."},
		{name: "latin1-meta.html", data: []byte("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Gespr\xe4che \xfcber den Hafen</p></body></html>"),
			body: "Gespräche über den Hafen", notBody: "iso-8859-1"},
		{name: "latin1-nometa.html", data: []byte("<html><body><p>Gespr\xe4che \xfcber den Hafen</p></body></html>"), body: "Gespräche über den Hafen"},
		{name: "cp1252.txt", data: []byte("\x93We will not move,\x94 she said \x96 firmly. Gespr\xe4che."), body: "“We will not move,” she said – firmly. Gespräche."},
		{name: "declared-latin1-but-utf8.html", data: []byte("<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Gespräche</p></body></html>"), body: "<p>Gespräche</p>"},
		{name: "utf8-bom.txt", data: []byte("\xEF\xBB\xBFHarbour talks"), body: "Harbour talks", notBody: "\uFEFF"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := write(t, dir, tt.name, tt.data)
			good := write(t, dir, "good-after-"+tt.name+".txt", []byte(pageText))
			rs := walkAll(t, []string{bad, good}, Options{})
			if len(rs) != 2 {
				t.Fatalf("got %d results, want 2:\n%s", len(rs), describe(rs))
			}
			if r := rs[1]; r.err != nil || r.doc.Source != good {
				t.Errorf("batch did not go on:\n%s", describe(rs))
			}
			r := rs[0]
			if tt.wantErr != nil {
				if r.err == nil || !errors.Is(r.err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", r.err, tt.wantErr)
				}
				if !strings.HasPrefix(r.err.Error(), bad+": ") || r.doc.Source != bad {
					t.Errorf("error %q (source %q) does not name %s", r.err, r.doc.Source, bad)
				}
				if !strings.Contains(r.err.Error(), tt.errText) {
					t.Errorf("error %q lacks %q", r.err, tt.errText)
				}
				return
			}
			if r.err != nil {
				t.Fatalf("unexpected error %v", r.err)
			}
			body := string(r.doc.Body)
			if !utf8.ValidString(body) || !strings.Contains(body, tt.body) {
				t.Errorf("body %q lacks %q", body, tt.body)
			}
			if tt.notBody != "" && strings.Contains(strings.ToLower(body), strings.ToLower(tt.notBody)) {
				t.Errorf("body %q still has %q", body, tt.notBody)
			}
		})
	}
}

// writeSingleLine writes size bytes of one line (no newline) plus tail.
func writeSingleLine(t *testing.T, path string, prefix string, size int, tail string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte("harbour "), 1<<17) // 1 MiB
	if _, err := f.WriteString(prefix); err != nil {
		t.Fatal(err)
	}
	for n := 0; n < size; n += len(chunk) {
		if _, err := f.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.WriteString(tail); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestHugeSingleLine feeds 100 MB single-line files: a text scrape is
// refused before reading, a JSON Lines dump loses only that line, and
// memory stays near the document limit.
func TestHugeSingleLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 200 MB of temporary files")
	}
	dir := t.TempDir()
	txt := filepath.Join(dir, "huge.txt")
	writeSingleLine(t, txt, "", 100<<20, "")
	jsonl := filepath.Join(dir, "huge.jsonl")
	writeSingleLine(t, jsonl, `{"url":"u","text":"`, 100<<20, "\"}\n"+`{"url":"v","text":"after the long line"}`+"\n")
	good := write(t, dir, "good.txt", []byte(pageText))

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	rs := walkAll(t, []string{txt, jsonl, good}, Options{MaxDocBytes: 8 << 20})
	runtime.ReadMemStats(&after)

	if len(rs) != 4 {
		t.Fatalf("got %d results, want 4:\n%s", len(rs), describe(rs))
	}
	if r := rs[0]; !errors.Is(r.err, core.ErrTooLarge) || !strings.HasPrefix(r.err.Error(), txt+": ") {
		t.Errorf("huge.txt: err = %v", r.err)
	}
	if r := rs[1]; !errors.Is(r.err, core.ErrTooLarge) || !strings.HasPrefix(r.err.Error(), jsonl+":1: ") {
		t.Errorf("huge.jsonl line 1: err = %v", r.err)
	}
	if r := rs[2]; r.err != nil || r.doc.Source != jsonl+":2" || string(r.doc.Body) != "after the long line" {
		t.Errorf("huge.jsonl line 2:\n%s", describe(rs[2:3]))
	}
	if r := rs[3]; r.err != nil || r.doc.Source != good {
		t.Errorf("batch did not go on:\n%s", describe(rs[3:]))
	}
	// Reading the 100 MB line must cost about the 8 MiB limit, not the line.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 32<<20 {
		t.Errorf("allocated %d MiB reading 100 MB lines with an 8 MiB limit", alloc>>20)
	}
}

// TestHugeSingleLineDefaultLimit checks the 50 MiB default on the text file.
func TestHugeSingleLineDefaultLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 100 MB of temporary files")
	}
	dir := t.TempDir()
	txt := filepath.Join(dir, "huge.txt")
	writeSingleLine(t, txt, "", 100<<20, "")
	rs := walkAll(t, []string{txt}, Options{})
	if len(rs) != 1 || !errors.Is(rs[0].err, core.ErrTooLarge) || !strings.Contains(rs[0].err.Error(), "52428800-byte document limit") {
		t.Errorf("got:\n%s", describe(rs))
	}
}

// bomb returns n bytes of c gzip-compressed (about n/1000 bytes): one
// member of 1 MiB, repeated (gzip readers read concatenated members as one
// stream), which is quick to build even under -race.
func bomb(t *testing.T, n int, c byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := zw.Write(bytes.Repeat([]byte{c}, 1<<20)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return bytes.Repeat(buf.Bytes(), n>>20)
}

func TestGzipBomb(t *testing.T) {
	dir := t.TempDir()
	b := bomb(t, 256<<20, 'a') // 256 MiB of text in ~250 KB
	tests := []struct {
		name    string
		data    []byte
		opts    Options
		wantErr error
		errText string
	}{
		// The ratio guard, long before the 50 MiB document limit.
		{"bomb.html.gz", b, Options{}, core.ErrTooLarge, "gzip bomb"},
		{"bomb.jsonl.gz", b, Options{}, core.ErrTooLarge, "gzip bomb"},
		{"bomb.gz", b, Options{}, core.ErrTooLarge, "gzip bomb"},
		// Without the ratio guard, the document limit.
		{"bomb.txt.gz", b, Options{MaxGzipRatio: 1 << 40}, core.ErrTooLarge, "byte document limit"},
		// Not a WARC, or binary: refused at once.
		{"bomb.warc.gz", b, Options{}, nil, "record 1: not a WARC record: starts \"aaaa"},
		{"zeros.html.gz", bomb(t, 64<<20, 0), Options{}, core.ErrUnsupportedFormat, "binary"},
		// Layers of gzip (a gzip quine would be endless): refused past two.
		{"nested.html.gz", gz(t, gz(t, gz(t, []byte(pageHTML)))), Options{}, core.ErrUnsupportedFormat, "nested"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, dir, tt.name, tt.data)
			good := write(t, dir, "good.txt", []byte(pageText))
			rs := walkAll(t, []string{p, good}, tt.opts)
			if len(rs) != 2 || rs[1].err != nil {
				t.Fatalf("got:\n%s", describe(rs))
			}
			err := rs[0].err
			if err == nil || (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) ||
				!strings.HasPrefix(err.Error(), p+": ") || !strings.Contains(err.Error(), tt.errText) {
				t.Errorf("err = %v, want %v naming %s with %q", err, tt.wantErr, p, tt.errText)
			}
			t.Log(err)
		})
	}
}

func TestTruncatedWARC(t *testing.T) {
	page := func(s string) []byte {
		return httpResponse(200, "text/html; charset=utf-8", []byte("<html><body><p>"+s+"</p></body></html>"))
	}
	recs := func(gzip bool) []warcRecord {
		return []warcRecord{
			{Type: "warcinfo", CType: "application/warc-fields", Block: []byte("software: test\r\n"), Gzip: gzip},
			{Type: "response", URI: "https://a.example/1", CType: "application/http; msgtype=response", Block: page("first"), Gzip: gzip},
			{Type: "response", URI: "https://a.example/2", CType: "application/http; msgtype=response", Block: page("second"), Gzip: gzip},
			{Type: "response", URI: "https://a.example/3", CType: "application/http; msgtype=response", Block: page(strings.Repeat("third ", 2000)), Gzip: gzip},
		}
	}
	// Record 4: an HTTP response whose body is shorter than its Content-Length.
	short := bytes.Replace(httpResponse(200, "text/html", []byte("<html><body><p>cut short by the crawler</p></body></html>")), []byte("Content-Length: 57"), []byte("Content-Length: 99"), 1)
	full := writeWARC(t, append(recs(false)[:3:3], warcRecord{Type: "response", URI: "https://a.example/short", CType: "application/http; msgtype=response", Block: short}, recs(false)[3]))
	fullGz := writeWARC(t, recs(true))
	lying := writeWARC(t, []warcRecord{
		{Type: "response", URI: "https://a.example/1", CType: "application/http; msgtype=response", Block: page("first")},
		{Type: "response", URI: "https://a.example/2", CType: "application/http; msgtype=response", Block: page("second"), Length: 100000},
	})
	tests := []struct {
		name    string
		data    []byte
		docs    int
		first   int // record number of the first document
		errText string
	}{
		{"cut-in-block.warc", full[:len(full)-3000], 3, 2, "record 5: truncated"},
		{"cut-in-header.warc", full[:bytes.LastIndex(full, []byte("WARC-Date"))], 3, 2, "record 5: truncated header"},
		{"cut.warc.gz", fullGz[:len(fullGz)-200], 2, 2, "record 4: "},
		{"lying-length.warc", lying, 1, 1, "record 2: truncated: "},
		{"garbage-after.warc", append(append([]byte{}, full...), "this is not a record\r\n"...), 4, 2, "record 6: not a WARC record"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, dir, tt.name, tt.data)
			good := write(t, dir, "good.txt", []byte(pageText))
			rs := walkAll(t, []string{p, good}, Options{})
			docs, errs := split(rs)
			if len(docs) != tt.docs+1 || len(errs) != 1 {
				t.Fatalf("got %d docs %d errors, want %d and 1:\n%s", len(docs), len(errs), tt.docs+1, describe(rs))
			}
			if !strings.HasPrefix(errs[0].Error(), p+": "+tt.errText) {
				t.Errorf("err = %q, want prefix %q", errs[0], p+": "+tt.errText)
			}
			if docs[len(docs)-1].Source != good {
				t.Errorf("batch did not go on:\n%s", describe(rs))
			}
			if tt.docs >= 3 && !bytes.Contains(docs[2].Body, []byte("cut short by the crawler")) {
				t.Errorf("an HTTP body cut short of its Content-Length was not kept: %q", docs[2].Body)
			}
			for i, d := range docs[:tt.docs] {
				if want := fmt.Sprintf("%s#%d", p, tt.first+i); d.Source != want {
					t.Errorf("doc %d source %q, want %q", i, d.Source, want)
				}
			}
		})
	}
}

func TestMalformedFeed(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		errText string
	}{
		{"broken.rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A & B <unclosed></item></channel>`, "malformed feed"},
		{"notxml.rss", `{"this": "is json"}`, "feed has no items"}, // gofeed reads it as a JSON Feed
		{"noitems.atom", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Empty</title></feed>`, "feed has no items"},
		{"plain.rss", "just some words, not a feed at all\n", "malformed feed"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, dir, tt.name, []byte(tt.data))
			good := write(t, dir, "good.txt", []byte(pageText))
			rs := walkAll(t, []string{p, good}, Options{})
			if len(rs) != 2 || rs[1].err != nil {
				t.Fatalf("got:\n%s", describe(rs))
			}
			if err := rs[0].err; err == nil || !strings.HasPrefix(err.Error(), p+": "+tt.errText) {
				t.Errorf("err = %v, want prefix %q", err, p+": "+tt.errText)
			}
		})
	}
	// An item with neither content nor a reachable page fails alone.
	p := write(t, dir, "partial.rss", []byte(`<rss version="2.0"><channel><title>T</title>
<item><title>Empty</title><link>https://x.example/1</link></item>
<item><title>Full</title><description>Some text.</description></item></channel></rss>`))
	rs := walkAll(t, []string{p}, Options{})
	if len(rs) != 2 || rs[0].err == nil || !strings.HasPrefix(rs[0].err.Error(), p+"#1: item has no content") || rs[1].err != nil || rs[1].doc.Source != p+"#2" {
		t.Errorf("got:\n%s", describe(rs))
	}
}

func TestJSONLBadLines(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{"url":"https://a.example/1","text":"first"}`,
		`this is not JSON`,
		`{"url":"https://a.example/3","text":"unterminated`,
		`{"url":42,"text":"number url"}`,
		`{"url":"https://a.example/5"}`,
		`[1, 2, 3]`,
		``,
		`{"url":"https://a.example/8","html":"<p>eighth</p>"} {"extra":1}`,
		`{"url":"https://a.example/9","html":"<p>ninth</p>","published":"2026-03-01"}`,
	}
	p := write(t, dir, "dump.jsonl", []byte(strings.Join(lines, "\r\n")))
	good := write(t, dir, "good.txt", []byte(pageText))
	rs := walkAll(t, []string{p, good}, Options{})
	want := []struct {
		source  string
		errText string
	}{
		{p + ":1", ""},
		{p + ":2", "not a JSON object"},
		{p + ":3", "not a JSON object"},
		{p + ":4", `field "url"`},
		{p + ":5", `no "html", "text"`},
		{p + ":6", "not a JSON object"},
		{p + ":8", "more than one JSON value"},
		{p + ":9", ""},
		{good, ""},
	}
	if len(rs) != len(want) {
		t.Fatalf("got %d results, want %d:\n%s", len(rs), len(want), describe(rs))
	}
	for i, w := range want {
		r := rs[i]
		if r.doc.Source != w.source {
			t.Errorf("%d: source %q, want %q", i, r.doc.Source, w.source)
		}
		switch {
		case w.errText == "" && r.err != nil:
			t.Errorf("%s: unexpected error %v", w.source, r.err)
		case w.errText != "" && (r.err == nil || !strings.HasPrefix(r.err.Error(), w.source+": ") || !strings.Contains(r.err.Error(), w.errText)):
			t.Errorf("%s: err = %v, want one naming it with %q", w.source, r.err, w.errText)
		}
	}
	if d := rs[7].doc; d.Published != "2026-03-01" || d.Format != core.FormatHTML {
		t.Errorf("line 9 = %+v", d)
	}
	_ = time.Second
}
