package eval

// Entities across articles on real news without gold: a fixed set of real
// documents (read from ../shared at run time) is ingested into a temporary
// store through the whole pipeline, as `storyline ingest` does, and a
// seeded-hash sample of the store's entities is judged by hand on two
// questions:
//
//   - merge precision (entities with two or more surface forms or two or
//     more articles): is every alias the same real-world thing, and is the
//     type right?
//   - missed merges (any entity): does no other stored entity name the
//     same thing?
//
// A third question, type accuracy, is asked of every judged entity: is
// its type right?
//
// The verdicts live in testdata/entities_real_judged.tsv, with no text of
// the documents. Format, one entity a line, tab-separated:
//
//	KEY  HASH  MERGE  MISSED  [TYPE]
//
// KEY is the set, the entity's type and its lower-cased canonical name
// ("tune:PER:ana kesh"); HASH is shortHash of the type, name, sorted
// aliases and the number of articles naming it; MERGE is y (every
// alias the same thing and the type right), n (not) or - (not in the
// merge sample); MISSED is y (no other entity names the same thing), n (one
// does) or - (not in the missed-merge sample); TYPE, when given, is y (the
// stored type is right for what the name mostly means), n or - (not
// judged). Lines starting with # are
// comments. A verdict applies while the key and hash are unchanged; a rerun
// lists the rest for judging.

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/store"
)

//go:embed testdata/entities_real_judged.tsv
var entitiesRealJudged string

// EntitySampleOptions choose the entity sample. The zero value is the
// tuning set.
type EntitySampleOptions struct {
	// Shared is the ../shared folder; "" means "../shared".
	Shared string
	// Held takes the held-out set: the ECB+ train/dev documents the tuning
	// set leaves out (no NewsWCL50), with other hash salts. Judged once
	// before the ninth session's entity changes and once after them, never
	// tuned on.
	Held bool
	// Held2 takes the second held-out set (entities_real_held2.go):
	// PolNeAR train/dev and CoNLL-2003 train documents; it wins over Held.
	Held2 bool
	// Held3 takes the third held-out set (entities_real_held3.go):
	// PolNeAR train/dev and CoNLL-2003 train documents held2 does not
	// read; it wins over Held2 and Held.
	Held3 bool
	// Held4 takes the fourth held-out set (entities_real_held4.go):
	// PolNeAR train/dev and CoNLL-2003 train documents neither held2 nor
	// held3 reads; it wins over Held3, Held2 and Held.
	Held4 bool
	// Held5 takes the fifth held-out set (entities_real_held5.go):
	// PolNeAR train/dev and CoNLL-2003 train documents none of held2,
	// held3 and held4 reads; it wins over Held4 .. Held.
	Held5 bool
	// Held6 takes the sixth held-out set (entities_real_held6.go):
	// PolNeAR train/dev and CoNLL-2003 train documents none of held2 ..
	// held5 reads; it wins over Held5 .. Held.
	Held6 bool
	// Held7 takes the seventh held-out set (entities_real_held7.go): the
	// MEANTIME Wikinews articles and CoNLL-2003 train documents none of
	// held2 .. held6 reads; it wins over Held6 .. Held.
	Held7 bool
	// Held8 takes the eighth held-out set (entities_real_held8.go): the
	// CoNLL-2003 valid documents; it wins over Held7 .. Held.
	Held8 bool
	// Held9 takes the ninth held-out set (entities_real_held9.go): every
	// ECB+ train and dev document together, leaving out the entities the
	// tune and held sets judged; it wins over Held8 .. Held.
	Held9 bool
	// Held10 takes the tenth held-out set (entities_real_held10.go): the
	// documents of held9, leaving out the entities the tune, held and
	// held9 sets judged; it wins over Held9 .. Held.
	Held10 bool
	// Held11 takes the eleventh held-out set (entities_real_held11.go): the
	// documents of held9, leaving out the entities the tune, held, held9
	// and held10 sets judged; it wins over Held10 .. Held.
	Held11 bool
	// Held12 takes the twelfth held-out set (entities_real_held12.go): the
	// documents of held9, leaving out the entities the tune, held, held9,
	// held10 and held11 sets judged; it wins over Held11 .. Held.
	Held12 bool
	// Held13 takes the thirteenth held-out set (entities_real_held13.go):
	// the documents of held9, leaving out the entities the tune, held and
	// held9 .. held12 sets judged, the merge question asked only of
	// entities named in two or more articles; it wins over Held12 .. Held.
	Held13 bool
	// Held25 takes the twenty-fifth session's held-out set
	// (entities_real_held25.go): the English trafilatura benchmark pages;
	// it wins over every other set.
	Held25 bool
	// Progress, when set, is told of each document ingested.
	Progress func(ingest.Progress)
	// Pairs, when set, is given the set's cross-article name pairs
	// (entities_pairs.go): every candidate pair and every judged one.
	Pairs func([]EntityPair)
	// All, when set, is given every stored entity (most mentioned first)
	// before the sample is drawn.
	All func([]store.StoredEntity)
}

