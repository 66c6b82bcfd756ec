package eval

// Storylines on real news without gold: the documents of ECB+ train/dev
// and NewsWCL50 (read from ../shared at run time; never the ECB+ test
// split) are clustered online in file order, as `storyline cluster` does
// without near-duplicates, and every pair of final stories that share at
// least one of their top actors (story.LinkActors) is a candidate. A
// seeded hash of the pair's key puts it in the tuning or the held half and
// keeps a share of it (pairs sharing two or more top actors more often:
// they are where linking decides). Each kept pair is judged by hand: y
// when the two stories are one running subject a reader follows (the
// same people in the same affair: one celebrity's rehab stays, one
// investigation, one negotiation), n when not (two celebrities in rehab,
// two earthquakes, the same president in two unrelated affairs). Link
// precision and recall count a pair as linked when its stories end in one
// storyline.
//
// The verdicts live in testdata/storylines_judged.tsv, with no text of the
// documents. Format, one pair a line, tab-separated:
//
//	KEY  HASH  VERDICT
//
// KEY is the first document id (in byte order) of each story, joined by
// "~" in byte order ("12_3ecb~12_9ecbplus"); HASH is shortHash of both
// stories' document ids, so a verdict applies while the two stories hold
// the same documents; VERDICT is y or n. Lines starting with # are
// comments.

import (
	"context"
	_ "embed"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/claims"
	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/clusterscore"
)

//go:embed testdata/storylines_judged.tsv
var storylinesJudged string

// Hash salt and keep moduli of the storyline pair sample.
const (
	storylineSalt = "storylines-9:"
	// storylineKeepOne keeps one in this many pairs sharing one top actor,
	// storylineKeepMulti one in this many sharing two or more.
	storylineKeepOne   = 2
	storylineKeepMulti = 1
)

// StorylineSampleOptions choose the storyline pair sample. The zero value
// is the tuning half over ../shared with default clustering options.
type StorylineSampleOptions struct {
	// Shared is the ../shared folder; "" means "../shared".
	Shared string
	// Held takes the held half: judged once before a change to linking
	// and once after it, never tuned on.
	Held bool
	// Held2 takes the second held sample (other documents, another salt;
	// storylines_held2.go); Held is ignored then.
	Held2 bool
	// Held3 takes the third held sample (the held2 corpora in another
	// order, another salt; storylines_held3.go); Held and Held2 are
	// ignored then.
	Held3 bool
	// Held4 takes the fourth held sample (the held2 corpora in a third
	// order, another salt; storylines_held4.go); Held .. Held3 are
	// ignored then.
	Held4 bool
	// Held5 takes the fifth held sample (storylines_held5.go); Held ..
	// Held4 are ignored then.
	Held5 bool
	// Held6 takes the sixth held sample (storylines_held6.go); Held ..
	// Held5 are ignored then.
	Held6 bool
	// Held7 takes the seventh held sample (storylines_held7.go); Held ..
	// Held6 are ignored then.
	Held7 bool
	// Story are the clustering options (Now defaults to time.Now()).
	Story story.Options
	// KeepOne and KeepMulti override the keep moduli of pairs sharing one
	// top actor and two or more; 0 means the committed ones.
	KeepOne, KeepMulti int
}

// A StorylineStory is one final story of the sample run.
type StorylineStory struct {
	ID     story.StoryID
	Line   story.LineID
	Docs   []string // document ids in stream order
	Titles []string // parallel to Docs: title or first line (for judging; never stored)
	First  time.Time
	Last   time.Time
	st     *story.Story // the final story, for diagnostics
}

// A StorylinePair is one sampled pair of stories.
type StorylinePair struct {
	Key, Hash string
	A, B      *StorylineStory
	Shared    int  // top actors the two share
	Linked    bool // one storyline
	// Drawn: the pair is in the sample by its hash alone (always so in
	// the tune and held halves; in held2 linked pairs join regardless).
	Drawn   bool
	Verdict byte // y, n, or 0 when not judged (or stale)
}

// StorylineScore counts a judged sample.
type StorylineScore struct {
	Pairs, Judged, Unjudged int
	// TP are judged-y pairs linked, FN judged-y pairs not linked, FP
	// judged-n pairs linked, TN judged-n pairs not linked.
	TP, FN, FP, TN int
	// DrawnTP and DrawnFN count the judged-y pairs drawn by hash alone
	// (Drawn), linked and not: recall there does not favour links.
	DrawnTP, DrawnFN int
}

// DrawnRecall is recall over the pairs drawn by hash alone.
func (s StorylineScore) DrawnRecall() float64 { return ratio(s.DrawnTP, s.DrawnTP+s.DrawnFN) }

