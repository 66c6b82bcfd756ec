package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/events"
)

// newEvalEventsCmd scores event typing on the PLOVER gold records or on
// one of the dev sets that cover every PLOVER category.
func newEvalEventsCmd() *cobra.Command {
	var (
		data, half, set, shared string
		confusion, errors, left bool
		minConf                 float64
		folds                   int
	)
	cmd := &cobra.Command{
		Use:   "events",
		Short: "Score event typing on the PLOVER gold records or a dev set (type accuracy)",
		Long: `Score event typing. Each record is one sentence with a gold PLOVER category;
the primary event found in it (the earliest, unless a later trigger is much
longer) is mapped to its PLOVER category and compared. Type accuracy counts a
record with no event as wrong; actor match compares the event's actor with the
gold actor text. Metrics are defined in internal/events/plover.go.

--set plover (default): the PLOVER gold records read from --data (the
plover_gsr folder); --half dev is the first 161 records (for tuning), test
the rest (for reporting), all both. With --half dev the leave-out estimate
follows, the dev figure to report: the records are scored in --folds folds
(record i in fold i mod k), each with the hand-written trigger lines left out
that fire on its records and on no other fold's record and no document of the
judged real-news samples (read from --shared), i.e. lines that may have been
written for those records (internal/events/leaveout.go); a stricter line
follows with one fold (every line firing on dev and on no reference document
left out for every record); --left lists the lines and the records the
estimate types wrong; --folds 0 skips it.
--set written: fictional sentences written for storyline covering every
category (internal/events/testdata/written_dev.tsv, built in); --half tune
(odd lines of each category), check (even lines), final (a last batch written
after all tuning and never tuned on) or all.
--set fresh: a harder written set of the fourth session, weighted to the
conflict categories (internal/events/testdata/written_fresh.tsv, built in);
--half open (odd lines of each category, tuned on), held (even lines, never
tuned on) or all.
--set real: precision on real news without gold: the events analyze gives
on the seeds and a fixed slice of the ECB+ and NewsWCL50 documents (--data is
the ../shared folder), against hand verdicts kept in
internal/eval/testdata/events_real_judged.tsv (no document text); --errors
lists the events judged wrong and those not judged yet, with their verdict
stubs.
--set real-held: the same on a held-out sample (other documents, no seeds),
judged once after every change of the fourth session, tuned on in the fifth.
--set real-held2: a second, larger held-out sample (fifth session: other
documents drawn by a seeded hash, no seeds), judged once before and once
after the session's changes; tuned on in the sixth).
--set real-held3: a third held-out sample (sixth session: documents in none
of the other samples, drawn by another seeded hash, no seeds), judged once
before and once after the session's changes; tuned on in the seventh.
--set real-held4: a fourth held-out sample (seventh session: documents in
none of the other samples, another seeded hash, no seeds), judged once before
and once after the session's changes; tuned on in the tenth events pass.
--set real-held5: a fifth held-out sample (tenth events pass: ECB+ train/dev,
NewsWCL50 and MEANTIME documents in none of the other samples, no sentence of
the conflict sample, another seeded hash), judged once before and once after
the pass's changes; tuned on in the eleventh.
--set real-held6: a sixth held-out sample (eleventh events pass: ECB+
train/dev, NewsWCL50 and MEANTIME documents in none of the other samples, no
sentence of the conflict sample, seeded hash "held6:"), judged once before
and once after the pass's changes; tuned on in the twelfth.
--set real-held7: a seventh held-out sample (twelfth events pass: ECB+
train/dev and MEANTIME documents in none of the other samples, no sentence of
the conflict sample, seeded hash "held7:"), judged once before and once after
the pass's changes; tuned on in the thirteenth.
--set real-held8: an eighth held-out sample (thirteenth events pass: ECB+
train/dev and MEANTIME documents in none of the other samples, CoNLL-2003
train documents and PolNeAR train/dev articles, no sentence of the conflict
sample, seeded hash "held8:"), judged once before and once after the pass's
changes; spent and tuned on in the fourteenth.
--set real-held9: a ninth held-out sample (fourteenth events pass: the same
corpora as real-held8, documents in none of the other samples, seeded hash
"held9:"), judged once before and once after the pass's changes.
--set real-held10: a tenth held-out sample (fifteenth events pass: the same
corpora, documents in none of the other samples, seeded hash "held10:"),
judged once before and once after the pass's changes.
--set real-held11: an eleventh held-out sample (seventeenth events pass:
ECB+ train/dev, CoNLL-2003 train and PolNeAR train/dev documents in none of
the other samples, seeded hash "held11:"), judged once before and once after
the pass's changes.
--set real-held12: a twelfth held-out sample (eighteenth events pass: the
eleventh's corpora, documents in none of the other samples, seeded hash
"held12:"), judged once before and once after the pass's changes.
--set real-held13: a thirteenth held-out sample (nineteenth events pass: the
twelfth's corpora, documents in none of the other samples, seeded hash
"held13:"), judged once before and once after the pass's changes.
--set conflict: the conflict-types sample of the eighth events pass:
sentences of ECB+ train/dev, NewsWCL50 and MEANTIME documents (--data is the
../shared folder) drawn by a seeded hash, dense in words of rejection,
threat, protest, coercion, force, sanction and mobilisation, with gold
categories, actors and targets judged by hand
(internal/eval/testdata/events_conflict_gold.tsv, hashes only); --half tune
(tuned on), held (scored once before and once after the eighth pass, spent
and tuned on since the eleventh) or all; --errors lists either half.
--set petrarch-plover: the petrarch2 unit-test sentences with their codes,
which are WEIS codes (the validation dictionary began as a KEDS one), mapped
to the gold records' categories (events.WEISToPLOVER); --data is the events
bench folder holding petrarch2_unittests/.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out := cmd.OutOrStdout()
			if set == "conflict" {
				return evalEventsConflict(cmd, data, half, errors)
			}
			if set == "real" || set == "real-held" || set == "real-held2" || set == "real-held3" || set == "real-held4" || set == "real-held5" || set == "real-held6" || set == "real-held7" || set == "real-held8" || set == "real-held9" || set == "real-held10" || set == "real-held11" || set == "real-held12" || set == "real-held13" {
				return evalEventsReal(cmd, data, errors, set, minConf)
			}
			var (
				sc     events.PLOVERScore
				misses []events.Miss
				recs   []events.Labeled
				err    error
			)
			switch set {
			case "plover":
				if data == "" {
					data = "../shared/bench/events/plover_gsr"
				}
				if half == "" {
					half = "test"
				}
				if errors && half != "dev" {
					return fmt.Errorf("eval events: --errors only with --half dev (the test half is for reporting)")
				}
				if recs, err = events.PLOVERRecords(data, half); err != nil {
					return fmt.Errorf("eval events: %w (pass --data DIR, the plover_gsr folder)", err)
				}
				fmt.Fprintf(out, "PLOVER gold records half=%s records=%d data=%s\n", half, len(recs), data)
			case "written":
				if half == "" {
					half = "all"
				}
				if recs, err = events.WrittenDev(half); err != nil {
					return fmt.Errorf("eval events: %w", err)
				}
				fmt.Fprintf(out, "written dev set half=%s records=%d\n", half, len(recs))
			case "fresh":
				if half == "" {
					half = "all"
				}
				if recs, err = events.WrittenFresh(half); err != nil {
					return fmt.Errorf("eval events: %w", err)
				}
				fmt.Fprintf(out, "fresh written set half=%s records=%d\n", half, len(recs))
			case "petrarch-plover":
				if data == "" {
					data = "../shared/bench/events"
				}
				if recs, err = events.PetrarchPLOVER(cmd.Context(), data); err != nil {
					return fmt.Errorf("eval events: %w (pass --data DIR, the events bench folder)", err)
				}
				fmt.Fprintf(out, "petrarch2 unit tests as PLOVER records=%d data=%s\n", len(recs), data)
			default:
				return fmt.Errorf("eval events: unknown --set %q (plover, written, fresh, real, real-held, real-held2, real-held3, real-held4, real-held5, real-held6, real-held7, real-held8, real-held9, real-held10, real-held11, real-held12, real-held13, conflict or petrarch-plover)", set)
			}
			{
				if sc, misses, err = events.ScoreLabeled(cmd.Context(), recs, events.Options{MinConfidence: minConf}); err != nil {
					return fmt.Errorf("eval events: %w", err)
				}
			}
			fmt.Fprintf(out, "type accuracy  %.3f  (%d of %d; %d with no event)\n", sc.TypeAccuracy(), sc.TypeRight, sc.Records, sc.NoEvent)
			if set != "petrarch-plover" {
				fmt.Fprintf(out, "actor match    %.3f  (%d of %d)\n", sc.ActorAccuracy(), sc.ActorRight, sc.Records)
			}
			printPerType(out, sc)
			if confusion {
				fmt.Fprintln(out, "gold -> predicted:")
				for _, l := range sc.ConfusionLines() {
					fmt.Fprintln(out, "  "+l)
				}
			}
			if set == "plover" && half == "dev" && folds > 0 {
				if err := printLeaveOut(cmd, recs, shared, folds, minConf, left); err != nil {
					return err
				}
			}
			if errors {
				for _, m := range misses {
					got := m.Got
					if got == "" {
						got = "(none)"
					}
					fmt.Fprintf(out, "%v -> %s [%s] actor=%q: %s\n", m.Want, got, m.Trigger, m.Actor, m.Text)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&set, "set", "plover", "plover, written, fresh, real, real-held, real-held2, real-held3, real-held4, real-held5, real-held6, real-held7, real-held8, real-held9, real-held10, real-held11, real-held12, real-held13, conflict or petrarch-plover")
	cmd.Flags().StringVar(&data, "data", "", "data folder (default: ../shared/bench/events/plover_gsr for plover, ../shared/bench/events for petrarch-plover)")
	cmd.Flags().StringVar(&half, "half", "", "plover: dev (first 161 records), test (the rest, default) or all; written: tune, check, final or all (default); fresh: open, held or all (default); conflict: tune, held or all (default)")
	cmd.Flags().BoolVar(&confusion, "confusion", false, "print gold -> predicted category counts")
	cmd.Flags().BoolVar(&errors, "errors", false, "print the records typed wrong (dev sets only)")
	cmd.Flags().IntVar(&folds, "folds", 5, "plover --half dev: folds of the leave-out estimate (1 leaves every line firing only on dev out of every record; 0 skips the estimate)")
	cmd.Flags().StringVar(&shared, "shared", "../shared", "plover --half dev: the shared folder whose real-news sample documents confirm trigger lines for the leave-out estimate")
	cmd.Flags().BoolVar(&left, "left", false, "plover --half dev: list the trigger lines the leave-out estimate leaves out and the records it types wrong")
	cmd.Flags().Float64Var(&minConf, "min-confidence", 0, "drop events whose confidence is below this (events.Options.MinConfidence; 0 keeps all; not for --set conflict)")
	return cmd
}

// printLeaveOut prints the leave-out estimate of PLOVER dev
// (events.LeaveOut) with the real-news sample documents under shared as
// reference texts.
func printLeaveOut(cmd *cobra.Command, recs []events.Labeled, shared string, folds int, minConf float64, list bool) error {
	out := cmd.OutOrStdout()
	ref, err := eval.RealSampleTexts(shared)
	if err != nil {
		return fmt.Errorf("eval events: leave-out estimate: %w (pass --shared DIR, or --folds 0 to skip it)", err)
	}
	lo, err := events.LeaveOut(cmd.Context(), recs, ref, folds, events.Options{MinConfidence: minConf})
	if err != nil {
		return fmt.Errorf("eval events: %w", err)
	}
	fmt.Fprintf(out, "leave-out type accuracy  %.3f  (%d of %d; %d with no event; %d folds, %d trigger lines left out, %d reference documents)\n",
		lo.TypeAccuracy(), lo.TypeRight, lo.Records, lo.NoEvent, lo.Folds, len(lo.Left), len(ref))
	fmt.Fprintf(out, "leave-out actor match    %.3f  (%d of %d)\n", lo.ActorAccuracy(), lo.ActorRight, lo.Records)
	if folds > 1 {
		one, err := events.LeaveOut(cmd.Context(), recs, ref, 1, events.Options{MinConfidence: minConf})
		if err != nil {
			return fmt.Errorf("eval events: %w", err)
		}
		fmt.Fprintf(out, "leave-out, one fold      %.3f  (%d of %d; every line firing on dev and no reference document left out: %d)\n",
			one.TypeAccuracy(), one.TypeRight, one.Records, len(one.Left))
	}
	if !list {
		return nil
	}
	printPerType(out, lo.PLOVERScore)
	for _, l := range lo.Left {
		fmt.Fprintf(out, "left out for fold %d (%d records): %s\n", l.Fold, l.Records, strings.ReplaceAll(l.Line, "\t", " "))
	}
	for _, m := range lo.Misses {
		got := m.Got
		if got == "" {
			got = "(none)"
		}
		fmt.Fprintf(out, "leave-out: %v -> %s [%s] actor=%q: %s\n", m.Want, got, m.Trigger, m.Actor, m.Text)
	}
	return nil
}

// printPerType prints one line per gold category: right of total.
func printPerType(out io.Writer, sc events.PLOVERScore) {
	for _, tc := range sc.PerType() {
		fmt.Fprintf(out, "  %-12s %3d/%-3d %.2f\n", tc.Type, tc.Right, tc.Total, float64(tc.Right)/float64(tc.Total))
	}
}

// evalEventsReal scores the real-news sample against the hand verdicts.
func evalEventsReal(cmd *cobra.Command, data string, list bool, set string, minConf float64) error {
	out := cmd.OutOrStdout()
	if data == "" {
		data = "../shared"
	}
	o := eval.RealSampleOptions{Shared: data, Held: set == "real-held", Held2: set == "real-held2", Held3: set == "real-held3", Held4: set == "real-held4", Held5: set == "real-held5", Held6: set == "real-held6", Held7: set == "real-held7", Held8: set == "real-held8", Held9: set == "real-held9", Held10: set == "real-held10", Held11: set == "real-held11", Held12: set == "real-held12", Held13: set == "real-held13", MinConfidence: minConf}
	evs, err := eval.RealEvents(cmd.Context(), o)
	if err != nil {
		return fmt.Errorf("eval events: %w (pass --data DIR, the shared folder)", err)
	}
	s := eval.ScoreReal(evs)
	name := map[string]string{"real": "real-news sample", "real-held": "held-out real-news sample", "real-held2": "second held-out real-news sample", "real-held3": "third held-out real-news sample", "real-held4": "fourth held-out real-news sample", "real-held5": "fifth held-out real-news sample", "real-held6": "sixth held-out real-news sample", "real-held7": "seventh held-out real-news sample", "real-held8": "eighth held-out real-news sample", "real-held9": "ninth held-out real-news sample", "real-held10": "tenth held-out real-news sample", "real-held11": "eleventh held-out real-news sample", "real-held12": "twelfth held-out real-news sample", "real-held13": "thirteenth held-out real-news sample"}[set]
	fmt.Fprintf(out, "%s data=%s events=%d judged=%d not judged=%d\n", name, data, s.Events, s.Judged, s.Unjudged)
	fmt.Fprintf(out, "type right     %.3f  (%d of %d judged)\n", ratio(s.TypeRight, s.Judged), s.TypeRight, s.Judged)
	fmt.Fprintf(out, "actor right    %.3f  (%d of %d)\n", ratio(s.ActorRight, s.Judged), s.ActorRight, s.Judged)
	fmt.Fprintf(out, "target right   %.3f  (%d of %d with a target)\n", ratio(s.TargetRight, s.TargetNamed), s.TargetRight, s.TargetNamed)
	fmt.Fprintf(out, "all right      %.3f  (%d of %d)\n", ratio(s.AllRight, s.Judged), s.AllRight, s.Judged)
	dropped, err := eval.RealDropped(o, evs)
	if err != nil {
		return fmt.Errorf("eval events: %w", err)
	}
	right := 0
	for _, v := range dropped {
		if v.TypeOK == 'y' {
			right++
		}
	}
	fmt.Fprintf(out, "judged events no longer found: %d (%d of them typed right)\n", len(dropped), right)
	if !list {
		return nil
	}
	for _, v := range dropped {
		if v.TypeOK == 'y' {
			fmt.Fprintf(out, "lost: %s\n", v.VerdictLine())
		}
	}
	for _, e := range evs {
		v, ok := e.Fresh()
		if ok && v.TypeOK == 'y' && v.ActorOK == 'y' && v.TgtOK != 'n' {
			continue
		}
		ev := e.Event
		fmt.Fprintf(out, "\n%s\n  %s | actor=%q | target=%q | trigger=%q\n  %s\n", v.VerdictLine(), ev.Type, ev.Actor, ev.Target, ev.Trigger, strings.Join(strings.Fields(ev.Sentence), " "))
	}
	return nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// evalEventsConflict scores the conflict-types sample against its gold.
func evalEventsConflict(cmd *cobra.Command, data, half string, list bool) error {
	out := cmd.OutOrStdout()
	if data == "" {
		data = "../shared"
	}
	if half == "" {
		half = "all"
	}
	ss, err := eval.ConflictSample(cmd.Context(), data, half)
	if err != nil {
		return fmt.Errorf("eval events: %w (pass --data DIR, the shared folder)", err)
	}
	sc := eval.ScoreConflict(ss)
	fmt.Fprintf(out, "conflict-types sample half=%s data=%s sentences=%d judged=%d\n", half, data, sc.Sentences, sc.Judged)
	fmt.Fprintf(out, "conflict sentences %d: type right (primary) %.3f (%d), any event right %.3f (%d), no event %d\n",
		sc.Conflict, ratio(sc.TypeRight, sc.Conflict), sc.TypeRight, ratio(sc.AnyRight, sc.Conflict), sc.AnyRight, sc.NoEvent)
	fmt.Fprintf(out, "  actor right %.3f (%d), target right %.3f (%d) of %d\n",
		ratio(sc.ActorRight, sc.Conflict), sc.ActorRight, ratio(sc.TargetRight, sc.Conflict), sc.TargetRight, sc.Conflict)
	fmt.Fprintf(out, "other sentences %d: a conflict type as primary %d (%.3f), in any event %d\n",
		sc.Other, sc.FalsePrimary, ratio(sc.FalsePrimary, sc.Other), sc.FalseAny)
	types := make([]string, 0, len(sc.PerType))
	for t := range sc.PerType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := sc.PerType[t]
		fmt.Fprintf(out, "  %-12s %3d/%-3d\n", t, c[0], c[1])
	}
	if !list {
		return nil
	}
	for _, s := range ss {
		if s.Gold == nil {
			fmt.Fprintf(out, "\nNOT JUDGED %s\n  %s\n", s.Key, s.Text)
			continue
		}
		var got []string
		for _, e := range s.Events {
			got = append(got, fmt.Sprintf("%s[%s] actor=%q target=%q", events.PLOVER(e.Type), e.Trigger, e.Actor, e.Target))
		}
		primary := "(none)"
		if p, ok := events.Primary(s.Events); ok {
			primary = events.PLOVER(p.Type)
		}
		fmt.Fprintf(out, "\n%s gold=%s primary=%s\n  got: %s\n  %s\n", s.Key, strings.Join(s.Gold.Types, "|"), primary, strings.Join(got, "; "), s.Text)
	}
	return nil
}
