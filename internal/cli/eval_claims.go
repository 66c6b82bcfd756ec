package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/eval"
)

// newEvalClaimsCmd scores recurring claims on the real-news samples
// against the hand verdicts of internal/eval/testdata/claims_real_judged.tsv.
func newEvalClaimsCmd() *cobra.Command {
	var (
		data, set          string
		list, all, singles bool
	)
	cmd := &cobra.Command{
		Use:   "claims",
		Short: "Score recurring claims on real news (occurrence precision, group purity)",
		Long: `Score recurring claims on real news without gold. The documents of a sample
(--data is the ../shared folder) go through extraction, the analyze layer's
quotes and the claims stage as ingest runs them, and the claims are grouped
across documents. Every occurrence (holder, normalised claim, sentence) and
every group of two or more is judged by hand; the verdicts are kept in
internal/eval/testdata/claims_real_judged.tsv with no document text.

precision: occurrences judged right (a statement by that holder, the claim
faithful to the sentence) over those judged; wrong ones are counted by kind:
h wrong holder, s no statement of the holder (topic, question, condition,
someone else's claim), f stance, object or negation unfaithful.
purity: over the judged groups, members stating the group's majority claim
over all members; pure groups have every member stating one claim.

--set real: the tuning sample (the seeds and half of a salted-hash draw of
the NewsWCL50 and ECB+ train/dev documents). --set real-held: the other half,
no seeds, judged once before and once after the changes. --set real-held2:
half (salted hash, "claims7") of the PolNeAR dev articles, which neither
other sample reads; judged once before and once after the seventh pass.
--set real-tune2: the other half of that draw, a tuning sample.
--set real-held3: the ECB+ test-split, CoNLL-2003 test and PolNeAR test
documents, which no other sample reads (claims judged by hand only; no
benchmark figure); judged once before and once after the eighth pass.
--set real-held4: half (salted hash, "claims12") of the English pages of the
trafilatura extraction benchmark (a development set), which no other sample
reads; judged once before and once after the twelfth pass.
--set real-held5: the other half of that draw (odd hash), which no claims
sample read before; judged once before and once after the thirteenth pass.
--set real-held6: the English pages of the dates-htmldate dev split
(eval_default.json; never the test file) that the trafilatura benchmark does
not hold too, which no other sample reads;
judged once before and once after the fourteenth pass.
--set real-held7: the English article pages of the Zyte extraction benchmark
that neither the trafilatura nor the dates-htmldate benchmark holds too
(claims judged by hand only; no extraction figure), which no other sample
reads; judged once before and once after the fifteenth pass. It also judges
pairs of one holder's occurrences in two documents that no key joins ("apart":
same-claim pairs left in two groups over the same-claim pairs judged). On every
set, pairs of statements claims.Join put in one group (one restating the other)
are judged too: "joined wrongly" counts those judged two claims.
--set recall / recall-held: coverage. Sentences of the four spent samples
holding a statement word (stance, denial, accusation, warning, pledge,
demand), one in 40 by a salted hash ("claims9"), two halves (recall: tuning;
recall-held: judged once before and once after the ninth pass); each judged
w (a reader would want a claim from it) or n. recall = w sentences with an
occurrence judged right over w sentences; also claims and groups per 100
documents. --set recall-held2: the cue sentences of the ECB+ train/dev,
MEANTIME and PolNeAR train/dev documents that neither half draws, one in 48
by a hash salted "claims10"; judged once before and once after the tenth
pass. --set recall-held3: the cue sentences of the same documents that no
earlier sample draws, one in 48 by a hash salted "claims11"; judged once
before and once after the eleventh pass.
Statement claims (a named speaker's quote keyed by its gist) count where two
or more documents of the sample carry the key, as the claims listing shows
them; --singles keeps the others too.
--list prints the occurrences and groups not judged yet (or judged wrong)
with their verdict stubs; --all prints every one.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out := cmd.OutOrStdout()
			if data == "" {
				data = "../shared"
			}
			switch set {
			case "recall", "recall-held", "recall-held2", "recall-held3":
				o := eval.ClaimsRecallOptions{Shared: data, Held: set == "recall-held", Held2: set == "recall-held2", Held3: set == "recall-held3", Singles: singles}
				return evalClaimsRecall(cmd, o, list, all)
			}
			var held, held2, tune2, held3, held4, held5, held6, held7 bool
			switch set {
			case "real":
			case "real-held":
				held = true
			case "real-held2":
				held2 = true
			case "real-tune2":
				tune2 = true
			case "real-held3":
				held3 = true
			case "real-held4":
				held4 = true
			case "real-held5":
				held5 = true
			case "real-held6":
				held6 = true
			case "real-held7":
				held7 = true
			default:
				return fmt.Errorf("eval claims: unknown --set %q (real, real-held, real-held2, real-tune2, real-held3, real-held4, real-held5, real-held6, real-held7, recall, recall-held, recall-held2 or recall-held3)", set)
			}
			occ, groups, err := eval.RealClaims(cmd.Context(), eval.ClaimsSampleOptions{Shared: data, Held: held, Held2: held2, Tune2: tune2, Held3: held3, Held4: held4, Held5: held5, Held6: held6, Held7: held7, Singles: singles})
			if err != nil {
				return fmt.Errorf("eval claims: %w (pass --data DIR, the shared folder)", err)
			}
			s := eval.ScoreClaims(occ, groups)
			fmt.Fprintf(out, "claims %s sample data=%s occurrences=%d judged=%d groups(2+)=%d judged=%d\n", set, data, s.Occurrences, s.Judged, s.Groups, s.GroupsJudged)
			fmt.Fprintf(out, "occurrence precision %.3f  (%d of %d; wrong: holder %d, not a statement %d, unfaithful %d)\n",
				s.Precision(), s.Right, s.Judged, s.Wrong['h'], s.Wrong['s'], s.Wrong['f'])
			fmt.Fprintf(out, "group purity         %.3f  (%d of %d members; %d of %d groups pure)\n", s.Purity(), s.Same, s.Members, s.GroupsPure, s.GroupsJudged)
			if !held && !held2 && !tune2 && !held3 && !held4 && !held5 && !held6 && !held7 {
				fmt.Fprintf(out, "seeds 000, 002, 004 in one group: %v\n", s.SeedsHeld)
			}
			pairs, ps, err := eval.RealClaimPairs(occ)
			if err != nil {
				return fmt.Errorf("eval claims: %w", err)
			}
			if ps.Judged > 0 || ps.Unjudged > 0 || held7 {
				fmt.Fprintf(out, "pairs apart          %.3f  (%d of %d same-claim pairs of one holder in two documents in two groups; %d pairs judged)\n",
					ps.Apart(), ps.Same-ps.Joined, ps.Same, ps.Judged)
				fmt.Fprintf(out, "pairs joined wrongly %d  (pairs judged two claims that one group holds; %d pairs joined by restatement not judged)\n",
					ps.Wrong, ps.Unjudged)
			}
			if !list && !all {
				return nil
			}
			for _, c := range occ {
				if !all && c.Verdict == 'y' {
					continue
				}
				q := ""
				if c.Claim.Questioned {
					q = " (questioned)"
				}
				fmt.Fprintf(out, "\n%s\n  %s%s | holder=%q\n  %s\n", c.VerdictLine(), c.Claim.Text, q, c.Claim.Holder, strings.Join(strings.Fields(c.Claim.Sentence), " "))
			}
			for _, g := range groups {
				if !all && g.Same == len(g.Members) {
					continue
				}
				fmt.Fprintf(out, "\n%s\n  group %s (%d)\n", g.VerdictLine(), g.Group.Text, len(g.Members))
				for _, m := range g.Members {
					fmt.Fprintf(out, "   %c %s: %s\n", verdictChar(m.Verdict), m.Doc, strings.Join(strings.Fields(m.Claim.Sentence), " "))
				}
			}
			for _, p := range pairs {
				if !held7 && p.Verdict == 0 && !p.Joined {
					continue // pairs apart are judged on real-held7 only; joined ones everywhere
				}
				if !all && (p.Verdict == 'n' && !p.Joined || p.Verdict == 'y' && p.Joined) {
					continue
				}
				fmt.Fprintf(out, "\n%s\n  pair joined=%v\n   %c %s | %s\n   %c %s | %s\n", p.VerdictLine(), p.Joined,
					verdictChar(p.A.Verdict), p.A.Claim.Text, strings.Join(strings.Fields(p.A.Claim.Sentence), " "),
					verdictChar(p.B.Verdict), p.B.Claim.Text, strings.Join(strings.Fields(p.B.Claim.Sentence), " "))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&set, "set", "real", "real (tuning sample), real-tune2, or real-held, real-held2, real-held3, real-held4, real-held5, real-held6, real-held7 (held-out samples); recall, recall-held, recall-held2, recall-held3 (coverage)")
	cmd.Flags().StringVar(&data, "data", "", "the shared folder (default ../shared)")
	cmd.Flags().BoolVar(&list, "list", false, "print the occurrences and groups not judged or judged wrong")
	cmd.Flags().BoolVar(&all, "all", false, "print every occurrence and group")
	cmd.Flags().BoolVar(&singles, "singles", false, "keep the statement claims (a speaker's quote keyed by its gist) that no other document of the sample repeats")
	return cmd
}

func verdictChar(v byte) byte {
	if v == 0 {
		return '?'
	}
	return v
}

// evalClaimsRecall prints the coverage of the sentence sample.
func evalClaimsRecall(cmd *cobra.Command, o eval.ClaimsRecallOptions, list, all bool) error {
	out := cmd.OutOrStdout()
	data := o.Shared
	drawn, s, err := eval.ClaimsRecall(cmd.Context(), o)
	if err != nil {
		return fmt.Errorf("eval claims: %w (pass --data DIR, the shared folder)", err)
	}
	fmt.Fprintf(out, "claims recall sample held=%v held2=%v held3=%v data=%s documents=%d sentences=%d judged=%d\n", o.Held, o.Held2, o.Held3, data, s.Docs, s.Sentences, s.Judged)
	fmt.Fprintf(out, "recall %.3f  (%d of %d sentences a reader wants a claim from; %d occurrences on drawn sentences unjudged)\n", s.Recall(), s.Found, s.Want, s.Unjudged)
	fmt.Fprintf(out, "with restatements %.3f  (%d more: a right claim whose key the article holds from an earlier sentence)\n",
		float64(s.Found+s.FoundRestated)/float64(max(s.Want, 1)), s.FoundRestated)
	per := func(n int) float64 { return 100 * float64(n) / float64(max(s.Docs, 1)) }
	fmt.Fprintf(out, "per 100 documents: %.1f claims, %.2f groups of 2+ (%d, %d)\n", per(s.Occurrences), per(s.Groups), s.Occurrences, s.Groups)
	if !list && !all {
		return nil
	}
	for _, d := range drawn {
		right := false
		for _, c := range append(d.Claims[:len(d.Claims):len(d.Claims)], d.Restated...) {
			right = right || c.Verdict == 'y'
		}
		if !all && d.Want != 0 && (d.Want == 'n' || right) {
			continue
		}
		fmt.Fprintf(out, "\n%s\n  %s\n", d.VerdictLine(), strings.Join(strings.Fields(d.Sentence), " "))
		for _, c := range d.Claims {
			fmt.Fprintf(out, "  %s  %s | holder=%q\n", c.VerdictLine(), c.Claim.Text, c.Claim.Holder)
		}
		for _, c := range d.Restated {
			fmt.Fprintf(out, "  %s  %s | holder=%q (restated)\n", c.VerdictLine(), c.Claim.Text, c.Claim.Holder)
		}
	}
	return nil
}
