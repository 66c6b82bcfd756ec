package eval

// The conflict-types sample (issue 3, eighth events pass): sentences of
// real news that the project may read (ECB+ train/dev documents,
// NewsWCL50 and MEANTIME; never the ECB+ test split) drawn by fixed
// seeded hashes, judged once by hand with a gold PLOVER category, actor
// and target, and kept in testdata/events_conflict_gold.tsv with no text:
// each line is a sentence key (document id "#" short hash of the
// sentence's words), the gold categories, and short hashes of the
// acceptable actor and target names. The draw takes every sentence whose
// seeded hash is 0 mod conflictCueMod among those with a word of conflict
// or pressure (conflictCue, written from the CAMEO root 12-20
// definitions: a cue only makes the draw denser, the judge decides) and
// every sentence whose hash is 0 mod conflictOtherMod among the rest. A
// second seeded hash splits the sample into a tune half and a held half.

import (
	"bufio"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/events"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

//go:embed testdata/events_conflict_gold.tsv
var eventsConflictGold string

// conflictSeed and conflictHalfSeed seed the draw and the split.
const conflictSeed, conflictHalfSeed = "conflict:", "conflict-half:"

// conflictCueMod and conflictOtherMod are the draw's moduli for sentences
// with and without a conflict cue; conflictPoliticsMod is the cue modulus
// for NewsWCL50 (political news, where rejections, threats and sanctions
// are; ECB+ is mostly crime, disaster and sport news).
const conflictCueMod, conflictOtherMod, conflictPoliticsMod = 20, 400, 8

// ConflictTypes are the eight PLOVER categories the sample is about.
var ConflictTypes = map[string]bool{
	"REJECT": true, "THREATEN": true, "PROTEST": true, "COERCE": true,
	"FIGHT": true, "ASSAULT": true, "SANCTION": true, "MOBILIZE": true,
}

// conflictCue finds a word of rejection, threat, protest, coercion, force,
// sanction or mobilisation (stems; CAMEO roots 12-20).
var conflictCue = regexp.MustCompile(`(?i)\b(reject|refus|den(y|ie)|veto|dismiss|threat|warn|ultimatum|protest|demonstrat|rall(y|ie)|march|strike|boycott|walk(ed)? out|riot|arrest|detain|jail|imprison|seiz|confiscat|expel|deport|crack(ed)? ?down|ban|curfew|raid|kidnap|abduct|hostage|hijack|attack|assault|bomb|shell|air ?strike|missile|rocket|kill|shot|shoot|gun|fire[ds]? (on|at)|clash|fight|battl|invad|invasion|occup|troops|deploy|mobili|sanction|embargo|tariff|suspend|sever|wound|murder|stab|massacre|execut|tortur|pirat|hack|punish|retaliat|blockad|siege|evict)`)

// A ConflictSentence is one sentence of the conflict sample with the
// events the analyze layer finds in it.
type ConflictSentence struct {
	Key, Doc, Text string
	Held, Cue      bool
	Events         []events.Event // in text order
	Gold           *ConflictGold  // nil when not judged
}

// A ConflictGold is one sentence's gold: categories (upper case PLOVER
// names, "NONE" for no act), and short hashes of the lower-cased
// acceptable actor and target names ("-" hashed for none named).
type ConflictGold struct {
	Key             string
	Types           []string
	Actors, Targets []string
}

// conflictNorm is a sentence's words joined by single spaces.
func conflictNorm(s string) string { return strings.Join(strings.Fields(s), " ") }

// ConflictKey is a sentence's key in the sample.
func ConflictKey(doc, text string) string { return doc + "#" + shortHash(conflictNorm(text)) }

// ConflictGolds parses the committed gold lines.
func ConflictGolds() (map[string]ConflictGold, error) {
	return parseConflictGolds(eventsConflictGold, "events conflict")
}

// parseConflictGolds parses gold lines of the conflict sample's format
// (key, categories, actor hashes, target hashes); what names the sample
// in errors ("events conflict").
func parseConflictGolds(src, what string) (map[string]ConflictGold, error) {
	out := map[string]ConflictGold{}
	err := eachTSV(src, func(n int, f []string) error {
		if len(f) != 4 || f[1] == "" {
			return fmt.Errorf("%s gold line %d: bad line %q", what, n, strings.Join(f, "\t"))
		}
		out[f[0]] = ConflictGold{Key: f[0], Types: strings.Split(f[1], "|"), Actors: strings.Split(f[2], ","), Targets: strings.Split(f[3], ",")}
		return nil
	})
	return out, err
}

// IsConflict reports whether the gold names one of the eight categories.
func (g ConflictGold) IsConflict() bool {
	for _, t := range g.Types {
		if ConflictTypes[t] {
			return true
		}
	}
	return false
}

// conflictDocs reads the documents the sample may draw from.
func conflictDocs(shared string) ([]realDoc, error) {
	type jdoc struct {
		ID    string `json:"id"`
		Split string `json:"split"`
		Text  string `json:"text"`
	}
	var docs []realDoc
	for _, c := range []struct{ name, file string }{
		{"ecbplus", "ecbplus/ecbplus_docs.jsonl"},
		{"newswcl50", "newswcl50/newswcl50_docs.jsonl"},
		{"meantime", "meantime/meantime_en_docs.jsonl"},
	} {
		path := filepath.Join(shared, "bench", "clustering", c.file)
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("events conflict sample: %w", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var d jdoc
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				f.Close()
				return nil, fmt.Errorf("events conflict sample %s: %w", path, err)
			}
			if d.Split == "test" {
				continue // the ECB+ test split stays unread
			}
			docs = append(docs, realDoc{id: c.name + "/" + d.ID, text: d.Text})
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("events conflict sample %s: %w", path, err)
		}
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].id < docs[j].id })
	return docs, nil
}

