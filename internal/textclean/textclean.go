// Package textclean cleans text already scraped from news pages (no markup):
// it finds title, subtitle, byline and dateline, drops debris, repeated
// teasers and duplicated paragraphs, repairs glued words and separates an
// appended list of key points.
package textclean

import (
	"strings"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// Options tunes Clean. The zero value works.
type Options struct {
	// Fetched is when the page was fetched; relative stamps resolve against it
	// only when it is set.
	Fetched time.Time
}

// Result is what Clean finds in a scrape.
type Result struct {
	Title      string
	Subtitle   string
	Authors    []string
	Published  string // "2006-01-02" or RFC 3339, "" when none
	Paragraphs []string
	Removed    []core.Removal
	KeyPoints  []string
}

// Clean cleans one text scrape. (Placeholder: the textclean package replaces this.)
func Clean(text string, opts Options) Result {
	var r Result
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			r.Paragraphs = append(r.Paragraphs, p)
		}
	}
	return r
}

// RepairGlued splits words glued together by bad scraping ("betweenRussia",
// "governments,led") without breaking real words ("iPhone", "U.S.", URLs).
// (Placeholder: the textclean package replaces this.)
func RepairGlued(s string) string { return s }
