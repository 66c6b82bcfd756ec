package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestClaimsVoicedForCountry: a claim by a person whose title says they
// speak for a country is that country's claim, keeping who voiced it; a
// former office holder speaks for themselves. The people are fictional.
func TestClaimsVoicedForCountry(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	kell := core.Entity{Name: "Anna Kell", Type: core.Person, Attributes: []string{"Chilean President"}, Mentions: 2}
	marn := core.Entity{Name: "Rosa Marn", Type: core.Person, Attributes: []string{"former Chilean President"}, Mentions: 1}
	arts := []*core.Article{
		{Title: "Chile ready for talks on the river dispute", Published: "2031-05-01",
			Text: "Chile is ready for negotiations on the river dispute, its foreign ministry said on Monday."},
		{Title: "Kell repeats offer on the river", Published: "2031-05-09", Entities: []core.Entity{kell, marn},
			Text: "Chilean President Anna Kell said she was ready for talks on the river dispute. Former Chilean President Rosa Marn said she was ready for talks too."},
	}
	for i, a := range arts {
		a.Source, a.Hash, a.Language = fmt.Sprintf("fiction/voice%d.txt", i), fmt.Sprintf("v%d", i), "en"
	}
	if _, err := st.PutBatch(ctx, arts); err != nil {
		t.Fatal(err)
	}
	for _, speaker := range []string{"chile", "Chile", "Anna Kell", "kell"} {
		gs, err := st.Claims(ctx, ClaimFilter{Speaker: speaker})
		if err != nil {
			t.Fatal(err)
		}
		if len(gs) != 1 || gs[0].Key != "chile|ready|negotiations" || gs[0].Articles != 2 {
			t.Fatalf("Claims(%q) = %+v, want chile|ready|negotiations in 2 articles", speaker, gs)
		}
		voiced := ""
		for _, o := range gs[0].Occurrences {
			voiced += o.Speaker + ";"
		}
		if voiced != ";Anna Kell;" {
			t.Errorf("Claims(%q) voiced by %q, want the ministry's unvoiced then Anna Kell", speaker, voiced)
		}
	}
	if gs, _ := st.Claims(ctx, ClaimFilter{Speaker: "marn"}); len(gs) != 1 || gs[0].Key != "marn|ready|negotiations" {
		t.Errorf("the former president's claim: %+v, want marn|ready|negotiations", gs)
	}
	if gs, _ := st.Claims(ctx, ClaimFilter{Speaker: "ell"}); len(gs) != 0 {
		t.Errorf("Claims(ell) matched part of a name: %+v", gs)
	}
	a, err := st.Article(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Claims) != 2 || a.Claims[0].Speaker != "Anna Kell" || a.Claims[0].Holder != "chile" || a.Claims[1].Speaker != "" {
		t.Errorf("article 2 claims = %+v", a.Claims)
	}
}

// TestClaimsSingleStatements: a statement claim (a speaker's quote keyed by
// its gist) one article alone carries is listed only with Singles; one that
// two articles carry is a recurring claim. The people are fictional.
func TestClaimsSingleStatements(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	quill := core.Entity{Name: "Mara Quill", Type: core.Person, Mentions: 1}
	bridge := "“The harbour bridge will reopen to freight traffic before the winter storms reach Kestrel,”"
	wages := "“The ferry company owes its workers three months of wages and must pay them now,”"
	art := func(i int, title, quote string) *core.Article {
		text := quote + " Mara Quill said on Tuesday."
		return &core.Article{Title: title, Published: fmt.Sprintf("2031-06-0%d", i+1), Source: fmt.Sprintf("fiction/single%d.txt", i),
			Hash: fmt.Sprintf("s%d", i), Language: "en", Text: text, Entities: []core.Entity{quill},
			Quotes: []core.Quote{{Text: quote, Speaker: "Mara Quill", Direct: true, Sentence: text, Start: 0, End: len(quote)}}}
	}
	arts := []*core.Article{art(0, "Bridge to reopen", bridge), art(1, "Kestrel bridge news", bridge), art(2, "Ferry wages", wages)}
	if _, err := st.PutBatch(ctx, arts); err != nil {
		t.Fatal(err)
	}
	keys := func(f ClaimFilter) map[string]int {
		gs, err := st.Claims(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]int{}
		for _, g := range gs {
			out[g.Key] = g.Articles
		}
		return out
	}
	statements := func(m map[string]int) (recurring, single int) {
		for k, n := range m {
			if !strings.Contains(k, "|says|") {
				continue
			}
			if n >= 2 {
				recurring++
			} else {
				single++
			}
		}
		return recurring, single
	}
	if r, s := statements(keys(ClaimFilter{Singles: true})); r != 1 || s != 1 {
		t.Fatalf("with Singles: %d recurring and %d single statements, want 1 and 1 (%v)", r, s, keys(ClaimFilter{Singles: true}))
	}
	if r, s := statements(keys(ClaimFilter{})); r != 1 || s != 0 {
		t.Errorf("by default: %d recurring and %d single statements, want 1 and 0", r, s)
	}
	if r, s := statements(keys(ClaimFilter{Story: arts[2].Story})); s != 0 || r > 1 {
		t.Errorf("a story's claims list no single statement: %d single", s)
	}
}
