package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/eval"
)

// newEvalStorylinesCmd scores storyline links on real news against hand
// verdicts on pairs of stories.
func newEvalStorylinesCmd() *cobra.Command {
	var (
		data, set string
		list      bool
		blind     bool
	)
	cmd := &cobra.Command{
		Use:   "storylines",
		Short: "Score storyline links on real news against hand verdicts on story pairs (precision, recall)",
		Long: `Cluster ECB+ train/dev and NewsWCL50 documents (read from --data, the ../shared
folder, at run time; never the ECB+ test split) in file order, draw pairs of final
stories that share a top actor by a seeded hash, and score storyline links against
hand verdicts kept in internal/eval/testdata/storylines_judged.tsv (hashes only, no
text; format in internal/eval/storylines.go): y when the two stories are one running
subject a reader follows, n when not. Precision is linked pairs judged y over linked
judged pairs; recall linked pairs judged y over pairs judged y.
--set tune: the half tuned on; held: the other half, judged once before a change to
linking and once after it; held2: a second held sample, ECB+ train/dev followed by
PolNeAR train/dev articles (2016 US politics, dated; never its test folder), pairs
drawn by another salt in strata of shared top actors, none judged in the first
sample (verdicts in storylines_held2_judged.tsv); held3: a third held sample, the
held2 documents in another order (ECB+ in seeded-hash order, PolNeAR by date, a
day's articles in seeded-hash order), a seeded-hash half of the linked pairs and a
seeded-hash share of all pairs, none judged in the earlier samples (verdicts in
storylines_held3_judged.tsv); held4: a fourth held sample, held3's scheme under
another salt, none judged in the earlier samples (verdicts in
storylines_held4_judged.tsv); held5: a fifth held sample, held3's scheme under
another salt, none judged in the earlier samples (verdicts in
storylines_held5_judged.tsv); held6: a sixth held sample, MEANTIME (Wikinews,
2004-2011) by date ahead of the held2 documents in held3's scheme under another
salt, every linked pair none judged in the earlier samples (verdicts in
storylines_held6_judged.tsv); held7: a seventh held sample, MEANTIME in seeded-hash
order ahead of the held2 documents in held3's scheme under another salt, every
linked pair none judged in the earlier samples (verdicts in
storylines_held7_judged.tsv). --list prints every pair (titles of both stories, for
judging; never stored) with a verdict stub; --blind lists them without the link flag.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out := cmd.OutOrStdout()
			if data == "" {
				data = "../shared"
			}
			var o eval.StorylineSampleOptions
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
			default:
				return fmt.Errorf("eval storylines: unknown --set %q (tune, held, held2, held3, held4, held5, held6 or held7)", set)
			}
			o.Shared = data
			pairs, err := eval.StorylinePairs(cmd.Context(), o)
			if err != nil {
				return fmt.Errorf("eval storylines: %w (pass --data DIR, the shared folder)", err)
			}
			s := eval.ScoreStorylines(pairs)
			fmt.Fprintf(out, "storyline pairs set=%s data=%s pairs=%d judged=%d not judged=%d\n", set, data, s.Pairs, s.Judged, s.Unjudged)
			fmt.Fprintf(out, "link precision  %.3f  (%d of %d linked judged pairs)\n", s.Precision(), s.TP, s.TP+s.FP)
			fmt.Fprintf(out, "link recall     %.3f  (%d of %d pairs judged one running subject)\n", s.Recall(), s.TP, s.TP+s.FN)
			fmt.Fprintf(out, "link F1         %.3f  (true negatives %d)\n", s.F1(), s.TN)
			if set == "held2" || set == "held3" || set == "held4" || set == "held5" || set == "held6" || set == "held7" {
				fmt.Fprintf(out, "recall (drawn)  %.3f  (%d of %d pairs judged y among those drawn by hash alone)\n", s.DrawnRecall(), s.DrawnTP, s.DrawnTP+s.DrawnFN)
			}
			if !list && !blind {
				return nil
			}
			for _, p := range pairs {
				v := "?"
				if p.Verdict != 0 {
					v = string(p.Verdict)
				}
				if blind {
					fmt.Fprintf(out, "\n%s shared=%d\n", p.Stub(), p.Shared)
				} else {
					fmt.Fprintf(out, "\n%s linked=%v shared=%d drawn=%v verdict=%s\n", p.Stub(), p.Linked, p.Shared, p.Drawn, v)
				}
				for _, st := range []*eval.StorylineStory{p.A, p.B} {
					fmt.Fprintf(out, "  story %d (%d docs, %s..%s)\n", st.ID, len(st.Docs), st.First.Format("2006-01-02"), st.Last.Format("2006-01-02"))
					for i, t := range st.Titles {
						if i == 4 {
							break
						}
						fmt.Fprintf(out, "    %s: %s\n", st.Docs[i], t)
					}
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", "../shared", "the shared data folder")
	cmd.Flags().StringVar(&set, "set", "tune", "sample: tune, held, held2, held3, held4, held5, held6 or held7")
	cmd.Flags().BoolVar(&list, "list", false, "print every pair with the stories' titles and a verdict stub")
	cmd.Flags().BoolVar(&blind, "blind", false, "list every pair as --list does, without whether it is linked, drawn or judged (for judging blind)")
	return cmd
}