// Precision is TP over linked judged pairs; Recall TP over judged-y pairs.
func (s StorylineScore) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is TP over the pairs judged one running subject.
func (s StorylineScore) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of Precision and Recall.
func (s StorylineScore) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ScoreStorylines counts pairs by verdict and link.
func ScoreStorylines(pairs []StorylinePair) StorylineScore {
	var s StorylineScore
	s.Pairs = len(pairs)
	for _, p := range pairs {
		switch {
		case p.Verdict == 'y' && p.Linked:
			s.TP++
		case p.Verdict == 'y':
			s.FN++
		case p.Verdict == 'n' && p.Linked:
			s.FP++
		case p.Verdict == 'n':
			s.TN++
		default:
			s.Unjudged++
			continue
		}
		s.Judged++
		switch {
		case p.Drawn && p.Verdict == 'y' && p.Linked:
			s.DrawnTP++
		case p.Drawn && p.Verdict == 'y':
			s.DrawnFN++
		}
	}
	return s
}

// A StorylineVerdict is one hand judgment of a pair.
type StorylineVerdict struct {
	Key, Hash string
	OK        byte
}

// StorylineJudgments parses the committed verdicts.
func StorylineJudgments() (map[string]StorylineVerdict, error) {
	return parseStorylineVerdicts(storylinesJudged)
}

