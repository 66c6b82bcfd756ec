package synth

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/terms"
)

// ErrNoCorpus reports that no corpus sentences were found.
var ErrNoCorpus = errors.New("synth: no corpus sentences found")

// Options tunes a Generator. The zero value works.
type Options struct {
	// Seed makes the stream reproducible.
	Seed uint64
	// MeanStory is the mean number of articles per story; 0 means 20.
	MeanStory int
	// Active is how many stories run at once; 0 means 300.
	Active int
	// DupRate is the share of articles that are syndicated near-copies;
	// 0 means 0.03 (negative: none).
	DupRate float64
	// Start is the stream's first publication time; zero means 2024-01-01.
	Start time.Time
	// Gap is the mean time between articles; 0 means 20 seconds.
	Gap time.Duration
}

type storyState struct {
	pool  int
	names []string
	num   int
	left  int
	id    int
}

// A Generator yields synthetic articles. It is NOT safe for concurrent use.
type Generator struct {
	opts    Options
	rng     *rand.Rand
	pools   [][]string // sentences per source story
	all     int
	active  []*storyState
	recent  []story.Doc
	n       int
	stories int
	now     time.Time
}

// New reads the corpora under shared (bench/clustering/*/*.jsonl) and
// returns a Generator.
func New(ctx context.Context, shared string, opts Options) (*Generator, error) {
	if opts.MeanStory <= 0 {
		opts.MeanStory = 20
	}
	if opts.Active <= 0 {
		opts.Active = 300
	}
	if opts.DupRate == 0 {
		opts.DupRate = 0.03
	}
	if opts.Start.IsZero() {
		opts.Start = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if opts.Gap <= 0 {
		opts.Gap = 20 * time.Second
	}
	g := &Generator{opts: opts, rng: rand.New(rand.NewPCG(opts.Seed, 0x5157)), now: opts.Start}
	files, _ := filepath.Glob(filepath.Join(shared, "bench", "clustering", "*", "*.jsonl"))
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("synth: %w", err)
		}
		if err := g.read(f); err != nil {
			return nil, err
		}
	}
	if g.all == 0 {
		return nil, fmt.Errorf("%w under %s", ErrNoCorpus, shared)
	}
	return g, nil
}

func (g *Generator) read(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	pool := map[string]int{}
	for sc.Scan() {
		var r struct{ ID, Subtopic, Event, Text string }
		if json.Unmarshal(sc.Bytes(), &r) != nil {
			continue
		}
		key := r.Subtopic + r.Event
		if key == "" {
			key = r.ID
		}
		i, ok := pool[key]
		if !ok {
			i = len(g.pools)
			pool[key] = i
			g.pools = append(g.pools, nil)
		}
		for _, s := range terms.Sentences(r.Text) {
			if len(s) > 30 {
				g.pools[i] = append(g.pools[i], s)
				g.all++
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("synth: %s: %w", path, err)
	}
	return nil
}

// Sentences returns how many corpus sentences the generator recombines.
func (g *Generator) Sentences() int { return g.all }

var syllables = []string{"ka", "lo", "mir", "ta", "ven", "dor", "si", "ra", "bel", "nu", "gar", "po", "zel", "fi", "an", "tor", "ish", "mo", "re", "quin"}

func (g *Generator) name() string {
	part := func() string {
		var b strings.Builder
		for k := 0; k < 2+g.rng.IntN(2); k++ {
			b.WriteString(syllables[g.rng.IntN(len(syllables))])
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	return part() + " " + part()
}

func (g *Generator) newStory() *storyState {
	g.stories++
	s := &storyState{pool: g.rng.IntN(len(g.pools)), num: 10 + g.rng.IntN(990), id: g.stories}
	for len(g.pools[s.pool]) == 0 {
		s.pool = g.rng.IntN(len(g.pools))
	}
	for k := 0; k < 3; k++ {
		s.names = append(s.names, g.name())
	}
	s.left = 1 + int(g.rng.ExpFloat64()*float64(g.opts.MeanStory))
	return s
}

// Next returns the next article of the stream. Its ID is "synth-N"; its
// story is recorded in the ID's suffix "/sK" so a caller can score.
func (g *Generator) Next() story.Doc {
	g.n++
	g.now = g.now.Add(time.Duration(g.rng.ExpFloat64() * float64(g.opts.Gap)))
	if g.opts.DupRate > 0 && len(g.recent) > 0 && g.rng.Float64() < g.opts.DupRate {
		d := g.recent[g.rng.IntN(len(g.recent))]
		d.ID = fmt.Sprintf("synth-%d%s", g.n, d.ID[strings.LastIndex(d.ID, "/"):])
		if i := strings.LastIndex(d.Text, "\n\n"); i > len(d.Text)*3/4 {
			d.Text = d.Text[:i] // a paragraph less
		}
		d.Published = g.now
		return d
	}
	for len(g.active) < g.opts.Active {
		g.active = append(g.active, g.newStory())
	}
	k := g.rng.IntN(len(g.active))
	s := g.active[k]
	s.left--
	if s.left <= 0 {
		g.active[k] = g.newStory()
	}
	pool := g.pools[s.pool]
	n := 12 + g.rng.IntN(14)
	var paras []string
	for i := 0; i < n; i++ {
		var sent string
		if g.rng.Float64() < 0.85 {
			sent = pool[g.rng.IntN(len(pool))]
		} else {
			p := g.pools[g.rng.IntN(len(g.pools))]
			if len(p) == 0 {
				continue
			}
			sent = p[g.rng.IntN(len(p))]
		}
		if g.rng.Float64() < 0.3 {
			sent = strings.TrimRight(sent, ".") + fmt.Sprintf(", %s said of the %d cases.", s.names[g.rng.IntN(len(s.names))], s.num)
		}
		paras = append(paras, sent)
	}
	title := s.names[0] + ": " + pool[g.rng.IntN(len(pool))]
	if len(title) > 140 {
		title = title[:140]
	}
	d := story.Doc{ID: fmt.Sprintf("synth-%d/s%d", g.n, s.id), Title: title, Text: strings.Join(paras, "\n\n"), Published: g.now}
	if len(g.recent) < 200 {
		g.recent = append(g.recent, d)
	} else {
		g.recent[g.rng.IntN(len(g.recent))] = d
	}
	return d
}
