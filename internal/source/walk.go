package source

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// stdinName is the Source of documents read from standard input.
const stdinName = "stdin"

// kind is a container format, before it yields documents.
type kind int

const (
	kindUnknown kind = iota // sniff it
	kindHTML
	kindText
	kindJSONL
	kindWARC
	kindFeed
	kindXML // a feed or XHTML, sniffed
)

// Walk reads inputs in order and calls fn once per document, or once per
// input, record or line that fails, with an error naming it (in that case
// doc.Source names it too and the rest of doc is empty). Inputs are paths
// (files or directories, walked recursively), http(s) URLs, or "-" for
// standard input; see the package documentation for the formats.
//
// A failing input does not stop the walk. Walk stops early, returning the
// error, when fn returns an error or ctx is done. It returns nil otherwise.
func Walk(ctx context.Context, inputs []string, opts Options, fn func(doc core.Document, err error) error) error {
	opts.SetDefaults()
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	w := &walker{opts: opts, fn: fn}
	w.client, w.closeIdle = newClient(&w.opts)
	defer w.closeIdle()
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.input(ctx, in); err != nil {
			return err
		}
	}
	return nil
}

// walker holds one Walk's state.
type walker struct {
	opts      Options
	fn        func(core.Document, error) error
	client    *http.Client
	closeIdle func()
}

// stopError carries an error returned by the caller's fn (or ctx) up
// through the readers, so they can tell it from their own failures.
type stopError struct{ err error }

func (s *stopError) Error() string { return s.err.Error() }

// emit passes a document to fn.
func (w *walker) emit(doc core.Document) error {
	if err := w.fn(doc, nil); err != nil {
		return &stopError{err}
	}
	return nil
}

// fail reports a failed input, record or line to fn. It passes a stop
// through unchanged.
func (w *walker) fail(name string, err error) error {
	var stop *stopError
	if errors.As(err, &stop) {
		return stop
	}
	if err := w.fn(core.Document{Source: name}, fmt.Errorf("%s: %w", name, err)); err != nil {
		return &stopError{err}
	}
	return nil
}

// input reads one command-line input; it returns only stopping errors.
func (w *walker) input(ctx context.Context, in string) error {
	var err error
	switch {
	case in == "-":
		err = w.stdin(ctx)
	case isURL(in):
		err = w.url(ctx, in, in)
	default:
		err = w.path(ctx, in)
	}
	var stop *stopError
	if errors.As(err, &stop) {
		return stop.err
	}
	return nil
}

// isURL reports whether s is an http(s) URL.
func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func (w *walker) stdin(ctx context.Context) error {
	br := bufio.NewReaderSize(w.opts.Stdin, 64<<10)
	o := origin{name: stdinName, fetchItems: w.opts.FetchFeedItems, size: -1}
	if err := w.stream(ctx, o, br, kindUnknown); err != nil {
		return w.fail(stdinName, err)
	}
	return nil
}

// path reads a file or walks a directory.
func (w *walker) path(ctx context.Context, p string) error {
	info, err := os.Stat(p)
	if err != nil {
		return w.fail(p, unwrapPath(err))
	}
	if !info.IsDir() {
		k, gz := kindOf(p)
		if err := w.file(ctx, p, k, gz); err != nil {
			return w.fail(p, err)
		}
		return nil
	}
	return filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return &stopError{cerr}
		}
		if err != nil {
			return w.fail(path, unwrapPath(err))
		}
		if path != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		k, gz := kindOf(path)
		if k == kindUnknown {
			return nil // not a format we read; README.md, images, stylesheets
		}
		if !d.Type().IsRegular() {
			st, err := os.Stat(path) // a symlink: read it only if it leads to a file
			if err != nil || !st.Mode().IsRegular() {
				return nil
			}
		}
		if err := w.file(ctx, path, k, gz); err != nil {
			return w.fail(path, err)
		}
		return nil
	})
}

// unwrapPath drops the *fs.PathError wrapper, whose path the caller names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// kindOf picks a format from a file name; gz reports a ".gz" suffix.
func kindOf(name string) (k kind, gz bool) {
	l := strings.ToLower(filepath.Base(name))
	if strings.HasSuffix(l, ".gz") {
		gz = true
		l = strings.TrimSuffix(l, ".gz")
	}
	switch filepath.Ext(l) {
	case ".html", ".htm", ".xhtml":
		return kindHTML, gz
	case ".txt":
		return kindText, gz
	case ".jsonl", ".ndjson":
		return kindJSONL, gz
	case ".warc":
		return kindWARC, gz
	case ".rss", ".atom":
		return kindFeed, gz
	case ".xml":
		return kindXML, gz
	}
	return kindUnknown, gz
}

