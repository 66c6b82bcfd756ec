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
and once after them. No test-split document is read. --list prints every stored
entity first. --errors lists the entities
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
			default:
				return fmt.Errorf("eval entities: unknown --set %q (tune, held, held2, held3, held4, held5 or held6)", set)
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
			if !errors {
				return nil
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
	cmd.Flags().StringVar(&set, "set", "tune", "tune, held, held2, held3, held4, held5 or held6")
	cmd.Flags().StringVar(&data, "data", "", "the shared folder (default ../shared)")
	cmd.Flags().BoolVar(&errors, "errors", false, "list entities judged wrong and those not judged yet")
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
