// Package dates finds publication dates in text lines and HTML pages.
package dates

import "time"

// Parse reads a publication date from a short line of text such as
// "13:53 - 15/05/2024 Wednesday" or "Oct.30 - 2023 6:15 PM CET". It returns
// "2006-01-02" or an RFC 3339 string. Relative stamps ("11 days ago") resolve
// against fetched only when fetched is not zero. ok is false when s holds no date.
// (Placeholder: the dates package replaces this.)
func Parse(s string, fetched time.Time) (date string, ok bool) { return "", false }

// HTMLOptions tunes FromHTML. The zero value works.
type HTMLOptions struct {
	// URL of the page, when known; dates in URLs are evidence.
	URL string
	// Fetched is when the page was fetched; zero when unknown.
	Fetched time.Time
}

// FromHTML finds the publication date of an HTML page. It returns
// "2006-01-02" or an RFC 3339 string; ok is false when the page shows none.
// (Placeholder: the dates package replaces this.)
func FromHTML(html []byte, opts HTMLOptions) (date string, ok bool) { return "", false }
