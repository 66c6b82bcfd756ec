package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func TestGoSnippet(t *testing.T) {
	m := func(w string) string { return MarkStart + w + MarkEnd }
	long := strings.Repeat("quay ", 40)
	tests := []struct {
		query, text, want string
	}{
		{"harbour", "The Harbour council met.", "The " + m("Harbour") + " council met."},
		{"talks", "Ferry talk resumed; the talks failed.", "Ferry " + m("talk") + " resumed; the " + m("talks") + " failed."},
		{"harb*", "Harbours and harbingers.", m("Harbours") + " and " + m("harbingers") + "."},
		{`"ferry strike" -union`, "No ferry, no strike, no union.", "No " + m("ferry") + ", no " + m("strike") + ", no union."},
		{"harbour", long + "harbour " + long, "…quay quay quay quay " + m("harbour") + strings.Repeat(" quay", 27) + "…"},
		{"harbour", "Nothing here.", "Nothing here."},
		{"harbour", "", ""},
	}
	for _, tt := range tests {
		if got := goSnippet(tt.text, snippetTerms(tt.query)); got != tt.want {
			t.Errorf("goSnippet(%q, %q) =\n %q\nwant\n %q", tt.text, tt.query, got, tt.want)
		}
	}
}

func TestCountHits(t *testing.T) {
	tests := []struct {
		query, text string
		limit, want int
	}{
		{"harbour", "Harbour harbours harm har ha hal", 10, 4},
		{"harbour OR quay", "harbour quay quays ferry", 10, 3},
		{"harbour -quay", "harbour quay", 10, 1},
		{"harbour", strings.Repeat("harbour ", 100), 10, 11}, // stops past the limit
		{"talks", "", 10, 0},
	}
	for _, tt := range tests {
		if got := countHits(tt.text, snippetTerms(tt.query), tt.limit); got != tt.want {
			t.Errorf("countHits(%q, %q) = %d, want %d", tt.text, tt.query, got, tt.want)
		}
	}
}

// TestSearchSnippetManyHits: a long body with more possible hits than
// maxSnippetHits gets goSnippet's snippet; a long body with few hits and a
// short one keep FTS5's.
func TestSearchSnippetManyHits(t *testing.T) {
	s, err := Open(context.Background(), ":memory:", Options{NoLink: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	many := "The quay was calm. " + strings.Repeat("harbour ", 3*maxSnippetHits)
	few := strings.Repeat("The quay was calm. ", snippetScanBytes/10) + "Then the harbour closed."
	short := "The quay was calm. Then the harbour closed."
	var batch []*core.Article
	for i, text := range []string{many, few, short} {
		batch = append(batch, &core.Article{Hash: fmt.Sprint("h", i), Source: fmt.Sprintf("t/%d.txt", i), Title: fmt.Sprint("Report ", i), Text: text})
	}
	if _, err := s.PutBatch(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	res, err := s.Search(context.Background(), SearchQuery{Text: "harbour"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, h := range res.Hits {
		got[h.Title] = h.Snippet
	}
	if want := goSnippet(many, snippetTerms("harbour")); got["Report 0"] != want {
		t.Errorf("many hits: snippet %q, want goSnippet's %q", got["Report 0"], want)
	}
	for _, title := range []string{"Report 1", "Report 2"} {
		if sn := got[title]; !strings.Contains(sn, MarkStart+"harbour"+MarkEnd+" closed") || !strings.HasSuffix(sn, "closed.") {
			t.Errorf("%s: snippet %q, want FTS5's window ending the body", title, sn)
		}
	}
}

// BenchmarkSearchManyHits searches a store of one body of n hits: FTS5's
// snippet() alone took 0.5 s at 5,000 hits, 13 s at 25,000.
func BenchmarkSearchManyHits(b *testing.B) {
	for _, n := range []int{5000, 10000, 20000} {
		s, err := Open(context.Background(), ":memory:", Options{NoLink: true})
		if err != nil {
			b.Fatal(err)
		}
		a := &core.Article{Hash: "m", Source: "t/m.txt", Title: "Report", Text: strings.Repeat("harbour ", n)}
		if _, err := s.PutBatch(context.Background(), []*core.Article{a}); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(context.Background(), SearchQuery{Text: "harbour"}); err != nil {
					b.Fatal(err)
				}
			}
		})
		s.Close()
	}
}
