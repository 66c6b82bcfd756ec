package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// A jsonlRecord is one line of a JSON Lines dump. The format:
//
//	{"url": "https://...", "html": "<html>...", "text": "scraped text",
//	 "title": "...", "published": "...", "source": "outlet name",
//	 "fetched_at": "RFC 3339"}
//
// "outlet", when present (even empty), names the outlet instead of "source" (the shape
// `storyline export` writes, where "source" is where the article came from).
//
// One of html and text is required (html wins when both are set); the rest
// are optional hints. Unknown fields are ignored.
type jsonlRecord struct {
	URL       string  `json:"url"`
	HTML      string  `json:"html"`
	Text      string  `json:"text"`
	Title     string  `json:"title"`
	Published string  `json:"published"`
	Source    string  `json:"source"`
	Outlet    *string `json:"outlet"`
	FetchedAt string  `json:"fetched_at"`

	// Other names common dumps give the same fields (news-please,
	// newspaper, schema.org, RSS exports, storyline cluster's input). The
	// first non-empty one in this order is used when the field above is
	// empty.
	Date          string `json:"date"`
	PublishedAt   string `json:"published_at"`
	PublishDate   string `json:"publish_date"`
	DatePublish   string `json:"date_publish"`
	DatePublished string `json:"datePublished"`
	PubDate       string `json:"pubDate"`
	MainText      string `json:"maintext"`
	Body          string `json:"body"`
	Link          string `json:"link"`
	Headline      string `json:"headline"`
}

// firstNonEmpty returns the first of vs that is not blank, trimmed.
func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// readJSONL yields one document per line of br. A bad line is reported as
// "name:LINE" and the next line is read; only a read error stops the file.
func (w *walker) readJSONL(ctx context.Context, o origin, br *bufio.Reader) error {
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return &stopError{err}
		}
		line, over, err := readLine(br, w.opts.MaxDocBytes)
		if err != nil && err != io.EOF {
			return fmt.Errorf("line %d: %w", n, err)
		}
		name := fmt.Sprintf("%s:%d", o.name, n)
		switch {
		case over:
			if ferr := w.fail(name, fmt.Errorf("line over the %d-byte document limit: %w", w.opts.MaxDocBytes, core.ErrTooLarge)); ferr != nil {
				return ferr
			}
		case len(bytes.TrimSpace(line)) > 0:
			doc, perr := parseJSONLine(line, n == 1)
			if perr != nil {
				if ferr := w.fail(name, perr); ferr != nil {
					return ferr
				}
				break
			}
			doc.Source = name
			if doc.FetchedAt.IsZero() {
				doc.FetchedAt = o.fetchedAt
			}
			if eerr := w.emit(doc); eerr != nil {
				return eerr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// parseJSONLine turns one JSON Lines record into a document without Source.
func parseJSONLine(line []byte, first bool) (core.Document, error) {
	if first {
		line = bytes.TrimPrefix(line, []byte("\xEF\xBB\xBF"))
	}
	var rec jsonlRecord
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&rec); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field == "" {
			return core.Document{}, fmt.Errorf("not a JSON object: got a JSON %s", te.Value)
		}
		if errors.As(err, &te) {
			return core.Document{}, fmt.Errorf("field %q: want a string, got %s", te.Field, te.Value)
		}
		return core.Document{}, fmt.Errorf("not a JSON object: %w", err)
	}
	if dec.More() {
		return core.Document{}, errors.New("more than one JSON value on the line")
	}
	// Scraped text often carries "\u0000" (databases refuse it, dumps keep
	// it); decoded, it is a NUL byte, and extraction then took the whole
	// record for binary content and dropped the article. A JSON string is
	// text by construction: its NULs go.
	for _, f := range []*string{&rec.HTML, &rec.Text, &rec.MainText, &rec.Body, &rec.Title, &rec.Headline} {
		if strings.IndexByte(*f, 0) >= 0 {
			*f = strings.ReplaceAll(*f, "\x00", "")
		}
	}
	doc := core.Document{
		URL:       firstNonEmpty(rec.URL, rec.Link),
		Title:     firstNonEmpty(rec.Title, rec.Headline),
		Published: firstNonEmpty(rec.Published, rec.Date, rec.PublishedAt, rec.PublishDate, rec.DatePublish, rec.DatePublished, rec.PubDate),
		Outlet:    strings.TrimSpace(rec.Source),
	}
	if rec.Outlet != nil {
		doc.Outlet = strings.TrimSpace(*rec.Outlet)
	}
	if rec.FetchedAt != "" {
		if t, err := time.Parse(time.RFC3339, strings.TrimSpace(rec.FetchedAt)); err == nil {
			doc.FetchedAt = t
		}
	}
	switch {
	case strings.TrimSpace(rec.HTML) != "":
		doc.Format, doc.Body = core.FormatHTML, declareUTF8([]byte(rec.HTML))
	case strings.TrimSpace(rec.Text) != "":
		doc.Format, doc.Body = core.FormatText, []byte(rec.Text)
	case strings.TrimSpace(rec.MainText) != "":
		doc.Format, doc.Body = core.FormatText, []byte(rec.MainText)
	case strings.TrimSpace(rec.Body) != "":
		doc.Format, doc.Body = core.FormatText, []byte(rec.Body)
	default:
		if rec.HTML != "" || rec.Text != "" || rec.MainText != "" || rec.Body != "" {
			return core.Document{}, fmt.Errorf("the record's text is only white space: %w", ErrEmpty)
		}
		return core.Document{}, fmt.Errorf("no \"html\", \"text\", \"maintext\" or \"body\" field: %w", ErrEmpty)
	}
	return doc, nil
}

// readLine reads one line (without its line ending) of at most limit bytes.
// A longer line is consumed and discarded, and over is true. err is io.EOF
// with the last line (possibly empty) at the end of input.
func readLine(br *bufio.Reader, limit int64) (line []byte, over bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !over {
			if int64(len(line)+len(frag)) > limit+2 { // room for "\r\n"
				over, line = true, nil
			} else {
				line = appendCapped(line, frag, limit+2)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		if !over && int64(len(line)) > limit {
			over, line = true, nil
		}
		return line, over, err
	}
}

// appendCapped appends frag to line, doubling capacity (never past capAt)
// rather than letting append grow large slices by 1.25x, so that reading a
// line of n bytes allocates about 2n, not 5n.
func appendCapped(line, frag []byte, capAt int64) []byte {
	need := len(line) + len(frag)
	if need > cap(line) {
		c := max(2*cap(line), need, 4096)
		if int64(c) > capAt {
			c = max(int(capAt), need)
		}
		grown := make([]byte, len(line), c)
		copy(grown, line)
		line = grown
	}
	return append(line, frag...)
}
