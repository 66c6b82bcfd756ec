package eval

import (
	"context"
	"fmt"
	"hash/fnv"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/testshared"
)

// TestClaimsPairsDiag lists candidate statement pairs of one holder in two
// documents of real-held2 and real-tune2 for judging (the pair sample of
// the eighteenth session): statements no key joins whose gists share
// CLAIMS_PAIRS_SHARED stems or more (2 unless set; the sample took 1), one
// in CLAIMS_PAIRS_EVERY by a hash salted "claims18". It
// writes to CLAIMS_PAIRS_DIAG (a file) and runs only when that is set.
func TestClaimsPairsDiag(t *testing.T) {
	out := os.Getenv("CLAIMS_PAIRS_DIAG")
	if out == "" {
		t.Skip("set CLAIMS_PAIRS_DIAG=FILE to list candidate pairs")
	}
	every, minPairShared := uint32(1), 2
	fmt.Sscan(os.Getenv("CLAIMS_PAIRS_EVERY"), &every)
	fmt.Sscan(os.Getenv("CLAIMS_PAIRS_SHARED"), &minPairShared)
	shared := testshared.Dir(t)
	var b strings.Builder
	for _, o := range []ClaimsSampleOptions{{Shared: shared, Held2: true, Singles: true}, {Shared: shared, Tune2: true, Singles: true}} {
		occ, _, err := RealClaims(context.Background(), o)
		if err != nil {
			t.Fatal(err)
		}
		byHolder := statementsByHolder(occ)
		var lines []string
		n := 0
		for _, cs := range byHolder {
			for i := range cs {
				for j := range cs {
					a, c := cs[i], cs[j]
					if a.Doc == c.Doc || a.Key >= c.Key || a.Claim.Key == c.Claim.Key {
						continue
					}
					if sharedStems(a.Claim.Gist, c.Claim.Gist) < minPairShared {
						continue
					}
					n++
					h := fnv.New32a()
					h.Write([]byte("claims18/" + a.Key + " " + c.Key))
					if h.Sum32()%every != 0 {
						continue
					}
					lines = append(lines, fmt.Sprintf("P\t%s\t%s\t?\n  holder=%q shared=%d\n   A %s\n   B %s\n", a.Key, c.Key, a.Claim.Holder,
						sharedStems(a.Claim.Gist, c.Claim.Gist), strings.Join(strings.Fields(a.Claim.Sentence), " "), strings.Join(strings.Fields(c.Claim.Sentence), " ")))
				}
			}
		}
		sort.Strings(lines)
		fmt.Fprintf(&b, "# held2=%v tune2=%v candidates=%d drawn=%d\n", o.Held2, o.Tune2, n, len(lines))
		for _, l := range lines {
			b.WriteString(l)
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func sharedStems(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}

// TestClaimsNearPairsDiag lists, on the spent samples real and real-held,
// statement pairs of one holder in two documents that no key joins and
// that would restate one another (claims.Join's rule, order aside) with
// one or two more stems in common, with the stems each says alone: where
// to look for words of one meaning the synonym lexicon lacks. It writes to
// CLAIMS_NEAR_DIAG (a file) and runs only when that is set.
func TestClaimsNearPairsDiag(t *testing.T) {
	out := os.Getenv("CLAIMS_NEAR_DIAG")
	if out == "" {
		t.Skip("set CLAIMS_NEAR_DIAG=FILE to list near pairs")
	}
	shared := testshared.Dir(t)
	var b strings.Builder
	for _, o := range []ClaimsSampleOptions{{Shared: shared, Singles: true}, {Shared: shared, Held: true, Singles: true}} {
		occ, _, err := RealClaims(context.Background(), o)
		if err != nil {
			t.Fatal(err)
		}
		byHolder := statementsByHolder(occ)
		for _, cs := range byHolder {
			for i := range cs {
				for j := range cs {
					a, c := cs[i], cs[j]
					if a.Doc == c.Doc || a.Key >= c.Key || a.Claim.Key == c.Claim.Key {
						continue
					}
					n := sharedStems(a.Claim.Gist, c.Claim.Gist)
					short, long := len(a.Claim.Gist), len(c.Claim.Gist)
					if short > long {
						short, long = long, short
					}
					need := -1
					for k := 1; k <= 2; k++ {
						m := n + k
						if m >= 3 && m <= short && 4*m >= 3*short && 4*short >= long && (m > 3 || 5*m >= 3*long) {
							need = k
							break
						}
					}
					if need < 0 || n < 2 {
						continue
					}
					fmt.Fprintf(&b, "need=%d shared=%d holder=%q\n  A %v\n  B %v\n  A %s\n  B %s\n", need, n, a.Claim.Holder,
						alone(a.Claim.Gist, c.Claim.Gist), alone(c.Claim.Gist, a.Claim.Gist),
						strings.Join(strings.Fields(a.Claim.Sentence), " "), strings.Join(strings.Fields(c.Claim.Sentence), " "))
				}
			}
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// alone returns the stems of a that b lacks.
func alone(a, b []string) []string {
	var out []string
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x == y
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

// statementsByHolder groups the statement claims of occ by holder.
func statementsByHolder(occ []RealClaim) map[string][]RealClaim {
	byHolder := map[string][]RealClaim{}
	for _, c := range occ {
		if c.Claim.Statement {
			byHolder[c.Claim.Holder] = append(byHolder[c.Claim.Holder], c)
		}
	}
	return byHolder
}
