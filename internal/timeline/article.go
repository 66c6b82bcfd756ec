package timeline

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/novelty"
	"github.com/storyline/storyline/internal/store"
)

// ArticleOptions bound how much of a storyline ArticleNew reads. The zero
// value works.
type ArticleOptions struct {
	// MaxPrior is how many of the articles published before it an
	// article is judged against, the latest of them (0: 200, about what
	// the store's own novelty memory keeps of a storyline).
	MaxPrior int
	// Novelty tunes the judge of what is new (package novelty).
	Novelty novelty.Options
}

// maxLineStories bounds the storylines ArticleNew reads on demand.
const maxLineStories = 5000

// ArticleNew returns stored article id with its sentences judged anew
// against what its storyline said BEFORE it in publication order: the
// storyline's articles published earlier (dated articles before undated
// ones, undated ones in the order they were stored), not the ones that
// merely reached the store first. Ingest judges each article against what
// arrived before it, which is the same when articles arrive in date order;
// when an archive is read out of order, an early article would otherwise be
// told that it repeats what later articles said, and a later one that it
// is new. The timeline (Build) judges stories in the same time order.
//
// When the articles stored before it are exactly those published before it
// (a feed read as it comes), the judgement stored at ingest is that
// judgement and is returned as stored; so are those of a near-duplicate, of
// an article in no storyline, and of one whose storyline has more than
// maxLineStories stories. An unknown ID is an error wrapping core.ErrNotFound.
func ArticleNew(ctx context.Context, st store.Store, id int64, o ArticleOptions) (*core.Article, error) {
	if o.MaxPrior <= 0 {
		o.MaxPrior = 200
	}
	a, err := st.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	if a.Storyline == 0 || a.DuplicateOf != 0 {
		return a, nil
	}
	stories, err := st.Stories(ctx, store.StoryFilter{Storyline: a.Storyline, Limit: maxLineStories + 1})
	if err != nil {
		return nil, fmt.Errorf("article %d: storyline %d: %w", id, a.Storyline, err)
	}
	if len(stories) > maxLineStories {
		return a, nil // too long a storyline to read on demand: the ingest judgement
	}
	ids := make([]int64, len(stories))
	for i, s := range stories {
		ids[i] = s.ID
	}
	all, err := st.Articles(ctx, store.ArticleFilter{Stories: ids, Limit: math.MaxInt32})
	if err != nil {
		return nil, fmt.Errorf("article %d: storyline %d: %w", id, a.Storyline, err)
	}
	// Ingest judged a against the articles stored before it. When those
	// are exactly the ones published before it, that judgement stands:
	// nothing to read (the common case of a feed read as it comes).
	inOrder := true
	var prior []*core.Article
	for _, b := range all {
		if b.ID == id {
			continue
		}
		before := PublishedBefore(b, a)
		if before != (b.ID < id) {
			inOrder = false
		}
		if before && b.DuplicateOf == 0 {
			prior = append(prior, b)
		}
	}
	if inOrder {
		return a, nil
	}
	sort.Slice(prior, func(i, j int) bool { return PublishedBefore(prior[i], prior[j]) })
	if len(prior) > o.MaxPrior {
		prior = prior[len(prior)-o.MaxPrior:]
	}
	det := novelty.NewDetector(novelty.NewMemMemory(0), o.Novelty)
	for _, sum := range prior {
		p, err := st.Article(ctx, sum.ID)
		if err != nil {
			return nil, fmt.Errorf("article %d: reading earlier article %d: %w", id, sum.ID, err)
		}
		if _, err := det.Check(ctx, a.Storyline, p.Title, p.Text); err != nil {
			return nil, fmt.Errorf("article %d: %w", id, err)
		}
	}
	sents, err := det.Check(ctx, a.Storyline, a.Title, a.Text)
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	a.Sentences = a.Sentences[:0]
	for _, s := range sents {
		a.Sentences = append(a.Sentences, core.Sentence{Text: s.Text, New: s.New, Reason: s.Reason})
	}
	return a, nil
}

// PublishedBefore orders articles in publication time: dated ones by
// their publication time, then undated ones; ties (and undated articles)
// by the order they were stored (ID).
func PublishedBefore(a, b *core.Article) bool {
	ta, oka := a.PublishedTime()
	tb, okb := b.PublishedTime()
	if oka != okb {
		return oka
	}
	if oka && !ta.Equal(tb) {
		return ta.Before(tb)
	}
	return a.ID < b.ID
}
