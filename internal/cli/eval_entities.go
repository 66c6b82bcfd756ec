package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/store"
)

// newEvalEntitiesCmd scores the store's entities across articles on real
// news against hand verdicts.
func newEvalEntitiesCmd() *cobra.Command {
	var (
		data, set string
		errors    bool
		list      bool
		pairs     bool
	)
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "Score entities across articles on real news against hand verdicts (merge precision, missed merges)",
		Long: `Ingest a fixed set of real documents (read from --data, the ../shared folder,
at run time) into a temporary store as "storyline ingest" does, list the
store's entities and score a seeded-hash sample of them against hand verdicts
kept in internal/eval/testdata/entities_real_judged.tsv (hashes only, no
document text; format in internal/eval/entities_real.go).
Merge precision: of the sampled entities with two or more surface forms or
articles, the share whose aliases all name one real-world thing under the
right type. Missed merges: of the sampled entities, the share another stored
entity also names. Type accuracy: of the judged entities given a type
verdict, the share whose stored type is right.
--set tune: the 50 NewsWCL50 articles and half the ECB+ train/dev documents
(by a seeded id hash; tuned on); held: the other half of the ECB+ train/dev
documents, judged once before the ninth session's entity changes and once
after them; held2: a seeded third of the PolNeAR train/dev articles and a
fifth of the CoNLL-2003 train documents, judged once before the eleventh
session's entity changes and once after them; held3: a seeded third of the
PolNeAR train/dev articles and a quarter of the CoNLL-2003 train documents
that held2 does not read, judged once before the twelfth session's entity
changes and once after them; held4: a seeded third of the PolNeAR
train/dev articles and a quarter of the CoNLL-2003 train documents that
neither held2 nor held3 reads, judged once before the thirteenth session's
entity changes and once after them; held5: a seeded share of the
PolNeAR train/dev articles and CoNLL-2003 train documents none of held2,
held3 and held4 reads, judged once before the fourteenth session's entity
changes and once after them; held6: the same for documents none of held2
.. held5 reads, judged once before the fifteenth session's entity changes
and once after them; held7: the MEANTIME Wikinews articles and the CoNLL-2003
train documents none of held2 .. held6 reads, judged once before the
sixteenth session's entity changes and once after them; held8: the CoNLL-2003
valid documents (the NER layer's development split), judged once before the
nineteenth session's entity changes and once after them; held9: every ECB+
train and dev document in one store, leaving out the names tune and held
judged, judged once before the twentieth session's entity changes and once
after them; held10: the same documents, leaving out the names tune, held and
held9 judged, judged once before the twenty-first session's entity changes
and once after them; held11: the same documents, leaving out the names tune,
held, held9 and held10 judged, judged once before the twenty-first session's
store changes (entitystore2) and once after them; held12: the same documents,
leaving out the names tune, held, held9, held10 and held11 judged, judged once
before the twenty-second session's entity changes (entity7) and once after them;
held13: the same documents, leaving out the names tune, held and held9 ..
held12 judged, the merge question asked only of entities in two or more
articles, judged once before the store changes of entitystore3 and once after
them; held25: the English pages of the trafilatura extraction benchmark,
judged once before the twenty-fifth session's entity changes (entity10) and
once after them. No test-split document is read. --list prints every stored
entity first. --pairs also scores the set's cross-article name pairs: two
stored persons with the same (or one letter apart) surname, or a person and a
spelled-out alias with its surname, judged one thing or two in
internal/eval/testdata/entities_pairs_judged.tsv; pairs split is the share of
those judged one thing stored apart, pairs merged the share of those judged
two things stored together; "of them stored together" counts the pairs
not judged that the store keeps as one, to compare builds on a set whose
pairs nobody judged. --errors lists the entities
judged wrong, those not judged yet and those without a type verdict, with verdict stubs, passages and the
entities that might name the same thing.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out := cmd.OutOrStdout()
			if data == "" {
				data = "../shared"
			}
			o := eval.EntitySampleOptions{Shared: data}
			if list {
				o.All = func(all []store.StoredEntity) {
					for _, e := range all {
						fmt.Fprintf(out, "entity\t%s\n", nearLine(e))
					}
				}
			}
			var ps []eval.EntityPair
			if pairs {
				o.Pairs = func(p []eval.EntityPair) { ps = p }
			}
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
			case "held13":
				o.Held13 = true
			case "held25":
				o.Held25 = true
			default:
				return fmt.Errorf("eval entities: unknown --set %q (tune, held, held2, held3, held4, held5, held6, held7, held8, held9, held10, held11, held12, held13 or held25)", set)
			}
			es, stored, err := eval.RealEntities(cmd.Context(), o)
			if err != nil {
				return fmt.Errorf("eval entities: %w (pass --data DIR, the shared folder)", err)
			}
			s := eval.ScoreEntities(es, stored)
			fmt.Fprintf(out, "entity sample set=%s data=%s stored entities=%d sampled=%d not judged=%d\n", set, data, s.Entities, len(es), s.Unjudged)
			fmt.Fprintf(out, "merge precision  %.3f  (%d of %d judged; %d sampled)\n", s.MergePrecision(), s.MergeOK, s.MergeJudged, s.MergeSampled)
			fmt.Fprintf(out, "missed merges    %.3f  (%d of %d judged; %d sampled)\n", s.MissedRate(), s.MissJudged-s.MissOK, s.MissJudged, s.MissSampled)
			fmt.Fprintf(out, "type accuracy    %.3f  (%d of %d type-judged)\n", s.TypeAccuracy(), s.TypeOK, s.TypeJudged)
			if pairs {
				p := eval.ScorePairs(ps)
				fmt.Fprintf(out, "name pairs       %d (not judged %d, of them stored together %d)\n", p.Pairs, p.Unjudged, p.UnjudgedTogether)
				fmt.Fprintf(out, "pairs split      %.3f  (%d of %d judged one thing stored apart)\n", p.SplitRate(), p.SameApart, p.SameJudged)
				fmt.Fprintf(out, "pairs merged     %.3f  (%d of %d judged two things stored together)\n", p.WrongMergeRate(), p.OtherJoin, p.OtherJudged)
			}
			if !errors {
				return nil
			}
			for _, p := range ps {
				if (p.Verdict == 'y' && p.Together) || (p.Verdict == 'n' && !p.Together) {
					continue
				}
				fmt.Fprintf(out, "\n%s\n  together=%t\n  A %s\n  B %s\n", p.Line(), p.Together, nearLine(p.A), nearLine(p.B))
				for _, c := range p.Contexts {
					fmt.Fprintf(out, "  | %s\n", strings.Join(strings.Fields(c), " "))
				}
			}
			for _, e := range es {
				v, ok := e.Fresh()
				if ok && (v.Merge == 'y' || v.Merge == '-') && (v.Missed == 'y' || v.Missed == '-') && v.Type == 'y' {
					continue
				}
				fmt.Fprintf(out, "\n%s\n  %s %q articles=%d mentions=%d aliases=%s\n", v.Line(), e.Entity.Type, e.Entity.Name,
					e.Entity.Articles, e.Entity.Mentions, strings.Join(quoteAll(e.Entity.Aliases), " "))
				if e.Retyped != "" {
					fmt.Fprintf(out, "  (sampled as %s)\n", e.Retyped)
				}
				for _, c := range e.Contexts {
					fmt.Fprintf(out, "  | %s\n", strings.Join(strings.Fields(c), " "))
				}
				for _, n := range e.Near {
					fmt.Fprintf(out, "  ~ %s\n", nearLine(n))
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&set, "set", "tune", "tune, held, held2, held3, held4, held5, held6, held7, held8, held9, held10, held11, held12, held13 or held25")
	cmd.Flags().StringVar(&data, "data", "", "the shared folder (default ../shared)")
	cmd.Flags().BoolVar(&errors, "errors", false, "list entities judged wrong and those not judged yet")
	cmd.Flags().BoolVar(&pairs, "pairs", false, "also score the cross-article name pairs (persons sharing a surname; entities_pairs.go)")
	cmd.Flags().BoolVar(&list, "list", false, "list every stored entity first (name, type, articles, mentions, aliases)")
	return cmd
}

// quoteAll quotes each of ss.
func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// nearLine shows a possibly same entity.
func nearLine(e store.StoredEntity) string {
	return fmt.Sprintf("%s %q articles=%d mentions=%d aliases=%s", e.Type, e.Name, e.Articles, e.Mentions, strings.Join(quoteAll(e.Aliases), " "))
}
