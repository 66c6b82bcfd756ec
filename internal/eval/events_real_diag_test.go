package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/events"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/testshared"
)

// TestDiagRealEventFeatures writes one line per judged event of the spent
// real-news samples with the signals that might separate right events from
// wrong ones (trigger tier and form, the actor's entity type and place, a
// modal, an infinitive, a quotation, a negation before the trigger) and
// the verdicts, for counting offline. It runs only with
// EVENTS_DIAG=FILE (the output path); EVENTS_DIAG_SETS picks the samples
// (comma-separated of real, held, held2, ..., held13, plover, written,
// held14-tune|held, held15-tune|held, calib16, calib17; default held2,held3). EVENTS_DIAG_TEXT=1 adds the sentence (for reading; the
// file stays outside the repository).
func TestDiagRealEventFeatures(t *testing.T) {
	outPath := os.Getenv("EVENTS_DIAG")
	if outPath == "" {
		t.Skip("set EVENTS_DIAG=FILE to write the feature table")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds"))
	sets := os.Getenv("EVENTS_DIAG_SETS")
	if sets == "" {
		sets = "held2,held3"
	}
	var b strings.Builder
	b.WriteString("set\tkey\ttype\tverdict\tderived\tnominal\tsub\tspec\tactorType\tactorWhere\tmodal\tinf\tquoted\tneg\tlowerActor\ttarget\ttrigger\tprev\tconfidence\t" + strings.Join(events.SignalNames(), ",") + "\ttext\n")
	for _, set := range strings.Split(sets, ",") {
		if set == "plover" || set == "written" {
			diagLabeled(t, &b, shared, set)
			continue
		}
		if set == "calib16" {
			calib16.diag(t, &b)
			continue
		}
		if set == "calib17" {
			calib17.diag(t, &b)
			continue
		}
		if strings.HasPrefix(set, "held14-") || strings.HasPrefix(set, "held15-") {
			diagSentences(t, &b, shared, set)
			continue
		}
		o := RealSampleOptions{Shared: shared}
		switch set {
		case "real":
		case "held":
			o.Held = true
		case "held2":
			o.Held2 = true
		case "held3":
			o.Held3 = true
		case "held4":
			o.Held4 = true // spent in the eighth events pass
		case "held5":
			o.Held5 = true // spent in the eleventh events pass
		case "held6":
			o.Held6 = true // spent in the twelfth events pass
		case "held7":
			o.Held7 = true // spent in the thirteenth events pass
		case "held8":
			o.Held8 = true // spent in the fourteenth events pass
		case "held9":
			o.Held9 = true // spent in the fifteenth events pass
		case "held10":
			o.Held10 = true // spent in the seventeenth events pass
		case "held11":
			o.Held11 = true // spent in the eighteenth events pass
		case "held12":
			o.Held12 = true // spent in the eighteenth events pass
		case "held13":
			o.Held13 = true // spent in the nineteenth events pass
		default:
			t.Fatalf("EVENTS_DIAG_SETS: unknown sample %q", set)
		}
		evs, err := RealEvents(context.Background(), o)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := realDocs(o.withDefaults())
		if err != nil {
			t.Fatal(err)
		}
		z := analyze.New(analyze.Options{})
		mentions := map[string][]quotes.Mention{}
		for _, d := range docs {
			mentions[d.id] = z.Mentions(&core.Article{Text: d.text})
		}
		for _, e := range evs {
			v, ok := e.Fresh()
			if !ok {
				continue
			}
			ev := e.Event
			s := ev.Sentence
			at := ev.Start - ev.SentenceSpan[0]
			if at < 0 || at > len(s) {
				at = 0
			}
			before := strings.Fields(strings.ToLower(s[:at]))
			win := before[max(0, len(before)-4):]
			has := func(words ...string) bool {
				for _, w := range win {
					for _, x := range words {
						if w == x {
							return true
						}
					}
				}
				return false
			}
			modal := has("would", "could", "should", "might", "may", "must", "can", "will", "wants", "want", "hopes", "hoped", "seeks", "sought")
			inf := len(before) > 0 && before[len(before)-1] == "to"
			quoted := (strings.Count(s[:at], "\"")+strings.Count(s[:at], "“")+strings.Count(s[:at], "”"))%2 == 1
			neg := has("not", "n't", "never", "no", "didn't", "doesn't", "won't")
			where := "none"
			if ev.Actor != "" {
				if i := strings.Index(s, ev.Actor); i >= 0 && i < at {
					where = "before"
				} else if i >= at {
					where = "after"
				} else {
					where = "outside"
				}
			}
			atype := "-"
			for _, m := range mentions[e.Doc] {
				if m.Name == ev.Actor {
					atype = string(m.Type)
					break
				}
			}
			lower := ev.Actor != "" && strings.ToLower(ev.Actor[:1]) == ev.Actor[:1]
			text := ""
			if os.Getenv("EVENTS_DIAG_TEXT") == "1" {
				text = "\t" + strings.Join(strings.Fields(s), " ")
			}
			var sig []string
			for _, x := range ev.Signals.Vector() {
				sig = append(sig, fmt.Sprint(x))
			}
			fmt.Fprintf(&b, "%s\t%s\t%s\t%c%c%c\t%v\t%v\t%v\t%d\t%s\t%s\t%v\t%v\t%v\t%v\t%v\t%v\t%s\t%s\t%.3f\t%s%s\n", set, e.Key, ev.Type, v.TypeOK, v.ActorOK, v.TgtOK,
				ev.Derived, ev.Nominal, ev.Subordinate, ev.Specificity, atype, where, modal, inf, quoted, neg, lower, ev.Target != "", ev.Trigger, strings.Join(before[max(0, len(before)-6):], " "), ev.Confidence, strings.Join(sig, ","), text)
		}
	}
	if err := os.WriteFile(outPath, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// diagSentences writes the feature rows of the primary events of the
// sentence-level samples held14 and held15 (set "held14-tune",
// "held15-held", ...: sample and half): verdict y when the primary event's
// PLOVER category is a gold one, n otherwise (a sentence judged NONE
// included); sentences with no event of a PLOVER category are left out.
// No confidence fit has read them (twentieth session, NOTE.md).
func diagSentences(t *testing.T, b *strings.Builder, shared, set string) {
	sample, half, _ := strings.Cut(set, "-")
	draw := Held14Sample
	if sample == "held15" {
		draw = Held15Sample
	}
	ss, err := draw(context.Background(), shared, half)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ss {
		if s.Gold == nil {
			continue
		}
		e, ok := events.Primary(s.Events)
		if !ok || events.PLOVER(e.Type) == "-" || events.PLOVER(e.Type) == "" {
			continue
		}
		right := byte('n')
		for _, w := range s.Gold.Types {
			if w == events.PLOVER(e.Type) {
				right = 'y'
			}
		}
		diagFitRow(b, set, s.Key, e, right, "")
	}
}

// diagLabeled writes the feature rows of the primary events of PLOVER dev
// (set plover) or the written set's tune and check halves (set written; its
// final half stays closed), in the columns of TestDiagRealEventFeatures
// that the confidence fit reads: verdict y when the primary event's
// category is gold.
func diagLabeled(t *testing.T, b *strings.Builder, shared, set string) {
	var recs []events.Labeled
	var err error
	if set == "plover" {
		recs, err = events.PLOVERRecords(filepath.Join(shared, "bench", "events", "plover_gsr"), "dev")
	} else {
		var check []events.Labeled
		if recs, err = events.WrittenDev("tune"); err == nil {
			check, err = events.WrittenDev("check")
			recs = append(recs, check...)
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	for n, r := range recs {
		e, ok := events.Primary(events.Find(r.Text, events.Options{}))
		if !ok {
			continue
		}
		right := byte('n')
		for _, w := range r.Want {
			if w == events.PLOVER(e.Type) {
				right = 'y'
			}
		}
		diagFitRow(b, set, fmt.Sprintf("%s/%d", set, n), e, right, "\t"+strings.Join(strings.Fields(r.Text), " "))
	}
}

// diagFitRow writes one row of event e in the columns of
// TestDiagRealEventFeatures that the confidence fit reads (set, key, type,
// verdict right as y or n, the other feature columns left empty,
// confidence, signal vector), then extra, then a newline.
func diagFitRow(b *strings.Builder, set, key string, e events.Event, right byte, extra string) {
	var sig []string
	for _, x := range e.Signals.Vector() {
		sig = append(sig, fmt.Sprint(x))
	}
	fmt.Fprintf(b, "%s\t%s\t%s\t%c--%s\t%.3f\t%s%s\n", set, key, e.Type, right, strings.Repeat("\t", 14), e.Confidence, strings.Join(sig, ","), extra)
}
