package dates

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// bigTablePage is a fictional page whose body is a table of rows*10 number
// cells, with head added to its <head>.
func bigTablePage(rows int, head string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>Varrow ferry tonnage</title>" + head + "</head><body><h1>Varrow ferry tonnage</h1><table>")
	for r := range rows {
		b.WriteString("<tr>")
		for c := range 10 {
			fmt.Fprintf(&b, "<td>%d</td>", (r*10+c)*7919%99991)
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</table></body></html>")
	return b.String()
}

// A page of more than MaxLibraryElements elements is not handed to
// go-htmldate's whole-page search (a 400,000-cell table took 915 MB in it);
// the result says so. Metadata still dates such a page, and a small page
// still gets the library's answer.
func TestFromDocumentBoundsTheLibrary(t *testing.T) {
	parse := func(s string) *html.Node {
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	big := parse(bigTablePage(MaxLibraryElements/10+100, ""))
	if n := countElements(big, MaxLibraryElements+1); n <= MaxLibraryElements {
		t.Fatalf("the big page has %d elements, want more than %d", n, MaxLibraryElements)
	}
	r := FromDocumentResult(big, HTMLOptions{})
	if r.OK || !strings.Contains(r.Bounded, "whole-page date search left out") {
		t.Errorf("big table: %+v, want no date and the bound named", r)
	}
	meta := `<meta property="article:published_time" content="2024-03-02T09:00:00Z">`
	r = FromDocumentResult(parse(bigTablePage(MaxLibraryElements/10+100, meta)), HTMLOptions{})
	if !r.OK || !strings.HasPrefix(r.Date, "2024-03-02") || r.Bounded != "" {
		t.Errorf("big table with a published meta: %+v, want 2024-03-02 from the meta", r)
	}
	small := `<html><head><title>Ferry notice</title></head><body><div class="content"><p>Varrow ferry notice</p>` +
		`<p class="date">Last updated: 14.02.2024</p><p>The morning crossing is back on the timetable.</p></div></body></html>`
	if r := FromDocumentResult(parse(small), HTMLOptions{}); r.Bounded != "" {
		t.Errorf("small page: %+v, want the search not bounded", r)
	}
	if d, ok := FromDocument(parse(small), HTMLOptions{}); d != FromDocumentResult(parse(small), HTMLOptions{}).Date || ok != (d != "") {
		t.Errorf("FromDocument %q %v differs from FromDocumentResult", d, ok)
	}
}
