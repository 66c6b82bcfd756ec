package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestClaimsJoinSynonymStatements: a statement restated in a later batch
// in words of one meaning ("an inquiry" / "an investigation", "soldiers
// died" / "the deaths of troops") joins the earlier one's group through
// the store's claim_said; one that says the opposite stays apart. The
// speaker and her words are fictional.
func TestClaimsJoinSynonymStatements(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	batches := [][]string{
		{"The inquiry will examine why forty soldiers died near the Brannholm crossing",
			"The Kestrel council supports the plan to close the northern ferry terminal next spring"},
		{"An investigation is to find out how the deaths of forty troops near the Brannholm crossing happened",
			"The Kestrel council opposes the plan to close the northern ferry terminal next spring"},
	}
	i := 0
	for _, quotes := range batches {
		var as []*core.Article
		for _, q := range quotes {
			as = append(as, quillArticle(i, q))
			i++
		}
		if _, err := st.PutBatch(ctx, as); err != nil {
			t.Fatal(err)
		}
	}
	gs, err := st.Claims(ctx, ClaimFilter{Singles: true})
	if err != nil {
		t.Fatal(err)
	}
	var twos, ones []string
	for _, g := range gs {
		if !strings.Contains(g.Key, "|says|") {
			continue
		}
		switch g.Articles {
		case 2:
			twos = append(twos, g.Key)
		case 1:
			ones = append(ones, g.Key)
		}
	}
	if len(twos) != 1 || len(ones) != 2 || !strings.Contains(twos[0], "inquiri") {
		t.Errorf("statement groups of two articles %v, of one %v; want the inquiry's of two, the council's two apart", twos, ones)
	}
}
