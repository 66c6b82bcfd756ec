package extract_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/extract"
)

func ExampleNew() {
	page := `<html><head><title>Mill reopens on the Arrow | Valley Courier</title>
<meta property="og:title" content="Mill reopens on the Arrow"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Mill reopens on the Arrow</h1>
<p>The water mill on the Arrow river reopened on Saturday after a two-year restoration carried out almost entirely by volunteers from the village.</p>
<p>Visitors can watch flour being ground every weekend until the end of September, and the first sacks sold out within an hour.</p>
</article></body></html>`
	e := extract.New(extract.Options{})
	a, err := e.Extract(context.Background(), core.Document{Source: "mill.html", Format: core.FormatHTML, Body: []byte(page)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.Language)
	fmt.Println(len(strings.Split(a.Text, "\n\n")), "paragraphs")
	// Output:
	// Mill reopens on the Arrow
	// en
	// 2 paragraphs
}
