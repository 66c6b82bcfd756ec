package eval

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/claims"
	"github.com/storyline/storyline/internal/testshared"
)

// spentClaimSets are the claims samples the censuses read: every set but
// real-held3, which holds test documents.
var spentClaimSets = []struct {
	name string
	o    ClaimsSampleOptions
}{
	{"real", ClaimsSampleOptions{}}, {"real-held", ClaimsSampleOptions{Held: true}},
	{"real-held2", ClaimsSampleOptions{Held2: true}}, {"real-tune2", ClaimsSampleOptions{Tune2: true}},
	{"real-held4", ClaimsSampleOptions{Held4: true}}, {"real-held5", ClaimsSampleOptions{Held5: true}},
	{"real-held6", ClaimsSampleOptions{Held6: true}}, {"real-held7", ClaimsSampleOptions{Held7: true}},
}

// TestClaimsNegationDiag is the census of the nineteenth session on the
// spent samples (real, real-held, real-held2, real-tune2, real-held4 to
// real-held7; never real-held3, which holds test documents): statement
// claims whose gist carries a negation (claims' polarity mark, which the
// gists before the session dropped), statements whose sentence holds a
// negation word the mark does not take (scoped out, or the writer's),
// groups (2+ documents) that the key without its polarity would make of
// statements of both polarities, and pairs of one holder's statements in
// two documents of opposite polarity that claims.Join, blind to polarity,
// would put in one group. It writes to CLAIMS_NEG_DIAG (a file) and runs
// only when that is set.
func TestClaimsNegationDiag(t *testing.T) {
	out := os.Getenv("CLAIMS_NEG_DIAG")
	if out == "" {
		t.Skip("set CLAIMS_NEG_DIAG=FILE for the negation census")
	}
	shared := testshared.Dir(t)
	sets := spentClaimSets
	var b strings.Builder
	fmt.Fprintf(&b, "set\tstatements\tnegated\tnegation word not marked\tmixed groups (key without polarity)\tmixed Join pairs\tnegated stance claims\n")
	var detail strings.Builder
	for _, s := range sets {
		o := s.o
		o.Shared, o.Singles = shared, true
		occ, _, err := RealClaims(context.Background(), o)
		if err != nil {
			t.Fatal(err)
		}
		stmts, neg, unmarked, stanceNeg := 0, 0, 0, 0
		groups := map[string]map[string]bool{} // key without polarity -> doc -> negated
		for _, c := range occ {
			if !c.Claim.Statement {
				if c.Claim.Negated {
					stanceNeg++
				}
				continue
			}
			stmts++
			if c.Claim.Negated {
				neg++
				fmt.Fprintf(&detail, "%s\tNEG\t%s\t%s\t%s\t%s\n  %s\n", s.name, c.Key, shortHash(c.Claim.OwnKey()), c.Claim.OwnKey(), c.Claim.Text, oneLine(c.Claim.Sentence))
			} else if negationWord(c.Claim.Sentence) {
				unmarked++
				fmt.Fprintf(&detail, "%s\tUNMARKED\t%s\t%s\n", s.name, c.Key, oneLine(c.Claim.Sentence))
			}
			k := strings.Replace(c.Claim.OwnKey(), "|says|not:", "|says|", 1)
			if groups[k] == nil {
				groups[k] = map[string]bool{}
			}
			groups[k][c.Doc+"\x00"+fmt.Sprint(c.Claim.Negated)] = true
		}
		mixed := 0
		for k, m := range groups {
			docs, pol := map[string]bool{}, map[string]bool{}
			for d := range m {
				doc, p, _ := strings.Cut(d, "\x00")
				docs[doc], pol[p] = true, true
			}
			if len(docs) >= 2 && len(pol) == 2 {
				mixed++
				fmt.Fprintf(&detail, "%s\tMIXED GROUP\t%s\n", s.name, k)
			}
		}
		pairs := 0
		for _, cs := range statementsByHolder(occ) {
			for i := range cs {
				for j := range cs {
					a, c := cs[i], cs[j]
					if a.Doc == c.Doc || !a.Claim.Negated || c.Claim.Negated {
						continue
					}
					if blindJoined(t, a.Claim, c.Claim) {
						pairs++
						fmt.Fprintf(&detail, "%s\tMIXED PAIR\t%s\t%s\n  A %s\n  B %s\n", s.name, a.Key, c.Key, a.Claim.Text, c.Claim.Text)
					}
				}
			}
		}
		fmt.Fprintf(&b, "%s\t%d\t%d\t%d\t%d\t%d\t%d\n", s.name, stmts, neg, unmarked, mixed, pairs, stanceNeg)
	}
	if err := os.WriteFile(out, []byte(b.String()+"\n"+detail.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// blindJoined reports whether claims.Join, the polarity mark taken from
// both gists (as gists were before the nineteenth session), puts b in a's
// group, either way round.
func blindJoined(t *testing.T, a, b claims.Claim) bool {
	t.Helper()
	strip := func(c claims.Claim) claims.Claim {
		var g []string
		for _, s := range c.Gist {
			if s != "not" {
				g = append(g, s)
			}
		}
		c.Gist, c.Own = g, ""
		c.Key = strings.Replace(c.Key, "|says|not:", "|says|", 1)
		return c
	}
	for _, p := range [][2]claims.Claim{{a, b}, {b, a}} {
		x, y := strip(p[0]), strip(p[1])
		if x.Key == y.Key {
			return true
		}
		var m claims.MemMemory
		ctx := context.Background()
		if _, err := claims.Join(ctx, &m, "1", []claims.Claim{x}); err != nil {
			t.Fatal(err)
		}
		got, err := claims.Join(ctx, &m, "2", []claims.Claim{y})
		if err != nil {
			t.Fatal(err)
		}
		if got[0].Key == x.Key {
			return true
		}
	}
	return false
}

// negationWord reports whether s holds a word of negation.
func negationWord(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(s, "’", "'"))) {
		w = strings.Trim(w, ".,;:!?\"“”()'")
		switch w {
		case "not", "never", "no", "nor", "neither", "cannot", "nothing", "nobody", "none":
			return true
		}
		if strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
