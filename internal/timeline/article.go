package timeline

import (
	"context"
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/novelty"
	"github.com/storyline/storyline/internal/store"
)

// RenewOptions bound Renew. The zero value works.
type RenewOptions struct {
	// MaxArticles caps how many articles, from the first one stored out
	// of publication order, are judged anew (0: all of them). One article
	// bears on the judgement of the articles after it only while the
	// storyline's memory holds it (about 200 articles), so a cap of a few
	// hundred leaves little stale.
	MaxArticles int
	// MaxPrior is how many articles before the first one judged anew are
	// read to rebuild what the storyline knew (0: 200, about what a
	// memory of MemorySentences holds).
	MaxPrior int
	// MemorySentences is how many sentences the storyline remembers (0:
	// 5,000, as ingest's novelty memory).
	MemorySentences int
	// All judges every article of the storyline anew, in publication
	// order, even when they were stored in that order: after an upgrade
	// of the judge (storyline reanalyze).
	All bool
	// Novelty tunes the judge of what is new (package novelty).
	Novelty novelty.Options
}

// Renew judges anew what is new in storyline line when its articles were
// stored out of publication order, and stores the new judgements (the
// store must be a store.NoveltyWriter). Ingest judges each article against
// the storyline's articles that reached the store before it; read from an
// archive out of order, an early article is told that it repeats what
// later ones said, and a later one that it says first what an earlier one
// did. Renew replays the storyline in publication order (dated articles by
// their time, then undated ones in the order they were stored) from the
// first article whose judgement the order changed, exactly as ingest would
// have judged them had they arrived in that order. A storyline stored in
// publication order is left as it is; that costs one listing of its
// articles. Renew returns how many articles it judged anew.
func Renew(ctx context.Context, st store.Store, line int64, o RenewOptions) (int, error) {
	if o.MaxPrior <= 0 {
		o.MaxPrior = 200
	}
	w, ok := st.(store.NoveltyWriter)
	if !ok {
		return 0, fmt.Errorf("storyline %d: this store cannot rewrite what is new", line)
	}
	stories, err := st.Stories(ctx, store.StoryFilter{Storyline: line, Limit: math.MaxInt32})
	if err != nil {
		return 0, fmt.Errorf("storyline %d: %w", line, err)
	}
	var all []dated
	for start := 0; start < len(stories); start += listChunk {
		ids := make([]int64, 0, listChunk)
		for _, s := range stories[start:min(start+listChunk, len(stories))] {
			ids = append(ids, s.ID)
		}
		arts, err := st.Articles(ctx, store.ArticleFilter{Stories: ids, Bare: true, Limit: math.MaxInt32})
		if err != nil {
			return 0, fmt.Errorf("storyline %d: %w", line, err)
		}
		for _, a := range arts {
			t, ok := a.PublishedTime()
			all = append(all, dated{a.ID, t, ok})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].before(all[j]) })
	from := firstOutOfOrder(all)
	if o.All && len(all) > 0 {
		from = 0
	}
	if from < 0 {
		return 0, nil
	}
	to := len(all)
	if o.MaxArticles > 0 {
		to = min(to, from+o.MaxArticles)
	}
	det := novelty.NewDetector(novelty.NewMemMemory(o.MemorySentences), o.Novelty)
	learn := all[max(0, from-o.MaxPrior):from]
	judged := map[int64][]core.Sentence{}
	n := 0
	err = readTexts(ctx, st, append(learn[:len(learn):len(learn)], all[from:to]...), func(i int, a *core.Article) error {
		if i < len(learn) {
			return det.Learn(ctx, line, a.Title, a.Text)
		}
		sents, err := det.Check(ctx, line, a.Title, a.Text)
		if err != nil {
			return err
		}
		out := make([]core.Sentence, len(sents))
		for j, s := range sents {
			out[j] = core.Sentence{Text: s.Text, New: s.New, Reason: s.Reason}
		}
		judged[a.ID] = out
		n++
		if len(judged) >= writeChunk {
			if err := w.SetSentences(ctx, judged); err != nil {
				return err
			}
			clear(judged)
		}
		return nil
	})
	if err == nil {
		err = w.SetSentences(ctx, judged)
	}
	if err != nil {
		return 0, fmt.Errorf("storyline %d: %w", line, err)
	}
	return n, nil
}

