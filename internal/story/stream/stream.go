package stream

import (
	"context"
	"fmt"

	"github.com/storyline/storyline/internal/claims"
	"github.com/storyline/storyline/internal/dedup"
	"github.com/storyline/storyline/internal/story"
)

// Options tunes a Runner. The zero value works.
type Options struct {
	Story story.Options
	// Mem tunes the in-memory clustering state (where retired stories go).
	Mem   story.MemOptions
	Dedup dedup.Options
	// NoDedup skips near-duplicate detection.
	NoDedup bool
	// NoClaims skips claim extraction (storylines then use actors only).
	NoClaims bool
	// EventKeys says which keys of a document's events the clusterer's
	// event clash compares (story.Options.EventClash, off by default:
	// events are then not extracted): "type" (""), "act", "trigger",
	// "main" or "both" (events.go eventKeys).
	EventKeys string
	// MaxOriginals bounds the near-duplicate index and the article-to-story
	// map beside it; 0 means 100,000.
	MaxOriginals int
}

// A Result is what the stages decided for one document.
type Result struct {
	ID          string
	Story       story.StoryID // as assigned on arrival; see Runner.Final
	Line        story.LineID
	DuplicateOf string
	Claims      []claims.Claim
	Reason      string
}

// A Runner runs the stages; it is NOT safe for concurrent use.
type Runner struct {
	opts Options
	dd   *dedup.Detector
	cl   *story.Clusterer
	ex   *claims.Extractor
	// stories maps the articles the near-duplicate index may still return
	// to their stories; ring bounds it to the index's size.
	stories map[string]story.StoryID
	ring    []string
	next    int
	// evCache, when not nil, keeps each document's event keys by ID (an
	// evaluation running one set in many orders: EvalSeeds).
	evCache map[string][]string
}

// remember records the story of an original article, forgetting the
// oldest beyond the near-duplicate index's bound.
func (r *Runner) remember(id string, s story.StoryID) {
	if r.dd == nil {
		return
	}
	if len(r.ring) < r.limit() {
		r.ring = append(r.ring, id)
	} else {
		delete(r.stories, r.ring[r.next])
		r.ring[r.next] = id
		r.next = (r.next + 1) % len(r.ring)
	}
	r.stories[id] = s
}

func (r *Runner) limit() int {
	if r.opts.MaxOriginals > 0 {
		return r.opts.MaxOriginals
	}
	return 100000
}

// New returns a Runner with in-memory state.
func New(opts Options) *Runner {
	r := &Runner{opts: opts, cl: story.New(story.NewMemState(opts.Mem), opts.Story), stories: map[string]story.StoryID{}}
	if !opts.NoDedup {
		r.dd = dedup.NewDetector(dedup.NewMemIndex(dedup.MemOptions{MaxEntries: r.limit()}), opts.Dedup)
	}
	if !opts.NoClaims {
		r.ex = claims.NewExtractor(claims.Options{})
	}
	return r
}

// Add runs the stages over one document. A near-duplicate joins the story of
// its original without being clustered again.
func (r *Runner) Add(ctx context.Context, d story.Doc) (Result, error) {
	return r.add(ctx, d, nil)
}

// add is Add; claimsOf, when not nil, gives the document's claims in
// place of extracting them (an evaluation running one set in many orders
// extracts each document's claims once: EvalSeeds).
func (r *Runner) add(ctx context.Context, d story.Doc, claimsOf func(story.Doc) []claims.Claim) (Result, error) {
	res := Result{ID: d.ID}
	if r.dd != nil {
		dr, err := r.dd.Check(ctx, d.ID, d.Title+"\n"+d.Text)
		if err != nil {
			return res, fmt.Errorf("stream: %q: %w", d.ID, err)
		}
		if dr.DuplicateOf != "" {
			if sid, ok := r.stories[dr.DuplicateOf]; ok {
				res.DuplicateOf = dr.DuplicateOf
				res.Story = sid
				line, err := r.cl.Line(ctx, sid)
				if err != nil {
					return res, fmt.Errorf("stream: %q: %w", d.ID, err)
				}
				res.Line = line
				res.Reason = dr.Reason + "; story of the original"
				return res, nil
			}
		}
	}
	if r.ex != nil {
		if claimsOf != nil {
			res.Claims = claimsOf(d)
		} else {
			res.Claims = r.ex.Extract(d.Title, d.Text, nil)
		}
		for _, c := range res.Claims {
			d.Claims = append(d.Claims, c.Key)
		}
	}
	d.Events = r.events(d)
	a, err := r.cl.Add(ctx, d)
	if err != nil {
		return res, fmt.Errorf("stream: %q: %w", d.ID, err)
	}
	res.Story, res.Line, res.Reason = a.Story, a.Line, a.Reason
	r.remember(d.ID, a.Story)
	return res, nil
}

// Flush ends the stream: the clusterer's checks that later articles would
// have triggered run now (story.Clusterer.Flush). Call it after the last
// Add and before Final.
func (r *Runner) Flush(ctx context.Context) error {
	if err := r.cl.Flush(ctx); err != nil {
		return fmt.Errorf("stream: %w", err)
	}
	return nil
}

// Final returns the story and storyline that story id belongs to now, after
// later merges.
func (r *Runner) Final(ctx context.Context, id story.StoryID) (story.StoryID, story.LineID, error) {
	s, err := r.cl.Resolve(ctx, id)
	if err != nil {
		return id, 0, err
	}
	l, err := r.cl.Line(ctx, s)
	return s, l, err
}
