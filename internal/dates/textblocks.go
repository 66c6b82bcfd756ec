package dates

import (
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// blockTags break text into blocks; inline tags do not.
var blockTags = map[string]bool{
	"p": true, "div": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "br": true, "td": true, "tr": true, "table": true,
	"header": true, "section": true, "article": true, "main": true, "figure": true, "figcaption": true,
	"blockquote": true, "dd": true, "dt": true, "dl": true, "address": true, "time": true, "hr": true,
}

// skipTags hold no dateline.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "svg": true, "template": true, "nav": true,
	"footer": true, "aside": true, "form": true, "button": true, "select": true, "iframe": true,
	"head": true, "textarea": true,
}

// Dateline search window around the headline, in text blocks.
const (
	datelineBefore = 2
	datelineAfter  = 8
	maxBlockLen    = 160
)

// datelines finds dates in the short text blocks around the page's headline:
// the visible "30 October 2023 | By Jane Roe" lines that sit at an
// article's head. The headline is the first <h1> inside <article> or <main>,
// else the first <h1> of three words or more (a one-word <h1> is usually the
// site's logo), else the first <h1>.
func datelines(doc *html.Node, fetched, ref time.Time, monthFirst bool) []candidate {
	var blocks []string
	type heading struct {
		block, words int
		inArticle    bool
	}
	var h1s []heading
	var cur strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			blocks = append(blocks, t)
		}
		cur.Reset()
	}
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if len(blocks) > 20000 {
			return
		}
		switch n.Type {
		case html.TextNode:
			if cur.Len() < 4*maxBlockLen {
				cur.WriteString(n.Data)
				cur.WriteByte(' ')
			}
			return
		case html.ElementNode:
			if skipTags[n.Data] {
				return
			}
			if blockTags[n.Data] {
				flush()
			}
			if n.Data == "article" || n.Data == "main" {
				inArticle = true
			}
			if n.Data == "h1" {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c, inArticle)
				}
				before := len(blocks)
				flush()
				if len(blocks) > before {
					h1s = append(h1s, heading{len(blocks) - 1, len(strings.Fields(blocks[len(blocks)-1])), inArticle})
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
		if n.Type == html.ElementNode && blockTags[n.Data] {
			flush()
		}
	}
	walk(doc, false)
	flush()
	if len(h1s) == 0 {
		return nil
	}
	h1 := h1s[0].block
	if i := slices.IndexFunc(h1s, func(h heading) bool { return h.inArticle }); i >= 0 {
		h1 = h1s[i].block
	} else if i := slices.IndexFunc(h1s, func(h heading) bool { return h.words >= 3 }); i >= 0 {
		h1 = h1s[i].block
	}
	var out []candidate
	look := func(i int, src string) {
		b := blocks[i]
		if len(b) > maxBlockLen {
			return
		}
		if st, ok := parseLine(b, fetched, lineCfg{lineRules: true, monthFirst: monthFirst}); ok && plausible(st.t, ref) {
			out = append(out, candidate{src, st})
		}
	}
	for i := h1 + 1; i < len(blocks) && i <= h1+datelineAfter; i++ {
		look(i, "dateline:after")
	}
	for i := h1 - 1; i >= 0 && i >= h1-datelineBefore; i-- {
		look(i, "dateline:before")
	}
	return out
}
