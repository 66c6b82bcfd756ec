package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// binarySniffBytes is how much of a body isBinary looks at.
const binarySniffBytes = 4096

// isBinary reports whether b looks like binary data rather than text or
// markup: NUL bytes (outside UTF-16, which has a BOM or the tell-tale
// alternating zeros) or many control characters in the first few KB.
func isBinary(b []byte) bool {
	if len(b) > binarySniffBytes {
		b = b[:binarySniffBytes]
	}
	if len(b) == 0 || utf16Encoding(b) != nil {
		return false
	}
	control := 0
	for _, c := range b {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b:
			control++
		}
	}
	return control*10 > len(b)
}

// utf16Encoding returns the UTF-16 decoder b needs, by BOM or by the zero
// bytes ASCII text leaves in every other position; nil when b is not UTF-16.
func utf16Encoding(b []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	}
	n := min(len(b), 512) &^ 1
	if n < 8 {
		return nil
	}
	evenZero, oddZero := 0, 0
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			evenZero++
		}
		if b[i+1] == 0 {
			oddZero++
		}
	}
	half := n / 2
	switch {
	case oddZero*10 >= half*9 && evenZero*10 < half:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case evenZero*10 >= half*9 && oddZero*10 < half:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

// decode returns b as valid UTF-8 text. It honours a BOM (UTF-8, UTF-16),
// keeps valid UTF-8 as it is, and otherwise uses the charset an HTML page
// declares (<meta charset>, http-equiv), falling back to Windows-1252 for
// undeclared 8-bit text. Invalid sequences that remain become U+FFFD.
func decode(b []byte) string {
	if enc := utf16Encoding(b); enc != nil {
		if out, err := enc.NewDecoder().Bytes(b); err == nil {
			return strings.ToValidUTF8(string(out), "\uFFFD")
		}
	}
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	if utf8.Valid(b) {
		return string(b)
	}
	enc, name, certain := charset.DetermineEncoding(b, "text/html")
	if name == "utf-8" || (!certain && mostlyUTF8(b)) {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	if !certain {
		enc = charmap.Windows1252
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// mostlyUTF8 reports whether most non-ASCII sequences in b are valid UTF-8,
// which marks a UTF-8 page with a few corrupt bytes rather than an 8-bit one.
func mostlyUTF8(b []byte) bool {
	valid, invalid := 0, 0
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		b = b[size:]
	}
	return valid > 2*invalid
}

// flattenDepth is how deep flatten lets elements nest; the HTML parser
// refuses more than 512 open elements and real pages stay far below.
const flattenDepth = 256

// parseHTML parses a page. A page nested deeper than the parser allows is
// flattened (tags below flattenDepth dropped, their text kept) and parsed
// again, so a hostile page costs one extra linear pass, not an error.
func parseHTML(s string) (*html.Node, error) {
	doc, err := html.Parse(strings.NewReader(s))
	if err == nil {
		return doc, nil
	}
	flat, ferr := flatten(s, flattenDepth)
	if ferr != nil {
		return nil, errors.Join(err, ferr)
	}
	doc, err2 := html.Parse(strings.NewReader(flat))
	if err2 != nil {
		return nil, fmt.Errorf("parse html: %w", err2)
	}
	return doc, nil
}

// flatten rewrites markup so no element opens below maxDepth: start and end
// tags deeper than that are dropped, text and everything else kept.
func flatten(s string, maxDepth int) (string, error) {
	z := html.NewTokenizer(strings.NewReader(s))
	var out strings.Builder
	out.Grow(len(s))
	depth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return "", fmt.Errorf("flatten html: %w", err)
			}
			return out.String(), nil
		case html.StartTagToken:
			name, _ := z.TagName()
			if isVoid(string(name)) {
				out.Write(z.Raw())
				continue
			}
			depth++
			if depth > maxDepth {
				continue
			}
		case html.EndTagToken:
			depth--
			if depth >= maxDepth {
				continue
			}
			if depth < 0 {
				depth = 0
			}
		}
		out.Write(z.Raw())
	}
}

func isVoid(tag string) bool {
	switch tag {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen":
		return true
	}
	return false
}
