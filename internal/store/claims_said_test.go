package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// quillArticle is a fictional article in which Mara Quill says quote.
func quillArticle(i int, quote string) *core.Article {
	text := "“" + quote + "” Mara Quill said on Tuesday."
	return &core.Article{Title: fmt.Sprintf("Quill speaks %d", i), Published: fmt.Sprintf("2031-06-0%d", i+1),
		Source: fmt.Sprintf("fiction/quill%d.txt", i), Hash: fmt.Sprintf("q%d", i), Language: "en", Text: text,
		Entities: []core.Entity{{Name: "Mara Quill", Type: core.Person, Mentions: 1}},
		Quotes:   []core.Quote{{Text: "“" + quote + "”", Speaker: "Mara Quill", Direct: true, Sentence: text, Start: 0, End: len(quote) + 6}}}
}

// TestClaimsJoinRestatedStatements: a statement quoted longer by a later
// article joins the earlier one's group (claims.Join through the store's
// claim_said), also in another batch, after re-analysis and not after the
// earlier article is deleted; a statement of other things stays apart.
func TestClaimsJoinRestatedStatements(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	short := "The ferry company owes its workers three months of wages"
	long := short + " and must pay every one of them before the harbour festival"
	other := "The harbour bridge will reopen to freight traffic before the winter storms reach Kestrel"
	if _, err := st.PutBatch(ctx, []*core.Article{quillArticle(0, short), quillArticle(1, other)}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.PutBatch(ctx, []*core.Article{quillArticle(2, long)}); err != nil {
		t.Fatal(err)
	}
	groups := func() map[string]int {
		gs, err := st.Claims(ctx, ClaimFilter{Singles: true})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]int{}
		for _, g := range gs {
			if strings.Contains(g.Key, "|says|") {
				out[g.Key] = g.Articles
			}
		}
		return out
	}
	want := func(when string, n2, n1 int) {
		t.Helper()
		got := groups()
		twos, ones := 0, 0
		for _, n := range got {
			switch n {
			case 2:
				twos++
			case 1:
				ones++
			}
		}
		if twos != n2 || ones != n1 {
			t.Errorf("%s: statement groups %v, want %d of two articles and %d of one", when, got, n2, n1)
		}
	}
	want("after ingest", 1, 1)
	a3, err := st.Article(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	fresh := quillArticle(2, long)
	fresh.ID = a3.ID
	if err := st.(Reannotator).Reannotate(ctx, fresh); err != nil {
		t.Fatal(err)
	}
	want("after re-analysis", 1, 1)
	if err := st.Delete(ctx, 1); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := st.(*sqliteStore).db.QueryRow(`SELECT count(*) FROM claim_said WHERE article_id = 1`).Scan(&n); err != nil || n != 0 {
		t.Errorf("claim_said rows of the deleted article: %d, %v", n, err)
	}
	if err := st.(Reannotator).Reannotate(ctx, fresh); err != nil {
		t.Fatal(err)
	}
	want("after the earlier article went and re-analysis", 0, 2)
}
