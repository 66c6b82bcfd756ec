package source

import (
	"bufio"
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
)

// fuzzWalker returns a walker collecting into rs, with small limits.
func fuzzWalker(rs *[]result) *walker {
	opts := Options{MaxDocBytes: 1 << 20}
	opts.SetDefaults()
	return &walker{opts: opts, fn: func(doc core.Document, err error) error {
		*rs = append(*rs, result{doc, err})
		return nil
	}}
}

func FuzzWARC(f *testing.F) {
	page := httpResponse(200, "text/html; charset=iso-8859-1", []byte("<html><body><p>Gespr\xe4che</p></body></html>"))
	f.Add(writeWARC(f, []warcRecord{
		{Type: "warcinfo", CType: "application/warc-fields", Block: []byte("software: fuzz\r\n")},
		{Type: "response", URI: "https://a.example/1", Date: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), CType: "application/http; msgtype=response", Block: page},
	}))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"))
	f.Add([]byte("WARC/1.0\nWARC-Type: response\nContent-Type: application/http\nContent-Length: 0\n\n\n\n"))
	f.Add([]byte("WARC/1.1\r\nContent-Length: -1\r\n\r\n"))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\n continued\r\nContent-Type: application/http\r\nContent-Length: 19\r\n\r\nHTTP/1.1 200 OK\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var rs []result
		w := fuzzWalker(&rs)
		err := w.readWARC(context.Background(), origin{name: "f"}, bufio.NewReader(bytes.NewReader(data)))
		if _, stop := err.(*stopError); stop {
			t.Fatalf("stop error from a collecting fn: %v", err)
		}
		records := bytes.Count(data, []byte("WARC/"))
		if len(rs) > records {
			t.Fatalf("%d results from %d records", len(rs), records)
		}
		for _, r := range rs {
			if !strings.HasPrefix(r.doc.Source, "f#") {
				t.Fatalf("source %q", r.doc.Source)
			}
			if r.err != nil {
				if !strings.HasPrefix(r.err.Error(), r.doc.Source+": ") {
					t.Fatalf("error %q does not name %s", r.err, r.doc.Source)
				}
				continue
			}
			if r.doc.Format != core.FormatHTML || len(r.doc.Body) == 0 || !utf8.Valid(r.doc.Body) {
				t.Fatalf("bad document %+v", r.doc)
			}
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"url":"https://a.example/1","html":"<p>Harbour</p>","title":"T","published":"2026-01-02","source":"Bugle"}` + "\n" +
		`{"url":"https://a.example/2","text":"Caf\u00e9","fetched_at":"2026-01-02T03:04:05Z"}` + "\n"))
	f.Add([]byte("\xEF\xBB\xBF{\"text\":\"bom\"}\r\nnot json\r\n[1]\r\n{\"url\":1}\n"))
	f.Add([]byte(`{"html":"<meta charset=\"iso-8859-1\"><p>x</p>"} {"a":1}`))
	f.Add([]byte("{\"text\":\"\xff\xfe invalid\"}\n\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var rs []result
		w := fuzzWalker(&rs)
		if err := w.readJSONL(context.Background(), origin{name: "f"}, bufio.NewReader(bytes.NewReader(data))); err != nil {
			t.Fatalf("readJSONL = %v", err)
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		if len(rs) > lines {
			t.Fatalf("%d results from %d lines", len(rs), lines)
		}
		for _, r := range rs {
			if !strings.HasPrefix(r.doc.Source, "f:") {
				t.Fatalf("source %q", r.doc.Source)
			}
			if r.err != nil {
				if !strings.HasPrefix(r.err.Error(), r.doc.Source+": ") {
					t.Fatalf("error %q does not name %s", r.err, r.doc.Source)
				}
				continue
			}
			if (r.doc.Format != core.FormatHTML && r.doc.Format != core.FormatText) || len(bytes.TrimSpace(r.doc.Body)) == 0 || !utf8.Valid(r.doc.Body) {
				t.Fatalf("bad document %+v", r.doc)
			}
		}
	})
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("Gespr\xe4che \x93quoted\x94"), "")
	f.Add([]byte("\xFF\xFEH\x00i\x00"), "text/html; charset=utf-16")
	f.Add([]byte("<meta charset=\"shift_jis\"><p>\x82\xa0</p>"), "")
	f.Add([]byte("Caf\xc3\xa9 \xff"), "text/html; charset=latin1")
	f.Fuzz(func(t *testing.T, b []byte, ctype string) {
		if out := decodeText(b); !utf8.Valid(out) {
			t.Fatalf("decodeText(%q) = %q, not UTF-8", b, out)
		}
		if out := decodeHTML(b, ctype); !utf8.Valid(out) {
			t.Fatalf("decodeHTML(%q) = %q, not UTF-8", b, out)
		}
		if utf8.Valid(b) && utf16Order(b) == nil && !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
			if out := decodeText(b); !bytes.Equal(out, b) {
				t.Fatalf("decodeText changed valid UTF-8 %q to %q", b, out)
			}
		}
		_ = sniff(b, kindUnknown)
	})
}
