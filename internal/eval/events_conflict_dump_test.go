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
	"github.com/storyline/storyline/internal/events"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
	"github.com/storyline/storyline/internal/testshared"
)

// TestDumpConflictSample writes the drawn sentences that have no gold
// yet, for judging, with the entity names the layer sees in each (never
// the events found, so the judge is not led by them). It runs only with
// EVENTS_CONFLICT_DUMP=FILE.
func TestDumpConflictSample(t *testing.T) {
	dumpConflictSample(t, "EVENTS_CONFLICT_DUMP", conflictDocs, ConflictGolds, conflictDrawn, func(key string, cue bool, text, names string) string {
		return fmt.Sprintf("%s\t%v\t%v\t%s\t[%s]\n", key, ConflictHeld(key), cue, text, names)
	})
}

// dumpConflictSample runs dumpConflictUnjudged on the documents docs
// reads from ../shared and the gold golds parses, writing to the file
// the environment variable env names; it skips the test when env is
// unset (or ../shared is absent).
func dumpConflictSample(t *testing.T, env string, docs func(shared string) ([]realDoc, error), golds func() (map[string]ConflictGold, error), draw func(key, text string) (drawn, cue bool), row func(key string, cue bool, text, names string) string) {
	t.Helper()
	outPath := os.Getenv(env)
	if outPath == "" {
		t.Skip("set " + env + "=FILE to list the sentences to judge")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds"))
	ds, err := docs(shared)
	if err != nil {
		t.Fatal(err)
	}
	gs, err := golds()
	if err != nil {
		t.Fatal(err)
	}
	dumpConflictUnjudged(t, outPath, ds, gs, draw, row)
}

// logConflictPerType logs each first gold category's right and total
// counts, in category order, the name padded to width.
func logConflictPerType(t *testing.T, perType map[string][2]int, width int) {
	t.Helper()
	var ts []string
	for k := range perType {
		ts = append(ts, k)
	}
	sort.Strings(ts)
	for _, k := range ts {
		t.Logf("  %-*s %d/%d", width, k, perType[k][0], perType[k][1])
	}
}

// logConflictErrors lists, when the environment variable env is set, each
// judged sentence of ss with its gold categories and its primary event
// (category, actor, target, trigger); the tune half's only (half), never
// the held half's.
func logConflictErrors(t *testing.T, env, half string, ss []ConflictSentence) {
	t.Helper()
	if os.Getenv(env) == "" {
		return
	}
	if half != "tune" {
		t.Fatal("errors are listed for the tune half only")
	}
	for _, s := range ss {
		if s.Gold == nil {
			continue
		}
		p, ok := events.Primary(s.Events)
		got := "-"
		if ok {
			got = events.PLOVER(p.Type) + " actor=" + p.Actor + " target=" + p.Target + " trig=" + p.Trigger
		}
		t.Logf("%s\tgold=%s\tgot=%s\t%s", s.Key, strings.Join(s.Gold.Types, "|"), got, s.Text)
	}
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
