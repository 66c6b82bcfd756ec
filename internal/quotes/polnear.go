package quotes

// PolNeAR scoring. The corpus (Newell, Margolin and Ruths, LREC 2018) is read
// at run time from DIR/data/SPLIT/{text,attributions}: text/NAME.txt is an
// article, attributions/NAME_ANNOTATOR.ann its brat standoff annotation
// (offsets count Unicode code points, not bytes),
// where "T<n>\tLabel START END[;START END...]\tsurface" lines are spans
// (labels Source, Cue, Content) and "E<n>\tAttribution:T.. Content:T..
// Cue:T.. Source:T.." lines link them. When several annotators marked one
// article, the annotation file that sorts first is used.
//
// Metrics (all micro-averaged over the split):
//
//   - A gold unit is one E relation with a Content span; its span runs from
//     the first fragment's start to the last fragment's end. A predicted unit
//     is one Quote from Find (direct, reported and fragments alike).
//   - Spans are normalised before comparison by trimming white space, quote
//     marks and the punctuation ,.;:!? from both ends.
//   - Exact: a prediction matches a gold unit when the normalised spans are
//     identical. Overlap: when they share at least one byte. Matching is
//     one-to-one and greedy in text order: each prediction takes the unused
//     gold unit it overlaps most. P = matched/predicted, R = matched/gold,
//     F1 their harmonic mean.
//   - Speaker accuracy: over overlap-matched pairs whose gold unit has a
//     Source span, the share whose speaker is right: the predicted speaker
//     mention (SpeakerStart:SpeakerEnd) overlaps the gold Source span, or the
//     last word of the predicted speaker name occurs as a word in the gold
//     Source text (case-insensitive). No predicted speaker counts as wrong.
//   - Speaker, named only: as speaker accuracy, except that a speaker
//     right by its span but left without a name (a pronoun or relative
//     the resolver could not tie to anyone) counts as wrong: what a reader
//     is told, not only which words the finder took for the source.
//   - Speaker by name: the same pairs, the speaker right only by the name
//     test (its span not consulted). A pronoun or description source ("he",
//     "the senator") is then right only when the name's last word occurs in
//     it, so this is far below speaker accuracy for Find and for stored
//     quotes alike; it is what `eval quotes --as-stored` reported before
//     the fourteenth session, when stored quotes carried no speaker span.
//   - Overlap, parts once: as Overlap, except that a prediction matching
//     no gold unit but overlapping one another prediction matched is not
//     counted as predicted: it is another part of a unit already credited
//     (“A,” she said, “B.” listed as two quotes, or a quoted phrase listed
//     beside the reported unit holding it, where PolNeAR has one unit).
//     Recall is unchanged (a prediction covering two gold units is still
//     credited once).
//   - Direct alone: predictions with Direct set and gold units whose content
//     begins with a quote mark. Recall: the share of those gold units that a
//     direct prediction overlaps. Precision: the share of direct predictions
//     that overlap some gold unit (a partial quote inside a paraphrase, which
//     PolNeAR marks as one content span starting with "that", counts).

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// PolNeAROptions select what ScorePolNeAR reads.
type PolNeAROptions struct {
	Dir   string // the polnear folder (holding data/) or its data/ folder
	Split string // train, dev or test; "" means test
	Find  Options
	// Limit caps the number of articles scored; 0 means all.
	Limit int
	// Nested scores Find as configured; by default Find.Exclusive is set,
	// since PolNeAR counts each attribution once (a quoted phrase inside
	// reported speech is part of that unit, not a unit of its own).
	Nested bool
	// FindFunc, when set, is what is scored instead of Find (Find,
	// Nested are then unused): for instance the quotes a whole pipeline
	// stores, to measure it against the same gold.
	FindFunc func(text string) []Quote
	// CVModels, when set, tag the articles cross-validated: the article
	// at index i (in the order read, first annotation file per article)
	// is tagged by CVModels[i%len(CVModels)], which should be a model
	// trained with TrainOptions.HoldOutFolds = len(CVModels) and HoldOut
	// = i%len(CVModels), so that no article is tagged by a model that saw
	// it (the train-cv tuning set). Find.Model is then unused.
	CVModels []*Model
}

// PRF counts matches for one metric.
type PRF struct{ Matched, Predicted, Gold, GoldMatched int }

// Precision is Matched/Predicted.
func (c PRF) Precision() float64 { return ratio(c.Matched, c.Predicted) }

