package eval

// Story clustering on same-cast political news without gold: the train and
// dev articles of PolNeAR (2016 US election news from seven outlets, about
// three a day over most of a year; read from ../shared at run time, never
// its test compartment) are clustered online, once in date order and once
// shuffled (PoliticalShuffleSeed), as `storyline eval clustering` does.
// Two kinds of article pairs are candidates: (a) pairs a run put in one
// story, (b) pairs both runs kept apart that are close: published within
// PoliticalNearDays of each other, with a high TF-IDF cosine of their
// title and text (PoliticalMinCosine). A seeded hash of the pair's key puts
// it in the tuning or the held half and keeps a share of it. Each kept
// pair is judged by hand: y when the main news of both articles is one
// real-world happening (as ECB+'s subtopic): one debate, one primary or
// caucus night (its previews and results alike), one speech, one attack
// or shooting and the reactions to it within days, one release of
// documents; n when not: the same candidates in two events, two primaries
// a week apart, two acts of one affair (a committee's vote and another
// committee's letter), a poll beside the news it polls about, features on
// a campaign's state.
//
// Merge precision counts, among judged pairs a run merged, those judged y;
// recall counts, among judged-y pairs, those a run merged.
//
// The verdicts live in testdata/political_judged.tsv, with no text of the
// articles. Format, one pair a line, tab-separated:
//
//	KEY  HASH  VERDICT
//
// KEY is the two file names joined by "~" in byte order; HASH is shortHash
// of the two texts, so a verdict applies while the articles are unchanged;
// VERDICT is y or n. A verdict is about the two articles only, so it stays
// valid whatever the clusterer does; a change of the clusterer draws new
// pairs, which are judged then. Lines starting with # are comments.

import (
	"context"
	_ "embed"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/stream"
)

//go:embed testdata/political_judged.tsv
var politicalJudged string

// politicalHeld2Judged holds the verdicts of the second held half (held2),
// in the same format.
//
//go:embed testdata/political_held2_judged.tsv
var politicalHeld2Judged string

// politicalHeld3Judged holds the verdicts of the third held half (held3),
// in the same format.
//
//go:embed testdata/political_held3_judged.tsv
var politicalHeld3Judged string

// politicalHeld4Judged holds the verdicts of the fourth held half (held4),
// in the same format.
//
//go:embed testdata/political_held4_judged.tsv
var politicalHeld4Judged string

// politicalHeld5Judged holds the verdicts of the fifth held half (held5),
// in the same format.
//
//go:embed testdata/political_held5_judged.tsv
var politicalHeld5Judged string

