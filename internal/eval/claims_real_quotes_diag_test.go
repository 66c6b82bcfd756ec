package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/claims"
	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/story/terms"
	"github.com/storyline/storyline/internal/testshared"
)

// TestClaimsQuoteRecurrenceDiag counts, on the pooled documents of the
// spent claims samples, the quotes of one canonical speaker whose content
// recurs in two or more articles: the ceiling of statement claims. It
// writes its listing to CLAIMS_QUOTES_DIAG (a file) and runs only when
// that is set.
func TestClaimsQuoteRecurrenceDiag(t *testing.T) {
	out := os.Getenv("CLAIMS_QUOTES_DIAG")
	if out == "" {
		t.Skip("set CLAIMS_QUOTES_DIAG=FILE to count recurring quotes")
	}
	shared := testshared.Dir(t)
	docs, err := recallDocs(shared)
	if err != nil {
		t.Fatal(err)
	}
	var st terms.Stemmer
	ce := claims.NewExtractor(claims.Options{})
	type q struct {
		doc, speaker, text, key string
		stems                   map[string]bool
	}
	var qs []q
	resolved := 0
	// claimsOf extracts and analyses each document as ingest does
	_, _, _, err = claimsOf(context.Background(), docs, claimVerdicts{}, false, func(id string, a *core.Article) {
		for _, x := range a.Quotes {
			if x.Speaker == "" {
				continue
			}
			resolved++
			set := map[string]bool{}
			for _, s := range st.Content(x.Said()) {
				set[s] = true
			}
			key := ""
			for _, c := range ce.Extract("", "", []core.Quote{x}) {
				if c.Statement {
					key = c.Key
				}
			}
			qs = append(qs, q{id, claims.Canon(x.Speaker), x.Said(), key, set})
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	bySp := map[string][]int{}
	for i, x := range qs {
		bySp[x.speaker] = append(bySp[x.speaker], i)
	}
	var b strings.Builder
	recurring, verbatim, close, closeKeyed, closeSame := 0, 0, 0, 0, 0
	sps := make([]string, 0, len(bySp))
	for s := range bySp {
		sps = append(sps, s)
	}
	sort.Strings(sps)
	for _, s := range sps {
		idx := bySp[s]
		for _, i := range idx {
			var other []int
			for _, j := range idx {
				if qs[j].doc == qs[i].doc {
					continue
				}
				shared := 0
				for k := range qs[i].stems {
					if qs[j].stems[k] {
						shared++
					}
				}
				m := min(len(qs[i].stems), len(qs[j].stems))
				if shared >= 3 && 2*shared >= m {
					other = append(other, j)
				}
			}
			if len(other) == 0 {
				continue
			}
			recurring++
			for _, j := range other {
				shared := 0
				for k := range qs[i].stems {
					if qs[j].stems[k] {
						shared++
					}
				}
				if 5*shared >= 4*min(len(qs[i].stems), len(qs[j].stems)) && min(len(qs[i].stems), len(qs[j].stems)) >= 5 {
					close++
					if qs[i].key != "" {
						closeKeyed++
						if qs[i].key == qs[j].key {
							closeSame++
						}
					}
				}
			}
			verb := false
			for _, j := range other {
				verb = verb || strings.EqualFold(strings.Trim(qs[j].text, " \"“”'.,"), strings.Trim(qs[i].text, " \"“”'.,"))
			}
			if verb {
				verbatim++
			}
			fmt.Fprintf(&b, "%s | %s | %s\n", s, qs[i].doc, strings.Join(strings.Fields(qs[i].text), " "))
			for _, j := range other {
				fmt.Fprintf(&b, "      ~ %s | %s\n", qs[j].doc, strings.Join(strings.Fields(qs[j].text), " "))
			}
		}
	}
	fmt.Fprintf(&b, "close pairs (4/5 of the smaller's stems, 5+) %d, keyed %d, same key %d\n", close, closeKeyed, closeSame)
	fmt.Fprintf(&b, "documents %d, quotes with a speaker %d, speakers %d, recurring in 2+ articles %d (verbatim %d)\n", len(docs), resolved, len(bySp), recurring, verbatim)
	if err := os.WriteFile(filepath.Clean(out), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Log(strings.TrimSpace(b.String()[strings.LastIndex(strings.TrimSpace(b.String()), "\n")+1:]))
}
