package dates

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	htmldate "github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// HTMLOptions tunes FromHTML. The zero value works.
type HTMLOptions struct {
	// URL of the page, when known; dates in URLs are evidence. When empty,
	// the page's canonical link and og:url are used.
	URL string
	// Fetched is when the page was fetched; zero when unknown. Dates after
	// it (plus two days) are rejected; when zero, now is the bound.
	Fetched time.Time
}

// FromHTML finds the original publication date of an HTML page (any
// encoding; the charset is detected). It returns "2006-01-02" or an RFC 3339
// string; ok is false when the page shows none.
func FromHTML(page []byte, opts HTMLOptions) (date string, ok bool) {
	if len(page) == 0 {
		return "", false
	}
	doc, err := parsePage(repairHTML(page))
	if err != nil || doc == nil {
		return "", false
	}
	return fromDocument(doc, opts)
}

// parsePage parses HTML. Valid UTF-8 is parsed as is; anything else goes
// through charset detection first (slow: it scores every known encoding).
func parsePage(page []byte) (*html.Node, error) {
	if utf8.Valid(page) {
		return html.Parse(bytes.NewReader(page))
	}
	return dom.Parse(bytes.NewReader(page))
}

// FromDocument is FromHTML on a page already parsed (by golang.org/x/net/html),
// for callers that parse once. It does not modify doc.
func FromDocument(doc *html.Node, opts HTMLOptions) (date string, ok bool) {
	if doc == nil {
		return "", false
	}
	return fromDocument(doc, opts)
}

func fromDocument(doc *html.Node, opts HTMLOptions) (string, bool) {
	r := FromDocumentResult(doc, opts)
	return r.Date, r.OK
}

// MaxLibraryElements bounds the pages go-htmldate's whole-page search reads:
// on a page of more elements it is not asked (a table of 400,000 cells took
// 2.3 s and 915 MB of allocations in it, the page's extraction 1.3 GB at
// its peak). The dates benchmark's dev pages hold at most about 10,000.
const MaxLibraryElements = 50000

// HTMLResult is FromHTML's answer with what bounded the search.
type HTMLResult struct {
	Date string // "2006-01-02" or RFC 3339; "" when none was found
	OK   bool
	// Bounded says why the whole-page search was left out ("" when it ran
	// or was not needed): the date then comes from the page's metadata,
	// headers, datelines and URL only.
	Bounded string
}

// FromDocumentResult is FromDocument with what bounded the search.
func FromDocumentResult(doc *html.Node, opts HTMLOptions) HTMLResult {
	if doc == nil {
		return HTMLResult{}
	}
	ref := opts.Fetched
	if ref.IsZero() {
		ref = time.Now()
	}
	ev := collect(doc, opts, ref)
	var bounded string
	st, ok := decide(ev, func() (stamp, bool) {
		if n := countElements(doc, MaxLibraryElements+1); n > MaxLibraryElements {
			bounded = fmt.Sprintf("page of more than %d elements: the whole-page date search left out", MaxLibraryElements)
			return stamp{}, false
		}
		return libraryDate(doc, opts, ref)
	})
	if !ok {
		return HTMLResult{Bounded: bounded}
	}
	return HTMLResult{Date: st.String(), OK: true, Bounded: bounded}
}

// countElements counts the element nodes of n, stopping at limit.
func countElements(n *html.Node, limit int) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
			if c.Type == html.ElementNode {
				count++
			}
			walk(c)
		}
	}
	walk(n)
	return count
}

// libraryDate runs go-htmldate in extensive mode for the original date. A
// panic inside the library counts as no answer.
func libraryDate(doc *html.Node, opts HTMLOptions, ref time.Time) (st stamp, ok bool) {
	defer func() {
		if recover() != nil {
			st, ok = stamp{}, false
		}
	}()
	res, err := htmldate.FromDocument(doc, htmldate.Options{
		UseOriginalDate: true,
		URL:             opts.URL,
		MaxDate:         ref.Add(futureSlack),
	})
	if err != nil || res.IsZero() {
		return stamp{}, false
	}
	t := res.DateTime
	return stamp{t: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)}, true
}