// Sample constants of the political pair sample.
const (
	politicalSalt = "political-10:"
	// PoliticalShuffleSeed seeds the shuffled run.
	PoliticalShuffleSeed = 1
	// PoliticalNearDays is the largest gap in days of a close pair kept apart.
	PoliticalNearDays = 2
	// PoliticalMinCosine is the smallest TF-IDF cosine of a close pair.
	PoliticalMinCosine = 0.15
	// politicalKeepMerged keeps one in this many merged pairs,
	// politicalKeepClose one in this many close pairs kept apart.
	politicalKeepMerged = 3
	politicalKeepClose  = 1
	// politicalHeld2Salt seeds the held2 hash; held2 is drawn from the
	// held half's pairs not judged there, one in two by this hash, and
	// keeps one in politicalHeld2KeepMerged merged pairs and one in
	// politicalHeld2KeepClose close pairs kept apart.
	politicalHeld2Salt       = "political-11-held2:"
	politicalHeld2KeepMerged = 16
	politicalHeld2KeepClose  = 1
	// PoliticalHeld2NearDays and PoliticalHeld2MinCosine define held2's
	// close pairs (the held half judged every pair of the tighter test).
	PoliticalHeld2NearDays  = 3
	PoliticalHeld2MinCosine = 0.1
	// politicalHeld3Salt seeds the held3 hash; held3 is drawn in the
	// thirteenth session from the held half's pairs neither judged there
	// nor in held2's share, one in two by this hash, and keeps one in
	// politicalHeld3KeepMerged merged pairs and one in
	// politicalHeld3KeepClose close pairs kept apart (close as held2's).
	politicalHeld3Salt       = "political-13-held3:"
	politicalHeld3KeepMerged = 2
	politicalHeld3KeepClose  = 1
	// politicalHeld4Salt seeds the held4 hash; held4 is drawn in the
	// fourteenth session from the rest of the held half: the pairs judged
	// neither there nor in held2's or held3's shares. It keeps one in
	// politicalHeld4KeepMerged merged pairs and every close pair kept
	// apart (close as held2's).
	politicalHeld4Salt       = "political-14-held4:"
	politicalHeld4KeepMerged = 2
	politicalHeld4KeepClose  = 1
	// politicalHeld5Salt seeds the held5 hash; held5 is drawn in the
	// sixteenth session from the held half's pairs that no earlier sample
	// judged and that no earlier sample's hash keeps (held2's, held3's and
	// held4's keep every close pair, so held5 holds merged pairs only: the
	// ones their keep rates left out). It keeps one in
	// politicalHeld5KeepMerged of them.
	politicalHeld5Salt       = "political-16-held5:"
	politicalHeld5KeepMerged = 3
)

// PoliticalOptions choose the political pair sample. The zero value is the
// tuning half over ../shared/bench/quotes/polnear with default options.
type PoliticalOptions struct {
	// Dir is the PolNeAR folder (holding data/metadata.tsv); "" means
	// "../shared/bench/quotes/polnear".
	Dir string
	// Held takes the held half: judged once before a change and once
	// after it, never tuned on (spent since the tenth session).
	Held bool
	// Held2 takes the second held half, drawn in the eleventh session for
	// the undated condition (run it with Undated): pairs of the held half
	// not judged there, split off by another salt; Held is ignored then.
	Held2 bool
	// Held3 takes the third held half, drawn in the thirteenth session
	// (judged once before the distinctive-terms change): pairs of the held
	// half neither judged there nor in held2's share, split off by a third
	// salt; Held and Held2 are ignored then.
	Held3 bool
	// Held4 takes the fourth held half, drawn in the fourteenth session
	// (judged once, undated, before any change of that session): the rest
	// of the held half, neither judged there nor in held2's or held3's
	// shares; Held, Held2 and Held3 are ignored then.
	Held4 bool
	// Held5 takes the fifth held half, drawn in the sixteenth session
	// (from the undated and the dated runs, judged once before any change
	// of that session): merged pairs of the held half that no earlier
	// sample judged or would keep; Held..Held4 are ignored then.
	Held5 bool
	// Undated drops the publication dates (as `eval clustering --undated`:
	// text and title only).
	Undated bool
	// Stream are the clustering options (Story.Now defaults to time.Now()).
	Stream stream.Options
}

// A PoliticalDoc is one article of the sample.
type PoliticalDoc struct {
	ID        string // file name without .txt
	Publisher string
	Date      time.Time
	Title     string
	Text      string // the body, without the title line
}

// A PoliticalPair is one sampled pair of articles.
type PoliticalPair struct {
	Key, Hash string
	A, B      *PoliticalDoc
	Cosine    float64
	// Merged says, for the date-order run and the shuffled run, whether
	// it put the two articles in one story.
	Merged  [2]bool
	Verdict byte // y, n, or 0 when not judged (or stale)
}

// PoliticalFarDays is the gap in days past which two articles merged into
// one story count as a far pair: no pair judged one event lies that far
// apart (the largest gap of a y verdict is 4 days), so far pairs are
// merges known wrong without judging, a silver measure of the undated
// condition over every pair rather than a sample.
const PoliticalFarDays = 7