// Recall is GoldMatched/Gold.
func (c PRF) Recall() float64 { return ratio(c.GoldMatched, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c PRF) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// PolNeARScore is the result of ScorePolNeAR.
type PolNeARScore struct {
	Articles       int
	Exact, Overlap PRF
	// OverlapParts is Overlap with the parts of a credited unit not
	// counted as predicted (see the package comment above).
	OverlapParts PRF
	Direct       PRF // overlap, direct quotes alone
	SpeakerRight int
	SpeakerTotal int
	// SpeakerByName counts the pairs of SpeakerTotal whose speaker is
	// right by the name test alone, spans not consulted.
	SpeakerByName int
	// SpeakerNamed counts the pairs of SpeakerRight whose speaker has a
	// name: right by its span, an unresolved one ("I", "who" left without
	// a name) is not counted.
	SpeakerNamed int
	Tokens       int // words in the scored articles, for speed figures
}

// SpeakerAccuracy is SpeakerRight/SpeakerTotal.
func (s PolNeARScore) SpeakerAccuracy() float64 { return ratio(s.SpeakerRight, s.SpeakerTotal) }

// SpeakerNamedAccuracy is SpeakerNamed/SpeakerTotal.
func (s PolNeARScore) SpeakerNamedAccuracy() float64 { return ratio(s.SpeakerNamed, s.SpeakerTotal) }

// SpeakerByNameAccuracy is SpeakerByName/SpeakerTotal.
func (s PolNeARScore) SpeakerByNameAccuracy() float64 { return ratio(s.SpeakerByName, s.SpeakerTotal) }

type goldUnit struct {
	start, end   int // content
	sStart, sEnd int // source, -1 when none
	source       string
	direct       bool
}

// ScorePolNeAR runs Find over one split of PolNeAR and scores it.
func ScorePolNeAR(ctx context.Context, o PolNeAROptions) (PolNeARScore, error) {
	var sc PolNeARScore
	split := o.Split
	if split == "" {
		split = "test"
	}
	base := o.Dir
	if _, err := os.Stat(filepath.Join(base, "data")); err == nil {
		base = filepath.Join(base, "data")
	}
	textDir := filepath.Join(base, split, "text")
	anns, err := filepath.Glob(filepath.Join(base, split, "attributions", "*.ann"))
	if err != nil || len(anns) == 0 {
		return sc, fmt.Errorf("polnear %s: no annotations under %s: %w", split, filepath.Join(base, split), os.ErrNotExist)
	}
	sort.Strings(anns)
	seen := map[string]bool{}
	for _, ann := range anns {
		if err := ctx.Err(); err != nil {
			return sc, err
		}
		name := strings.TrimSuffix(filepath.Base(ann), ".ann")
		if i := strings.LastIndexByte(name, '_'); i > 0 {
			name = name[:i]
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		raw, err := os.ReadFile(filepath.Join(textDir, name+".txt"))
		if err != nil {
			return sc, fmt.Errorf("polnear article %s: %w", name, err)
		}
		text := string(raw)
		gold, err := readBrat(ann, text)
		if err != nil {
			return sc, err
		}
		var pred []Quote
		if o.FindFunc != nil {
			pred = o.FindFunc(text)
		} else {
			fo := o.Find
			fo.Exclusive = fo.Exclusive || !o.Nested
			if len(o.CVModels) > 0 {
				fo.Model = o.CVModels[sc.Articles%len(o.CVModels)]
			}
			pred = Find(text, fo)
		}
		sc.add(text, gold, pred)
		sc.Articles++
		sc.Tokens += len(strings.Fields(text))
		if o.Limit > 0 && sc.Articles >= o.Limit {
			break
		}
	}
	return sc, nil
}

// readBrat reads the attribution units of one .ann file.
func readBrat(path, text string) ([]goldUnit, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("polnear annotation: %w", err)
	}
	// Offsets count characters (code points); map them to bytes.
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	type tspan struct{ start, end int }
	spans := map[string]tspan{}
	var rels [][]string
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(f[0], "T"):
			lab := strings.Fields(strings.ReplaceAll(f[1], ";", " "))
			if len(lab) < 3 {
				continue
			}
			a, err1 := strconv.Atoi(lab[1])
			b, err2 := strconv.Atoi(lab[len(lab)-1])
			if err1 != nil || err2 != nil || a < 0 || b >= len(byteAt) || a >= b {
				continue
			}
			spans[f[0]] = tspan{byteAt[a], byteAt[b]}
		case strings.HasPrefix(f[0], "E"):
			rels = append(rels, strings.Fields(f[1]))
		}
	}
	var out []goldUnit
	for _, r := range rels {
		u := goldUnit{start: -1, sStart: -1, sEnd: -1}
		for _, part := range r {
			role, id, ok := strings.Cut(part, ":")
			if !ok {
				continue
			}
			sp, ok := spans[id]
			if !ok {
				continue
			}
			switch strings.TrimRight(role, "0123456789") {
			case "Content":
				if u.start < 0 || sp.start < u.start {
					u.start = sp.start
				}
				if sp.end > u.end {
					u.end = sp.end
				}
			case "Source":
				u.sStart, u.sEnd = sp.start, sp.end
				u.source = text[sp.start:sp.end]
			}
		}
		if u.start < 0 {
			continue
		}
		c := strings.TrimSpace(text[u.start:u.end])
		u.direct = strings.HasPrefix(c, "“") || strings.HasPrefix(c, "\"") || strings.HasPrefix(c, "''") || strings.HasPrefix(c, "``")
		u.start, u.end = normSpan(text, u.start, u.end)
		if u.start < u.end {
			out = append(out, u)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out, nil
}

// normSpan trims white space, quote marks and ,.;:!? from both ends.
func normSpan(text string, a, b int) (int, int) {
	isTrim := func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"“”‘’'«»,.;:!?", r)
	}
	for a < b {
		r, size := decodeAt(text, a)
		if !isTrim(r) {
			break
		}
		a += size
	}
	for b > a {
		r, size := decodeLastAt(text, b)
		if !isTrim(r) {
			break
		}
		b -= size
	}
	return a, b
}

