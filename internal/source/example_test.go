package source_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/source"
)

func ExampleWalk() {
	dump := `{"url":"https://bugle.example/1","text":"The ferry ran again on Monday.","source":"Brenmouth Bugle"}
not JSON at all
{"url":"https://bugle.example/3","html":"<p>The lighthouse is white again.</p>"}
`
	opts := source.Options{Stdin: strings.NewReader(dump)}
	err := source.Walk(context.Background(), []string{"-"}, opts, func(doc core.Document, err error) error {
		if err != nil {
			fmt.Println("failed:", err)
			return nil // go on with the rest
		}
		fmt.Println(doc.Source, doc.Format, doc.URL)
		return nil
	})
	fmt.Println("walk:", err)
	// Output:
	// stdin:1 text https://bugle.example/1
	// failed: stdin:2: not a JSON object: invalid character 'o' in literal null (expecting 'u')
	// stdin:3 html https://bugle.example/3
	// walk: <nil>
}
