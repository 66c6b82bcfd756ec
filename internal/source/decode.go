package source

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/storyline/storyline/internal/core"
)

// ErrEmpty reports an input with no content (zero bytes or only whitespace).
var ErrEmpty = errors.New("empty input")

// gzipBombFloor is the output size below which the gzip ratio is not checked.
const gzipBombFloor = 16 << 20

// readLimited reads all of r, failing with core.ErrTooLarge past limit bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("over the %d-byte document limit: %w", limit, core.ErrTooLarge)
	}
	return b, nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// bombGuard wraps a gzip reader and fails once the output outgrows the
// compressed input by more than ratio (past gzipBombFloor bytes of output).
type bombGuard struct {
	zr    io.Reader
	in    *countingReader
	out   int64
	ratio int64
}

func (g *bombGuard) Read(p []byte) (int, error) {
	n, err := g.zr.Read(p)
	g.out += int64(n)
	if g.out > gzipBombFloor && g.out > g.ratio*max(g.in.n, 1) {
		return n, fmt.Errorf("gzip expands more than %d:1 (%d bytes from %d), likely a gzip bomb: %w",
			g.ratio, g.out, g.in.n, core.ErrTooLarge)
	}
	return n, err
}

// gunzip returns a reader decompressing r (multi-member streams included),
// guarded against gzip bombs.
func gunzip(r io.Reader, ratio int64) (io.Reader, error) {
	cr := &countingReader{r: r}
	zr, err := gzip.NewReader(cr)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return &bombGuard{zr: zr, in: cr, ratio: ratio}, nil
}

// isGzip reports whether b starts with the gzip magic number.
func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// checkBody rejects empty and binary bodies. It runs before decoding, on the
// raw bytes; UTF-16 bodies (BOM or NUL pattern) pass.
func checkBody(b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return ErrEmpty
	}
	return checkBinary(b)
}

// checkBinary rejects binary content, judging by the first 8 KiB of b.
func checkBinary(b []byte) error {
	if utf16Order(b) != nil {
		return nil
	}
	head := b[:min(len(b), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return fmt.Errorf("binary content (NUL bytes): %w", core.ErrUnsupportedFormat)
	}
	ct := http.DetectContentType(head)
	if !strings.HasPrefix(ct, "text/") {
		return fmt.Errorf("binary content (%s): %w", ct, core.ErrUnsupportedFormat)
	}
	return nil
}

// utf16Order returns the UTF-16 decoder for b when b is UTF-16: it starts
// with a UTF-16 byte-order mark, or (no BOM) one byte of most pairs in its
// head is NUL, as in ASCII-heavy UTF-16 text. It returns nil otherwise.
func utf16Order(b []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	}
	head := b[:min(len(b), 4096)]
	if len(head) < 8 || len(head)%2 != 0 && len(head) == len(b) {
		return nil
	}
	var even, odd, pairs int
	for i := 0; i+1 < len(head); i += 2 {
		pairs++
		if head[i] == 0 && head[i+1] != 0 {
			even++
		}
		if head[i+1] == 0 && head[i] != 0 {
			odd++
		}
	}
	switch {
	case odd*10 >= pairs*9:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case even*10 >= pairs*9:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

// decodeText converts a text body to valid UTF-8: UTF-16 (BOM or pattern)
// is decoded, a UTF-8 BOM dropped, bytes that are not UTF-8 and carry no
// multi-byte UTF-8 sequence at all are read as Windows-1252 (a superset of
// Latin-1's printable range), and any remaining invalid byte becomes U+FFFD.
func decodeText(b []byte) []byte {
	if enc := utf16Order(b); enc != nil {
		if out, err := decodeWith(enc, b); err == nil {
			return out
		}
	}
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	if utf8.Valid(b) {
		return b
	}
	if !hasMultibyteUTF8(b) {
		if out, err := decodeWith(charmap.Windows1252, b); err == nil {
			return out
		}
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}

// decodeHTML converts an HTML body to valid UTF-8 following the HTML
// encoding sniffing rules (BOM, Content-Type charset, <meta> prescan), with
// two corrections: UTF-16 without a BOM is recognised, and a page declared
// Latin-1/Windows-1252 whose bytes are valid UTF-8 with multi-byte sequences
// is read as the UTF-8 it evidently is.
func decodeHTML(b []byte, contentType string) []byte {
	return declareUTF8(sniffHTML(b, contentType))
}

// metaCharset finds charset declarations in <meta> tags.
var metaCharset = regexp.MustCompile(`(?i)(<meta\b[^>]*?charset\s*=\s*["']?)([-\w:.]+)`)

// declareUTF8 rewrites the <meta> charset declarations in the head of a
// decoded page to utf-8, so that a later parser that sniffs the declaration
// does not decode the UTF-8 bytes a second time.
func declareUTF8(b []byte) []byte {
	n := min(len(b), 64<<10)
	head := b[:n]
	if !metaCharset.Match(head) {
		return b
	}
	fixed := metaCharset.ReplaceAllFunc(head, func(m []byte) []byte {
		sub := metaCharset.FindSubmatchIndex(m)
		return append(append([]byte{}, m[:sub[4]]...), "utf-8"...)
	})
	return append(fixed, b[n:]...)
}

func sniffHTML(b []byte, contentType string) []byte {
	if enc := utf16Order(b); enc != nil {
		if out, err := decodeWith(enc, b); err == nil {
			return out
		}
	}
	enc, name, certain := charset.DetermineEncoding(b, contentType)
	if !certain || name == "windows-1252" || name == "iso-8859-1" {
		// Undeclared, or declared in the charset most often declared wrongly.
		if !certain || (utf8.Valid(b) && hasMultibyteUTF8(b)) {
			return decodeText(b)
		}
	}
	if name == "utf-8" {
		return bytes.ToValidUTF8(bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF")), []byte("\uFFFD"))
	}
	out, err := decodeWith(enc, b)
	if err != nil {
		return decodeText(b)
	}
	return out
}

// decodeWith decodes b with enc and makes the result valid UTF-8.
func decodeWith(enc encoding.Encoding, b []byte) ([]byte, error) {
	out, _, err := transform.Bytes(enc.NewDecoder(), b)
	if err != nil {
		return nil, err
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), nil
}

// hasMultibyteUTF8 reports whether b holds at least one valid multi-byte
// UTF-8 sequence.
func hasMultibyteUTF8(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			return true
		}
		i++
	}
	return false
}