// overlapMatch pairs each prediction, in order, with the gold unit not yet
// taken that it overlaps most (-1 for none): the overlap matching the scorer
// counts, shared with the dev diagnostics.
func overlapMatch(text string, pred []Quote, gold []goldUnit) []int {
	out := make([]int, len(pred))
	used := make([]bool, len(gold))
	for i, q := range pred {
		a, b := normSpan(text, q.Start, q.End)
		best, bestOv := -1, 0
		for g := range gold {
			ov := min(b, gold[g].end) - max(a, gold[g].start)
			if ov > bestOv && !used[g] {
				best, bestOv = g, ov
			}
		}
		if best >= 0 {
			used[best] = true
		}
		out[i] = best
	}
	return out
}

func (sc *PolNeARScore) add(text string, gold []goldUnit, pred []Quote) {
	type ps struct{ start, end int }
	norm := make([]ps, len(pred))
	for i, q := range pred {
		a, b := normSpan(text, q.Start, q.End)
		norm[i] = ps{a, b}
	}
	sc.Exact.Predicted += len(pred)
	sc.Overlap.Predicted += len(pred)
	sc.Exact.Gold += len(gold)
	sc.Overlap.Gold += len(gold)
	sc.OverlapParts.Gold += len(gold)
	usedE := make([]bool, len(gold))
	om := overlapMatch(text, pred, gold)
	taken := make([]bool, len(gold))
	for _, g := range om {
		if g >= 0 {
			taken[g] = true
		}
	}
	for i := range pred {
		if om[i] >= 0 {
			sc.OverlapParts.Predicted++
			continue
		}
		part := false
		for g := range gold {
			if taken[g] && min(norm[i].end, gold[g].end) > max(norm[i].start, gold[g].start) {
				part = true
				break
			}
		}
		if !part {
			sc.OverlapParts.Predicted++
		}
	}
	for i, q := range pred {
		a, b := norm[i].start, norm[i].end
		for g := range gold {
			if gold[g].start == a && gold[g].end == b && !usedE[g] {
				usedE[g] = true
				sc.Exact.Matched++
				sc.Exact.GoldMatched++
				break
			}
		}
		best := om[i]
		if best < 0 {
			continue
		}
		sc.Overlap.Matched++
		sc.Overlap.GoldMatched++
		sc.OverlapParts.Matched++
		sc.OverlapParts.GoldMatched++
		g := gold[best]
		if g.sStart >= 0 && strings.TrimSpace(g.source) != "" {
			sc.SpeakerTotal++
			if speakerRight(q, g) {
				sc.SpeakerRight++
				if strings.TrimSpace(q.Speaker) != "" {
					sc.SpeakerNamed++
				}
			}
			byName := q
			byName.SpeakerStart, byName.SpeakerEnd = -1, -1
			if speakerRight(byName, g) {
				sc.SpeakerByName++
			}
		}
	}
	// Direct quotes alone.
	used := make([]bool, len(gold))
	for _, g := range gold {
		if g.direct {
			sc.Direct.Gold++
		}
	}
	for i, q := range pred {
		if !q.Direct {
			continue
		}
		sc.Direct.Predicted++
		a, b := norm[i].start, norm[i].end
		hit := false
		for g := range gold {
			if min(b, gold[g].end) > max(a, gold[g].start) {
				hit = true
				if gold[g].direct && !used[g] {
					used[g] = true
					sc.Direct.GoldMatched++
				}
			}
		}
		if hit {
			sc.Direct.Matched++
		}
	}
}

func speakerRight(q Quote, g goldUnit) bool {
	if q.SpeakerStart >= 0 && min(q.SpeakerEnd, g.sEnd) > max(q.SpeakerStart, g.sStart) {
		return true
	}
	f := strings.Fields(q.Speaker)
	if len(f) == 0 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	for _, w := range strings.FieldsFunc(strings.ToLower(g.source), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}) {
		if w == last {
			return true
		}
	}
	return false
}
