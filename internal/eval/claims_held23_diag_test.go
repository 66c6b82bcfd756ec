package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/testshared"
)

// sayWord finds a verb or phrase of saying or denial: the sentences of the
// held23 sample.
var sayWord = regexp.MustCompile(`(?i)\b(?:said|says|say|told|tells|stated|states|added|adds|claimed|claims|den(?:y|ies|ied|ying|ial)|announced|announces|argued|argues|warned|warns|insisted|explained|according to|believes?|reported|noted)\b`)

// gumNewsDocs reads the 21 Wikinews news documents of the GUM NER set
// (ner/gum/CONLL-format/news, a development set), which no claims sample
// read before the twenty-fourth session: one sentence a line (the blank
// lines of the CoNLL form), detokenized, sorted by file name.
func gumNewsDocs(shared string) ([]realDoc, error) {
	names, err := filepath.Glob(filepath.Join(shared, "bench", "ner", "gum", "CONLL-format", "news", "*.tsv"))
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("claims held23: no GUM news documents under %s", shared)
	}
	sort.Strings(names)
	var docs []realDoc
	for _, p := range names {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("claims held23: %w", err)
		}
		var b strings.Builder
		for _, sn := range conllSentences(string(raw)) {
			b.WriteString(sn)
			b.WriteByte('\n')
		}
		docs = append(docs, realDoc{id: "gum/" + strings.TrimSuffix(strings.TrimPrefix(filepath.Base(p), "GUM_news_"), ".tsv"), text: b.String()})
	}
	return docs, nil
}

// TestClaimsHeld23Diag draws and prints the held sample of the
// twenty-fourth session (testdata/claims_held23.tsv): in the GUM Wikinews
// news documents, which no earlier claims sample read, the sentences with
// a verb of saying or denial (sayWord), two in three by
// seededHashOf("claims23/", doc#hash). CLAIMS_HELD23_SENTS (a file) gets
// the drawn sentences alone, to judge blind; CLAIMS_HELD23_DIAG (a file)
// gets each with the claims the code reads from it and the recorded
// label. It runs only when one is set.
func TestClaimsHeld23Diag(t *testing.T) {
	out, blind := os.Getenv("CLAIMS_HELD23_DIAG"), os.Getenv("CLAIMS_HELD23_SENTS")
	if out == "" && blind == "" {
		t.Skip("set CLAIMS_HELD23_SENTS=FILE or CLAIMS_HELD23_DIAG=FILE for the held23 sample")
	}
	shared := testshared.Dir(t)
	docs, err := gumNewsDocs(shared)
	if err != nil {
		t.Fatal(err)
	}
	labels := heldLabels("testdata/claims_held23.tsv")
	byDoc, sents := claimsByDoc(t, context.Background(), docs)
	var sb, detail strings.Builder
	n := 0
	for _, d := range docs {
		seen := map[string]bool{}
		for _, sn := range sents[d.id] {
			key := d.id + "#" + shortHash(sn)
			if seen[key] || !sayWord.MatchString(sn) || seededHashOf("claims23/", key)%3 == 0 {
				continue
			}
			seen[key] = true
			n++
			fmt.Fprintf(&sb, "%s\n  %s\n", key, oneLine(sn))
			var got []string
			for _, c := range byDoc[d.id] {
				if c.Claim.Sentence == "" || !(strings.Contains(sn, c.Claim.Sentence) || strings.Contains(c.Claim.Sentence, sn)) {
					continue
				}
				got = append(got, claimTag(c))
			}
			fmt.Fprintf(&detail, "%s\t%s\t%s\n  %s\n", key, labels[key], strings.Join(got, " "), oneLine(sn))
		}
	}
	if blind != "" {
		if err := os.WriteFile(blind, []byte(fmt.Sprintf("drawn %d\n", n)+sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if out != "" {
		if err := os.WriteFile(out, []byte(fmt.Sprintf("docs %d drawn %d\n", len(docs), n)+detail.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
