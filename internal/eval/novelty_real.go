package eval

// What is new, on real news without gold: the documents of the gold
// stories of ECB+ train/dev (story = subtopic, never the test split) with
// three or more documents, and the seeds (one storyline), are run through
// the novelty detector story by story, in a fixed order (ECB+ documents by
// their number, the first noveltyMaxDocs of them; the seeds in file order).
// Each story falls in the tuning or the held half by a seeded hash of its
// name (the seeds are always tuning: they are the spent example), and a
// seeded share of the ECB+ stories is kept. The sentences of every
// document after the first are drawn by a salted hash, and each drawn
// sentence is judged by hand: does it add information that a reader of the
// earlier documents of its story did not have (new: an act, a figure, a
// name, a circumstance, a reaction not reported before), or not (old: the
// same facts in other words, or no information at all: a byline, a
// caption, a teaser, a link)? Precision and recall of "new" compare the
// detector's New with the verdicts.
//
// The verdicts live in testdata/novelty_real_judged.tsv, with no text of
// the documents. Format, one sentence a line, tab-separated:
//
//	KEY  VERDICT
//
// KEY is the document id "#" shortHash of the sentence's text
// ("1_3ecb#9a1c02ff", "seed/003_15d3#..."), so a verdict applies while the
// sentence reads the same; VERDICT is n (new) or o (old). Lines starting
// with # are comments.

import (
	"bufio"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/storyline/storyline/internal/novelty"
)

//go:embed testdata/novelty_real_judged.tsv
var noveltyRealJudged string

// Salts and moduli of the novelty sample.
const (
	noveltyHalfSalt  = "novelty-half-1:"
	noveltyStorySalt = "novelty-story-2:"
	noveltySentSalt  = "novelty-sent-3:"
	// noveltyStoryKeep keeps one in this many ECB+ stories of a half.
	noveltyStoryKeep = 3
	// noveltySentKeep keeps one in this many sentences of later documents.
	noveltySentKeep = 4
	// noveltyMaxDocs is how many documents of an ECB+ story are run.
	noveltyMaxDocs = 3
)

// NoveltySampleOptions choose the novelty sample. The zero value is the
// tuning half over ../shared with the detector's default options.
type NoveltySampleOptions struct {
	// Shared is the ../shared folder; "" means "../shared".
	Shared string
	// Held takes the held half (no seeds): judged once before a change to
	// the detector and once after it, never tuned on.
	Held bool
	// Held2 takes the second held sample instead (PolNeAR subjects,
	// novelty_real_held2.go); it overrides Held.
	Held2 bool
	// Held3 takes the third held sample instead (ECB+ train/dev stories
	// no other sample reads, novelty_real_held3.go); it overrides Held and
	// Held2.
	Held3 bool
	// Held4 takes the fourth held sample instead (ECB+ train/dev stories
	// no other sample reads, novelty_real_held4.go); it overrides Held,
	// Held2 and Held3.
	Held4 bool
	// Held5 takes the fifth held sample instead (the ECB+ train/dev stories
	// no other sample reads, novelty_real_held5.go); it overrides Held,
	// Held2, Held3 and Held4.
	Held5 bool
	// Held6 takes the sixth held sample instead (the fourth to sixth
	// documents of ECB+ train/dev stories, novelty_real_held6.go); it
	// overrides all the others but Held7.
	Held6 bool
	// Held7 takes the seventh held sample instead (the fourth to sixth
	// documents of ECB+ train/dev stories held6 does not keep,
	// novelty_real_held7.go); it overrides all the others but Held8.
	Held7 bool
	// Held8 takes the eighth held sample instead (the seventh to ninth
	// documents of ECB+ train/dev stories, novelty_real_held8.go); it
	// overrides all the others but Held9.
	Held8 bool
	// Held9 takes the ninth held sample instead (the tenth to twelfth
	// documents of ECB+ train/dev stories, novelty_real_held9.go); it
	// overrides all the others but Held10.
	Held9 bool
	// Held10 takes the tenth held sample instead (the tenth to twelfth
	// documents of the ECB+ train/dev stories held9 does not keep,
	// novelty_real_held10.go); it overrides all the others but Held11.
	Held10 bool
	// Held11 takes the eleventh held sample instead (the seventh to ninth
	// documents of the ECB+ train/dev stories held8 does not keep,
	// novelty_real_held11.go); it overrides all the others but Held12.
	Held11 bool
	// Held12 takes the twelfth held sample instead (the seventh to ninth
	// documents of the ECB+ train/dev stories neither held8 nor held11
	// keeps, novelty_real_held12.go); it overrides all the others.
	Held12 bool
	// Detector are the novelty options.
	Detector novelty.Options
}