// A PoliticalRun sums up one clustering run.
type PoliticalRun struct {
	// Stories is the number of final stories, Largest the articles of
	// the largest.
	Stories, Largest int
	// Merged counts the article pairs of the tune half (by the sample's
	// hash, judged or not) put in one story, Far those more than
	// PoliticalFarDays apart by their publication dates (known even when
	// the run was undated): a measure to tune on that never looks at the
	// held halves' pairs.
	Merged, Far int
}

// politicalRun sums up labels, docs' final story labels of a run.
func politicalRun(docs []PoliticalDoc, labels []string) PoliticalRun {
	by := map[string][]int{}
	for i, l := range labels {
		by[l] = append(by[l], i)
	}
	r := PoliticalRun{Stories: len(by)}
	for _, m := range by {
		r.Largest = max(r.Largest, len(m))
		for x := range m {
			for _, j := range m[x+1:] {
				a, b := docs[m[x]].ID, docs[j].ID
				if b < a {
					a, b = b, a
				}
				if seededHashOf(politicalSalt, a+"~"+b)%2 == 1 {
					continue // a held pair
				}
				r.Merged++
				if math.Abs(docs[m[x]].Date.Sub(docs[j].Date).Hours()) > PoliticalFarDays*24 {
					r.Far++
				}
			}
		}
	}
	return r
}

// PoliticalScore counts a judged sample for one run.
type PoliticalScore struct {
	Pairs, Judged, Unjudged int
	// TP are judged-y pairs merged, FN judged-y pairs apart, FP judged-n
	// pairs merged, TN judged-n pairs apart.
	TP, FN, FP, TN int
	// Stories is the number of final stories of the run.
	Stories int
}

// Precision is TP over merged judged pairs.
func (s PoliticalScore) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is TP over the pairs judged one event.
func (s PoliticalScore) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// ScorePolitical counts pairs by verdict and by the merges of run r (0 date
// order, 1 shuffled).
func ScorePolitical(pairs []PoliticalPair, r int) PoliticalScore {
	var s PoliticalScore
	s.Pairs = len(pairs)
	for _, p := range pairs {
		if p.Verdict != 'y' && p.Verdict != 'n' {
			s.Unjudged++
			continue
		}
		s.Judged++
		same, merged := p.Verdict == 'y', p.Merged[r]
		switch {
		case same && merged:
			s.TP++
		case same:
			s.FN++
		case merged:
			s.FP++
		default:
			s.TN++
		}
	}
	return s
}

// parsePoliticalVerdicts parses verdict lines into KEY -> (HASH, VERDICT):
// the storyline sample's format.
func parsePoliticalVerdicts(src string) (map[string]StorylineVerdict, error) {
	v, err := parseStorylineVerdicts(src)
	if err != nil {
		return nil, fmt.Errorf("political verdicts: %w", err)
	}
	return v, nil
}

// Stub is p's verdict line with an unknown ('?') verdict.
func (p PoliticalPair) Stub() string { return fmt.Sprintf("%s\t%s\t?", p.Key, p.Hash) }

// LoadPolitical reads PolNeAR's train and dev articles, in date order (ties
// by id). The test compartment is never opened.
func LoadPolitical(dir string) ([]PoliticalDoc, error) {
	meta := filepath.Join(dir, "data", "metadata.tsv")
	b, err := os.ReadFile(meta)
	if err != nil {
		return nil, fmt.Errorf("political sample: %w", err)
	}
	var docs []PoliticalDoc
	for n, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, "\t")
		if n == 0 || len(f) < 8 || (f[0] != "train" && f[0] != "dev") {
			continue
		}
		day, err := time.Parse("2006-01-02", f[5])
		if err != nil {
			return nil, fmt.Errorf("political sample: %s line %d: %w", meta, n+1, err)
		}
		path := filepath.Join(dir, "data", f[0], "text", f[1]+".txt")
		t, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("political sample: %w", err)
		}
		title, body, _ := strings.Cut(string(t), "\n")
		if title = strings.TrimSpace(title); title == "" {
			title = f[7]
		}
		docs = append(docs, PoliticalDoc{ID: f[1], Publisher: f[4], Date: day.Add(12 * time.Hour), Title: title, Text: strings.TrimSpace(body)})
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("political sample: %s: no train or dev articles", meta)
	}
	sort.SliceStable(docs, func(i, j int) bool {
		if !docs[i].Date.Equal(docs[j].Date) {
			return docs[i].Date.Before(docs[j].Date)
		}
		return docs[i].ID < docs[j].ID
	})
	return docs, nil
}

