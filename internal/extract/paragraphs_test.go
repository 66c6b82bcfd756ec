package extract

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// paragraphsPage is a fictional page of n paragraphs.
func paragraphsPage(n int) []byte {
	var b strings.Builder
	b.WriteString("<html><head><title>Ferry talks in Kellin</title></head><body><article><h1>Ferry talks in Kellin</h1>")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<p>Ferry talks in Kellin, day %d, ended without a deal, said Anna Lorvik.</p>", i)
	}
	b.WriteString("</article></body></html>")
	return []byte(b.String())
}

// go-trafilatura's paragraph check copies the page's paragraph text with
// += (quadratic): a page of 12,000 paragraphs must fail fast with
// ErrTooLarge naming the page, not take seconds (minutes at 16 MB); an
// ordinary long page still extracts.
func TestExtractRefusesQuadraticParagraphs(t *testing.T) {
	ex := New(Options{})
	_, err := ex.Extract(context.Background(), core.Document{Source: "long.html", Format: core.FormatHTML, Body: paragraphsPage(12000)})
	if !errors.Is(err, core.ErrTooLarge) || !strings.Contains(err.Error(), "long.html") || !strings.Contains(err.Error(), "12000 paragraphs") {
		t.Errorf("12,000 paragraphs: err = %v, want ErrTooLarge naming long.html and the paragraphs", err)
	}
	a, err := ex.Extract(context.Background(), core.Document{Source: "ok.html", Format: core.FormatHTML, Body: paragraphsPage(300)})
	if err != nil || !strings.Contains(a.Text, "day 299,") {
		t.Errorf("300 paragraphs: err = %v, want the article with its last paragraph", err)
	}
}

func TestParagraphCost(t *testing.T) {
	root, err := parseHTML("<p>ab</p><div><p>cde<b>f</b></p></div><p></p>")
	if err != nil {
		t.Fatal(err)
	}
	// Text gathered after each paragraph: 2, 6, 6.
	if n, text, cost := paragraphCost(root); n != 3 || text != 6 || cost != 14 {
		t.Errorf("paragraphCost = %d, %d, %d; want 3, 6, 14", n, text, cost)
	}
}