// conflictDrawn reports whether a sentence is drawn, and whether it has a cue.
func conflictDrawn(key, text string) (drawn, cue bool) {
	n := len(strings.Fields(text))
	if n < 6 || n > 70 {
		return false, false
	}
	h := seededHashOf(conflictSeed, key)
	if conflictCue.MatchString(text) {
		if strings.HasPrefix(key, "newswcl50/") {
			return h%conflictCueMod == 0 || h%conflictPoliticsMod == 1, true
		}
		return h%conflictCueMod == 0, true
	}
	return h%conflictOtherMod == 0, false
}

// ConflictHeld reports whether a key lies in the held half: a high bit of
// the split's seeded hash (an FNV-1a hash's low bit is the parity of the
// key's bytes, the same for every seed of one parity).
func ConflictHeld(key string) bool { return seededHashOf(conflictHalfSeed, key)>>16&1 == 1 }

// ConflictSample draws the sample from the ../shared folder and runs the
// analyze layer's events on each drawn sentence's document. half is
// "tune", "held" or "all".
func ConflictSample(ctx context.Context, shared, half string) ([]ConflictSentence, error) {
	return readConflictSample(ctx, "events conflict", shared, half, conflictDocs, ConflictGolds, conflictDrawn, ConflictHeld)
}

// readConflictSample checks half (what names the sample in its errors:
// "events conflict"), reads the documents by docs from the shared folder
// ("../shared" when empty) and the gold by golds, and runs conflictSample
// on them. It serves the conflict-types sample and the held samples drawn
// like it.
func readConflictSample(ctx context.Context, what, shared, half string, docs func(shared string) ([]realDoc, error), golds func() (map[string]ConflictGold, error), draw func(key, text string) (drawn, cue bool), isHeld func(key string) bool) ([]ConflictSentence, error) {
	if err := checkConflictHalf(what, half); err != nil {
		return nil, err
	}
	if shared == "" {
		shared = "../shared"
	}
	ds, err := docs(shared)
	if err != nil {
		return nil, err
	}
	gs, err := golds()
	if err != nil {
		return nil, err
	}
	return conflictSample(ctx, ds, gs, half, draw, isHeld)
}

// withCue makes a sentence draw whose every drawn sentence has a cue into
// the draw conflictSample takes.
func withCue(drawn func(key, text string) bool) func(key, text string) (bool, bool) {
	return func(key, text string) (bool, bool) { return drawn(key, text), true }
}

// checkConflictHalf reports an error for a half that is none of "tune",
// "held" and "all"; what names the sample ("events conflict").
func checkConflictHalf(what, half string) error {
	if half != "tune" && half != "held" && half != "all" {
		return fmt.Errorf("%s sample: unknown half %q (tune, held or all)", what, half)
	}
	return nil
}

