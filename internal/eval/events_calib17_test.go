package eval

// A second calibration sample of events (twenty-first session, calib2),
// drawn as calib16 was: sentences of CoNLL-2003 train documents and
// PolNeAR train/dev articles that none of the eighth to thirteenth events
// samples read, no sentence the fourteenth or fifteenth sample or calib16
// draws, drawn by a hash seeded "calib17:" (every
// sentence of 6-70 words, no cue word: the events readers are shown come
// from any sentence). Every event found in a drawn sentence (as analyze:
// one per sentence and act) was judged once, type right or wrong, with
// the earlier samples' conventions, from the sentence and the event's
// trigger, type, actor and target, never its confidence, before that
// session changed the confidence model or scored either model on it
// (internal/events NOTE.md, twenty-first session). Verdicts: testdata/events_calib17.tsv,
// key (document id # sentence hash), trigger offset, type, y or n; no
// text. No confidence fit reads it.

import (
	"context"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/testshared"
)

//go:embed testdata/events_calib17.tsv
var eventsCalib17 string

const (
	calib17Seed = "calib17:"
	calib17Mod  = 40
)

// calib17Docs reads the documents the sample may draw from.
func calib17Docs(shared string) ([]realDoc, error) {
	return conllPolnearDocs(shared, func(name, id string) bool {
		if name != "conll" && name != "polnear" {
			return false
		}
		return !(held8Drawn(name, id) || held9Drawn(name, id) || held10Drawn(name, id) || held11Drawn(name, id) || held12Drawn(name, id) || held13Drawn(name, id))
	})
}

// calib17Drawn reports whether a sentence is drawn.
func calib17Drawn(key, text string) bool {
	n := len(strings.Fields(text))
	if n < 6 || n > 70 || held14SentenceDrawn(key, text) || held15SentenceDrawn(key, text) || calib16Drawn(key, text) {
		return false
	}
	return seededHashOf(calib17Seed, key)%calib17Mod == 0
}

// calib17Sample draws the sentences with their events.
func calib17Sample(t *testing.T) []ConflictSentence {
	shared := filepath.Dir(testshared.Dir(t, "seeds"))
	docs, err := calib17Docs(shared)
	if err != nil {
		t.Fatal(err)
	}
	ss, err := conflictSample(context.Background(), docs, nil, "all", withCue(calib17Drawn), func(string) bool { return true })
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

// calib17Key names one event of a drawn sentence.
func calib17Key(sentenceKey string, start int, typ string) string {
	return fmt.Sprintf("%s\t%d\t%s", sentenceKey, start, typ)
}

// calib17Verdicts parses the committed verdicts: event key -> right.
func calib17Verdicts(t *testing.T) map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(eventsCalib17, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || (f[3] != "y" && f[3] != "n") {
			t.Fatalf("events_calib17.tsv: bad line %q", line)
		}
		out[strings.Join(f[:3], "\t")] = f[3] == "y"
	}
	return out
}

// TestCalib17Dump lists the drawn events for judging (CALIB17_DUMP=FILE,
// outside the repository): key, trigger, type, actor, target and the
// sentence, never the confidence.
func TestCalib17Dump(t *testing.T) {
	out := os.Getenv("CALIB17_DUMP")
	if out == "" {
		t.Skip("set CALIB17_DUMP=FILE")
	}
	var b strings.Builder
	n, s := 0, 0
	for _, cs := range calib17Sample(t) {
		s++
		for _, e := range cs.Events {
			n++
			fmt.Fprintf(&b, "%s\t[%s]\t%s\tactor=%q\ttarget=%q\t%s\n", calib17Key(cs.Key, e.Start, e.Type), e.Trigger, e.Type, e.Actor, e.Target, cs.Text)
		}
	}
	t.Logf("%d sentences, %d events", s, n)
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// diagCalib17 writes the feature rows of the sample's judged events in the
// columns of TestDiagRealEventFeatures that the confidence fit reads.
func diagCalib17(t *testing.T, b *strings.Builder) {
	vs := calib17Verdicts(t)
	for _, cs := range calib17Sample(t) {
		for _, e := range cs.Events {
			right, ok := vs[calib17Key(cs.Key, e.Start, e.Type)]
			if !ok {
				continue
			}
			v := byte('n')
			if right {
				v = 'y'
			}
			diagFitRow(b, "calib17", cs.Key, e, v, "")
		}
	}
}

// TestCalib17Verdicts checks the committed verdicts parse, name each
// event once and hold no text (a key is a document id and a hash).
func TestCalib17Verdicts(t *testing.T) {
	vs := calib17Verdicts(t)
	if len(vs) < 100 {
		t.Fatalf("%d verdicts, want the events judged", len(vs))
	}
	for k := range vs {
		id, _, _ := strings.Cut(k, "\t")
		if !strings.Contains(id, "#") || strings.Count(id, " ") > 0 {
			t.Errorf("verdict key %q: want document id # hash", id)
		}
	}
}
