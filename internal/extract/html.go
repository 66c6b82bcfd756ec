package extract

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/dates"
	"github.com/storyline/storyline/internal/textclean"
)

// extractHTML extracts an HTML page: decode, parse, go-trafilatura, then
// storyline's post-processing (see post.go) unless Options.Raw is set.
func (e *extractor) extractHTML(ctx context.Context, doc core.Document) (*core.Article, error) {
	page := decode(doc.Body)
	root, err := parseHTML(page)
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", doc.Source, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract %s: %w", doc.Source, err)
	}
	if err := checkParagraphs(root); err != nil {
		return nil, fmt.Errorf("extract %s: %w: %w", doc.Source, err, core.ErrTooLarge)
	}
	// The page's own blocks, to record what extraction drops (about 1% of
	// the extraction time).
	pageBlocks := blocksOf(root)
	// The date first, on the page as parsed: dates does not modify the tree,
	// and parsing once saves about a third of the extraction time.
	found := dates.FromDocumentResult(root, dates.HTMLOptions{URL: doc.URL, Fetched: doc.FetchedAt})
	published, hasDate := found.Date, found.OK
	res, err := runTrafilatura(root, doc.URL, e.opts.Fallback == FallbackAlways)
	if e.opts.Fallback == FallbackShort && (err != nil || utf8.RuneCountInString(res.ContentText) < e.shortText()) {
		if res2, err2 := runTrafilatura(root, doc.URL, true); err2 == nil && fallbackBetter(res, res2) {
			res, err = res2, nil
		}
	}
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w: %w", doc.Source, core.ErrNotArticle, err)
	}
	md := res.Metadata
	a := &core.Article{
		// go-trafilatura has already run whatlanggo over the body text
		// (ISO 639-1); finish detects again only when it found nothing.
		Language: md.Language,
		URL:      md.URL,
		Outlet:   cleanLine(md.Sitename),
		Title:    cleanLine(md.Title),
		Authors:  splitAuthors(md.Author),
	}
	if a.Outlet == "" {
		a.Outlet = cleanLine(md.Hostname)
	}
	blocks := blocksOf(res.ContentNode)
	if !e.opts.Raw {
		blocks = dropContained(a, e.post(a, blocks, cleanLine(md.Description)))
	}
	kept := make([]string, len(blocks))
	for i, b := range blocks {
		kept[i] = b.text
		if !e.opts.Raw {
			// Words glued where inline markup met without a space
			// ("ofAdarius"); measured neutral-to-positive on both sets.
			kept[i] = textclean.RepairGlued(b.text)
		}
	}
	a.Text = strings.Join(kept, "\n\n")
	a.Removed = append(a.Removed, droppedBlocks(pageBlocks, kept, a)...)
	if hasDate {
		a.Published = published
	} else if found.Bounded != "" {
		// Why the article may stay undated (finish drops the note when
		// the container or the URL dates it).
		a.Removed = append(a.Removed, core.Removal{Text: found.Bounded, Reason: core.ReasonDateBounded})
	}
	return a, nil
}

// runTrafilatura runs go-trafilatura on a parsed page. A panic inside the
// library becomes an error: one bad page must not end a batch.
func runTrafilatura(root *html.Node, pageURL string, fallback bool) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("go-trafilatura panicked: %v", p)
		}
	}()
	opts := trafilatura.Options{
		EnableFallback: fallback,
		HtmlDateMode:   trafilatura.Disabled, // dates come from internal/dates
	}
	if pageURL != "" {
		if u, perr := url.Parse(pageURL); perr == nil && u.IsAbs() {
			opts.OriginalURL = u
		}
	}
	res, err = trafilatura.ExtractDocument(root, opts)
	if err != nil {
		return nil, err
	}
	if res == nil || res.ContentNode == nil {
		return nil, fmt.Errorf("go-trafilatura found no content")
	}
	return res, nil
}

// splitAuthors splits go-trafilatura's "A; B" author list.
func splitAuthors(s string) []string {
	var out []string
	for _, a := range strings.Split(s, ";") {
		if a = cleanLine(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// droppedBlocks lists the blocks of page text the extraction left out, one
// removal each, skipping those kept in the body or moved to a field.
func droppedBlocks(page []block, kept []string, a *core.Article) []core.Removal {
	have := make(map[string]bool, len(kept)+2)
	for _, k := range kept {
		have[k] = true
	}
	have[a.Title] = true
	have[a.Subtitle] = true
	for _, r := range a.Removed {
		have[r.Text] = true
	}
	var out []core.Removal
	for _, b := range page {
		if have[b.text] {
			continue
		}
		have[b.text] = true
		out = append(out, core.Removal{Text: b.text, Reason: core.ReasonBoilerplate})
	}
	return out
}

// fallbackBetter reports whether the fallback run's result should replace
// the first pass. The fallbacks run because the first pass looked too short,
// so a fallback text that is no longer than it is a different part of the
// page (an author box, a teaser), not more of the article.
func fallbackBetter(first, fallback *trafilatura.ExtractResult) bool {
	if first == nil {
		return true
	}
	return utf8.RuneCountInString(fallback.ContentText) > utf8.RuneCountInString(first.ContentText)
}

func (e *extractor) shortText() int {
	if e.opts.ShortText > 0 {
		return e.opts.ShortText
	}
	return ShortText
}
