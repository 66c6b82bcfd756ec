package cli

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/clusterscore"
	"github.com/storyline/storyline/internal/story/stream"
)

func newEvalClusteringCmd() *cobra.Command {
	var (
		data, split, order     string
		threshold, merge       float64
		ew, yw, nw, bw, tw, ad float64
		docTerms               int
		seed                   uint64
		warm                   bool
	)
	cmd := &cobra.Command{
		Use:   "clustering",
		Short: "Score online story clustering on ECB+ or NewsWCL50 (BCubed P/R/F1, ARI)",
		Long: `Cluster a gold set's documents online (one pass, number of stories unknown) and
score the stories against the gold story labels: ECB+ (story = subtopic; --split
train, dev, traindev, test or all), NewsWCL50 (story = event), MEANTIME (each
article its own story, an assumption). The set is detected by its files.
--order file keeps the file order (ECB+ is sorted by topic); --order shuffle
shuffles with --seed, to check that the order does not carry the score.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			docs, name, err := clusterscore.LoadBench(data, split)
			if err != nil {
				return err
			}
			var history []clusterscore.BenchDoc
			if warm {
				all, _, err := clusterscore.LoadBench(data, "all")
				if err != nil {
					return err
				}
				for _, d := range all {
					if d.Split != split && !(split == "traindev" && (d.Split == "train" || d.Split == "dev")) {
						history = append(history, d)
					}
				}
			}
			if order == "shuffle" {
				rng := rand.New(rand.NewPCG(seed, 0))
				rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
			}
			ctx := cmd.Context()
			r := stream.New(stream.Options{Story: story.Options{Threshold: threshold, MergeThreshold: merge, EntityWeight: ew, YearWeight: yw, NumberWeight: nw, BigramWeight: bw, TitleWeight: tw, Adaptive: ad, MaxDocTerms: docTerms}})
			for _, d := range history { // unscored: only their vocabulary matters
				if _, err := r.Add(ctx, story.Doc{ID: "history:" + d.ID, Title: d.Title, Text: d.Text, Published: d.Date}); err != nil {
					return err
				}
			}
			start := time.Now()
			ids := make([]story.StoryID, len(docs))
			for i, d := range docs {
				x, err := r.Add(ctx, story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date})
				if err != nil {
					return err
				}
				ids[i] = x.Story
			}
			el := time.Since(start)
			pred := make([]string, len(docs))
			gold := make([]string, len(docs))
			for i := range docs {
				s, _, err := r.Final(ctx, ids[i])
				if err != nil {
					return err
				}
				pred[i] = strconv.FormatInt(int64(s), 10)
				gold[i] = docs[i].Gold
			}
			s, err := clusterscore.Score(pred, gold)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s split=%s order=%s n=%d gold_stories=%d predicted_stories=%d\nBCubed P=%.4f R=%.4f F1=%.4f  ARI=%.4f  (%.0f docs/s)\n",
				name, split+map[bool]string{true: " (warm)", false: ""}[warm], order, s.N, s.GoldClusters, s.PredClusters, s.BCubedP, s.BCubedR, s.BCubedF1, s.ARI,
				float64(len(docs))/el.Seconds())
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", "../shared/bench/clustering/ecbplus", "clustering set folder (ecbplus, newswcl50 or meantime)")
	cmd.Flags().StringVar(&split, "split", "test", "ECB+ split: train, dev, traindev, test or all")
	cmd.Flags().StringVar(&order, "order", "file", "document order: file or shuffle")
	cmd.Flags().BoolVar(&warm, "warm", false, "first stream the set's other splits, unscored and unlabelled, as history (learned IDF)")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "shuffle seed")
	cmd.Flags().Float64Var(&threshold, "threshold", 0, "story join threshold (0: the tuned default)")
	cmd.Flags().Float64Var(&merge, "merge", 0, "story merge threshold (0: the tuned default)")
	cmd.Flags().Float64Var(&ew, "entity-weight", 0, "tuning: entity feature weight (0: default)")
	cmd.Flags().Float64Var(&yw, "year-weight", 0, "tuning: year feature weight (0: default)")
	cmd.Flags().Float64Var(&nw, "number-weight", 0, "tuning: number feature weight (0: default)")
	cmd.Flags().Float64Var(&bw, "bigram-weight", 0, "tuning: bigram feature weight (0: default)")
	cmd.Flags().Float64Var(&tw, "title-weight", 0, "tuning: title term weight (0: default)")
	cmd.Flags().Float64Var(&ad, "adaptive", 0, "tuning: adaptive bar factor (0: default)")
	cmd.Flags().IntVar(&docTerms, "doc-terms", 0, "tuning: features per article (0: default)")
	return cmd
}
