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

// The calibration samples of events (calib16, calib17) share their
// documents, their draw, their verdicts' format and the dump and
// diagnostic rows; each sample's file names its seed, its verdicts and the
// earlier sample's sentences it leaves out.

// An eventsCalib is one calibration sample of events.
type eventsCalib struct {
	// name is the draw's seed without its colon ("calib16"), the name of
	// the verdict file (events_<name>.tsv), the dump's variable
	// (<NAME>_DUMP) and the diagnostic set.
	name string
	// tsv holds the committed verdicts.
	tsv string
	// exclude, when set, reports a sentence an earlier calibration sample
	// draws.
	exclude func(key, text string) bool
}

// eventsCalibMod draws one sentence of eventsCalibMod.
const eventsCalibMod = 40

// eventsCalibDocs reads the documents a calibration sample may draw from:
// CoNLL-2003 and PolNeAR documents none of the eighth to thirteenth events
// samples read.
func eventsCalibDocs(shared string) ([]realDoc, error) {
	return conllPolnearDocs(shared, func(name, id string) bool {
		if name != "conll" && name != "polnear" {
			return false
		}
		return !(held8Drawn(name, id) || held9Drawn(name, id) || held10Drawn(name, id) || held11Drawn(name, id) || held12Drawn(name, id) || held13Drawn(name, id))
	})
}

// drawn reports whether a sentence is drawn.
func (c eventsCalib) drawn(key, text string) bool {
	n := len(strings.Fields(text))
	if n < 6 || n > 70 || held14SentenceDrawn(key, text) || held15SentenceDrawn(key, text) || (c.exclude != nil && c.exclude(key, text)) {
		return false
	}
	return seededHashOf(c.name+":", key)%eventsCalibMod == 0
}

// sample draws the sentences with their events.
func (c eventsCalib) sample(t *testing.T) []ConflictSentence {
	shared := filepath.Dir(testshared.Dir(t, "seeds"))
	docs, err := eventsCalibDocs(shared)
	if err != nil {
		t.Fatal(err)
	}
	ss, err := conflictSample(context.Background(), docs, nil, "all", withCue(c.drawn), func(string) bool { return true })
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

// eventsCalibKey names one event of a drawn sentence.
func eventsCalibKey(sentenceKey string, start int, typ string) string {
	return fmt.Sprintf("%s\t%d\t%s", sentenceKey, start, typ)
}

// verdicts parses the committed verdicts: event key -> right.
func (c eventsCalib) verdicts(t *testing.T) map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(c.tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || (f[3] != "y" && f[3] != "n") {
			t.Fatalf("events_%s.tsv: bad line %q", c.name, line)
		}
		out[strings.Join(f[:3], "\t")] = f[3] == "y"
	}
	return out
}

// dump lists the drawn events for judging (<NAME>_DUMP=FILE, outside the
// repository): key, trigger, type, actor, target and the sentence, never
// the confidence.
func (c eventsCalib) dump(t *testing.T) {
	env := strings.ToUpper(c.name) + "_DUMP"
	out := os.Getenv(env)
	if out == "" {
		t.Skip("set " + env + "=FILE")
	}
	var b strings.Builder
	n, s := 0, 0
	for _, cs := range c.sample(t) {
		s++
		for _, e := range cs.Events {
			n++
			fmt.Fprintf(&b, "%s\t[%s]\t%s\tactor=%q\ttarget=%q\t%s\n", eventsCalibKey(cs.Key, e.Start, e.Type), e.Trigger, e.Type, e.Actor, e.Target, cs.Text)
		}
	}
	t.Logf("%d sentences, %d events", s, n)
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// diag writes the feature rows of the sample's judged events in the
// columns of TestDiagRealEventFeatures that the confidence fit reads.
func (c eventsCalib) diag(t *testing.T, b *strings.Builder) {
	vs := c.verdicts(t)
	for _, cs := range c.sample(t) {
		for _, e := range cs.Events {
			right, ok := vs[eventsCalibKey(cs.Key, e.Start, e.Type)]
			if !ok {
				continue
			}
			v := byte('n')
			if right {
				v = 'y'
			}
			diagFitRow(b, c.name, cs.Key, e, v, "")
		}
	}
}

// checkVerdicts checks the committed verdicts parse, number at least atLeast
// (else it fails with want), name each event once and hold no text (a key
// is a document id and a hash).
func (c eventsCalib) checkVerdicts(t *testing.T, atLeast int, want string) {
	vs := c.verdicts(t)
	if len(vs) < atLeast {
		t.Fatalf("%d verdicts, %s", len(vs), want)
	}
	for k := range vs {
		id, _, _ := strings.Cut(k, "\t")
		if !strings.Contains(id, "#") || strings.Count(id, " ") > 0 {
			t.Errorf("verdict key %q: want document id # hash", id)
		}
	}
}