// Seeds and moduli of the entity sample draws: an ECB+ train/dev document
// is in the tuning set when its id hash seeded with entityDocSeed is even,
// in the held set when odd; an entity is in the merge sample when it has
// two or more forms or articles and its key hash seeded with the set's
// merge salt is 0 modulo entityKeepMerge, and in the missed-merge sample
// when its key hash seeded with the set's missed salt is 0 modulo
// entityKeepMissed.
const (
	entityDocSeed       = "ent-docs-1:"
	entitySaltMerge     = "ent-merge-3:"
	entitySaltMissed    = "ent-missed-5:"
	entitySaltHeldMerge = "ent-held-merge-7:"
	entitySaltHeldMiss  = "ent-held-missed-2:"
	entityKeepMerge     = 15
	entityKeepMissed    = 60
	// entityPairSalt and entityPairKeep draw the cross-article name
	// pairs of every set (entities_pairs.go): all of them.
	entityPairSalt = "ent-pairs-16:"
	entityPairKeep = 1
)

// A SampledEntity is one entity of the sample.
type SampledEntity struct {
	Key    string
	Entity store.StoredEntity
	// Merge and Missed say which questions it is sampled for.
	Merge, Missed bool
	// Contexts are a few passages of the articles that mention it, one
	// per alias and article (for judging; never stored).
	Contexts []string
	// Near are other stored entities that share a word or an acronym with
	// it (for judging missed merges).
	Near    []store.StoredEntity
	Verdict *EntityVerdict // nil when never judged
	// Retyped is the key the entity was sampled and type-judged under
	// when it is now stored under another type ("" when not): it stays
	// in the sample, to be judged again.
	Retyped string
}

// retypedVerdicts maps the lower-cased names of set's type-judged sample
// entities whose key no stored entity holds any more to their verdicts:
// an entity stored under another type since it was judged keeps its place
// in the sample.
func retypedVerdicts(set string, all []store.StoredEntity, judged map[string]EntityVerdict) map[string]EntityVerdict {
	have := map[string]bool{}
	for _, e := range all {
		have[entityKeyOf(set, e)] = true
	}
	out := map[string]EntityVerdict{}
	for k, v := range judged {
		parts := strings.SplitN(k, ":", 3)
		if len(parts) != 3 || parts[0] != set || v.Type == '-' || have[k] {
			continue
		}
		out[parts[2]] = v
	}
	return out
}

// An EntityVerdict is one hand judgment of a sampled entity.
type EntityVerdict struct {
	Key, Hash     string
	Merge, Missed byte // y, n or '-'
	Type          byte // y, n or '-' (not judged)
}

// EntityScore counts the verdicts of a sample.
type EntityScore struct {
	Entities             int // entities in the store
	MergeSampled         int
	MergeJudged, MergeOK int
	MissSampled          int
	MissJudged, MissOK   int
	TypeJudged, TypeOK   int
	Unjudged             int
}

// MergePrecision is the share of merge-sampled entities judged right.
func (s EntityScore) MergePrecision() float64 { return ratio(s.MergeOK, s.MergeJudged) }

// MissedRate is the share of missed-merge-sampled entities another entity
// also names.
func (s EntityScore) MissedRate() float64 { return ratio(s.MissJudged-s.MissOK, s.MissJudged) }

// TypeAccuracy is the share of type-judged entities whose type is right.
func (s EntityScore) TypeAccuracy() float64 { return ratio(s.TypeOK, s.TypeJudged) }

// EntityJudgments parses the committed verdicts.
func EntityJudgments() (map[string]EntityVerdict, error) {
	return parseEntityVerdicts(entitiesRealJudged)
}

