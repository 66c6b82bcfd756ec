package eval

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/claims"
	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/testshared"
)

// denialCue finds the wordings of a denial a reader follows as a claim:
// "denied that", "denies involvement", "rejected claims that", "dismissed
// reports that", "called ... baseless", "there is no truth to".
var denialCue = regexp.MustCompile(`(?i)\b(?:den(?:y|ies|ied|ying)\b|(?:rejected|rejects|dismissed|dismisses)\s+(?:the\s+|as\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?|charges?|speculation|rumou?rs?)\b|\b(?:baseless|unfounded|groundless)\b|no truth (?:to|in))`)

// notButCue finds "not X but Y" with no comma before "but".
var notButCue = regexp.MustCompile(`(?i)\bnot\s+(?:[^,;.!?]{1,60}?)\s+but\s+(?:a|an|the|rather|to|as|in|on|for|[a-z]+)\b`)

// TestClaimsDenialDiag is the census of the twentieth session on the spent
// samples (never real-held3): sentences with a denial wording or "not X but
// Y" without a comma, and the claims the code reads from each. It writes to
// CLAIMS_DENIAL_DIAG (a file) and runs only when that is set;
// CLAIMS_DENIAL_SETS limits the sets (comma-separated names). The
// sentences of the held denial sample of the twenty-first session
// (testdata/claims_denial_held.tsv, judged once before its change) are
// tagged HELD-<label> and counted by label; whether a deny claim on a w
// sentence is right is judged by hand (the file's base and after columns).
func TestClaimsDenialDiag(t *testing.T) {
	out := os.Getenv("CLAIMS_DENIAL_DIAG")
	if out == "" {
		t.Skip("set CLAIMS_DENIAL_DIAG=FILE for the denial census")
	}
	shared := testshared.Dir(t)
	sets := spentClaimSets
	only := map[string]bool{}
	for _, s := range strings.Split(os.Getenv("CLAIMS_DENIAL_SETS"), ",") {
		if s != "" {
			only[s] = true
		}
	}
	held := map[string]string{} // doc#hash -> label (testdata/claims_denial_held.tsv)
	heldN, heldDeny := map[string]int{}, map[string]int{}
	if raw, err := os.ReadFile("testdata/claims_denial_held.tsv"); err == nil {
		for _, line := range strings.Split(string(raw), "\n") {
			if f := strings.Split(line, "\t"); len(f) == 5 && !strings.HasPrefix(line, "#") {
				held[f[1]] = f[2]
			}
		}
	}
	var b, detail strings.Builder
	fmt.Fprintf(&b, "set\tdocs\tdenial sentences\twith a denial claim\twith a statement claim\tnot-but sentences\twith a claim\n")
	for _, s := range sets {
		if len(only) > 0 && !only[s.name] {
			continue
		}
		o := s.o
		o.Shared = shared
		o = o.withDefaults()
		ctx := context.Background()
		docs, err := claimsSampleDocs(ctx, o)
		if err != nil {
			t.Fatal(err)
		}
		sents := map[string][]string{} // doc -> sentences
		occ, _, _, err := claimsOf(ctx, docs, claimVerdicts{}, true, func(id string, a *core.Article) {
			for _, x := range strings.Split(a.Title+"\n"+a.Text, "\n") {
				for _, sn := range splitSentences(x) {
					sents[id] = append(sents[id], sn)
				}
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		byDoc := map[string][]claims.Claim{}
		for _, c := range occ {
			byDoc[c.Doc] = append(byDoc[c.Doc], c.Claim)
		}
		nd, nDen, nStmt, nb, nbc := 0, 0, 0, 0, 0
		for _, d := range docs {
			for _, sn := range sents[d.id] {
				isDen, isNB := denialCue.MatchString(sn), notButCue.MatchString(sn)
				if !isDen && !isNB {
					continue
				}
				var got []string
				den, stmt := false, false
				for _, c := range byDoc[d.id] {
					if c.Sentence == "" || !(strings.Contains(sn, c.Sentence) || strings.Contains(c.Sentence, sn)) {
						continue
					}
					got = append(got, c.Key)
					if c.Stance == "deny" {
						den = true
					}
					if c.Statement {
						stmt = true
					}
				}
				tag := "DENIAL"
				if l, ok := held[d.id+"#"+shortHash(sn)]; ok && isDen {
					tag = "HELD-" + l
					heldN[l]++
					if den {
						heldDeny[l]++
					}
				}
				if isDen {
					nd++
					if den {
						nDen++
					}
					if stmt {
						nStmt++
					}
				} else {
					tag = "NOTBUT"
					nb++
					if len(got) > 0 {
						nbc++
					}
				}
				fmt.Fprintf(&detail, "%s\t%s\t%s\t%s\t%s\n  %s\n", s.name, tag, d.id, shortHash(sn), strings.Join(got, " ; "), oneLine(sn))
			}
		}
		fmt.Fprintf(&b, "%s\t%d\t%d\t%d\t%d\t%d\t%d\n", s.name, len(docs), nd, nDen, nStmt, nb, nbc)
	}
	for _, l := range []string{"w", "p", "n", "u"} {
		fmt.Fprintf(&b, "held denial sample\t%s\t%d sentences\t%d with a deny claim\n", l, heldN[l], heldDeny[l])
	}
	if err := os.WriteFile(out, []byte(b.String()+"\n"+detail.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// splitSentences is a rough split at ". ", "? " and "! " for the census.
func splitSentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' {
			out = append(out, strings.TrimSpace(s[start:i+1]))
			start = i + 2
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}