// A NoveltyStory is one story of the sample, its documents in run order.
type NoveltyStory struct {
	Name string
	Docs []NoveltyDoc
}

// A NoveltyDoc is one document of a sample story.
type NoveltyDoc struct {
	ID, Title, Text string
}

// A NoveltySentence is one drawn sentence with the detector's verdict.
type NoveltySentence struct {
	Key   string // document id "#" shortHash of the text
	Story string
	Doc   string
	Pos   int // the document's place in its story (1 is the second)
	Got   novelty.Sentence
	// Verdict is n (new), o (old) or 0 when not judged.
	Verdict byte
}

// NoveltyScore counts a judged sample. "Positive" is new.
type NoveltyScore struct {
	Sentences, Judged, Unjudged int
	TP, FP, FN, TN              int
}

// Precision is TP over sentences called new; Recall TP over judged new.
func (s NoveltyScore) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is TP over judged-new sentences.
func (s NoveltyScore) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// Accuracy is right calls over judged sentences.
func (s NoveltyScore) Accuracy() float64 { return ratio(s.TP+s.TN, s.Judged) }

// NoveltyJudgments parses the committed verdicts.
func NoveltyJudgments() (map[string]byte, error) { return parseNoveltyVerdicts(noveltyRealJudged) }

func parseNoveltyVerdicts(src string) (map[string]byte, error) {
	out := map[string]byte{}
	err := eachTSV(src, func(n int, f []string) error {
		if len(f) != 2 || len(f[1]) != 1 || !strings.Contains("no", f[1]) || !strings.Contains(f[0], "#") {
			return fmt.Errorf("novelty verdicts line %d: bad line %q", n, strings.Join(f, "\t"))
		}
		out[f[0]] = f[1][0]
		return nil
	})
	return out, err
}

// eachTSV calls fn with the tab-separated fields of every line of src that
// is neither blank nor a # comment, and its line number; it stops at fn's
// first error.
func eachTSV(src string, fn func(n int, fields []string) error) error {
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if err := fn(n, strings.Split(line, "\t")); err != nil {
			return err
		}
	}
	return sc.Err()
}

