package analyze

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/entity"
	"github.com/storyline/storyline/internal/events"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/quotes"
)

// Options tune an Analyzer. The zero value runs the full layer.
type Options struct {
	// Heuristic uses the capitalised-name heuristic of package quotes instead
	// of the NER tagger and entity canonicaliser (faster, weaker).
	Heuristic bool
	// MaxBytes skips the layer for articles whose text is longer (their
	// entities, quotes and events stay empty); 0 means 4 MiB.
	MaxBytes int
	// AnyLanguage runs the layer on articles whose detected language is not
	// English too; by default they get no entities, quotes or events.
	AnyLanguage bool
	// Quotes and Events pass options through; their resolvers are set here.
	Quotes quotes.Options
	Events events.Options
}

// An Analyzer fills articles' entities, quotes and events. It is read-only
// after New and safe for concurrent use.
type Analyzer struct {
	opts Options
}

// New returns an Analyzer with opts.
func New(opts Options) *Analyzer {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 4 << 20
	}
	return &Analyzer{opts: opts}
}

// Analyze runs the layer with default options on a.
func Analyze(ctx context.Context, a *core.Article) error {
	return New(Options{}).Process(ctx, a)
}

// Process implements ingest.Stage: it replaces a.Entities, a.Quotes and
// a.Events with what it finds in a.Text.
func (z *Analyzer) Process(ctx context.Context, a *core.Article) error {
	if a == nil {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	a.Entities, a.Quotes, a.Events = nil, nil, nil
	if !z.opts.AnyLanguage && a.Language != "" && a.Language != "en" {
		// The tagger, cue lexicons and event triggers are English: on other
		// languages they find capitalised nouns, not names ("Angebot",
		// "Wirtschaft des Landes"). Nothing is better than that.
		return nil
	}
	text := a.Text
	if len(text) > z.opts.MaxBytes {
		return fmt.Errorf("analyze %s: text of %d bytes: %w", a.Source, len(text), core.ErrTooLarge)
	}
	ms, ents, err := z.mentions(text)
	if err != nil {
		return fmt.Errorf("analyze %s: %w", a.Source, err)
	}
	a.Entities = ents
	if err := ctx.Err(); err != nil {
		return err
	}
	for _, q := range z.quotesOf(text, ms, ents) {
		a.Quotes = append(a.Quotes, q.Quote)
	}
	eo := z.opts.Events
	eo.Mentions = ms
	seen := map[core.Event]int{}
	for _, e := range events.Find(text, eo) {
		// Two triggers of one sentence may name the same act ("says he is
		// ready and wants to stop the war"): a reader wants it once, with
		// the higher confidence.
		if i, ok := seen[e.Act()]; ok {
			a.Events[i].Confidence = max(a.Events[i].Confidence, e.Confidence)
			continue
		}
		seen[e.Act()] = len(a.Events)
		a.Events = append(a.Events, e.Event)
	}
	return nil
}

// StoredQuotes returns the quotes Process stores for a.Text, with where
// each speaker is named: SpeakerStart and SpeakerEnd bound the words the
// stored Speaker was resolved from, and are -1 when tidying for readers
// named someone else or no one. `eval quotes --as-stored` scores them.
func (z *Analyzer) StoredQuotes(ctx context.Context, a *core.Article) ([]quotes.Quote, error) {
	if a == nil {
		return nil, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !z.opts.AnyLanguage && a.Language != "" && a.Language != "en" {
		return nil, nil
	}
	if len(a.Text) > z.opts.MaxBytes {
		return nil, fmt.Errorf("analyze %s: text of %d bytes: %w", a.Source, len(a.Text), core.ErrTooLarge)
	}
	ms, ents, err := z.mentions(a.Text)
	if err != nil {
		return nil, fmt.Errorf("analyze %s: %w", a.Source, err)
	}
	return z.quotesOf(a.Text, ms, ents), nil
}

// quotesOf returns the quotes of text as stored: quotes.Find's units with
// the article's mentions, non-speech attributions of no named entity
// left out, tidied for readers (tidyQuotes).
func (z *Analyzer) quotesOf(text string, ms []quotes.Mention, ents []core.Entity) []quotes.Quote {
	qo := z.opts.Quotes
	qo.Resolver = quotes.ResolverFunc(func(string) []quotes.Mention { return ms })
	known := map[string]bool{}
	for _, e := range ents {
		if e.Type == core.Person || e.Type == core.Organisation || e.Type == core.Location {
			known[e.Name] = true
		}
	}
	var found []quotes.Quote
	for _, q := range quotes.Find(text, qo) {
		// A non-speech attribution (a belief, a perception, a noun cue) is
		// kept only when its source is a named entity of the article: with
		// a common-noun source ("nobody", "the storm") it is rarely what a
		// reader means by "who said what".
		owner, _, _ := strings.Cut(q.Speaker, "'s ") // "Ana Lind's office"
		if q.Kind == quotes.KindAttribution && !known[q.Speaker] && !known[owner] {
			continue
		}
		found = append(found, q)
	}
	return tidyQuotes(text, found, known, ms)
}

// Mentions returns the mention list the layer hands to quotes and events
// for a's text (canonical names, sorted, non-overlapping); eval commands
// use it to score quotes with the same resolver.
func (z *Analyzer) Mentions(a *core.Article) []quotes.Mention {
	ms, _, _ := z.mentions(a.Text)
	return ms
}

// mentions returns the article's mention list for quotes and events, and
// its entities.
func (z *Analyzer) mentions(text string) ([]quotes.Mention, []core.Entity, error) {
	if z.opts.Heuristic {
		ms := quotes.Heuristic{}.Mentions(text)
		return ms, entitiesOf(text, ms), nil
	}
	tagger, err := ner.Default()
	if err != nil {
		// No model: fall back rather than lose the whole layer.
		ms := quotes.Heuristic{}.Mentions(text)
		return ms, entitiesOf(text, ms), nil
	}
	res := entity.Resolve(text, tagger.Entities(text))
	return fromEntity(text, res), res.Entities, nil
}

// fromEntity turns resolved entity links into sorted, non-overlapping
// mentions carrying canonical names and lower-case role words.
func fromEntity(text string, res entity.Result) []quotes.Mention {
	roles := make([][]string, len(res.Entities))
	for i, e := range res.Entities {
		for _, at := range e.Attributes {
			at = strings.ToLower(at)
			roles[i] = append(roles[i], at)
			roles[i] = append(roles[i], strings.Fields(at)...)
		}
		if i < len(res.Country) && res.Country[i] != "" {
			if d := demonymOf(res.Country[i]); d != "" {
				roles[i] = append(roles[i], d)
			}
		}
	}
	ms := make([]quotes.Mention, 0, len(res.Links))
	for _, l := range res.Links {
		if l.Entity < 0 || l.Entity >= len(res.Entities) || l.Start < 0 || l.End > len(text) || l.Start >= l.End {
			continue
		}
		e := res.Entities[l.Entity]
		m := quotes.Mention{Name: e.Name, Type: e.Type, Start: l.Start, End: l.End, Roles: roles[l.Entity]}
		if l.Entity < len(res.Gender) {
			m.Gender = res.Gender[l.Entity]
		}
		ms = append(ms, m)
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	out := ms[:0]
	end := -1
	for _, m := range ms {
		if m.Start < end {
			continue // overlapping links: keep the first
		}
		out = append(out, m)
		end = m.End
	}
	return out
}

// entitiesOf groups heuristic mentions into entities.
func entitiesOf(text string, ms []quotes.Mention) []core.Entity {
	idx := map[string]int{}
	var out []core.Entity
	for _, m := range ms {
		k, ok := idx[m.Name]
		if !ok {
			k = len(out)
			idx[m.Name] = k
			out = append(out, core.Entity{Name: m.Name, Type: m.Type})
		}
		out[k].Mentions++
		if s := text[m.Start:m.End]; s != m.Name && !contains(out[k].Aliases, s) {
			out[k].Aliases = append(out[k].Aliases, s)
		}
	}
	return out
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// demonymOf returns the lower-case adjective of a few countries, so that
// "the Russian president" matches a person tied to Russia.
func demonymOf(country string) string {
	switch country {
	case "Russia":
		return "russian"
	case "Ukraine":
		return "ukrainian"
	case "China":
		return "chinese"
	case "United States":
		return "american"
	case "India":
		return "indian"
	case "France":
		return "french"
	case "Germany":
		return "german"
	case "United Kingdom":
		return "british"
	case "Kazakhstan":
		return "kazakh"
	}
	return ""
}
