package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// result is one callback of Walk.
type result struct {
	doc core.Document
	err error
}

// walkAll runs Walk and returns every callback, failing the test when Walk
// itself fails.
func walkAll(t *testing.T, inputs []string, opts Options) []result {
	t.Helper()
	var out []result
	err := Walk(context.Background(), inputs, opts, func(doc core.Document, err error) error {
		out = append(out, result{doc, err})
		return nil
	})
	if err != nil {
		t.Fatalf("Walk(%q) = %v", inputs, err)
	}
	return out
}

// split separates documents from errors.
func split(rs []result) (docs []core.Document, errs []error) {
	for _, r := range rs {
		if r.err != nil {
			errs = append(errs, r.err)
		} else {
			docs = append(docs, r.doc)
		}
	}
	return docs, errs
}

// describe renders results for a failure message.
func describe(rs []result) string {
	var b strings.Builder
	for _, r := range rs {
		if r.err != nil {
			fmt.Fprintf(&b, "  ERR %s: %v\n", r.doc.Source, r.err)
		} else {
			fmt.Fprintf(&b, "  DOC %s (%s, %d bytes, url=%q title=%q)\n", r.doc.Source, r.doc.Format, len(r.doc.Body), r.doc.URL, r.doc.Title)
		}
	}
	return b.String()
}

// write creates a file under dir and returns its path.
func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// gz compresses b.
func gz(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// A warcRecord is one record for writeWARC.
type warcRecord struct {
	Type   string // "response", "request", "warcinfo", ...
	URI    string
	Date   time.Time
	CType  string // the record's Content-Type
	Block  []byte
	Gzip   bool // compress this record as its own gzip member
	Length int  // Content-Length to declare; 0 means len(Block)
}

// writeWARC renders records as a WARC file (gzip members per record when
// Gzip is set).
func writeWARC(t testing.TB, recs []warcRecord) []byte {
	t.Helper()
	var out bytes.Buffer
	for i, r := range recs {
		var b bytes.Buffer
		length := r.Length
		if length == 0 {
			length = len(r.Block)
		}
		fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", r.Type, i+1)
		if r.URI != "" {
			fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.URI)
		}
		fmt.Fprintf(&b, "WARC-Date: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", r.Date.UTC().Format(time.RFC3339), r.CType, length)
		b.Write(r.Block)
		b.WriteString("\r\n\r\n")
		if r.Gzip {
			out.Write(gz(t, b.Bytes()))
		} else {
			out.Write(b.Bytes())
		}
	}
	return out.Bytes()
}

// httpResponse renders an HTTP/1.1 response block for a WARC record.
func httpResponse(status int, ctype string, body []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", status, statusText(status), ctype, len(body))
	b.Write(body)
	return b.Bytes()
}

func statusText(code int) string {
	switch code {
	case 200:
		return "OK"
	case 404:
		return "Not Found"
	case 301:
		return "Moved Permanently"
	}
	return "Status"
}