const (
	listChunk  = 500 // story IDs per listing query
	readChunk  = 64  // articles read per query
	writeChunk = 256 // articles per write transaction
)

// firstOutOfOrder returns the publication rank of the first article whose
// ingest judgement the store order made differ from the publication-order
// one (the articles stored before it are not exactly those published
// before it), or -1 when there is none. all is in publication order.
func firstOutOfOrder(all []dated) int {
	suffixMin := make([]int64, len(all)+1)
	suffixMin[len(all)] = math.MaxInt64
	for i := len(all) - 1; i >= 0; i-- {
		suffixMin[i] = min(suffixMin[i+1], all[i].id)
	}
	prefixMax := int64(math.MinInt64)
	for i, a := range all {
		if prefixMax > a.id || suffixMin[i+1] < a.id {
			return i
		}
		prefixMax = max(prefixMax, a.id)
	}
	return -1
}

// readTexts reads the articles arts in order, a chunk at a time, and calls
// f with each one's position and its title and text.
func readTexts(ctx context.Context, st store.Store, arts []dated, f func(int, *core.Article) error) error {
	for start := 0; start < len(arts); start += readChunk {
		part := arts[start:min(start+readChunk, len(arts))]
		ids := make([]int64, len(part))
		for i, a := range part {
			ids[i] = a.id
		}
		got, err := st.Articles(ctx, store.ArticleFilter{IDs: ids, WithText: true, Limit: len(ids)})
		if err != nil {
			return err
		}
		byID := make(map[int64]*core.Article, len(got))
		for _, a := range got {
			byID[a.ID] = a
		}
		for i, a := range part {
			if b := byID[a.id]; b != nil { // deleted meanwhile: skipped
				if err := f(start+i, b); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// dated is an article's ID with its parsed publication time (ok false:
// undated).
type dated struct {
	id int64
	t  time.Time
	ok bool
}

// before orders articles in publication time: dated ones by their time,
// then undated ones; ties (and undated articles) by the order they were
// stored (ID).
func (a dated) before(b dated) bool {
	if a.ok != b.ok {
		return a.ok
	}
	if a.ok && !a.t.Equal(b.t) {
		return a.t.Before(b.t)
	}
	return a.id < b.id
}

// RenewArticles renews (Renew) the storylines the stored articles ids
// belong to, each once, and returns how many articles it judged anew: what
// an ingest calls with the articles it stored. A store that cannot rewrite
// what is new (no store.NoveltyWriter) keeps the ingest judgement: 0, nil.
func RenewArticles(ctx context.Context, st store.Store, ids []int64, o RenewOptions) (int, error) {
	if _, ok := st.(store.NoveltyWriter); !ok || len(ids) == 0 {
		return 0, nil
	}
	lines := map[int64]bool{}
	stories := map[int64]bool{}
	for start := 0; start < len(ids); start += listChunk {
		part := ids[start:min(start+listChunk, len(ids))]
		arts, err := st.Articles(ctx, store.ArticleFilter{IDs: part, Bare: true, Limit: len(part)})
		if err != nil {
			return 0, err
		}
		for _, a := range arts {
			if a.Story == 0 || stories[a.Story] {
				continue
			}
			stories[a.Story] = true
			info, err := st.StoryInfo(ctx, a.Story)
			if err != nil {
				return 0, fmt.Errorf("article %d: %w", a.ID, err)
			}
			if info.Storyline != 0 {
				lines[info.Storyline] = true
			}
		}
	}
	order := make([]int64, 0, len(lines))
	for l := range lines {
		order = append(order, l)
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	total := 0
	for _, l := range order {
		n, err := Renew(ctx, st, l, o)
		total += n
		if err != nil {
			return total, err
		}
	}
	return total, nil
}