func parseEntityVerdicts(src string) (map[string]EntityVerdict, error) {
	out := map[string]EntityVerdict{}
	err := eachTSV(src, func(n int, f []string) error {
		if (len(f) != 4 && len(f) != 5) || f[0] == "" || len(f[1]) != 8 || !verdictByte(f[2]) || !verdictByte(f[3]) ||
			(len(f) == 5 && !verdictByte(f[4])) {
			return fmt.Errorf("entity verdicts line %d: bad line %q", n, strings.Join(f, "\t"))
		}
		v := EntityVerdict{Key: f[0], Hash: f[1], Merge: f[2][0], Missed: f[3][0], Type: '-'}
		if len(f) == 5 {
			v.Type = f[4][0]
		}
		out[f[0]] = v
		return nil
	})
	return out, err
}

// verdictByte reports whether f is one of the verdicts y, n and -.
func verdictByte(f string) bool { return len(f) == 1 && strings.Contains("yn-", f) }

// Line renders a verdict line for the judgments file.
func (v EntityVerdict) Line() string {
	if v.Type == 0 {
		v.Type = '-'
	}
	return fmt.Sprintf("%s\t%s\t%c\t%c\t%c", v.Key, v.Hash, v.Merge, v.Missed, v.Type)
}

// Stub returns e's verdict line with unknown ('?') verdicts for the
// questions it is sampled for.
func (e SampledEntity) Stub() EntityVerdict {
	v := EntityVerdict{Key: e.Key, Hash: entityHash(e.Entity), Merge: '-', Missed: '-', Type: '?'}
	if e.Merge {
		v.Merge = '?'
	}
	if e.Missed {
		v.Missed = '?'
	}
	return v
}

// Fresh returns e's verdict when it still applies: same hash, and a
// verdict for each question it is sampled for.
func (e SampledEntity) Fresh() (EntityVerdict, bool) {
	cur := e.Stub()
	v := e.Verdict
	if v == nil || v.Hash != cur.Hash || (e.Merge && v.Merge == '-') || (e.Missed && v.Missed == '-') {
		return cur, false
	}
	return *v, true
}

// entityHash hashes what a verdict depends on: type, name, sorted aliases
// and the number of articles naming the entity (an article more or fewer
// may be one that names another thing).
func entityHash(e store.StoredEntity) string {
	als := append([]string(nil), e.Aliases...)
	for i := range als {
		als[i] = strings.ToLower(als[i])
	}
	sort.Strings(als)
	return shortHash(fmt.Sprintf("%s|%s|%s|%d", e.Type, strings.ToLower(e.Name), strings.Join(als, "|"), e.Articles))
}

// entityKeyOf is the sample key of a stored entity in set.
func entityKeyOf(set string, e store.StoredEntity) string {
	return set + ":" + string(e.Type) + ":" + strings.ToLower(e.Name)
}

// entityDocs returns the documents of o's set.
func entityDocs(ctx context.Context, o EntitySampleOptions) ([]realDoc, error) {
	var out []realDoc
	if o.Held25 {
		return entityHeld25Docs(ctx, o.Shared)
	}
	if o.Held9 || o.Held10 || o.Held11 || o.Held12 || o.Held13 {
		return entityHeld9Docs(o.Shared)
	}
	if o.Held8 {
		return entityHeld8Docs(o.Shared)
	}
	if o.Held7 {
		return entityHeld7Docs(o.Shared)
	}
	if o.Held6 {
		return entityHeld6Docs(o.Shared)
	}
	if o.Held5 {
		return entityHeld5Docs(o.Shared)
	}
	if o.Held4 {
		return entityHeld4Docs(o.Shared)
	}
	if o.Held3 {
		return entityHeld3Docs(o.Shared)
	}
	if o.Held2 {
		return entityHeld2Docs(o.Shared)
	}
	if !o.Held {
		wcl, err := benchDocs(filepath.Join(o.Shared, "bench", "clustering", "newswcl50", "newswcl50_docs.jsonl"), "newswcl50")
		if err != nil {
			return nil, err
		}
		out = append(out, wcl...)
	}
	ecb, err := benchDocs(filepath.Join(o.Shared, "bench", "clustering", "ecbplus", "ecbplus_docs.jsonl"), "ecbplus")
	if err != nil {
		return nil, err
	}
	for _, d := range ecb {
		if (seededHashOf(entityDocSeed, d.id)%2 == 1) == o.Held {
			out = append(out, d)
		}
	}
	return out, nil
}

