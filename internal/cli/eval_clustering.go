package cli

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/stream"
)

func newEvalClusteringCmd() *cobra.Command {
	var (
		o     stream.EvalOptions
		order string
		so    story.Options
		// maxGapDays sets so.MaxGap.
		maxGapDays float64
		// maxSpanDays sets so.MaxSpan.
		maxSpanDays float64
		// gapOverrideMaxDays sets so.GapOverrideMax.
		gapOverrideMaxDays float64
		// political runs the judged PolNeAR pair sample (eval.PoliticalPairs).
		political bool
		set       string
		list      string
		// seeds, when set, runs file order and each of these shuffles.
		seeds string
	)
	cmd := &cobra.Command{
		Use:   "clustering",
		Short: "Score online story clustering on ECB+ or NewsWCL50 (BCubed P/R/F1, ARI)",
		Long: `Cluster a gold set's documents online (one pass, number of stories unknown) and
score the stories against the gold story labels: ECB+ (story = subtopic; --split
train, dev, traindev, test or all), NewsWCL50 (story = event), MEANTIME (each
article its own story, an assumption). The set is detected by its files.
--order file keeps the file order (ECB+ is sorted by topic); --order shuffle
shuffles with --seed, to check that the order does not carry the score.
--seeds 1-40 runs file order and then each shuffle seed in one call (the
documents loaded and their claims extracted once) and prints each run's
figures and their means.
--warm first streams the other splits, unscored and unlabelled, as history.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.Shuffle = order == "shuffle"
			so.MaxGap = time.Duration(maxGapDays * float64(24*time.Hour))
			so.MaxSpan = time.Duration(maxSpanDays * float64(24*time.Hour))
			so.GapOverrideMax = time.Duration(gapOverrideMaxDays * float64(24*time.Hour))
			o.Stream.Story = so
			if seeds != "" {
				if political || o.Mixed {
					return fmt.Errorf("eval clustering: --seeds does not combine with --political or --mixed")
				}
				list, err := parseSeeds(seeds)
				if err != nil {
					return err
				}
				return runSeeds(cmd, o, list)
			}
			if political {
				return runPolitical(cmd, o, set, list)
			}
			r, err := stream.Eval(cmd.Context(), o)
			if err != nil {
				return err
			}
			s := r.Scores
			warm := ""
			if o.Warm {
				warm = " (warm)"
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s split=%s%s order=%s n=%d gold_stories=%d predicted_stories=%d\nBCubed P=%.4f R=%.4f F1=%.4f  ARI=%.4f  (%.0f docs/s)\n",
				r.Set, o.Split, warm, order, s.N, s.GoldClusters, s.PredClusters, s.BCubedP, s.BCubedR, s.BCubedF1, s.ARI, r.DocsPerSecond)
			for _, m := range r.Mixed {
				fmt.Fprintln(cmd.OutOrStdout(), m)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Dir, "data", "../shared/bench/clustering/ecbplus", "clustering set folder (ecbplus, newswcl50 or meantime)")
	f.StringVar(&o.Split, "split", "test", "ECB+ split: train, dev, traindev, test or all")
	f.StringVar(&order, "order", "file", "document order: file or shuffle")
	f.Uint64Var(&o.Seed, "seed", 1, "shuffle seed")
	f.StringVar(&seeds, "seeds", "", "run file order and then each of these shuffle seeds (\"1-40\", \"1,3,5-9\"), the documents analysed once; prints each run and the means (--order and --seed are not read)")
	f.BoolVar(&political, "political", false, "score the judged pair sample of same-cast political news (--data: PolNeAR, train and dev only): merge precision and recall, date order and shuffled")
	f.StringVar(&set, "set", "tune", "with --political: tune, held (spent), held2 (the undated condition's held half, spent), held3 (drawn in the thirteenth session), held4 (drawn in the fourteenth, undated) or held5 (drawn in the sixteenth, undated: merged pairs no earlier share judged or kept) of the sample")
	f.StringVar(&list, "list", "", "with --political: list pairs for judging: unjudged, wrong, or all (titles and leads on stdout only)")
	f.BoolVar(&o.Mixed, "mixed", false, "diagnostic: list the stories that hold more than one gold story, with their documents")
	f.StringVar(&o.Venue, "venue", "", "stress: open every document's text with \"Filed in VENUE.\" (news of one capital: every story leads with one venue)")
	f.BoolVar(&o.Undated, "undated", false, "drop the documents' dates (the loader dates ECB+ documents by their url since 2026-11-23; earlier figures were undated)")
	f.Float64Var(&maxGapDays, "max-gap-days", 0, "tuning: largest publication-time gap in days for a join (0: the default)")
	f.Float64Var(&so.GapOverride, "gap-override", 0, "tuning: past the largest gap, the share of a story's bar that half an article's score must reach for it to join (0: the default 1, negative: off)")
	f.Float64Var(&gapOverrideMaxDays, "gap-override-max-days", 0, "tuning: largest publication-time gap in days that the gap override spans (0: the default, six times the largest gap)")
	f.Float64Var(&so.NamedDay, "named-day", 0, "tuning: past the largest gap, the factor on the score of an article that names a day of a story's span, or whose day a story's article named, and on a merge of two such stories (0: the default 0.75, negative: off, for ablation)")
	f.Float64Var(&so.UndatedBar, "undated-bar", 0, "tuning: score divisor when one side is dated and the other not (0: the default)")
	f.BoolVar(&o.Warm, "warm", false, "first stream the set's other splits, unscored and unlabelled, as history (learned IDF)")
	f.Float64Var(&so.Threshold, "threshold", 0, "tuning: story join threshold (0: the tuned default)")
	f.Float64Var(&so.MergeThreshold, "merge", 0, "tuning: story merge threshold")
	f.Float64Var(&so.Adaptive, "adaptive", 0, "tuning: adaptive bar factor")
	f.Float64Var(&so.EntityWeight, "entity-weight", 0, "tuning: entity feature weight")
	f.Float64Var(&so.YearWeight, "year-weight", 0, "tuning: year feature weight")
	f.Float64Var(&so.NumberWeight, "number-weight", 0, "tuning: number feature weight")
	f.Float64Var(&so.MonthWeight, "month-weight", 0, "tuning: weight of the month of publication (or dateline) feature (0: the default, negative: off)")
	f.Float64Var(&so.BigramWeight, "bigram-weight", 0, "tuning: bigram feature weight")
	f.Float64Var(&so.TitleWeight, "title-weight", 0, "tuning: title term weight")
	f.IntVar(&so.MaxDocTerms, "doc-terms", 0, "tuning: features per article")
	f.Float64Var(&so.PairMutual, "pair-mutual", 0, "tuning: share of the pair bar at which Flush merges two one-article stories, each the other's best, of one venue (0: the default, negative: off)")
	f.Float64Var(&so.PlaceMatch, "place-match", 0, "tuning: share by which a shared lead venue raises two stories' link (0: the default, negative: off)")
	f.Float64Var(&so.PlaceClash, "place-clash", 0, "tuning: share by which a clash of lead venues lowers a score (0: the default, negative: off)")
	f.Float64Var(&so.NumberClash, "number-clash", 0, "tuning: number cosine below which consolidation and learned merges leave two stories apart (0: the default 0.1, negative: off)")
	f.IntVar(&so.NumberClashMin, "number-clash-min", 0, "tuning: least numbers each side must name for a number clash (0: the default 4)")
	f.IntVar(&so.MergeContra, "merge-contra", 0, "tuning: least numbers each of two articles must name for the merge model's article-level number contradiction (0: the default 2, negative: off)")
	f.BoolVar(&so.MergeContraDated, "merge-contra-dated", false, "tuning: the article-level number contradiction between dated stories too (default: two undated stories only)")
	f.Float64Var(&so.NumberClashJoin, "number-clash-join", 0, "tuning: share by which a number clash lowers an arriving article's score (0: the default 0.1, negative: off)")
	f.Float64Var(&so.ClaimClash, "claim-clash", 0, "tuning: claim cosine below which consolidation and learned merges leave two stories apart (0: the default 0.05, negative: off)")
	f.IntVar(&so.ClaimClashMin, "claim-clash-min", 0, "tuning: least distinct claim keys each side must carry for a claim clash (0: the default 2)")
	f.Float64Var(&so.ClaimClashJoin, "claim-clash-join", 0, "tuning: share by which a claim clash lowers an arriving article's score (0: off, the default; needs the claim clash on)")
	f.Float64Var(&so.EventClash, "event-clash", 0, "tuning: event cosine below which two sides of one cast (entity cosine >= --event-clash-cast) are two acts: merges refused, arrivals scored lower (0: off, the default)")
	f.IntVar(&so.EventClashMin, "event-clash-min", 0, "tuning: least distinct event keys each side must carry for an event clash (0: the default 2)")
	f.Float64Var(&so.EventClashCast, "event-clash-cast", 0, "tuning: least entity cosine for an event clash (0: the default 0.3)")
	f.Float64Var(&so.EventClashJoin, "event-clash-join", 0, "tuning: share by which an event clash lowers an arriving article's score (0: the default 0.1, negative: off)")
	f.BoolVar(&so.EventClashUndated, "event-clash-undated", false, "tuning: the event clash only between two undated sides")
	f.StringVar(&o.Stream.EventKeys, "event-keys", "", "tuning: event keys the event clash compares: type (default), act (actor|type|target), trigger (type|trigger word), main (the same, main-clause events of confidence >= .5, inflection stripped), both")
	f.IntVar(&so.VenueStories, "venue-stories", 0, "tuning: most active stories that may lead with a venue for it to count as shared evidence, the two compared included (0: the default, negative: any)")
	f.Float64Var(&so.EntityMix, "entity-mix", 0, "tuning: share of the entity-only cosine in a similarity (0: the default, negative: off)")
	f.Float64Var(&maxSpanDays, "max-span-days", 0, "tuning: longest span in days of a story's dated articles before the span counts as distance (0: off, the default; 14 measured on --political)")
	f.IntVar(&so.IDFPrior, "idf-prior", 0, "tuning: documents assumed seen before the stream, in none of which any feature occurred (0: none)")
	f.Float64Var(&so.CohesionFloor, "cohesion-floor", 0, "tuning: least cohesion a join or merge may leave a story of three articles or more with (0: the default 0.17, negative: off)")
	f.BoolVar(&so.FloorYears, "floor-years", false, "tuning: count the years two sides share in the link the cohesion floor tests (before the fourteenth session; default: left out)")
	f.Float64Var(&so.LinkFloor, "link-floor", 0, "tuning: least mean similarity of an article with a story it joins")
	f.Float64Var(&so.MergeModel, "merge-model", 0, "tuning: learned merge probability at the end of the stream (0: the tuned default, negative: off)")
	return cmd
}

// runPolitical scores the political pair sample (eval.PoliticalPairs).
func runPolitical(cmd *cobra.Command, o stream.EvalOptions, set, list string) error {
	if set != "tune" && set != "held" && set != "held2" && set != "held3" && set != "held4" && set != "held5" {
		return fmt.Errorf("eval clustering: --set %q: want tune, held, held2, held3, held4 or held5", set)
	}
	pairs, n, err := eval.PoliticalPairs(cmd.Context(), eval.PoliticalOptions{Dir: o.Dir, Held: set == "held", Held2: set == "held2", Held3: set == "held3", Held4: set == "held4", Held5: set == "held5", Undated: o.Undated, Stream: o.Stream})
	if err != nil {
		return err
	}
	w := cmd.OutOrStdout()
	for r, name := range []string{"date order", "shuffled"} {
		s := eval.ScorePolitical(pairs, r)
		fmt.Fprintf(w, "political %s %s: stories=%d pairs=%d judged=%d unjudged=%d  merge P=%.3f (%d/%d) R=%.3f (%d/%d)  tune-half merged pairs=%d far(>%dd)=%d largest=%d\n",
			set, name, n[r].Stories, s.Pairs, s.Judged, s.Unjudged, s.Precision(), s.TP, s.TP+s.FP, s.Recall(), s.TP, s.TP+s.FN, n[r].Merged, eval.PoliticalFarDays, n[r].Far, n[r].Largest)
	}
	for _, p := range pairs {
		wrong := p.Verdict != 0 && (p.Verdict == 'y') != (p.Merged[0] && p.Merged[1])
		if list == "all" || (list == "unjudged" && p.Verdict == 0) || (list == "wrong" && wrong) {
			fmt.Fprintf(w, "\n%s merged=%v cos=%.2f verdict=%c\n", p.Stub(), p.Merged, p.Cosine, max(p.Verdict, '?'))
			for _, d := range []*eval.PoliticalDoc{p.A, p.B} {
				lead := d.Text
				if len(lead) > 300 {
					lead = strings.ToValidUTF8(lead[:300], "")
				}
				fmt.Fprintf(w, "  %s %s | %s | %s\n", d.Date.Format("2006-01-02"), d.Publisher, d.Title, strings.ReplaceAll(lead, "\n", " "))
			}
		}
	}
	return nil
}

// parseSeeds reads a list of shuffle seeds: numbers and ranges a-b,
// separated by commas ("1-40", "1,3,5-9"), each seed once, in the order
// given.
func parseSeeds(spec string) ([]uint64, error) {
	var out []uint64
	seen := map[uint64]bool{}
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		lo, hi, isRange := strings.Cut(part, "-")
		a, err := strconv.ParseUint(strings.TrimSpace(lo), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("eval clustering: --seeds %q: %q is not a seed or a range a-b", spec, part)
		}
		b := a
		if isRange {
			if b, err = strconv.ParseUint(strings.TrimSpace(hi), 10, 64); err != nil || b < a {
				return nil, fmt.Errorf("eval clustering: --seeds %q: %q is not a range a-b with a <= b", spec, part)
			}
		}
		if b-a >= 10000 || len(out) >= 10000 {
			return nil, fmt.Errorf("eval clustering: --seeds %q: more than 10000 seeds", spec)
		}
		for x := a; ; x++ {
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
			if x == b {
				break
			}
		}
	}
	return out, nil
}

// runSeeds runs file order and each shuffle seed (stream.EvalSeeds) and
// prints each run's figures, the mean over the seeds and the mean over
// file order and the seeds.
func runSeeds(cmd *cobra.Command, o stream.EvalOptions, seeds []uint64) error {
	rs, err := stream.EvalSeeds(cmd.Context(), o, seeds)
	if err != nil {
		return err
	}
	w := cmd.OutOrStdout()
	s := rs[0].Scores
	warm := ""
	if o.Warm {
		warm = " (warm)"
	}
	fmt.Fprintf(w, "%s split=%s%s n=%d gold_stories=%d, file order and %d shuffle seeds\n", rs[0].Set, o.Split, warm, s.N, s.GoldClusters, len(seeds))
	var f1, ari float64
	for i, r := range rs {
		s := r.Scores
		name := "file"
		if i > 0 {
			name = "seed=" + strconv.FormatUint(seeds[i-1], 10)
			f1 += s.BCubedF1
			ari += s.ARI
		}
		fmt.Fprintf(w, "%-9s predicted_stories=%d BCubed P=%.4f R=%.4f F1=%.4f  ARI=%.4f\n", name, s.PredClusters, s.BCubedP, s.BCubedR, s.BCubedF1, s.ARI)
	}
	n := float64(len(seeds))
	file := rs[0].Scores
	fmt.Fprintf(w, "mean of %d seeds: F1=%.4f ARI=%.4f; file order F1=%.4f ARI=%.4f; mean of file and seeds (%d runs): F1=%.4f ARI=%.4f\n",
		len(seeds), f1/n, ari/n, file.BCubedF1, file.ARI, len(rs), (f1+file.BCubedF1)/(n+1), (ari+file.ARI)/(n+1))
	return nil
}