// ClusterPolitical clusters docs online in the order given by order (indexes
// into docs) and returns each document's final story label, and the number
// of stories.
func ClusterPolitical(ctx context.Context, docs []PoliticalDoc, order []int, so stream.Options) ([]string, int, error) {
	r := stream.New(so)
	ids := make([]story.StoryID, len(docs))
	for _, i := range order {
		d := docs[i]
		x, err := r.Add(ctx, story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date})
		if err != nil {
			return nil, 0, fmt.Errorf("political sample: %w", err)
		}
		ids[i] = x.Story
	}
	if err := r.Flush(ctx); err != nil {
		return nil, 0, fmt.Errorf("political sample: %w", err)
	}
	out := make([]string, len(docs))
	seen := map[story.StoryID]bool{}
	for i := range docs {
		s, _, err := r.Final(ctx, ids[i])
		if err != nil {
			return nil, 0, fmt.Errorf("political sample: %w", err)
		}
		seen[s] = true
		out[i] = strconv.FormatInt(int64(s), 10)
	}
	return out, len(seen), nil
}

// PoliticalOrders are the sample's two orders of n articles: date order
// (as LoadPolitical returns them) and shuffled with PoliticalShuffleSeed.
func PoliticalOrders(n int) [2][]int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	shuffled := append([]int(nil), order...)
	rng := rand.New(rand.NewPCG(PoliticalShuffleSeed, 0))
	rng.Shuffle(n, func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	return [2][]int{order, shuffled}
}

