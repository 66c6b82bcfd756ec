package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
	"github.com/storyline/storyline/internal/testshared"
)

// TestDumpConflictSample writes the drawn sentences that have no gold
// yet, for judging, with the entity names the layer sees in each (never
// the events found, so the judge is not led by them). It runs only with
// EVENTS_CONFLICT_DUMP=FILE.
func TestDumpConflictSample(t *testing.T) {
	outPath := os.Getenv("EVENTS_CONFLICT_DUMP")
	if outPath == "" {
		t.Skip("set EVENTS_CONFLICT_DUMP=FILE to list the sentences to judge")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds"))
	docs, err := conflictDocs(shared)
	if err != nil {
		t.Fatal(err)
	}
	golds, err := ConflictGolds()
	if err != nil {
		t.Fatal(err)
	}
	dumpConflictUnjudged(t, outPath, docs, golds, conflictDrawn, func(key string, cue bool, text, names string) string {
		return fmt.Sprintf("%s\t%v\t%v\t%s\t[%s]\n", key, ConflictHeld(key), cue, text, names)
	})
}

// dumpConflictUnjudged writes to outPath a row for each sentence of docs
// that draw draws and golds lacks, in document and text order: row is
// given its key, whether it has a cue, its words (conflictNorm) and the
// sorted names of the entity mentions the analyze layer finds within it,
// joined by "; " (never the events found).
func dumpConflictUnjudged(t *testing.T, outPath string, docs []realDoc, golds map[string]ConflictGold, draw func(key, text string) (drawn, cue bool), row func(key string, cue bool, text, names string) string) {
	t.Helper()
	z := analyze.New(analyze.Options{})
	var b strings.Builder
	n := 0
	for _, d := range docs {
		var mentions []quotes.Mention
		done := false
		for _, s := range sentence.Split(d.text) {
			key := ConflictKey(d.id, s.Text)
			drawn, cue := draw(key, s.Text)
			if !drawn {
				continue
			}
			if _, ok := golds[key]; ok {
				continue
			}
			if !done {
				done = true
				mentions = z.Mentions(&core.Article{Text: d.text})
			}
			names := map[string]bool{}
			for _, m := range mentions {
				if m.Start >= s.Start && m.End <= s.End {
					names[m.Name] = true
				}
			}
			var ms []string
			for k := range names {
				ms = append(ms, k)
			}
			sort.Strings(ms)
			b.WriteString(row(key, cue, conflictNorm(s.Text), strings.Join(ms, "; ")))
			n++
		}
	}
	if err := os.WriteFile(outPath, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d sentences to judge", n)
}