// file reads one file of kind k.
func (w *walker) file(ctx context.Context, p string, k kind, gz bool) error {
	f, err := os.Open(p)
	if err != nil {
		return unwrapPath(err)
	}
	defer f.Close()
	size := int64(-1)
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		size = st.Size()
		if size == 0 {
			return ErrEmpty
		}
	}
	var r io.Reader = f
	if gz {
		if r, err = gunzip(bufio.NewReaderSize(f, 64<<10), w.opts.MaxGzipRatio); err != nil {
			return err
		}
		size = -1
	}
	o := origin{name: p, fetchItems: w.opts.FetchFeedItems, size: size}
	if gz {
		o.gzDepth = 1
	}
	return w.stream(ctx, o, bufio.NewReaderSize(r, 64<<10), k)
}

// origin describes where a stream comes from.
type origin struct {
	name       string    // Source of the documents and name in errors
	url        string    // the page's address, when fetched
	ctype      string    // HTTP Content-Type, when fetched
	fetchedAt  time.Time // when fetched, zero for files
	fetchItems bool      // fetch feed items' pages
	size       int64     // byte size when known, else -1
	gzDepth    int       // gzip layers sniffed and opened so far
}

// stream reads a container of kind k (sniffed when unknown) from br and
// yields its documents. Errors it returns name no input; the caller adds it.
func (w *walker) stream(ctx context.Context, o origin, br *bufio.Reader, k kind) error {
	head, err := br.Peek(8192)
	if len(head) == 0 && err != nil && err != io.EOF {
		return err // else the readers meet the error again, and name the record
	}
	if isGzip(head) {
		if o.gzDepth >= 2 {
			return fmt.Errorf("gzip nested more than twice: %w", core.ErrUnsupportedFormat) // and no gzip quines
		}
		o.gzDepth++
		zr, err := gunzip(br, w.opts.MaxGzipRatio)
		if err != nil {
			return err
		}
		o.size = -1
		return w.stream(ctx, o, bufio.NewReaderSize(zr, 64<<10), k)
	}
	if len(head) < 8192 && len(bytes.TrimSpace(head)) == 0 {
		return ErrEmpty
	}
	if err := checkBinary(head); err != nil {
		return err
	}
	if k == kindUnknown || k == kindXML {
		k = sniff(head, k)
	}
	switch k {
	case kindJSONL:
		return w.readJSONL(ctx, o, br)
	case kindWARC:
		return w.readWARC(ctx, o, br)
	case kindFeed:
		body, err := w.readDoc(o, br)
		if err != nil {
			return err
		}
		return w.readFeed(ctx, o, body)
	case kindHTML, kindText:
		body, err := w.readDoc(o, br)
		if err != nil {
			return err
		}
		if err := checkBody(body); err != nil {
			return err
		}
		doc := core.Document{Source: o.name, URL: o.url, FetchedAt: o.fetchedAt}
		if k == kindHTML {
			doc.Format, doc.Body = core.FormatHTML, decodeHTML(body, o.ctype)
		} else {
			doc.Format, doc.Body = core.FormatText, decodeText(body)
		}
		return w.emit(doc)
	}
	return fmt.Errorf("not HTML, text, JSON Lines, WARC or a feed: %w", core.ErrUnsupportedFormat)
}

// readDoc reads one whole document, refusing one over MaxDocBytes early
// when its size is known.
func (w *walker) readDoc(o origin, r io.Reader) ([]byte, error) {
	if o.size > w.opts.MaxDocBytes {
		return nil, fmt.Errorf("%d bytes, over the %d-byte document limit: %w", o.size, w.opts.MaxDocBytes, core.ErrTooLarge)
	}
	return readLimited(r, w.opts.MaxDocBytes)
}

// sniff guesses a format from the first bytes of a stream; hint kindXML
// means the name said XML (a feed or XHTML).
func sniff(head []byte, hint kind) kind {
	if utf16Order(head) != nil {
		head = decodeText(head[:len(head)&^1])
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n")
	switch {
	case bytes.HasPrefix(t, []byte("WARC/")):
		return kindWARC
	case bytes.HasPrefix(t, []byte("{")):
		return kindJSONL
	}
	l := bytes.ToLower(t)
	htmlAt := firstIndex(l, "<html", "<!doctype html", "<head", "<body")
	feedAt := firstIndex(l, "<rss", "<feed", "<rdf:rdf")
	switch {
	case feedAt >= 0 && (htmlAt < 0 || feedAt < htmlAt):
		return kindFeed
	case htmlAt >= 0 || hint == kindXML:
		return kindHTML
	case bytes.HasPrefix(l, []byte("<")) && firstIndex(l, "<p>", "<p ", "<div", "<article", "<title", "<meta", "<h1", "<br") >= 0:
		return kindHTML
	}
	return kindText
}

// firstIndex returns the smallest index of any of subs in b, or -1.
func firstIndex(b []byte, subs ...string) int {
	at := -1
	for _, s := range subs {
		if i := bytes.Index(b, []byte(s)); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}
