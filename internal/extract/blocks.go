package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A block is one paragraph-level piece of extracted text with the element
// that held it ("p", "h2", "li", "td"...).
type block struct {
	tag  string
	text string
}

// blocksOf splits a content tree into blocks: one per block-level element
// (paragraph, heading, list item, table row, quote, pre), white space
// collapsed, empty ones skipped. Inline elements and bare text join the
// enclosing block; <br> inside a paragraph becomes a space.
func blocksOf(root *html.Node) []block {
	w := blockWalker{}
	w.walk(root, 0)
	w.flush()
	return w.out
}

type blockWalker struct {
	out []block
	buf strings.Builder
	tag string // tag of the block being filled
}

// maxWalkDepth bounds recursion; parsed trees are at most 512 deep anyway.
const maxWalkDepth = 1024

func (w *blockWalker) walk(n *html.Node, depth int) {
	if depth > maxWalkDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		if w.tag == "" {
			w.tag = "p"
		}
		w.buf.WriteString(n.Data)
		return
	case html.ElementNode:
		// Match on Data, not DataAtom: nodes go-trafilatura creates carry
		// no atom.
		switch n.Data {
		case "script", "style", "noscript", "template", "head", "title":
			return
		case "br", "hr":
			w.buf.WriteByte(' ')
			return
		case "td", "th":
			w.buf.WriteByte(' ')
			w.children(n, depth)
			w.buf.WriteByte(' ')
			return
		}
		if isBlockTag(n.Data) {
			w.flush()
			w.tag = n.Data
			w.children(n, depth)
			w.flush()
			return
		}
	}
	w.children(n, depth)
}

func (w *blockWalker) children(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, depth+1)
	}
}

func (w *blockWalker) flush() {
	text := strings.Join(strings.Fields(w.buf.String()), " ")
	w.buf.Reset()
	if text != "" {
		tag := w.tag
		if tag == "" {
			tag = "p"
		}
		w.out = append(w.out, block{tag: tag, text: text})
	}
	w.tag = ""
}

func isBlockTag(tag string) bool {
	switch tag {
	case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
		"li", "dt", "dd", "blockquote", "pre", "tr", "table",
		"ul", "ol", "dl", "section", "article", "header", "footer",
		"aside", "figure", "figcaption", "caption", "main", "nav",
		"form", "fieldset", "details", "summary", "body", "address":
		return true
	}
	return false
}

func isHeading(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}
