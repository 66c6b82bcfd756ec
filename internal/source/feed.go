package source

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"mime"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/storyline/storyline/internal/core"
)

// readFeed yields one document per item of an RSS or Atom feed: the item's
// page when o.fetchItems allows fetching and the page comes back as HTML,
// else the item's content (or description) wrapped in a minimal page.
func (w *walker) readFeed(ctx context.Context, o origin, body []byte) error {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("malformed feed: %w", err)
	}
	if len(feed.Items) == 0 {
		return fmt.Errorf("feed has no items: %w", ErrEmpty)
	}
	base, _ := url.Parse(o.url)
	outlet := strings.TrimSpace(feed.Title)
	for i, item := range feed.Items {
		if err := ctx.Err(); err != nil {
			return &stopError{err}
		}
		name := fmt.Sprintf("%s#%d", o.name, i+1)
		doc := core.Document{
			Source:    name,
			URL:       itemLink(base, item),
			Title:     strings.TrimSpace(item.Title),
			Published: itemPublished(item),
			Outlet:    outlet,
			Format:    core.FormatHTML,
			FetchedAt: o.fetchedAt,
		}
		var fetchErr error
		if o.fetchItems && isURL(doc.URL) {
			var page []byte
			var at time.Time
			page, at, fetchErr = w.fetchPage(ctx, doc.URL)
			if fetchErr == nil {
				doc.Body, doc.FetchedAt = page, at
				if err := w.emit(doc); err != nil {
					return err
				}
				continue
			}
		}
		content := item.Content
		if strings.TrimSpace(content) == "" {
			content = item.Description
		}
		if strings.TrimSpace(content) == "" {
			err := fmt.Errorf("item has no content: %w", ErrEmpty)
			if fetchErr != nil {
				err = fmt.Errorf("item page: %v; and the item has no content: %w", fetchErr, ErrEmpty)
			}
			if err := w.fail(name, err); err != nil {
				return err
			}
			continue
		}
		doc.Body = itemPage(doc.Title, content)
		if err := w.emit(doc); err != nil {
			return err
		}
	}
	return nil
}

// fetchPage fetches a feed item's page and returns it decoded when it is HTML.
func (w *walker) fetchPage(ctx context.Context, u string) ([]byte, time.Time, error) {
	f, err := w.fetch(ctx, u)
	if err != nil {
		return nil, time.Time{}, err
	}
	mt, _, _ := mime.ParseMediaType(f.ctype)
	if mt != "text/html" && mt != "application/xhtml+xml" &&
		!(mt == "" && sniff(f.body[:min(len(f.body), 8192)], kindUnknown) == kindHTML) {
		return nil, time.Time{}, fmt.Errorf("content type %q: %w", f.ctype, core.ErrUnsupportedFormat)
	}
	if err := checkBody(f.body); err != nil {
		return nil, time.Time{}, err
	}
	return decodeHTML(f.body, f.ctype), f.at, nil
}

// itemLink returns the item's page address, resolved against the feed's URL.
func itemLink(base *url.URL, item *gofeed.Item) string {
	link := strings.TrimSpace(item.Link)
	if link == "" && len(item.Links) > 0 {
		link = strings.TrimSpace(item.Links[0])
	}
	if link == "" || base == nil {
		return link
	}
	ref, err := url.Parse(link)
	if err != nil {
		return link
	}
	return base.ResolveReference(ref).String()
}

// itemPublished returns the item's date as RFC 3339 in the feed's own
// offset when it parses (gofeed's parsed times are in UTC, which can move a
// late-evening date to the next day), else as the feed wrote it.
func itemPublished(item *gofeed.Item) string {
	raw, parsed := item.Published, item.PublishedParsed
	if strings.TrimSpace(raw) == "" && parsed == nil {
		raw, parsed = item.Updated, item.UpdatedParsed
	}
	raw = strings.TrimSpace(raw)
	for _, layout := range numericZoneLayouts {
		if t, err := time.Parse(layout, raw); err == nil {
			return t.Format(time.RFC3339)
		}
	}
	if parsed != nil {
		return parsed.Format(time.RFC3339)
	}
	return raw
}

// numericZoneLayouts are feed date layouts whose zone is a numeric offset,
// so that parsing keeps it exactly.
var numericZoneLayouts = []string{
	time.RFC3339,
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 -0700",
}

// itemPage wraps a feed item's HTML content in a minimal UTF-8 page whose
// <title> is the item's title (escaped); the content itself is kept as is.
func itemPage(title, content string) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
	if title != "" {
		b.WriteString("<title>" + html.EscapeString(title) + "</title>")
	}
	b.WriteString("</head><body><article>\n")
	b.WriteString(strings.ToValidUTF8(content, "\uFFFD"))
	b.WriteString("\n</article></body></html>\n")
	return []byte(b.String())
}