// PoliticalPairs clusters the sample in both orders and returns the sampled
// pairs of o's half with their verdicts where judged and fresh, ordered by
// key, and a summary of each run.
func PoliticalPairs(ctx context.Context, o PoliticalOptions) ([]PoliticalPair, [2]PoliticalRun, error) {
	var runs [2]PoliticalRun
	if o.Dir == "" {
		o.Dir = "../shared/bench/quotes/polnear"
	}
	if o.Stream.Story.Now.IsZero() {
		o.Stream.Story.Now = time.Now()
	}
	docs, err := LoadPolitical(o.Dir)
	if err != nil {
		return nil, runs, err
	}
	judged, err := parsePoliticalVerdicts(politicalJudged)
	if err != nil {
		return nil, runs, err
	}
	judged2, err := parsePoliticalVerdicts(politicalHeld2Judged)
	if err != nil {
		return nil, runs, err
	}
	judged3, err := parsePoliticalVerdicts(politicalHeld3Judged)
	if err != nil {
		return nil, runs, err
	}
	judged4, err := parsePoliticalVerdicts(politicalHeld4Judged)
	if err != nil {
		return nil, runs, err
	}
	judged5, err := parsePoliticalVerdicts(politicalHeld5Judged)
	if err != nil {
		return nil, runs, err
	}
	verdicts := judged
	switch {
	case o.Held5:
		o.Held, o.Held2, o.Held3, o.Held4 = false, false, false, false
		verdicts = judged5
	case o.Held4:
		o.Held, o.Held2, o.Held3 = false, false, false
		verdicts = judged4
	case o.Held3:
		o.Held, o.Held2 = false, false
		verdicts = judged3
	case o.Held2:
		verdicts = judged2
	}
	cdocs := docs // as clustered
	if o.Undated {
		cdocs = append([]PoliticalDoc(nil), docs...)
		for i := range cdocs {
			cdocs[i].Date = time.Time{}
		}
	}
	var labels [2][]string
	for r, ord := range PoliticalOrders(len(docs)) {
		labels[r], _, err = ClusterPolitical(ctx, cdocs, ord, o.Stream)
		if err != nil {
			return nil, runs, err
		}
		runs[r] = politicalRun(docs, labels[r])
	}
	vecs := politicalVectors(docs)
	nearDays, minCos := float64(PoliticalNearDays), PoliticalMinCosine
	if o.Held2 || o.Held3 || o.Held4 || o.Held5 {
		nearDays, minCos = PoliticalHeld2NearDays, PoliticalHeld2MinCosine
	}
	var out []PoliticalPair
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			a, b := &docs[i], &docs[j]
			merged := [2]bool{labels[0][i] == labels[0][j], labels[1][i] == labels[1][j]}
			key := a.ID + "~" + b.ID
			if b.ID < a.ID {
				key = b.ID + "~" + a.ID
			}
			_, wasJudged := verdicts[key]
			cos := -1.0
			if !merged[0] && !merged[1] && !wasJudged {
				if math.Abs(b.Date.Sub(a.Date).Hours()) > nearDays*24 {
					continue
				}
				if cos = sparseCos(vecs[i], vecs[j]); cos < minCos {
					continue
				}
			}
			if !politicalKeep(key, o, merged[0] || merged[1], wasJudged, judged) || (o.Held5 && !wasJudged && politicalJudgedBefore(key, judged2, judged3, judged4)) {
				continue
			}
			if cos < 0 {
				cos = sparseCos(vecs[i], vecs[j])
			}
			p := PoliticalPair{Key: key, A: a, B: b, Cosine: cos, Merged: merged}
			if b.ID < a.ID {
				p.A, p.B = b, a
			}
			p.Hash = shortHash(p.A.Title + "\n" + p.A.Text + "|" + p.B.Title + "\n" + p.B.Text)
			if v, ok := verdicts[key]; ok && v.Hash == p.Hash {
				p.Verdict = v.OK
			}
			out = append(out, p)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, runs, nil
}

// politicalKeep says whether the pair key belongs to o's half and is
// kept: always when judged there (wasJudged), else by its hashes. held2 is
// the part of the held half that its own hash keeps (one in two) and that
// was not judged in the held half (heldJudged); the held half leaves it out
// from then on. held3 is, of the rest not judged in the held half, the
// part that a third hash keeps (one in two); the held half leaves it out too.
// held4 is the rest of the held half not judged there: not in held2's or
// held3's shares; a fourth hash keeps its pairs. held5 is, of the held
// half's pairs not judged in the held half, those that the keep rule of
// their share (held2's, held3's or held4's) leaves out; a fifth hash keeps
// its pairs. PoliticalPairs leaves out of held5 the pairs held2, held3 or
// held4 judged (politicalJudgedBefore), which their shares kept when drawn.
func politicalKeep(key string, o PoliticalOptions, merged, wasJudged bool, heldJudged map[string]StorylineVerdict) bool {
	h := seededHashOf(politicalSalt, key)
	if h%2 == 0 { // tune half
		return !o.Held && !o.Held2 && !o.Held3 && !o.Held4 && !o.Held5 && (wasJudged || (h/2)%politicalKeepRate(merged, politicalKeepMerged, politicalKeepClose) == 0)
	}
	h2 := seededHashOf(politicalHeld2Salt, key)
	_, inHeld := heldJudged[key]
	// FNV-1a's low bit is the parity of the key's bytes whatever the salt:
	// held2 takes higher bits.
	inHeld2 := (h2>>16)&1 == 0 && !inHeld
	h3 := seededHashOf(politicalHeld3Salt, key)
	inHeld3 := (h2>>16)&1 == 1 && !inHeld && (h3>>16)&1 == 0
	inHeld4 := (h2>>16)&1 == 1 && !inHeld && (h3>>16)&1 == 1
	h4 := seededHashOf(politicalHeld4Salt, key)
	switch {
	case o.Held5:
		if inHeld || !merged && !wasJudged {
			return false // every close pair was held2's, held3's or held4's
		}
		kept2 := inHeld2 && (h2>>17)%politicalHeld2KeepMerged == 0
		kept3 := inHeld3 && (h3>>17)%politicalHeld3KeepMerged == 0
		kept4 := inHeld4 && (h4>>17)%politicalHeld4KeepMerged == 0
		if kept2 || kept3 || kept4 {
			return false
		}
		h5 := seededHashOf(politicalHeld5Salt, key)
		return wasJudged || (h5>>17)%politicalHeld5KeepMerged == 0
	case o.Held4:
		return inHeld4 && (wasJudged || (h4>>17)%politicalKeepRate(merged, politicalHeld4KeepMerged, politicalHeld4KeepClose) == 0)
	case o.Held3:
		return inHeld3 && (wasJudged || (h3>>17)%politicalKeepRate(merged, politicalHeld3KeepMerged, politicalHeld3KeepClose) == 0)
	case o.Held2:
		return inHeld2 && (wasJudged || (h2>>17)%politicalKeepRate(merged, politicalHeld2KeepMerged, politicalHeld2KeepClose) == 0)
	case o.Held:
		return wasJudged || (!inHeld2 && !inHeld3 && !inHeld4 && (h/2)%politicalKeepRate(merged, politicalKeepMerged, politicalKeepClose) == 0)
	}
	return false
}