// Votes of each kind of evidence; the first candidate of each kind votes for
// its day. Visible stamps weigh most: the day a reader sees next to the
// headline is the publication date the benchmarks (and readers) go by. The
// library's answer breaks ties and stands when no evidence votes; URL dates
// are a last resort. Tuned on the dev split (eval_default) only.
const (
	voteJSONLD         = 1
	voteMeta           = 1
	voteItemprop       = 2
	voteTimePublished  = 1
	voteTimeHeader     = 1
	voteDatelineAfter  = 2
	voteDatelineBefore = 1
)

// decide weighs the evidence against the library's answer. The library
// (whose extensive search is most of the cost of dating a page) is asked
// only when its answer can matter: when no evidence votes, or when days tie
// for the most votes; a day that outvotes every other stands whatever the
// library says.
func decide(ev evidence, library func() (stamp, bool)) (stamp, bool) {
	zone := ev.localZone()
	type vote struct {
		day    string
		weight int
		st     stamp
	}
	var votes []vote
	add := func(cs []candidate, pick func(string) bool, w int) {
		for _, c := range cs {
			if pick(c.src) {
				st := zone.local(c.st)
				votes = append(votes, vote{st.Day(), w, st})
				return
			}
		}
	}
	any := func(string) bool { return true }
	add(ev.jsonld, func(s string) bool { return strings.HasPrefix(s, "jsonld:") && s != "jsonld:VideoObject" }, voteJSONLD)
	add(ev.meta, any, voteMeta)
	add(ev.itemprop, any, voteItemprop)
	add(ev.timeEl, func(s string) bool { return s == "time:published" }, voteTimePublished)
	add(ev.timeEl, func(s string) bool { return s == "time:article-header" }, voteTimeHeader)
	add(ev.dateline, func(s string) bool { return s == "dateline:after" }, voteDatelineAfter)
	add(ev.dateline, func(s string) bool { return s == "dateline:before" }, voteDatelineBefore)

	totals := map[string]int{}
	best, bestDay := 0, ""
	for _, v := range votes {
		totals[v.day] += v.weight
	}
	for _, v := range votes { // first in priority order wins ties
		if totals[v.day] > best {
			best, bestDay = totals[v.day], v.day
		}
	}
	tied := 0
	for _, n := range totals {
		if n == best {
			tied++
		}
	}
	var lib stamp
	var libOK bool
	if best == 0 || tied > 1 {
		lib, libOK = library()
	}
	switch {
	case libOK && (best == 0 || totals[lib.Day()] == best):
		bestDay = lib.Day()
	case best == 0:
		if len(ev.url) > 0 {
			return ev.url[0].st, true
		}
		return stamp{}, false
	}
	// Report the most precise stamp for the chosen day.
	out := stamp{t: dayTime(bestDay)}
	for _, v := range votes {
		if v.day == bestDay && v.st.hasTime && v.st.hasZone {
			return v.st, true
		}
	}
	return out, !out.t.IsZero()
}

func dayTime(day string) time.Time {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return time.Time{}
	}
	return t
}

var (
	reDoctypeRepair = regexp.MustCompile(`(?i)^< ?! ?DOCTYPE.+?/ ?>`)
	reHTMLRepair    = regexp.MustCompile(`(?i)(<html.*?)\s*/>`)
)

// repairHTML mends two breakages that derail parsing, as go-htmldate's own
// reader does: a self-closed doctype on the first line and a self-closed
// <html/> tag among the first lines.
func repairHTML(page []byte) []byte {
	head := page[:min(len(page), 50)]
	if bytes.Contains(bytes.ToLower(head), []byte("doctype")) {
		first, rest, _ := bytes.Cut(page, []byte("\n"))
		if loc := reDoctypeRepair.FindIndex(first); loc != nil {
			out := make([]byte, 0, len(page))
			out = append(out, first[:loc[0]]...)
			out = append(out, first[loc[1]:]...)
			out = append(out, '\n')
			page = append(out, rest...)
		}
	}
	for i, line := range bytes.SplitN(page, []byte("\n"), 5) {
		if i > 3 {
			break
		}
		if bytes.Contains(line, []byte("<html")) && bytes.HasSuffix(line, []byte("/>")) {
			if loc := reHTMLRepair.FindSubmatchIndex(page); loc != nil {
				out := make([]byte, 0, len(page))
				out = append(out, page[:loc[0]]...)
				out = append(out, page[loc[2]:loc[3]]...)
				out = append(out, '>')
				page = append(out, page[loc[1]:]...)
			}
			break
		}
	}
	return page
}
