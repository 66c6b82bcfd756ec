package timeline

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

// Options bound how much of a storyline a timeline reads. The zero value
// works.
type Options struct {
	// MaxStories keeps the most recent stories of a long storyline
	// (0: 60); Timeline.Omitted counts the earlier ones left out.
	MaxStories int
	// MaxArticles is how many articles of each story are read, earliest
	// first (0: 20): what they say is what the later stories are judged
	// against, and their new sentences are the story's.
	MaxArticles int
	// MaxNew is how many new sentences each step shows (0: 5);
	// Step.NewTotal counts them all among the articles read.
	MaxNew int
	// MinWords leaves out new sentences shorter than this (0: 6): a
	// heading or a credit line carries no development.
	MinWords int
}

func (o Options) withDefaults() Options {
	if o.MaxStories <= 0 {
		o.MaxStories = 60
	}
	if o.MaxArticles <= 0 {
		o.MaxArticles = 20
	}
	if o.MaxNew <= 0 {
		o.MaxNew = 5
	}
	if o.MinWords <= 0 {
		o.MinWords = 6
	}
	return o
}

// Timeline is one storyline told story by story.
type Timeline struct {
	ID          int64
	Articles    int
	First, Last string // publication days of its earliest and latest dated stories
	Steps       []Step // in time order; undated stories last
	// Omitted counts earlier stories left out by Options.MaxStories.
	Omitted int
	// Recurring are the claims voiced in two or more of its stories, most
	// stories first.
	Recurring []Recurring
}

// Step is one story of the storyline.
type Step struct {
	Story store.StoryInfo
	// New are the first new sentences of its articles (earliest article
	// first) as stored: each judged against the storyline's articles
	// published before it (not the ones that reached the store before
	// it: Renew); NewTotal how many its read articles hold in all.
	New      []NewSentence
	NewTotal int
	// Claims are the claims its articles voice, with whether the story
	// voiced them first within the storyline.
	Claims []StepClaim
}

// NewSentence is a sentence an article added to its storyline.
type NewSentence struct {
	ArticleID int64
	Source    string
	Text      string
	Reason    string
}

// StepClaim is one claim as a story voiced it.
type StepClaim struct {
	Key, Holder, Text string
	// First: no earlier story of the storyline voiced it; else FirstStory
	// is the one that did.
	First      bool
	FirstStory int64
	FirstDay   string // the first day of FirstStory ("" undated)
	// Questioned: every occurrence in the story puts it in question.
	Questioned bool
}

// Recurring is a claim voiced across stories of the storyline.
type Recurring struct {
	Key, Holder, Text string
	Stories           []int64 // in time order
	First, Latest     string  // publication days of its first and latest occurrence ("" undated)
}

// Build reads storyline id from st and tells it; an error wrapping
// core.ErrNotFound when no story belongs to it.
func Build(ctx context.Context, st store.Store, id int64, o Options) (*Timeline, error) {
	o = o.withDefaults()
	stories, err := st.Stories(ctx, store.StoryFilter{Storyline: id, Limit: 100000})
	if err != nil {
		return nil, fmt.Errorf("storyline %d: %w", id, err)
	}
	if len(stories) == 0 {
		return nil, fmt.Errorf("storyline %d: %w", id, core.ErrNotFound)
	}
	sort.SliceStable(stories, func(i, j int) bool { return store.StoryBefore(stories[i], stories[j]) })
	t := &Timeline{ID: id}
	for _, s := range stories {
		t.Articles += s.Articles
		if s.First != "" && (t.First == "" || s.First < t.First) {
			t.First = s.First
		}
		if s.Last > t.Last {
			t.Last = s.Last
		}
	}
	if len(stories) > o.MaxStories {
		t.Omitted = len(stories) - o.MaxStories
		stories = stories[t.Omitted:]
	}
	storyOf := map[int64]int64{} // article -> story, for the stories kept
	details := make([]*store.StoryDetail, len(stories))
	for i, s := range stories {
		d, err := st.Story(ctx, s.ID)
		if err != nil {
			return nil, fmt.Errorf("storyline %d: %w", id, err)
		}
		details[i] = d
		for _, a := range d.Articles {
			storyOf[a.ID] = s.ID
		}
	}
	rank := map[int64]int{}    // story -> its place in time order
	days := map[int64]string{} // story -> its first day
	for i, s := range stories {
		rank[s.ID], days[s.ID] = i, s.First
	}
	recurring := map[string]*Recurring{}
	for i, s := range stories {
		step := Step{Story: s}
		if err := addNew(ctx, st, &step, details[i], o); err != nil {
			return nil, fmt.Errorf("storyline %d: %w", id, err)
		}
		for _, c := range details[i].Claims {
			sc, ok := stepClaim(c, s.ID, storyOf, rank, days)
			if !ok {
				continue
			}
			step.Claims = append(step.Claims, sc)
			r := recurring[c.Key]
			if r == nil {
				r = &Recurring{Key: c.Key, Holder: c.Holder, Text: c.Text}
				first, latest := span(c, storyOf)
				r.First, r.Latest = first, latest
				recurring[c.Key] = r
			}
			r.Stories = append(r.Stories, s.ID)
		}
		t.Steps = append(t.Steps, step)
	}
	for _, r := range recurring {
		if len(r.Stories) >= 2 {
			t.Recurring = append(t.Recurring, *r)
		}
	}
	sort.Slice(t.Recurring, func(i, j int) bool {
		a, b := t.Recurring[i], t.Recurring[j]
		if len(a.Stories) != len(b.Stories) {
			return len(a.Stories) > len(b.Stories)
		}
		return a.Key < b.Key
	})
	return t, nil
}

