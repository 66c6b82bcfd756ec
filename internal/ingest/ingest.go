package ingest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store"
)

// A Stage processes one extracted article in place before it is stored
// (the language layer, for instance). It must be safe for concurrent use.
type Stage interface {
	Process(ctx context.Context, a *core.Article) error
}

// StageFunc adapts a function to a Stage.
type StageFunc func(ctx context.Context, a *core.Article) error

// Process calls f(ctx, a).
func (f StageFunc) Process(ctx context.Context, a *core.Article) error { return f(ctx, a) }

// Options tunes Run. The zero value works.
type Options struct {
	// Workers is the number of extraction workers; 0 means GOMAXPROCS.
	Workers int
	// BatchSize is how many articles one store transaction holds; 0 means 64.
	BatchSize int
	// Source configures the readers (limits, HTTP client, private addresses).
	Source source.Options
	// Extractor turns documents into articles; nil means extract.New with defaults.
	Extractor extract.Extractor
	// Stages run in order on each article after extraction.
	Stages []Stage
	// Progress, when set, is called from the writer goroutine after each
	// document is settled (stored, duplicate or failed).
	Progress func(Progress)
	// MinWords, when above 0, refuses an article whose text has fewer
	// words (CheckWords: an error naming the input, ErrTooShort) before
	// its stages run; the CLI's ingest and the API set it to MinWords.
	MinWords int

	// stored, set by Run when the store is a store.HashLookup, returns the
	// ID of the article already stored with a hash (0: none); process then
	// skips the stages, whose work PutBatch would drop.
	stored func(ctx context.Context, hash string) int64
}

// Outcome is what happened to one input document.
type Outcome int

// Outcomes.
const (
	Ingested Outcome = iota
	Duplicate
	Failed
)

// Progress reports one settled document.
type Progress struct {
	Input   string
	Outcome Outcome
	ID      int64 // stored ID (new or existing), 0 when failed
	Err     error
	// Article is the article ingested now, as stored (nil for duplicates
	// and failures), so a caller can say what became of it: a language
	// the stages do not read, a given date dropped as unusable.
	Article *core.Article
	Done    int // documents settled so far
}

// Failure is one input that could not be ingested.
type Failure struct {
	Input  string
	Reason string
}

// Summary counts what Run did.
type Summary struct {
	Ingested, Duplicates, Failed int
	Failures                     []Failure
}

type item struct {
	seq     int
	input   string
	doc     core.Document
	err     error
	article *core.Article
	stored  int64 // the ID already stored with the article's hash (Run)
}

// storedError is process's answer for an article whose content is already
// stored (Options.stored): Run reports it a duplicate of id. Each never
// returns it, since only Run sets Options.stored.
type storedError struct{ id int64 }

func (e *storedError) Error() string { return fmt.Sprintf("already stored as %d", e.id) }

