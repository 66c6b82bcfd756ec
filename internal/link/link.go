package link

import (
	"context"
	"fmt"
	"strconv"

	"github.com/storyline/storyline/internal/claims"
	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/dedup"
	"github.com/storyline/storyline/internal/entity"
	"github.com/storyline/storyline/internal/novelty"
	"github.com/storyline/storyline/internal/story"
)

// States is the state the stages keep between articles; a store provides it
// (in the same transaction as the article), tests can use the in-memory ones.
type States struct {
	Dedup   dedup.Index
	Story   story.State
	Novelty novelty.Memory
	// Claims keeps the statement claims of the articles linked so far,
	// so that a statement restated in other words joins the earlier
	// one's group (claims.Join); nil joins none.
	Claims claims.Memory
}

// MemStates returns in-memory States.
func MemStates() States {
	return States{Dedup: dedup.NewMemIndex(dedup.MemOptions{}), Story: story.NewMemState(story.MemOptions{}), Novelty: novelty.NewMemMemory(0), Claims: &claims.MemMemory{}}
}

// Options tunes a Linker. The zero value works.
type Options struct {
	Dedup   dedup.Options
	Story   story.Options
	Novelty novelty.Options
	Claims  claims.Options
}

// A Linker links articles one at a time. It is NOT safe for concurrent use:
// the store serialises calls.
type Linker struct {
	st      States
	dedup   *dedup.Detector
	cluster *story.Clusterer
	novelty *novelty.Detector
	claims  *claims.Extractor
}

// New returns a Linker over st.
func New(st States, opts Options) *Linker {
	return &Linker{
		st:      st,
		dedup:   dedup.NewDetector(st.Dedup, opts.Dedup),
		cluster: story.New(st.Story, opts.Story),
		novelty: novelty.NewDetector(st.Novelty, opts.Novelty),
		claims:  claims.NewExtractor(opts.Claims),
	}
}

// Result is what Link decided beyond the fields it sets on the article.
type Result struct {
	// Merged are stories that this article showed to be one with a.Story;
	// a store re-points their articles.
	Merged []int64
}

// Link sets a.DuplicateOf, a.Story, a.Storyline, a.LinkReason, a.Claims and
// a.Sentences. a.ID must be set (the store's ID).
func (l *Linker) Link(ctx context.Context, a *core.Article) (Result, error) {
	id := strconv.FormatInt(a.ID, 10)
	var res Result
	d, err := l.dedup.Check(ctx, id, a.Title+"\n"+a.Text)
	if err != nil {
		return res, fmt.Errorf("link %s: %w", a.Source, err)
	}
	a.DuplicateOf, _ = strconv.ParseInt(d.DuplicateOf, 10, 64)

	keys, err := l.JoinedClaims(ctx, a, l.st.Claims)
	if err != nil {
		return res, fmt.Errorf("link %s: %w", a.Source, err)
	}

	doc := story.Doc{ID: id, Title: a.Title, Text: a.Text, Claims: keys}
	if t, ok := a.PublishedTime(); ok {
		doc.Published = t
	}
	// Entities stay nil: the clusterer then finds names with its own
	// capitalised-phrase features, the same ones its benchmarks
	// (storyline eval clustering, story/stream) measure, so what ingest
	// does is what was measured.
	as, err := l.cluster.Add(ctx, doc)
	if err != nil {
		return res, fmt.Errorf("link %s: %w", a.Source, err)
	}
	a.Story, a.Storyline = int64(as.Story), int64(as.Line)
	for _, m := range as.Merged {
		res.Merged = append(res.Merged, int64(m))
	}
	a.LinkReason = as.Reason
	if d.DuplicateOf != "" {
		a.LinkReason = d.Reason + "; " + as.Reason
	}

	sents, err := l.novelty.Check(ctx, int64(as.Line), a.Title, a.Text)
	if err != nil {
		return res, fmt.Errorf("link %s: %w", a.Source, err)
	}
	a.Sentences = a.Sentences[:0]
	for _, s := range sents {
		a.Sentences = append(a.Sentences, core.Sentence{Text: s.Text, New: s.New, Reason: s.Reason})
	}
	return res, nil
}