// NoveltyStories reads the stories of o's half.
func NoveltyStories(o NoveltySampleOptions) ([]NoveltyStory, error) {
	if o.Shared == "" {
		o.Shared = "../shared"
	}
	if o.Held2 && !o.Held3 && !o.Held4 && !o.Held5 && !o.Held6 && !o.Held7 && !o.Held8 && !o.Held9 && !o.Held10 && !o.Held11 && !o.Held12 {
		return noveltyHeld2Stories(o.Shared)
	}
	var out []NoveltyStory
	if !o.Held && !o.Held3 && !o.Held4 && !o.Held5 && !o.Held6 && !o.Held7 && !o.Held8 && !o.Held9 && !o.Held10 && !o.Held11 && !o.Held12 {
		seeds, err := filepath.Glob(filepath.Join(o.Shared, "seeds", "*.txt"))
		if err != nil || len(seeds) == 0 {
			return nil, fmt.Errorf("novelty sample: no seeds under %s", filepath.Join(o.Shared, "seeds"))
		}
		sort.Strings(seeds)
		st := NoveltyStory{Name: "seeds"}
		for _, p := range seeds {
			raw, err := os.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("novelty sample: %w", err)
			}
			title, text, _ := strings.Cut(strings.TrimSpace(string(raw)), "\n")
			st.Docs = append(st.Docs, NoveltyDoc{ID: "seed/" + strings.TrimSuffix(filepath.Base(p), ".txt"), Title: strings.TrimSpace(title), Text: text})
		}
		out = append(out, st)
	}
	path := filepath.Join(o.Shared, "bench", "clustering", "ecbplus", "ecbplus_docs.jsonl")
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("novelty sample: %w", err)
	}
	type jdoc struct {
		ID       string `json:"id"`
		Subtopic string `json:"subtopic"`
		Split    string `json:"split"`
		Text     string `json:"text"`
	}
	by := map[string][]jdoc{}
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var d jdoc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			return nil, fmt.Errorf("novelty sample: %s: %w", path, err)
		}
		if d.Split != "train" && d.Split != "dev" { // never the test split
			continue
		}
		by[d.Subtopic] = append(by[d.Subtopic], d)
	}
	names := make([]string, 0, len(by))
	for n := range by {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		ds := by[n]
		if len(ds) < 3 {
			continue
		}
		name := n
		first := 0
		if h, ok := o.heldSample(); ok {
			if !h.keep(n, len(ds)) {
				continue
			}
			name, first = h.prefix+n, h.first
		} else if (seededHashOf(noveltyHalfSalt, n)%2 == 1) != o.Held || seededHashOf(noveltyStorySalt, n)%noveltyStoryKeep != 0 {
			continue
		}
		sort.SliceStable(ds, func(i, j int) bool { return docNumber(ds[i].ID) < docNumber(ds[j].ID) })
		st := NoveltyStory{Name: name}
		for _, d := range ds[first:min(len(ds), first+noveltyMaxDocs)] {
			st.Docs = append(st.Docs, NoveltyDoc{ID: d.ID, Text: d.Text})
		}
		out = append(out, st)
	}
	return out, nil
}

// noveltyHeldSample is how one held sample (held3 .. held12) chooses its
// stories: which it keeps, the prefix of their names and the first
// document of each it reads.
type noveltyHeldSample struct {
	keep   func(story string, docs int) bool
	prefix string
	first  int
}

// heldSample is the held sample o names, the newest winning when several
// are set; false for the tuning and held halves (and Held2, which reads
// its own documents).
func (o NoveltySampleOptions) heldSample() (noveltyHeldSample, bool) {
	byName := func(keep func(string) bool) func(string, int) bool {
		return func(story string, _ int) bool { return keep(story) }
	}
	samples := [...]struct {
		on bool
		s  noveltyHeldSample
	}{
		{o.Held12, noveltyHeldSample{noveltyHeld12Keep, noveltyHeld12Prefix, noveltyHeld8First}},
		{o.Held11, noveltyHeldSample{noveltyHeld11Keep, noveltyHeld11Prefix, noveltyHeld8First}},
		{o.Held10, noveltyHeldSample{noveltyHeld10Keep, noveltyHeld10Prefix, noveltyHeld9First}},
		{o.Held9, noveltyHeldSample{noveltyHeld9Keep, noveltyHeld9Prefix, noveltyHeld9First}},
		{o.Held8, noveltyHeldSample{noveltyHeld8Keep, noveltyHeld8Prefix, noveltyHeld8First}},
		{o.Held7, noveltyHeldSample{noveltyHeld7Keep, noveltyHeld7Prefix, noveltyMaxDocs}},
		{o.Held6, noveltyHeldSample{noveltyHeld6Keep, noveltyHeld6Prefix, noveltyMaxDocs}},
		{o.Held5, noveltyHeldSample{byName(noveltyHeld5Keep), noveltyHeld5Prefix, 0}},
		{o.Held4, noveltyHeldSample{byName(noveltyHeld4Keep), noveltyHeld4Prefix, 0}},
		{o.Held3, noveltyHeldSample{byName(noveltyHeld3Keep), noveltyHeld3Prefix, 0}},
	}
	for _, c := range samples {
		if c.on {
			return c.s, true
		}
	}
	return noveltyHeldSample{}, false
}