// RealEntities ingests o's documents into a temporary store, lists its
// entities and returns the sampled ones with their verdicts when judged,
// and the number of stored entities.
func RealEntities(ctx context.Context, o EntitySampleOptions) ([]SampledEntity, int, error) {
	if o.Shared == "" {
		o.Shared = "../shared"
	}
	docs, err := entityDocs(ctx, o)
	if err != nil {
		return nil, 0, fmt.Errorf("entity sample: %w", err)
	}
	judged, err := EntityJudgments()
	if err != nil {
		return nil, 0, err
	}
	dir, err := os.MkdirTemp("", "storyline-entities-")
	if err != nil {
		return nil, 0, fmt.Errorf("entity sample: %w", err)
	}
	defer os.RemoveAll(dir)
	input := filepath.Join(dir, "docs.jsonl")
	if err := writeDocsJSONL(input, docs); err != nil {
		return nil, 0, fmt.Errorf("entity sample: %w", err)
	}
	st, err := store.Open(ctx, filepath.Join(dir, "store.db"), store.Options{})
	if err != nil {
		return nil, 0, fmt.Errorf("entity sample: %w", err)
	}
	defer st.Close()
	opts := ingest.Options{Stages: []ingest.Stage{ingest.SkipTooLarge(analyze.New(analyze.Options{}))}, Progress: o.Progress}
	if _, err := ingest.Run(ctx, st, []string{input}, opts); err != nil {
		return nil, 0, fmt.Errorf("entity sample: ingest %s: %w", input, err)
	}
	all, err := st.Entities(ctx, store.EntityFilter{Limit: 1 << 30})
	if err != nil {
		return nil, 0, fmt.Errorf("entity sample: %w", err)
	}
	if o.All != nil {
		o.All(all)
	}
	set, saltMerge, saltMiss := "tune", entitySaltMerge, entitySaltMissed
	keepMerge, keepMiss := uint32(entityKeepMerge), uint32(entityKeepMissed)
	var spent map[string]bool
	minArticles := 1
	switch {
	case o.Held25:
		set, saltMerge, saltMiss = "held25", entitySaltHeld25Merge, entitySaltHeld25Miss
		keepMerge, keepMiss = entityHeld25KeepMerge, entityHeld25KeepMissed
	case o.Held13:
		set, saltMerge, saltMiss = "held13", entitySaltHeld13Merge, entitySaltHeld13Miss
		keepMerge, keepMiss = entityHeld13KeepMerge, entityHeld13KeepMissed
		spent = entityHeld13Spent(judged)
		minArticles = 2
	case o.Held12:
		set, saltMerge, saltMiss = "held12", entitySaltHeld12Merge, entitySaltHeld12Miss
		keepMerge, keepMiss = entityHeld12KeepMerge, entityHeld12KeepMissed
		spent = entityHeld12Spent(judged)
	case o.Held11:
		set, saltMerge, saltMiss = "held11", entitySaltHeld11Merge, entitySaltHeld11Miss
		keepMerge, keepMiss = entityHeld11KeepMerge, entityHeld11KeepMissed
		spent = entityHeld11Spent(judged)
	case o.Held10:
		set, saltMerge, saltMiss = "held10", entitySaltHeld10Merge, entitySaltHeld10Miss
		keepMerge, keepMiss = entityHeld10KeepMerge, entityHeld10KeepMissed
		spent = entityHeld10Spent(judged)
	case o.Held9:
		set, saltMerge, saltMiss = "held9", entitySaltHeld9Merge, entitySaltHeld9Miss
		keepMerge, keepMiss = entityHeld9KeepMerge, entityHeld9KeepMissed
		spent = entityHeld9Spent(judged)
	case o.Held8:
		set, saltMerge, saltMiss = "held8", entitySaltHeld8Merge, entitySaltHeld8Miss
		keepMerge, keepMiss = entityHeld8KeepMerge, entityHeld8KeepMissed
	case o.Held7:
		set, saltMerge, saltMiss = "held7", entitySaltHeld7Merge, entitySaltHeld7Miss
		keepMerge, keepMiss = entityHeld7KeepMerge, entityHeld7KeepMissed
	case o.Held6:
		set, saltMerge, saltMiss = "held6", entitySaltHeld6Merge, entitySaltHeld6Miss
		keepMerge, keepMiss = entityHeld6KeepMerge, entityHeld6KeepMissed
	case o.Held5:
		set, saltMerge, saltMiss = "held5", entitySaltHeld5Merge, entitySaltHeld5Miss
		keepMerge, keepMiss = entityHeld5KeepMerge, entityHeld5KeepMissed
	case o.Held4:
		set, saltMerge, saltMiss = "held4", entitySaltHeld4Merge, entitySaltHeld4Miss
		keepMerge, keepMiss = entityHeld4KeepMerge, entityHeld4KeepMissed
	case o.Held3:
		set, saltMerge, saltMiss = "held3", entitySaltHeld3Merge, entitySaltHeld3Miss
		keepMerge, keepMiss = entityHeld3KeepMerge, entityHeld3KeepMissed
	case o.Held2:
		set, saltMerge, saltMiss = "held2", entitySaltHeld2Merge, entitySaltHeld2Miss
		keepMerge, keepMiss = entityHeld2KeepMerge, entityHeld2KeepMissed
	case o.Held:
		set, saltMerge, saltMiss = "held", entitySaltHeldMerge, entitySaltHeldMiss
	}
	if o.Pairs != nil {
		pj, err := parsePairVerdicts(entityPairsJudged)
		if err != nil {
			return nil, 0, err
		}
		o.Pairs(entityPairs(set, entityPairSalt, entityPairKeep, all, docs, pj))
	}
	byLine := map[int]string{} // JSONL line -> document text
	for i, d := range docs {
		byLine[i+1] = d.text
	}
	var out []SampledEntity
	retyped := retypedVerdicts(set, all, judged)
	for _, e := range all {
		key := entityKeyOf(set, e)
		multi := (e.Articles > 1 || len(distinctFolded(e.Aliases)) > 1) && e.Articles >= minArticles
		s := SampledEntity{Key: key, Entity: e,
			Merge:  multi && seededHashOf(saltMerge, key)%keepMerge == 0,
			Missed: seededHashOf(saltMiss, key)%keepMiss == 0,
		}
		if old, ok := retyped[strings.ToLower(e.Name)]; ok && !s.Merge && !s.Missed {
			// Sampled under another type, now stored under this one.
			s.Merge, s.Missed, s.Retyped = multi && old.Merge != '-', old.Missed != '-', old.Key
		}
		if (!s.Merge && !s.Missed) || spent[strings.ToLower(e.Name)] {
			continue
		}
		if v, ok := judged[key]; ok {
			s.Verdict = &v
		}
		if v, fresh := s.Fresh(); !fresh || v.Type == '-' {
			s.Near = nearEntities(e, all)
			if s.Contexts, err = entityContexts(ctx, st, e, byLine); err != nil {
				return nil, 0, err
			}
		}
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, len(all), nil
}

// writeDocsJSONL writes docs as JSON Lines records {url, text} in order.
func writeDocsJSONL(path string, docs []realDoc) error {
	var b strings.Builder
	for _, d := range docs {
		rec, err := json.Marshal(map[string]string{"url": "https://sample.invalid/" + d.id, "text": d.text})
		if err != nil {
			return err
		}
		b.Write(rec)
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o600)
}

// distinctFolded returns the case-folded distinct strings of ss.
func distinctFolded(ss []string) map[string]bool {
	out := map[string]bool{}
	for _, s := range ss {
		out[strings.ToLower(s)] = true
	}
	return out
}

// ScoreEntities counts the verdicts that still apply.
func ScoreEntities(es []SampledEntity, stored int) EntityScore {
	s := EntityScore{Entities: stored}
	for _, e := range es {
		if e.Merge {
			s.MergeSampled++
		}
		if e.Missed {
			s.MissSampled++
		}
		v, ok := e.Fresh()
		if !ok {
			s.Unjudged++
			continue
		}
		if e.Merge {
			s.MergeJudged++
			if v.Merge == 'y' {
				s.MergeOK++
			}
		}
		if e.Missed {
			s.MissJudged++
			if v.Missed == 'y' {
				s.MissOK++
			}
		}
		if v.Type == 'y' || v.Type == 'n' {
			s.TypeJudged++
			if v.Type == 'y' {
				s.TypeOK++
			}
		}
	}
	return s
}

// sourceLine returns the JSONL line number of a stored article's source
// ("path:LINE"), or 0.
func sourceLine(src string) int {
	i := strings.LastIndexByte(src, ':')
	if i < 0 {
		return 0
	}
	n, err := strconv.Atoi(src[i+1:])
	if err != nil {
		return 0
	}
	return n
}

// judgedNames returns the lower-cased names the given sets judged (verdict
// keys "set:TYPE:name"), under any type: a later held-out sample leaves
// them out, so that only entities no one judged are drawn.
func judgedNames(judged map[string]EntityVerdict, sets ...string) map[string]bool {
	out := map[string]bool{}
	for k := range judged {
		parts := strings.SplitN(k, ":", 3)
		if len(parts) == 3 && slices.Contains(sets, parts[0]) {
			out[parts[2]] = true
		}
	}
	return out
}