// Claims sets a.Claims from the article's title, text, quotes and
// entities and returns their keys, in order. It keeps no state and joins
// no statement to an earlier one (see JoinedClaims).
func (l *Linker) Claims(a *core.Article) []string {
	cs, speakers := l.claimsOf(a)
	a.Claims = a.Claims[:0]
	keys := make([]string, 0, len(cs))
	for i, c := range cs {
		a.Claims = append(a.Claims, coreClaim(c, speakers[i]))
		keys = append(keys, c.Key)
	}
	return keys
}

// JoinedClaims is Claims, with each statement claim then joined, through
// m, to the group of the statement of its holder an earlier article made
// that it restates (claims.Join; articles are ordered by ID): a.Claims
// carry the groups' keys. The keys returned are the article's own, as
// Claims returns them: the story layer compares articles by what they
// say, not by the groups an earlier article's words gave. A store calls
// it when it re-analyses a stored article; a nil m joins nothing.
func (l *Linker) JoinedClaims(ctx context.Context, a *core.Article, m claims.Memory) ([]string, error) {
	cs, speakers := l.claimsOf(a)
	keys := make([]string, 0, len(cs))
	for _, c := range cs {
		keys = append(keys, c.Key)
	}
	joined, err := claims.Join(ctx, m, strconv.FormatInt(a.ID, 10), append([]claims.Claim(nil), cs...))
	if err != nil {
		return nil, err
	}
	// joined is cs in order, less the restatements Join dropped
	a.Claims = a.Claims[:0]
	i := 0
	for _, c := range joined {
		for i < len(cs) && (cs[i].Key != c.OwnKey() || cs[i].Sentence != c.Sentence) {
			i++
		}
		speaker := ""
		if i < len(cs) {
			speaker = speakers[i]
		}
		a.Claims = append(a.Claims, coreClaim(c, speaker))
	}
	return keys, nil
}

// claimsOf extracts a's claims, a claim of a person who speaks for a
// country held by the country, and returns who voiced each claim ("" when
// its holder did).
func (l *Linker) claimsOf(a *core.Article) ([]claims.Claim, []string) {
	cs := l.claims.ExtractArticle(a)
	voices := stateVoices(a.Entities)
	speakers := make([]string, len(cs))
	for i, c := range cs {
		if v, ok := voices[c.Holder]; ok {
			if r := c.OnBehalfOf(v.country); r.Key != c.Key {
				cs[i], speakers[i] = r, v.name
			}
		}
	}
	return cs, speakers
}

func coreClaim(c claims.Claim, speaker string) core.Claim {
	return core.Claim{Key: c.Key, Holder: c.Holder, Text: c.Text, Sentence: c.Sentence, Speaker: speaker, Questioned: c.Questioned}
}

type voice struct{ name, country string }

// stateVoices maps claim holders ("putin") to the person of the article
// they name and the country that person's titles say they speak for
// (entity.StateVoice). A holder two people of the article share is left
// out: it is not known whose words they are.
func stateVoices(ents []core.Entity) map[string]voice {
	out := map[string]voice{}
	seen := map[string]int{}
	for _, e := range ents {
		if e.Type != core.Person {
			continue
		}
		h := claims.Canon(e.Name)
		if h == "" {
			continue
		}
		seen[h]++
		if c := entity.StateVoice(e.Attributes); c != "" {
			out[h] = voice{name: e.Name, country: c}
		}
	}
	for h := range out {
		if seen[h] > 1 {
			delete(out, h)
		}
	}
	return out
}

// Settle ends a stream for the story layer (story.Clusterer.Flush): the
// pending absorption checks, a last consolidation and the learned merges of
// stories the evidence shows to be one run now. The stories it changes are
// recorded by the story state like any other change.
func (l *Linker) Settle(ctx context.Context) error {
	if err := l.cluster.Flush(ctx); err != nil {
		return fmt.Errorf("link: settle: %w", err)
	}
	return nil
}

// Resolve returns the story that now holds story id: stories merge, and a
// fragment an article joined may since have been folded into another.
func (l *Linker) Resolve(ctx context.Context, id int64) (int64, error) {
	r, err := l.cluster.Resolve(ctx, story.StoryID(id))
	return int64(r), err
}
