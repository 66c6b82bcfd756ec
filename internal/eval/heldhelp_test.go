package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/sentence"
	"github.com/storyline/storyline/internal/testshared"
)

// Helpers shared by the held-sample tests.

// expectGoldTypesUpper checks that every category of the gold lines golds
// parses is upper case.
func expectGoldTypesUpper(t *testing.T, golds func() (map[string]ConflictGold, error)) {
	t.Helper()
	gs, err := golds()
	if err != nil {
		t.Fatal(err)
	}
	for k, g := range gs {
		for _, ty := range g.Types {
			if ty != strings.ToUpper(ty) {
				t.Errorf("%s: category %q not upper case", k, ty)
			}
		}
	}
}

// logConflictScore logs the score of the events sample name (ScoreHeld15)
// and its figures per type.
func logConflictScore(t *testing.T, name string, ss []ConflictSentence) {
	t.Helper()
	sc := ScoreHeld15(ss)
	t.Logf("%s: %d sentences, %d judged; acts %d: primary type right %d (%.3f), no event %d, actor %d, target %d; none %d: false primaries %d",
		name, sc.Sentences, sc.Judged, sc.Acts, sc.TypeRight, float64(sc.TypeRight)/float64(max(sc.Acts, 1)), sc.NoEvent, sc.ActorRight, sc.TargetRight, sc.None, sc.FalsePrimary)
	logConflictPerType(t, sc.PerType, 11)
}

// dumpKeyTextNames is the line dumpConflictSample writes of a drawn
// sentence: its key, its text and the entity names the layer sees.
func dumpKeyTextNames(key string, _ bool, text, names string) string {
	return fmt.Sprintf("%s\t%s\t[%s]\n", key, text, names)
}

// expectKeepsSomeOfRest checks, over the first 300 ECB+ names, that the
// novelty sample name keeps none of the names the earlier sample prior
// reads, and some but not all of the others.
func expectKeepsSomeOfRest(t *testing.T, name, prior string, priorKeep, keep func(string, int) bool, minDocs int) {
	t.Helper()
	kept, long := 0, 0
	for i := 0; i < 300; i++ {
		n := strconv.Itoa(i) + "_ecbplus"
		if priorKeep(n, minDocs) {
			if keep(n, minDocs) {
				t.Errorf("%s keeps %s, which %s reads", name, n, prior)
			}
			continue
		}
		long++
		if keep(n, minDocs) {
			kept++
		}
	}
	if kept == 0 || kept == long {
		t.Errorf("%s keeps %d of the %d names %s does not, want some, not all", name, kept, long, prior)
	}
}

// claimsByDoc reads the claims of docs as claims real does (single
// claims kept) and returns them by document, with each document's
// sentences (its title's and its text's lines, split).
func claimsByDoc(t *testing.T, ctx context.Context, docs []realDoc) (map[string][]RealClaim, map[string][]string) {
	t.Helper()
	judged, err := parseClaimVerdicts(claimsRealJudged)
	if err != nil {
		t.Fatal(err)
	}
	sents := map[string][]string{}
	occ, _, _, err := claimsOf(ctx, docs, judged, true, func(id string, a *core.Article) {
		for _, x := range strings.Split(a.Title+"\n"+a.Text, "\n") {
			sents[id] = append(sents[id], splitSentences(x)...)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	byDoc := map[string][]RealClaim{}
	for _, c := range occ {
		byDoc[c.Doc] = append(byDoc[c.Doc], c)
	}
	return byDoc, sents
}

// scoreWholeConflictSample scores the events sample what (every sentence
// in its held half) and logs its score, when env is set; else it skips
// the test, saying msg.
func scoreWholeConflictSample(t *testing.T, env, msg, what string, docs func(shared string) ([]realDoc, error), golds func() (map[string]ConflictGold, error), draw func(key, text string) (drawn, cue bool)) {
	t.Helper()
	if os.Getenv(env) == "" {
		t.Skip(msg)
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds"))
	ss, err := readConflictSample(context.Background(), what, shared, "held", docs, golds, draw, held16All)
	if err != nil {
		t.Fatal(err)
	}
	logConflictScore(t, strings.TrimPrefix(what, "events "), ss)
}

// anyCueSentenceDrawn reports whether the held17/held18 way of drawing
// takes a sentence: 6-70 words of a CoNLL-2003 document with a word of
// any category the layer types (held15Cue or conflictCue), and
// seededHashOf(seed, key) 0 mod mod.
func anyCueSentenceDrawn(seed string, mod uint32, key, text string) bool {
	n := len(strings.Fields(text))
	if n < 6 || n > 70 || !strings.HasPrefix(key, "conll-") || !(held15Cue.MatchString(text) || conflictCue.MatchString(text)) {
		return false
	}
	return seededHashOf(seed, key)%mod == 0
}

// docsNoneDrawn returns docs less every document one of whose sentences
// drawn takes (keyed by ConflictKey), in order; it reuses docs' array.
func docsNoneDrawn(docs []realDoc, drawn func(key, text string) bool) []realDoc {
	out := docs[:0]
	for _, d := range docs {
		used := false
		for _, s := range sentence.Split(d.text) {
			if drawn(ConflictKey(d.id, s.Text), s.Text) {
				used = true
				break
			}
		}
		if !used {
			out = append(out, d)
		}
	}
	return out
}

// conllSentences reads the sentences of a file of the CoNLL form (a
// token a line, its first tab-separated field; a blank line ends a
// sentence), each detokenized, in file order.
func conllSentences(raw string) []string {
	var out, cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, detokenize(cur))
			cur = nil
		}
	}
	for _, l := range strings.Split(raw, "\n") {
		f := strings.Split(l, "\t")
		if strings.TrimSpace(f[0]) == "" {
			flush()
			continue
		}
		cur = append(cur, f[0])
	}
	flush()
	return out
}

// heldLabels reads the recorded labels of a claims diag sample (a TSV of
// key, label, note; "#" lines are comments) as key -> "label\tnote"; an
// absent file gives none.
func heldLabels(path string) map[string]string {
	labels := map[string]string{}
	if raw, err := os.ReadFile(path); err == nil {
		for _, line := range strings.Split(string(raw), "\n") {
			if f := strings.Split(line, "\t"); len(f) >= 3 && !strings.HasPrefix(line, "#") {
				labels[f[0]] = f[1] + "\t" + f[2]
			}
		}
	}
	return labels
}

// claimTag is how a claims diag sample prints a claim the code reads:
// "[stmt KEY HASH]" or "[stance KEY HASH]", HASH the short hash of its
// own key.
func claimTag(c RealClaim) string {
	kind := "stance"
	if c.Claim.Statement {
		kind = "stmt"
	}
	return fmt.Sprintf("[%s %s %s]", kind, c.Claim.Key, shortHash(c.Claim.OwnKey()))
}
