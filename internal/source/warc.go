package source

// The WARC reader. A WARC file (ISO 28500, versions 1.0 and 1.1) is a
// sequence of records, each:
//
//	WARC/1.1\r\n
//	WARC-Type: response\r\n
//	WARC-Target-URI: https://example.org/page\r\n
//	WARC-Date: 2026-03-02T10:00:00Z\r\n
//	Content-Type: application/http; msgtype=response\r\n
//	Content-Length: 1234\r\n
//	\r\n
//	<Content-Length bytes of block>\r\n
//	\r\n
//
// A .warc.gz holds one gzip member per record; compress/gzip reads the
// members as one stream. Only "response" records whose block is an HTTP
// response (Content-Type application/http) with status 200 and an HTML body
// yield documents; warcinfo, request, metadata, revisit and resource records
// and non-HTML responses are skipped. The reader is lenient about line
// endings (bare LF) and about missing or extra blank lines between records.

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// Limits on a WARC header, which is never large.
const (
	warcLineLimit   = 64 << 10
	warcHeaderLimit = 100 // fields
	httpHeaderSlack = 1 << 20
)

// errSkip marks a record that is not a document.
var errSkip = errors.New("not an HTML response")

// readWARC yields the HTML responses of a WARC stream. A record that cannot
// be read as a document is reported as "name#N"; a truncated or corrupt
// file yields what came before and then an error naming the record.
func (w *walker) readWARC(ctx context.Context, o origin, br *bufio.Reader) error {
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return &stopError{err}
		}
		hdr, err := readWARCHeader(br)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("record %d: %w", n, err)
		}
		length, err := strconv.ParseInt(strings.TrimSpace(hdr["content-length"]), 10, 64)
		if err != nil || length < 0 {
			return fmt.Errorf("record %d: bad Content-Length %q", n, hdr["content-length"])
		}
		name := fmt.Sprintf("%s#%d", o.name, n)
		ctype := strings.ToLower(hdr["content-type"])
		if hdr["warc-type"] != "response" || !strings.HasPrefix(ctype, "application/http") {
			if err := skipBlock(br, length); err != nil {
				return fmt.Errorf("record %d: %w", n, err)
			}
			continue
		}
		if length > w.opts.MaxDocBytes+httpHeaderSlack {
			if err := skipBlock(br, length); err != nil {
				return fmt.Errorf("record %d: %w", n, err)
			}
			if err := w.fail(name, fmt.Errorf("%d-byte record over the %d-byte document limit: %w", length, w.opts.MaxDocBytes, core.ErrTooLarge)); err != nil {
				return err
			}
			continue
		}
		block, err := io.ReadAll(io.LimitReader(br, length))
		if err != nil {
			return fmt.Errorf("record %d: %w", n, err)
		}
		if int64(len(block)) < length {
			return fmt.Errorf("record %d: truncated: %d of %d bytes: %w", n, len(block), length, io.ErrUnexpectedEOF)
		}
		doc, err := w.warcResponse(block)
		switch {
		case errors.Is(err, errSkip):
			continue
		case err != nil:
			if err := w.fail(name, err); err != nil {
				return err
			}
			continue
		}
		doc.Source = name
		doc.URL = strings.Trim(strings.TrimSpace(hdr["warc-target-uri"]), "<>")
		if t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(hdr["warc-date"])); err == nil {
			doc.FetchedAt = t.UTC()
		}
		if err := w.emit(doc); err != nil {
			return err
		}
	}
}

// readWARCHeader reads a record's version line and fields, with names
// lower-cased. It skips blank lines before the version line and returns
// io.EOF when the stream ends cleanly between records.
func readWARCHeader(br *bufio.Reader) (map[string]string, error) {
	for {
		c, err := br.ReadByte()
		if err != nil {
			return nil, err // io.EOF: a clean end between records
		}
		if c != '\r' && c != '\n' && c != ' ' && c != '\t' {
			_ = br.UnreadByte()
			break
		}
	}
	if head, _ := br.Peek(5); !bytes.Equal(head, []byte("WARC/")) {
		head, _ = br.Peek(40)
		return nil, fmt.Errorf("not a WARC record: starts %q", clip(head, 40))
	}
	if _, over, err := readLine(br, warcLineLimit); over || err != nil {
		return nil, fmt.Errorf("bad version line: %w", cmp.Or(err, errors.New("overlong")))
	}
	hdr := make(map[string]string)
	last := ""
	for {
		l, over, err := readLine(br, warcLineLimit)
		if over {
			return nil, errors.New("overlong header line")
		}
		if len(l) == 0 && err == nil {
			return hdr, nil
		}
		if err == io.EOF {
			return nil, fmt.Errorf("truncated header: %w", io.ErrUnexpectedEOF)
		}
		if err != nil {
			return nil, err
		}
		if (l[0] == ' ' || l[0] == '\t') && last != "" {
			hdr[last] += " " + string(bytes.TrimSpace(l))
			continue
		}
		k, v, ok := bytes.Cut(l, []byte(":"))
		if !ok {
			return nil, fmt.Errorf("bad header line %q", clip(l, 40))
		}
		if len(hdr) >= warcHeaderLimit {
			return nil, errors.New("too many header fields")
		}
		last = strings.ToLower(string(bytes.TrimSpace(k)))
		hdr[last] = string(bytes.TrimSpace(v))
	}
}

// skipBlock discards a record block of length bytes.
func skipBlock(br *bufio.Reader, length int64) error {
	n, err := io.CopyN(io.Discard, br, length)
	if err == io.EOF {
		return fmt.Errorf("truncated: %d of %d bytes: %w", n, length, io.ErrUnexpectedEOF)
	}
	return err
}

// warcResponse reads an HTTP response block into a document; errSkip when
// it is not a 200 HTML response.
func (w *walker) warcResponse(block []byte) (core.Document, error) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return core.Document{}, fmt.Errorf("bad HTTP response: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return core.Document{}, errSkip
	}
	ctype := resp.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ctype)
	if mt != "" && mt != "text/html" && mt != "application/xhtml+xml" {
		return core.Document{}, errSkip
	}
	var body io.Reader = resp.Body
	if enc := strings.ToLower(resp.Header.Get("Content-Encoding")); enc == "gzip" || enc == "x-gzip" {
		if body, err = gunzip(resp.Body, w.opts.MaxGzipRatio); err != nil {
			return core.Document{}, err
		}
	}
	b, err := io.ReadAll(io.LimitReader(body, w.opts.MaxDocBytes+1))
	switch {
	case int64(len(b)) > w.opts.MaxDocBytes:
		return core.Document{}, fmt.Errorf("HTTP body over the %d-byte document limit: %w", w.opts.MaxDocBytes, core.ErrTooLarge)
	case errors.Is(err, io.ErrUnexpectedEOF) && len(b) > 0:
		// A body cut short of its Content-Length or last chunk, as crawlers
		// store pages they truncated (WARC-Truncated): keep what is there.
	case err != nil:
		return core.Document{}, fmt.Errorf("HTTP body: %w", err)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return core.Document{}, errSkip
	}
	if mt == "" && sniff(b[:min(len(b), 8192)], kindUnknown) != kindHTML {
		return core.Document{}, errSkip
	}
	if err := checkBody(b); err != nil {
		return core.Document{}, err
	}
	return core.Document{Format: core.FormatHTML, Body: decodeHTML(b, ctype)}, nil
}

// clip shortens b to n bytes for an error message.
func clip(b []byte, n int) string {
	if len(b) > n {
		return string(b[:n]) + "..."
	}
	return string(b)
}