// Each reads inputs, extracts and processes every document on the worker
// pool, and calls fn with the results in input order, from one goroutine.
// A failed input reaches fn with its error (naming the input) and a nil
// article. An error returned by fn stops the run and is returned.
func Each(ctx context.Context, inputs []string, opts Options, fn func(input string, a *core.Article, err error) error) error {
	opts.setDefaults()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	docs := make(chan item, opts.Workers)
	done := make(chan item, opts.Workers)
	walkErr := make(chan error, 1)
	go func() {
		defer close(docs)
		seq := 0
		walkErr <- source.Walk(ctx, inputs, opts.Source, func(doc core.Document, err error) error {
			it := item{seq: seq, input: doc.Source, doc: doc, err: err}
			if err != nil && it.input == "" {
				it.input = "input"
			}
			seq++
			select {
			case docs <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	workersDone := make(chan struct{})
	for w := 0; w < opts.Workers; w++ {
		go func() {
			defer func() { workersDone <- struct{}{} }()
			for it := range docs {
				if it.err == nil {
					it.article, it.err = process(ctx, it.doc, opts)
				}
				it.doc = core.Document{} // release the raw body early
				select {
				case done <- it:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		for w := 0; w < opts.Workers; w++ {
			<-workersDone
		}
		close(done)
	}()

	// Restore input order: at most Workers+2*cap items are in flight, so the
	// pending map stays small.
	pending := map[int]item{}
	next := 0
	var runErr error
	for it := range done {
		if runErr != nil {
			continue // drain
		}
		pending[it.seq] = it
		for {
			cur, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := fn(cur.input, cur.article, cur.err); err != nil {
				runErr = err
				cancel()
				break
			}
		}
	}
	if err := <-walkErr; err != nil && runErr == nil && !errors.Is(err, context.Canceled) {
		runErr = err
	}
	if runErr == nil && ctx.Err() != nil {
		runErr = ctx.Err()
	}
	return runErr
}

func (o *Options) setDefaults() {
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 64
	}
	if o.Extractor == nil {
		o.Extractor = extract.New(extract.Options{})
	}
}

// Run ingests inputs (paths, URLs, "-") into st. Failures of single inputs are
// counted in the summary and do not stop the run; the returned error is for
// faults that stop it (the store failing, ctx cancelled). Everything stored
// before such a fault stays stored.
func Run(ctx context.Context, st store.Store, inputs []string, opts Options) (Summary, error) {
	opts.setDefaults()
	var sum Summary
	settled := 0
	var batch []item
	report := func(p Progress) {
		settled++
		p.Done = settled
		if opts.Progress != nil {
			opts.Progress(p)
		}
	}
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		var arts []*core.Article
		for _, it := range batch {
			if it.stored == 0 {
				arts = append(arts, it.article)
			}
		}
		var put []store.PutResult
		if len(arts) > 0 {
			var err error
			if put, err = st.PutBatch(ctx, arts); err != nil {
				return fmt.Errorf("store batch ending at %s: %w", batch[len(batch)-1].input, err)
			}
		}
		// Results in input order: the articles found stored before their
		// stages ran are duplicates of that article.
		res := make([]store.PutResult, len(batch))
		for i, it := range batch {
			if it.stored != 0 {
				res[i] = store.PutResult{ID: it.stored, Duplicate: true}
			} else {
				res[i], put = put[0], put[1:]
			}
		}
		for i, it := range batch {
			p := Progress{Input: it.input, Outcome: Ingested, ID: res[i].ID}
			if res[i].Duplicate {
				p.Outcome = Duplicate
				sum.Duplicates++
			} else {
				sum.Ingested++
				p.Article = it.article
			}
			report(p)
		}
		batch = batch[:0]
		return nil
	}
	if hl, ok := st.(store.HashLookup); ok {
		opts.stored = func(ctx context.Context, hash string) int64 {
			id, err := hl.StoredHash(ctx, hash)
			if err != nil {
				return 0 // PutBatch decides, after the stages
			}
			return id
		}
	}
	err := Each(ctx, inputs, opts, func(input string, a *core.Article, err error) error {
		var known *storedError
		if errors.As(err, &known) {
			batch = append(batch, item{input: input, stored: known.id})
			if len(batch) >= opts.BatchSize {
				return flush()
			}
			return nil
		}
		if err != nil {
			sum.Failed++
			sum.Failures = append(sum.Failures, Failure{Input: input, Reason: err.Error()})
			report(Progress{Input: input, Outcome: Failed, Err: err})
			return nil
		}
		batch = append(batch, item{input: input, article: a})
		if len(batch) >= opts.BatchSize {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	return sum, err
}

// process extracts and runs the stages on one document; a panic in any of
// them becomes this document's error.
func process(ctx context.Context, doc core.Document, opts Options) (a *core.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("%s: internal error: %v\n%s", doc.Source, r, debug.Stack())
		}
	}()
	a, err = opts.Extractor.Extract(ctx, doc)
	if err != nil {
		return nil, err
	}
	if err := CheckWords(doc.Source, a.Text, opts.MinWords); err != nil {
		return nil, err
	}
	if opts.stored != nil && a.Hash != "" {
		if id := opts.stored(ctx, a.Hash); id != 0 {
			return nil, &storedError{id: id}
		}
	}
	for _, s := range opts.Stages {
		if err := s.Process(ctx, a); err != nil {
			return nil, fmt.Errorf("%s: %w", doc.Source, err)
		}
	}
	return a, nil
}

// SkipTooLarge wraps s so that an article too large for it (an error
// wrapping core.ErrTooLarge) is stored without what s would add, rather
// than refused.
func SkipTooLarge(s Stage) Stage {
	return StageFunc(func(ctx context.Context, a *core.Article) error {
		if err := s.Process(ctx, a); err != nil && !errors.Is(err, core.ErrTooLarge) {
			return err
		}
		return nil
	})
}
