package source

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// Records from other tools name the same fields differently; each alias
// must land in the same Document field, and the canonical name wins.
func TestJSONLFieldAliases(t *testing.T) {
	cases := []struct {
		name, line            string
		url, title, published string
		body                  string
		format                core.Format
	}{
		{"canonical", `{"url":"https://a.example/1","title":"T","published":"2026-01-02","text":"Body."}`,
			"https://a.example/1", "T", "2026-01-02", "Body.", core.FormatText},
		{"cluster input", `{"id":"x","title":"T","date":"2026-01-03","text":"Body."}`,
			"", "T", "2026-01-03", "Body.", core.FormatText},
		{"news-please", `{"url":"u","title":"T","date_publish":"2026-01-04 10:00:00","maintext":"Main."}`,
			"u", "T", "2026-01-04 10:00:00", "Main.", core.FormatText},
		{"newspaper", `{"link":"l","headline":"H","publish_date":"2026-01-05","body":"B."}`,
			"l", "H", "2026-01-05", "B.", core.FormatText},
		{"schema.org", `{"url":"u","datePublished":"2026-01-06T00:00:00Z","text":"X."}`,
			"u", "", "2026-01-06T00:00:00Z", "X.", core.FormatText},
		{"rss export", `{"link":"l","pubDate":"Tue, 06 Jan 2026 10:00:00 GMT","html":"<p>P</p>"}`,
			"l", "", "Tue, 06 Jan 2026 10:00:00 GMT", "", core.FormatHTML},
		{"canonical wins", `{"published":"2026-01-07","date":"1999-01-01","text":"T.","maintext":"M."}`,
			"", "", "2026-01-07", "T.", core.FormatText},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := parseJSONLine([]byte(c.line), true)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			if d.URL != c.url || d.Title != c.title || d.Published != c.published || d.Format != c.format {
				t.Errorf("got url %q title %q published %q format %v; want %q %q %q %v",
					d.URL, d.Title, d.Published, d.Format, c.url, c.title, c.published, c.format)
			}
			if c.body != "" && string(d.Body) != c.body {
				t.Errorf("body %q, want %q", d.Body, c.body)
			}
		})
	}
	for line, reason := range map[string]string{
		`{"title":"only a title","date":"2026-01-01"}`: `no "html", "text", "maintext" or "body" field`,
		`{"title":"T","text":"  \n\t","body":""}`:      "text is only white space",
		`{"title":"T","html":" ","maintext":"\u00a0"}`: "text is only white space",
	} {
		_, err := parseJSONLine([]byte(line), true)
		if err == nil || !errors.Is(err, ErrEmpty) || !strings.Contains(err.Error(), reason) {
			t.Errorf("parseJSONLine(%s) = %v, want %q (ErrEmpty)", line, err, reason)
		}
	}
}

// A "\u0000" in a record's text decodes to a NUL byte, which extraction
// takes for binary content: the whole article was dropped for one stray
// character. The record's text fields lose their NULs; a record of only
// NULs and spaces is empty.
func TestJSONLDropsNULs(t *testing.T) {
	d, err := parseJSONLine([]byte(`{"title":"Ferry\u0000 talks","text":"Anna Lorvik said the ferry strike\u0000 was over."}`), true)
	if err != nil {
		t.Fatal(err)
	}
	if string(d.Body) != "Anna Lorvik said the ferry strike was over." || d.Title != "Ferry talks" {
		t.Errorf("body %q, title %q: want them without NULs", d.Body, d.Title)
	}
	d, err = parseJSONLine([]byte(`{"html":"<p>Harbour\u0000 report</p>"}`), true)
	if err != nil || bytes.IndexByte(d.Body, 0) >= 0 {
		t.Errorf("html record: body %q, err %v; want no NUL", d.Body, err)
	}
	if _, err := parseJSONLine([]byte(`{"text":"\u0000 \u0000"}`), true); !errors.Is(err, ErrEmpty) {
		t.Errorf("a text of NULs: err = %v, want ErrEmpty", err)
	}
}
