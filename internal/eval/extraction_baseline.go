package eval

import (
	"bytes"
	"context"
	"fmt"
	"net/url"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/extract"
)

// GoTrafilatura returns go-trafilatura used alone, as the Zyte benchmark
// runs it: the library reads the raw bytes itself (its own charset
// detection), default options, and its ContentText is the article text.
// fallback turns on its readability/domdistiller comparison.
func GoTrafilatura(fallback bool) extract.Extractor {
	return extract.Func(func(ctx context.Context, doc core.Document) (a *core.Article, err error) {
		defer func() {
			if p := recover(); p != nil {
				a, err = nil, fmt.Errorf("go-trafilatura %s: panic: %v", doc.Source, p)
			}
		}()
		opts := trafilatura.Options{EnableFallback: fallback}
		if u, perr := url.Parse(doc.URL); perr == nil && u.IsAbs() {
			opts.OriginalURL = u
		}
		res, err := trafilatura.Extract(bytes.NewReader(doc.Body), opts)
		if err != nil {
			return nil, fmt.Errorf("go-trafilatura %s: %w", doc.Source, err)
		}
		return &core.Article{Source: doc.Source, Title: res.Metadata.Title, Text: res.ContentText}, nil
	})
}