// addNew reads the story's first articles (originals, earliest first) and
// keeps their new sentences as stored: each judged against what the
// storyline's articles published before it said (ingest judges in arrival
// order and Renew again in publication order where the two differ). The
// same text counts once; an article's title, whole or in pieces, is not
// news of its own.
func addNew(ctx context.Context, st store.Store, step *Step, d *store.StoryDetail, o Options) error {
	seen := map[string]bool{}
	read := 0
	for _, sum := range d.Articles {
		if read >= o.MaxArticles {
			break
		}
		if sum.DuplicateOf != 0 {
			continue // a copy adds nothing its original did not
		}
		read++
		a, err := st.Article(ctx, sum.ID)
		if err != nil {
			return err
		}
		sents := a.Sentences // as judged at ingest, in publication order (Renew)
		title := fold(a.Title)
		for _, s := range sents {
			text := strings.TrimSpace(s.Text)
			if !s.New || len(strings.Fields(text)) < o.MinWords {
				continue
			}
			k := fold(text)
			if seen[k] || strings.Contains(title, strings.TrimRight(k, ".;:!? ")) {
				continue // said already, or a piece of the title
			}
			seen[k] = true
			step.NewTotal++
			if len(step.New) < o.MaxNew {
				step.New = append(step.New, NewSentence{ArticleID: a.ID, Source: source(a), Text: text, Reason: s.Reason})
			}
		}
	}
	return nil
}

// fold is text lower-cased with its spaces collapsed.
func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// source names where an article came from, briefly: its outlet, else its
// URL's host, else its file's name.
func source(a *core.Article) string {
	switch {
	case a.Outlet != "":
		return a.Outlet
	case strings.Contains(a.Source, "://"):
		if u, err := url.Parse(a.Source); err == nil && u.Host != "" {
			return u.Host
		}
	case a.Source != "" && a.Source != "-":
		return filepath.Base(a.Source)
	}
	return a.Source
}

// stepClaim tells a claim as story sid voiced it: whether an earlier story
// of the storyline voiced it before. ok is false when none of the claim's
// occurrences lies in the story (the store lists a story's claims by key).
func stepClaim(c store.ClaimGroup, sid int64, storyOf map[int64]int64, rank map[int64]int, days map[int64]string) (StepClaim, bool) {
	sc := StepClaim{Key: c.Key, Holder: c.Holder, Text: c.Text, First: true, Questioned: true}
	in := false
	for _, oc := range c.Occurrences {
		s, ok := storyOf[oc.ArticleID]
		if !ok {
			continue
		}
		if s == sid {
			in = true
			if !oc.Questioned {
				sc.Questioned = false
			}
			continue
		}
		if rank[s] < rank[sid] && (sc.First || rank[s] < rank[sc.FirstStory]) {
			sc.First, sc.FirstStory = false, s
		}
	}
	if !sc.First {
		sc.FirstDay = days[sc.FirstStory]
	}
	return sc, in
}

// span gives the days of the first and latest dated occurrence of a claim
// within the storyline.
func span(c store.ClaimGroup, storyOf map[int64]int64) (first, latest string) {
	for _, oc := range c.Occurrences {
		if _, ok := storyOf[oc.ArticleID]; !ok || oc.Published == "" {
			continue
		}
		day := oc.Published[:min(len(oc.Published), 10)] // YYYY-MM-DD of a timestamp
		if first == "" || day < first {
			first = day
		}
		if day > latest {
			latest = day
		}
	}
	return first, latest
}
