package extract

import (
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// zytePages loads the Zyte benchmark pages from ../shared, or skips.
func zytePages(b *testing.B) []core.Document {
	b.Helper()
	dir, err := os.Getwd()
	if err != nil {
		b.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			b.Skip("go.mod not found")
		}
		dir = parent
	}
	files, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "bench", "extraction-zyte", "html", "*.html.gz"))
	if len(files) == 0 {
		b.Skip("../shared/bench/extraction-zyte not found: benchmark data is not shipped with the repository")
	}
	var docs []core.Document
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			b.Fatal(err)
		}
		body, err := io.ReadAll(zr)
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, core.Document{Source: f, Format: core.FormatHTML, Body: body})
	}
	return docs
}

// BenchmarkExtract reports the cost of one Zyte page (ns/op is per page).
func BenchmarkExtract(b *testing.B) {
	docs := zytePages(b)
	for _, bc := range []struct {
		name string
		opts Options
	}{
		{"default", Options{}},
		{"raw", Options{Raw: true}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			e := New(bc.opts)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				_, _ = e.Extract(context.Background(), docs[i%len(docs)])
			}
		})
	}
}
