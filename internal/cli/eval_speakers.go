package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/eval"
)

// newEvalSpeakersCmd scores the canonical speakers analyze gives to quotes
// on real news against hand verdicts.
func newEvalSpeakersCmd() *cobra.Command {
	var (
		data, set string
		errors    bool
	)
	cmd := &cobra.Command{
		Use:   "speakers",
		Short: "Score quote speakers on real news against hand verdicts (accuracy)",
		Long: `Score the canonical speaker of every quote analyze gives on a real-news sample
(documents read from --data, the ../shared folder, at run time) against hand
verdicts kept in internal/eval/testdata/speakers_real_judged.tsv (hashes only,
no document text; format in internal/eval/speakers_real.go). A verdict is y
(right), n (wrong person, or none shown where the text names one) or x (a
speaker shown where none should be). Accuracy is right over judged.
--set real: the seeds and the events sample's ECB+ and NewsWCL50 documents
(tuned on); real-held: the events held-out documents with another draw, judged
once before any change and once at the end (fifth session; tuned on since);
real-held2: the events second held-out documents with a third draw, judged
once before the sixth session's speaker changes and once after; real-held3:
the events third and fourth held-out documents with a fourth draw, judged once
before the third speaker pass and once after; real-held4: the events fifth
held-out documents (ECB+ train/dev, NewsWCL50, MEANTIME) with a fifth draw,
judged once before the fourth speaker pass and once after; real-held5: ECB+
train/dev, NewsWCL50 and MEANTIME documents in none of the other samples with
a sixth draw, judged once before the fifth speaker pass and once after;
real-held6: ECB+ train/dev and MEANTIME documents in none of the other samples
with a seventh draw, judged once before the sixth speaker pass and once after;
real-held7: ECB+ train/dev and MEANTIME documents, CoNLL-2003 train documents
and PolNeAR train and dev articles in none of the other samples with an eighth
draw, judged once before the seventh speaker pass and once after; real-held8:
the same corpora's documents in none of the other speaker, events or entity
samples with a ninth draw, judged once before the eighth speaker pass and once
after; real-held9: the same corpora's documents in none of the other speaker,
events or entity samples with a tenth draw, judged once before the ninth
speaker pass (quotes that are the writer's words) and once after; tuned on in the
tenth pass (spent); real-held10: ECB+ train/dev and CoNLL-2003 train documents in
none of the other speaker, events or entity samples with an eleventh draw, judged
once before the eleventh speaker pass and once after; real-held11: CoNLL-2003
valid documents and the English article pages of the Zyte extraction benchmark
(no speaker, events or entity sample reads them) with a twelfth draw, judged
once before the twelfth speaker pass and once after.
--errors lists the quotes judged
wrong and those not judged yet, with verdict stubs.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out := cmd.OutOrStdout()
			if data == "" {
				data = "../shared"
			}
			var o eval.SpeakerSampleOptions
			switch set {
			case "real":
			case "real-held":
				o.Held = true
			case "real-held2":
				o.Held2 = true
			case "real-held3":
				o.Held3 = true
			case "real-held4":
				o.Held4 = true
			case "real-held5":
				o.Held5 = true
			case "real-held6":
				o.Held6 = true
			case "real-held7":
				o.Held7 = true
			case "real-held8":
				o.Held8 = true
			case "real-held9":
				o.Held9 = true
			case "real-held10":
				o.Held10 = true
			case "real-held11":
				o.Held11 = true
			default:
				return fmt.Errorf("eval speakers: unknown --set %q (real, real-held, real-held2, real-held3, real-held4, real-held5, real-held6, real-held7, real-held8, real-held9, real-held10 or real-held11)", set)
			}
			o.Shared = data
			qs, err := eval.RealSpeakers(cmd.Context(), o)
			if err != nil {
				return fmt.Errorf("eval speakers: %w (pass --data DIR, the shared folder)", err)
			}
			s := eval.ScoreSpeakers(qs)
			fmt.Fprintf(out, "speaker sample set=%s data=%s quotes=%d judged=%d not judged=%d\n", set, data, s.Quotes, s.Judged, s.Unjudged)
			fmt.Fprintf(out, "speaker right   %.3f  (%d of %d judged)\n", s.Accuracy(), s.Right, s.Judged)
			fmt.Fprintf(out, "wrong speaker   %d\n", s.Wrong)
			fmt.Fprintf(out, "should be none  %d\n", s.ShouldNone)
			fmt.Fprintf(out, "named right     %.3f  (%d of %d shown with a speaker)\n", ratio(s.NamedRight, s.Named), s.NamedRight, s.Named)
			dropped, err := eval.SpeakersDropped(cmd.Context(), o, qs)
			if err != nil {
				return fmt.Errorf("eval speakers: %w", err)
			}
			var dc [3]int
			for _, v := range dropped {
				dc[strings.IndexByte("ynx", v.OK)]++
			}
			fmt.Fprintf(out, "judged quotes no longer found: %d (%d judged right, %d wrong, %d should be none)\n", len(dropped), dc[0], dc[1], dc[2])
			if !errors {
				return nil
			}
			for _, v := range dropped {
				fmt.Fprintf(out, "no longer found: %s\n", v.Line())
			}
			for _, q := range qs {
				v, ok := q.Fresh()
				if ok && v.OK == 'y' {
					continue
				}
				fmt.Fprintf(out, "\n%s\n  speaker=%q direct=%v fragment=%v\n  %s\n", v.Line(), q.Quote.Speaker, q.Quote.Direct, q.Quote.Fragment,
					strings.Join(strings.Fields(q.Context), " "))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&set, "set", "real", "real, real-held, real-held2, real-held3, real-held4, real-held5, real-held6, real-held7, real-held8, real-held9, real-held10 or real-held11")
	cmd.Flags().StringVar(&data, "data", "", "the shared folder (default ../shared)")
	cmd.Flags().BoolVar(&errors, "errors", false, "list quotes judged wrong and those not judged yet")
	return cmd
}
