package eval

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/testshared"
)

// denyWord finds a denial verb or noun: the held22 sample's first stratum.
var denyWord = regexp.MustCompile(`(?i)\bden(?:y|ies|ied|ying|ial|ials)\b`)

// saidBut finds a said-sentence with a second clause after ", but": the
// held22 sample's second stratum ("X said Y is ready to talk, but ...").
var saidBut = regexp.MustCompile(`(?i)\b(?:said|says|told)\b.*,\s+but\b|,\s+but\b.*\b(?:said|says|told)\b`)

// TestClaimsHeld22Diag draws and prints the held sample of the
// twenty-second session (testdata/claims_held22.tsv) on the spent claims
// samples (never real-held3): sentences with a denial word that the
// twenty-first session's held denial sample does not hold, one in two by
// seededHashOf("claims22/", doc#hash), and said-sentences with ", but",
// one in sixteen by the same hash. It writes each drawn sentence with the
// claims the code reads from it and their verdicts to CLAIMS_HELD22_DIAG
// (a file) and runs only when that is set; CLAIMS_DENIAL_SETS limits the
// sets.
func TestClaimsHeld22Diag(t *testing.T) {
	out := os.Getenv("CLAIMS_HELD22_DIAG")
	if out == "" {
		t.Skip("set CLAIMS_HELD22_DIAG=FILE for the held22 sample")
	}
	shared := testshared.Dir(t)
	only := map[string]bool{}
	for _, s := range strings.Split(os.Getenv("CLAIMS_DENIAL_SETS"), ",") {
		if s != "" {
			only[s] = true
		}
	}
	old := map[string]bool{} // the held denial sample of session 21
	if raw, err := os.ReadFile("testdata/claims_denial_held.tsv"); err == nil {
		for _, line := range strings.Split(string(raw), "\n") {
			if f := strings.Split(line, "\t"); len(f) == 5 && !strings.HasPrefix(line, "#") {
				old[f[1]] = true
			}
		}
	}
	labels := map[string]string{}
	if raw, err := os.ReadFile("testdata/claims_held22.tsv"); err == nil {
		for _, line := range strings.Split(string(raw), "\n") {
			if f := strings.Split(line, "\t"); len(f) >= 3 && !strings.HasPrefix(line, "#") {
				labels[f[1]] = f[2]
			}
		}
	}
	var b, detail strings.Builder
	for _, s := range spentClaimSets {
		if len(only) > 0 && !only[s.name] {
			continue
		}
		o := s.o
		o.Shared = shared
		o.Singles = true
		o = o.withDefaults()
		ctx := context.Background()
		docs, err := claimsSampleDocs(ctx, o)
		if err != nil {
			t.Fatal(err)
		}
		byDoc, sents := claimsByDoc(t, ctx, docs)
		nD, nS := 0, 0
		for _, d := range docs {
			seen := map[string]bool{}
			for _, sn := range sents[d.id] {
				key := d.id + "#" + shortHash(sn)
				if seen[key] || old[key] {
					continue
				}
				seen[key] = true
				h := seededHashOf("claims22/", key)
				stratum := ""
				switch {
				case denyWord.MatchString(sn) && h%2 == 0:
					stratum = "D"
					nD++
				case !denyWord.MatchString(sn) && saidBut.MatchString(sn) && h%16 == 0:
					stratum = "S"
					nS++
				default:
					continue
				}
				var got []string
				for _, c := range byDoc[d.id] {
					if c.Claim.Sentence == "" || !(strings.Contains(sn, c.Claim.Sentence) || strings.Contains(c.Claim.Sentence, sn)) {
						continue
					}
					v := "?"
					if c.Verdict != 0 {
						v = string(c.Verdict)
					}
					kind := "stance"
					if c.Claim.Statement {
						kind = "stmt"
					}
					at := ""
					if c.Key != key {
						at = " at " + c.Key // the claim's sentence is not the rough split's
					}
					got = append(got, fmt.Sprintf("[%s %s %s %s%s]", v, kind, c.Claim.Key, shortHash(c.Claim.OwnKey()), at))
				}
				fmt.Fprintf(&detail, "%s\t%s\t%s\t%s\t%s\n  %s\n", s.name, stratum, key, labels[key], strings.Join(got, " "), oneLine(sn))
			}
		}
		fmt.Fprintf(&b, "%s\tdocs %d\tD %d\tS %d\n", s.name, len(docs), nD, nS)
	}
	if err := os.WriteFile(out, []byte(b.String()+"\n"+detail.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
