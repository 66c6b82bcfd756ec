package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/testshared"
)

// re3dTrainSentences reads the sentences of the re3d NER train split
// (ner/re3d/CONLL-format/data/train/re3d-train.conll: BBC, government and
// Wikipedia texts on defence and security, a development set; its
// sentences come shuffled, one a block of the CoNLL form), detokenized,
// in file order. No claims sample read them before the twenty-fifth
// session.
func re3dTrainSentences(shared string) ([]string, error) {
	p := filepath.Join(shared, "bench", "ner", "re3d", "CONLL-format", "data", "train", "re3d-train.conll")
	raw, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("claims held24: %w", err)
	}
	return conllSentences(string(raw)), nil
}

// held24Docs draws the held sample of the twenty-fifth session: the
// sentences of the re3d train split with a verb of saying or denial
// (sayWord), one in two by seededHashOf("claims24/", hash of the
// sentence), each read as a document of its own (the split's sentences
// come shuffled, so no sentence has its article around it).
func held24Docs(shared string) ([]realDoc, error) {
	sents, err := re3dTrainSentences(shared)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var docs []realDoc
	for _, s := range sents {
		key := "re3d#" + shortHash(s)
		if seen[key] || !sayWord.MatchString(s) || seededHashOf("claims24/", key)%2 == 0 {
			continue
		}
		seen[key] = true
		docs = append(docs, realDoc{id: key, text: s})
	}
	return docs, nil
}

// TestClaimsHeld24Diag prints the held sample of the twenty-fifth
// session (testdata/claims_held24.tsv, see held24Docs).
// CLAIMS_HELD24_SENTS (a file) gets the drawn sentences alone, to judge
// blind; CLAIMS_HELD24_DIAG (a file) gets each with the claims the code
// reads from it and the recorded label. It runs only when one is set.
func TestClaimsHeld24Diag(t *testing.T) {
	out, blind := os.Getenv("CLAIMS_HELD24_DIAG"), os.Getenv("CLAIMS_HELD24_SENTS")
	if out == "" && blind == "" {
		t.Skip("set CLAIMS_HELD24_SENTS=FILE or CLAIMS_HELD24_DIAG=FILE for the held24 sample")
	}
	shared := testshared.Dir(t)
	docs, err := held24Docs(shared)
	if err != nil {
		t.Fatal(err)
	}
	labels := heldLabels("testdata/claims_held24.tsv")
	var sb, detail strings.Builder
	if blind != "" {
		for _, d := range docs {
			fmt.Fprintf(&sb, "%s\n  %s\n", d.id, oneLine(d.text))
		}
		if err := os.WriteFile(blind, []byte(fmt.Sprintf("drawn %d\n", len(docs))+sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if out == "" {
		return
	}
	byDoc, _ := claimsByDoc(t, context.Background(), docs)
	for _, d := range docs {
		var got []string
		for _, c := range byDoc[d.id] {
			got = append(got, claimTag(c))
		}
		fmt.Fprintf(&detail, "%s\t%s\t%s\n  %s\n", d.id, labels[d.id], strings.Join(got, " "), oneLine(d.text))
	}
	if err := os.WriteFile(out, []byte(fmt.Sprintf("drawn %d\n", len(docs))+detail.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
