package extract

import (
	"fmt"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxParagraphCost bounds the bytes go-trafilatura copies while it checks
// a page's paragraphs: extractContent (main-extractor.go) appends the text
// of every <p> of the page to one string with +=, once per selector rule,
// so the copying grows with the number of paragraphs times their text. A
// page of 20,000 short paragraphs (2 MB of text) took 10 s to extract, and
// a page at the 16 MB body limit would take minutes. The budget, 2e9 bytes
// (about a second of copying), is 90 times what the costliest of 1,171
// extraction-bench pages needs (384 paragraphs of 110 KB: 2.1e7 bytes).
const maxParagraphCost = 2_000_000_000

// paragraphCost returns the number of <p> elements under root, the bytes of
// their text, and the bytes go-trafilatura's += over them copies: the sum,
// over paragraphs in document order, of the text gathered so far.
func paragraphCost(root *html.Node) (n, text int, cost int64) {
	var walk func(*html.Node, int, bool)
	walk = func(x *html.Node, depth int, inP bool) {
		if depth > maxWalkDepth {
			return
		}
		if x.Type == html.TextNode && inP {
			text += len(x.Data)
			return
		}
		opens := x.Type == html.ElementNode && x.DataAtom == atom.P && !inP
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1, inP || opens)
		}
		if opens {
			n++
			cost += int64(text)
		}
	}
	walk(root, 0, false)
	return n, text, cost
}

// checkParagraphs refuses a page whose paragraphs would cost go-trafilatura
// more than maxParagraphCost, with core.ErrTooLarge wrapped by the caller.
func checkParagraphs(root *html.Node) error {
	n, text, cost := paragraphCost(root)
	if cost > maxParagraphCost {
		return fmt.Errorf("%d paragraphs holding %d KB of text: too many for one article (the extractor's cost grows with their product)", n, text>>10)
	}
	return nil
}
