package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/eval"
)

// newEvalNoveltyCmd scores what-is-new verdicts on real news against hand
// verdicts.
func newEvalNoveltyCmd() *cobra.Command {
	var (
		data, set           string
		errors, show, blind bool
	)
	cmd := &cobra.Command{
		Use:   "novelty",
		Short: "Score what is new on real news against hand verdicts (P/R of new, accuracy)",
		Long: `Run the novelty detector over gold stories of ECB+ train/dev (story = subtopic,
3+ documents, the first 3 in document order; never the test split) and the
seeds (one storyline, file order), documents read from --data (the ../shared
folder) at run time. Sentences of every document after the first are drawn by
a salted hash and compared with hand verdicts kept in
internal/eval/testdata/novelty_real_judged.tsv (hashes only, no text; format in
internal/eval/novelty_real.go): n when the sentence adds information a reader
of the earlier documents did not have, o when not. Prints precision and recall
of "new" and accuracy.
--set tune: the seeds and one half of the stories (tuned on); held: the other
half, judged once before a change and once after it; held2: running subjects
of PolNeAR train/dev (2016 US politics; titles sharing two distinctive words
within a week; never its test compartment), judged once before the tenth
session's changes and once after them; held3: the ECB+ train/dev stories no
other set reads (new salts), judged once before the thirteenth session's
changes; held4: the ECB+ train/dev stories none of those reads (new salts),
judged once before the nineteenth session's changes; held5: the ECB+ train/dev
stories none of those reads, judged once before the twentieth session's
changes; held6: the fourth to sixth documents of ECB+ train/dev stories (no
set reads past the third), judged once blind before novelty5's change; held7: the same documents of the
stories held6 does not keep (new salts), judged once blind before novelty6's change; held8: the seventh to ninth documents of ECB+ train/dev stories (new salts), judged once blind before novelty7's change; held9: the tenth to twelfth documents of ECB+ train/dev stories
(new salts), judged once blind before novelty8's change; held10: the same documents of the stories held9 does not
keep (new salts), judged once blind before novelty9's change; held11: the seventh to ninth documents of the
stories held8 does not keep (new salts), judged once blind before novelty10's change; held12: the same documents of the
stories neither held8 nor held11 keeps (new salts), judged once blind before novelty11's change. --errors lists wrong and unjudged sentences with verdict stubs;
--show prints each story's documents before them (for judging; the text is
never stored); --blind prints the documents and the drawn sentences with
neither the detector's call nor the verdicts (to judge a new sample blind).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out := cmd.OutOrStdout()
			if data == "" {
				data = "../shared"
			}
			o := eval.NoveltySampleOptions{Shared: data}
			switch set {
			case "tune":
			case "held":
				o.Held = true
			case "held2":
				o.Held2 = true
			case "held3":
				o.Held3 = true
			case "held4":
				o.Held4 = true
			case "held5":
				o.Held5 = true
			case "held6":
				o.Held6 = true
			case "held7":
				o.Held7 = true
			case "held8":
				o.Held8 = true
			case "held9":
				o.Held9 = true
			case "held10":
				o.Held10 = true
			case "held11":
				o.Held11 = true
			case "held12":
				o.Held12 = true
			default:
				return fmt.Errorf("eval novelty: unknown --set %q (tune, held, held2, held3, held4, held5, held6, held7, held8, held9, held10, held11 or held12)", set)
			}
			ss, stories, err := eval.RealNovelty(cmd.Context(), o)
			if err != nil {
				return fmt.Errorf("eval novelty: %w (pass --data DIR, the shared folder)", err)
			}
			s := eval.ScoreNovelty(ss)
			fmt.Fprintf(out, "novelty sample set=%s data=%s stories=%d sentences=%d judged=%d not judged=%d\n", set, data, len(stories), s.Sentences, s.Judged, s.Unjudged)
			fmt.Fprintf(out, "new precision  %.3f  (%d of %d called new)\n", s.Precision(), s.TP, s.TP+s.FP)
			fmt.Fprintf(out, "new recall     %.3f  (%d of %d judged new)\n", s.Recall(), s.TP, s.TP+s.FN)
			fmt.Fprintf(out, "accuracy       %.3f  (%d of %d)\n", s.Accuracy(), s.TP+s.TN, s.Judged)
			if blind {
				// For judging a new sample: the documents and the drawn
				// sentences, without the detector's call or the verdicts.
				for _, st := range stories {
					fmt.Fprintf(out, "\n======== story %s\n", st.Name)
					for i, d := range st.Docs {
						fmt.Fprintf(out, "--- doc %d %s %s\n%s\n", i, d.ID, d.Title, d.Text)
					}
					for _, x := range ss {
						if x.Story == st.Name {
							fmt.Fprintf(out, "%s\t?\t# %s\n", x.Key, strings.Join(strings.Fields(x.Got.Text), " "))
						}
					}
				}
				return nil
			}
			if !errors && !show {
				return nil
			}
			for _, st := range stories {
				if show {
					fmt.Fprintf(out, "\n======== story %s\n", st.Name)
					for i, d := range st.Docs {
						fmt.Fprintf(out, "--- doc %d %s %s\n%s\n", i, d.ID, d.Title, d.Text)
					}
				}
				for _, x := range ss {
					if x.Story != st.Name {
						continue
					}
					wrong := x.Verdict != 0 && (x.Verdict == 'n') != x.Got.New
					if x.Verdict != 0 && !wrong && !show {
						continue
					}
					v := "?"
					if x.Verdict != 0 {
						v = string(x.Verdict)
					}
					fmt.Fprintf(out, "%s\t%s\t# got new=%v %.2f seen %.2f %s | %s | unseen: %s\n", x.Key, v, x.Got.New, x.Got.Covered, x.Got.Seen, x.Got.Reason, strings.Join(strings.Fields(x.Got.Text), " "), strings.Join(x.Got.NewWords, " "))
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&set, "set", "tune", "tune, held, held2, held3, held4, held5, held6, held7, held8, held9, held10, held11 or held12")
	cmd.Flags().StringVar(&data, "data", "", "the shared folder (default ../shared)")
	cmd.Flags().BoolVar(&errors, "errors", false, "list sentences judged otherwise and those not judged yet")
	cmd.Flags().BoolVar(&show, "show", false, "print each story's documents and every drawn sentence (for judging)")
	cmd.Flags().BoolVar(&blind, "blind", false, "print each story's documents and drawn sentences without the detector's call or verdicts (to judge a new sample blind)")
	return cmd
}