// conflictSample picks the sentences of docs that draw draws (it also
// says whether a sentence has a cue) and that lie in half by isHeld, each
// key once, in document and text order, with its gold from golds (nil
// when not judged), and runs the analyze layer's events on each picked
// sentence's document (one event per sentence and act, as analyze). It
// serves the conflict-types sample and the held samples drawn like it.
func conflictSample(ctx context.Context, docs []realDoc, golds map[string]ConflictGold, half string, draw func(key, text string) (drawn, cue bool), isHeld func(key string) bool) ([]ConflictSentence, error) {
	z := analyze.New(analyze.Options{})
	var out []ConflictSentence
	seen := map[string]bool{}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		var picked []ConflictSentence
		var spans []int
		for _, s := range sentence.Split(d.text) {
			key := ConflictKey(d.id, s.Text)
			drawn, cue := draw(key, s.Text)
			if !drawn || seen[key] {
				continue
			}
			held := isHeld(key)
			if half == "tune" && held || half == "held" && !held {
				continue
			}
			seen[key] = true
			cs := ConflictSentence{Key: key, Doc: d.id, Text: conflictNorm(s.Text), Held: held, Cue: cue}
			if g, ok := golds[key]; ok {
				cs.Gold = &g
			}
			picked = append(picked, cs)
			spans = append(spans, s.Start)
		}
		if len(picked) == 0 {
			continue
		}
		ms := z.Mentions(&core.Article{Text: d.text})
		dup := map[core.Event]bool{}
		for _, e := range events.Find(d.text, events.Options{Mentions: ms}) {
			if dup[e.Act()] {
				continue // as analyze: one event per sentence and act
			}
			dup[e.Act()] = true
			for i, st := range spans {
				if e.SentenceSpan[0] == st {
					picked[i].Events = append(picked[i].Events, e)
				}
			}
		}
		out = append(out, picked...)
	}
	return out, nil
}

// conflictName normalises an actor or target name for its hash: lower
// case, single spaces, no leading "the".
func conflictName(s string) string {
	s = strings.ToLower(conflictNorm(s))
	return strings.TrimPrefix(s, "the ")
}

// nameIn reports whether a found actor or target ("" for none) is one of
// the gold names (hashed), directly or as the state it names.
func nameIn(got string, gold []string) bool {
	hs := []string{shortHash(conflictName(got))}
	if got == "" {
		hs = []string{shortHash("-")}
	} else if st, ok := quotes.State(got); ok {
		hs = append(hs, shortHash(conflictName(st)))
	}
	for _, g := range gold {
		for _, h := range hs {
			if g == h {
				return true
			}
		}
	}
	return false
}

// ConflictScore counts a scored conflict sample. On sentences whose gold
// names one of the eight categories (Conflict), TypeRight counts those
// whose primary event (events.Primary) has a gold category, AnyRight
// those with any event of a gold category, NoEvent those with no event;
// ActorRight and TargetRight count primary events of a right type whose
// actor (target) is a gold name ("-" gold: none found). On the other
// judged sentences (Other), FalsePrimary counts those whose primary event
// is of one of the eight categories and FalseAny those with any such
// event.
type ConflictScore struct {
	Sentences, Judged                int
	Conflict, TypeRight, AnyRight    int
	NoEvent, ActorRight, TargetRight int
	Other, FalsePrimary, FalseAny    int
	PerType                          map[string][2]int // gold category -> right, total (first conflict category of a gold)
	Confusion                        map[[2]string]int // gold -> primary category ("" none) on conflict sentences
}

// ScoreConflict scores a drawn sample against its gold.
func ScoreConflict(ss []ConflictSentence) ConflictScore {
	sc := ConflictScore{PerType: map[string][2]int{}, Confusion: map[[2]string]int{}}
	for _, s := range ss {
		sc.Sentences++
		if s.Gold == nil {
			continue
		}
		sc.Judged++
		g := *s.Gold
		want := map[string]bool{}
		first := ""
		for _, t := range g.Types {
			want[t] = true
			if first == "" && ConflictTypes[t] {
				first = t
			}
		}
		p, ok := events.Primary(s.Events)
		got := ""
		if ok {
			got = events.PLOVER(p.Type)
		}
		if !g.IsConflict() {
			sc.Other++
			if ConflictTypes[got] {
				sc.FalsePrimary++
			}
			for _, e := range s.Events {
				if ConflictTypes[events.PLOVER(e.Type)] {
					sc.FalseAny++
					break
				}
			}
			continue
		}
		sc.Conflict++
		sc.Confusion[[2]string{first, got}]++
		pt := sc.PerType[first]
		pt[1]++
		if !ok {
			sc.NoEvent++
		}
		if want[got] {
			sc.TypeRight++
			pt[0]++
			if nameIn(p.Actor, g.Actors) {
				sc.ActorRight++
			}
			if nameIn(p.Target, g.Targets) {
				sc.TargetRight++
			}
		}
		sc.PerType[first] = pt
		for _, e := range s.Events {
			if want[events.PLOVER(e.Type)] {
				sc.AnyRight++
				break
			}
		}
	}
	return sc
}