// docNumber is the number after the topic in an ECB+ id ("1_10ecbplus"
// gives 10); -1 when there is none.
func docNumber(id string) int {
	_, rest, _ := strings.Cut(id, "_")
	n := 0
	for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	v, err := strconv.Atoi(rest[:n])
	if err != nil {
		return -1
	}
	return v
}

// RealNovelty runs the detector over the stories of o's half and returns
// the drawn sentences of every document after the first, with verdicts
// when judged.
func RealNovelty(ctx context.Context, o NoveltySampleOptions) ([]NoveltySentence, []NoveltyStory, error) {
	stories, err := NoveltyStories(o)
	if err != nil {
		return nil, nil, err
	}
	judged, err := NoveltyJudgments()
	if err != nil {
		return nil, nil, err
	}
	var out []NoveltySentence
	for li, st := range stories {
		det := novelty.NewDetector(nil, o.Detector)
		for pos, d := range st.Docs {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
			got, err := det.Check(ctx, int64(li), d.Title, d.Text)
			if err != nil {
				return nil, nil, fmt.Errorf("novelty sample: %s: %w", d.ID, err)
			}
			if pos == 0 {
				continue
			}
			salt, keep := noveltySentSalt, uint32(noveltySentKeep)
			switch {
			case isHeld2Story(st.Name):
				salt, keep = noveltyHeld2SentSalt, noveltyHeld2SentKeep
			case isHeld3Story(st.Name):
				salt, keep = noveltyHeld3SentSalt, noveltyHeld3SentKeep
			case isHeld4Story(st.Name):
				salt, keep = noveltyHeld4SentSalt, noveltyHeld4SentKeep
			case isHeld5Story(st.Name):
				salt, keep = noveltyHeld5SentSalt, noveltyHeld5SentKeep
			case isHeld6Story(st.Name):
				salt, keep = noveltyHeld6SentSalt, noveltyHeld6SentKeep
			case isHeld7Story(st.Name):
				salt, keep = noveltyHeld7SentSalt, noveltyHeld7SentKeep
			case isHeld8Story(st.Name):
				salt, keep = noveltyHeld8SentSalt, noveltyHeld8SentKeep
			case isHeld9Story(st.Name):
				salt, keep = noveltyHeld9SentSalt, noveltyHeld9SentKeep
			case isHeld10Story(st.Name):
				salt, keep = noveltyHeld10SentSalt, noveltyHeld10SentKeep
			case isHeld11Story(st.Name):
				salt, keep = noveltyHeld11SentSalt, noveltyHeld11SentKeep
			case isHeld12Story(st.Name):
				salt, keep = noveltyHeld12SentSalt, noveltyHeld12SentKeep
			}
			seen := map[string]bool{}
			for _, s := range got {
				key := d.ID + "#" + shortHash(s.Text)
				if seen[key] || seededHashOf(salt, key)%keep != 0 {
					continue
				}
				seen[key] = true
				out = append(out, NoveltySentence{Key: key, Story: st.Name, Doc: d.ID, Pos: pos, Got: s, Verdict: judged[key]})
			}
		}
	}
	return out, stories, nil
}

// ScoreNovelty counts the verdicts of a sample.
func ScoreNovelty(ss []NoveltySentence) NoveltyScore {
	var sc NoveltyScore
	sc.Sentences = len(ss)
	for _, s := range ss {
		switch {
		case s.Verdict == 0:
			sc.Unjudged++
			continue
		case s.Verdict == 'n' && s.Got.New:
			sc.TP++
		case s.Verdict == 'n':
			sc.FN++
		case s.Got.New:
			sc.FP++
		default:
			sc.TN++
		}
		sc.Judged++
	}
	return sc
}
