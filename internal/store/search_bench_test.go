package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// benchStore holds n fictional articles; one in ten mentions "lighthouse".
func benchStore(b *testing.B, n int) Store {
	b.Helper()
	s, err := Open(context.Background(), ":memory:", Options{NoLink: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	words := strings.Fields("harbour council ferry strike quota pilots tariff storm repair vote union budget quay crews season engineers winter barrier grain rail")
	var batch []*core.Article
	for i := 0; i < n; i++ {
		var t strings.Builder
		for p := 0; p < 8; p++ {
			for w := 0; w < 40; w++ {
				t.WriteString(words[(i*7+p*13+w*w)%len(words)])
				t.WriteByte(' ')
			}
			if i%10 == 0 && p == 3 {
				t.WriteString("lighthouse keepers ")
			}
			t.WriteString("\n\n")
		}
		batch = append(batch, &core.Article{Hash: fmt.Sprint("b", i), Source: fmt.Sprintf("bench/%d.txt", i), Outlet: words[i%5],
			Title: fmt.Sprintf("%s %s %d", words[i%len(words)], words[(i/3)%len(words)], i), Published: fmt.Sprintf("2031-%02d-10", 1+i%12), Text: t.String()})
		if len(batch) == 500 {
			if _, err := s.PutBatch(context.Background(), batch); err != nil {
				b.Fatal(err)
			}
			batch = nil
		}
	}
	if _, err := s.PutBatch(context.Background(), batch); err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkSearch(b *testing.B) {
	s := benchStore(b, 5000)
	for _, q := range []string{"lighthouse", `"harbour council"`, "strike"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(context.Background(), SearchQuery{Text: q, Facets: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSourceFilter compares, side by side on one store, the source
// filter's condition before version 21 (lower() on source and outlet,
// ASCII only) and after (instr on the folded columns), as search reads it
// (articles_meta), and the whole Articles and Search calls with it.
func BenchmarkSourceFilter(b *testing.B) {
	s := benchStore(b, 5000)
	db := s.(*sqliteStore).db
	for _, c := range []struct{ name, cond, arg string }{
		{"lower", `(instr(lower(a.source), lower(?1)) > 0 OR instr(lower(a.outlet), lower(?1)) > 0)`, "Ferry"},
		{"fold", `(instr(a.source_fold, ?1) > 0 OR instr(a.outlet_fold, ?1) > 0)`, foldCase("Ferry")},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				var n int
				if err := db.QueryRow(`SELECT COUNT(*) FROM articles a INDEXED BY articles_meta WHERE `+c.cond, c.arg).Scan(&n); err != nil || n != 1000 {
					b.Fatal(n, err)
				}
			}
		})
	}
	b.Run("Articles", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Articles(context.Background(), ArticleFilter{Source: "Ferry", Limit: 50}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Search", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Search(context.Background(), SearchQuery{Text: "strike", Source: "Ferry", Facets: true}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