func parseStorylineVerdicts(src string) (map[string]StorylineVerdict, error) {
	out := map[string]StorylineVerdict{}
	err := eachTSV(src, func(n int, f []string) error {
		if len(f) != 3 || len(f[2]) != 1 || !strings.Contains("yn", f[2]) || !strings.Contains(f[0], "~") {
			return fmt.Errorf("storyline verdicts line %d: bad line %q", n, strings.Join(f, "\t"))
		}
		out[f[0]] = StorylineVerdict{Key: f[0], Hash: f[1], OK: f[2][0]}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Stub is p's verdict line with an unknown ('?') verdict.
func (p StorylinePair) Stub() string { return fmt.Sprintf("%s\t%s\t?", p.Key, p.Hash) }

// storylineDocs are the sample's documents: ECB+ train and dev, then
// NewsWCL50, in file order.
func storylineDocs(shared string) ([]clusterscore.BenchDoc, error) {
	ecb, _, err := clusterscore.LoadBench(filepath.Join(shared, "bench", "clustering", "ecbplus"), "traindev")
	if err != nil {
		return nil, err
	}
	wcl, _, err := clusterscore.LoadBench(filepath.Join(shared, "bench", "clustering", "newswcl50"), "all")
	if err != nil {
		return nil, err
	}
	return append(ecb, wcl...), nil
}

// StorylinePairs clusters the sample documents and returns the sampled
// pairs of o's half, with their verdicts where judged and still fresh,
// ordered by key.
func StorylinePairs(ctx context.Context, o StorylineSampleOptions) ([]StorylinePair, error) {
	if o.Shared == "" {
		o.Shared = "../shared"
	}
	if o.KeepOne <= 0 {
		o.KeepOne = storylineKeepOne
	}
	if o.KeepMulti <= 0 {
		o.KeepMulti = storylineKeepMulti
	}
	if o.Story.Now.IsZero() {
		o.Story.Now = time.Now()
	}
	if o.Held7 {
		return storylineHeld7Pairs(ctx, o)
	}
	if o.Held6 {
		return storylineHeld6Pairs(ctx, o)
	}
	if o.Held5 {
		return storylineHeld5Pairs(ctx, o)
	}
	if o.Held4 {
		return storylineHeld4Pairs(ctx, o)
	}
	if o.Held3 {
		return storylineHeld3Pairs(ctx, o)
	}
	if o.Held2 {
		return storylineHeld2Pairs(ctx, o)
	}
	judged, err := StorylineJudgments()
	if err != nil {
		return nil, err
	}
	stories, actors, err := runStorylineSet(ctx, o, storylineDocs)
	if err != nil {
		return nil, err
	}
	var out []StorylinePair
	for _, pc := range actorPairs(actors) {
		p := newStorylinePair(stories[pc.i], stories[pc.j], pc.shared)
		h := seededHashOf(storylineSalt, p.Key)
		if (h%2 == 1) != o.Held {
			continue
		}
		keep := uint32(o.KeepOne)
		if pc.shared >= 2 {
			keep = uint32(o.KeepMulti)
		}
		if (h/2)%keep != 0 {
			continue
		}
		p.Drawn = true
		if v, ok := judged[p.Key]; ok && v.Hash == p.Hash {
			p.Verdict = v.OK
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}

// newStorylinePair is the pair of stories a and b sharing shared top
// actors, keyed and hashed, not judged.
func newStorylinePair(a, b *StorylineStory, shared int) StorylinePair {
	key := a.Docs[0] + "~" + b.Docs[0]
	if b.Docs[0] < a.Docs[0] {
		key = b.Docs[0] + "~" + a.Docs[0]
	}
	p := StorylinePair{Key: key, A: a, B: b, Shared: shared, Linked: a.Line == b.Line}
	p.Hash = shortHash(strings.Join(sortedCopy(a.Docs), " ") + "|" + strings.Join(sortedCopy(b.Docs), " "))
	return p
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}

// runStorylineSet loads a sample's documents from o.Shared with load and
// clusters them (runStorylineSample).
func runStorylineSet(ctx context.Context, o StorylineSampleOptions, load func(shared string) ([]clusterscore.BenchDoc, error)) ([]*StorylineStory, [][]story.Key, error) {
	docs, err := load(o.Shared)
	if err != nil {
		return nil, nil, fmt.Errorf("storyline sample: %w", err)
	}
	return runStorylineSample(ctx, docs, o.Story)
}

// runStorylineSample clusters docs in order (claims extracted, no
// near-duplicates) and returns the final stories, their documents sorted
// so that Docs[0] is the first in byte order, and each story's top actors.
func runStorylineSample(ctx context.Context, docs []clusterscore.BenchDoc, so story.Options) ([]*StorylineStory, [][]story.Key, error) {
	cl := story.New(story.NewMemState(story.MemOptions{}), so)
	ex := claims.NewExtractor(claims.Options{})
	assigned := make([]story.StoryID, len(docs))
	for i, d := range docs {
		sd := story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date}
		for _, c := range ex.Extract(d.Title, d.Text, nil) {
			sd.Claims = append(sd.Claims, c.Key)
		}
		a, err := cl.Add(ctx, sd)
		if err != nil {
			return nil, nil, fmt.Errorf("storyline sample: %w", err)
		}
		assigned[i] = a.Story
	}
	if err := cl.Flush(ctx); err != nil {
		return nil, nil, fmt.Errorf("storyline sample: %w", err)
	}
	byID := map[story.StoryID]*StorylineStory{}
	var stories []*StorylineStory
	for i, d := range docs {
		id, err := cl.Resolve(ctx, assigned[i])
		if err != nil {
			return nil, nil, fmt.Errorf("storyline sample: %w", err)
		}
		s := byID[id]
		if s == nil {
			line, err := cl.Line(ctx, id)
			if err != nil {
				return nil, nil, fmt.Errorf("storyline sample: %w", err)
			}
			s = &StorylineStory{ID: id, Line: line}
			byID[id] = s
			stories = append(stories, s)
		}
		s.Docs = append(s.Docs, d.ID)
		s.Titles = append(s.Titles, docLabel(d))
		if !d.Date.IsZero() {
			if s.First.IsZero() || d.Date.Before(s.First) {
				s.First = d.Date
			}
			if d.Date.After(s.Last) {
				s.Last = d.Date
			}
		}
	}
	actors := make([][]story.Key, len(stories))
	for i, s := range stories {
		st, ok, err := cl.Story(ctx, s.ID)
		if err != nil {
			return nil, nil, fmt.Errorf("storyline sample: %w", err)
		}
		if ok {
			actors[i] = story.LinkActors(st)
			s.st = st
		}
		// Docs[0] names the story: its first id in byte order.
		first := 0
		for j, d := range s.Docs {
			if d < s.Docs[first] {
				first = j
			}
		}
		s.Docs[0], s.Docs[first] = s.Docs[first], s.Docs[0]
		s.Titles[0], s.Titles[first] = s.Titles[first], s.Titles[0]
	}
	return stories, actors, nil
}

// docLabel is a document's title, or its first line, cut to 100 bytes.
func docLabel(d clusterscore.BenchDoc) string {
	t := d.Title
	if t == "" {
		t, _, _ = strings.Cut(strings.TrimSpace(d.Text), "\n")
	}
	if len(t) > 100 {
		t = t[:100]
	}
	return t
}

type actorPair struct{ i, j, shared int }

// actorPairs lists the pairs of stories sharing at least one top actor.
func actorPairs(actors [][]story.Key) []actorPair {
	post := map[story.Key][]int{}
	for i, ks := range actors {
		for _, k := range ks {
			post[k] = append(post[k], i)
		}
	}
	count := map[[2]int]int{}
	for _, ids := range post {
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				count[[2]int{ids[x], ids[y]}]++
			}
		}
	}
	out := make([]actorPair, 0, len(count))
	for k, n := range count {
		out = append(out, actorPair{k[0], k[1], n})
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].i != out[b].i {
			return out[a].i < out[b].i
		}
		return out[a].j < out[b].j
	})
	return out
}