// politicalJudgedBefore says whether key has a verdict in one of the
// earlier held shares.
func politicalJudgedBefore(key string, earlier ...map[string]StorylineVerdict) bool {
	for _, v := range earlier {
		if _, ok := v[key]; ok {
			return true
		}
	}
	return false
}

// politicalKeepRate is one of the two keep rates: merged pairs or close
// pairs kept apart.
func politicalKeepRate(merged bool, m, c uint32) uint32 {
	if merged {
		return m
	}
	return c
}

type sparseTerm struct {
	t string
	w float64
}

// politicalVectors are unit TF-IDF vectors of lower-cased words (title
// twice), sorted by term: the closeness measure of the sample, independent
// of the clusterer's own features.
func politicalVectors(docs []PoliticalDoc) [][]sparseTerm {
	tfs := make([]map[string]float64, len(docs))
	df := map[string]int{}
	for i, d := range docs {
		tf := map[string]float64{}
		for _, w := range politicalWords(d.Title) {
			tf[w] += 2
		}
		for _, w := range politicalWords(d.Text) {
			tf[w]++
		}
		for w := range tf {
			df[w]++
		}
		tfs[i] = tf
	}
	n := float64(len(docs))
	out := make([][]sparseTerm, len(docs))
	for i, tf := range tfs {
		v := make([]sparseTerm, 0, len(tf))
		var norm float64
		for w, c := range tf {
			x := (1 + math.Log(c)) * math.Log(n/float64(df[w]))
			if x <= 0 {
				continue
			}
			v = append(v, sparseTerm{w, x})
			norm += x * x
		}
		norm = math.Sqrt(norm)
		for k := range v {
			v[k].w /= norm
		}
		sort.Slice(v, func(a, b int) bool { return v[a].t < v[b].t })
		out[i] = v
	}
	return out
}

// politicalWords splits s into lower-cased words of three letters or more.
func politicalWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := f[:0]
	for _, w := range f {
		if len(w) >= 3 {
			out = append(out, w)
		}
	}
	return out
}

// sparseCos is the dot product of two unit vectors sorted by term.
func sparseCos(a, b []sparseTerm) float64 {
	var s float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].t < b[j].t:
			i++
		case a[i].t > b[j].t:
			j++
		default:
			s += a[i].w * b[j].w
			i++
			j++
		}
	}
	return s
}
