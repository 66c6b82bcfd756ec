package story

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"time"

	"github.com/storyline/storyline/internal/story/terms"
)

// A Clusterer assigns articles to stories and storylines one at a time. It
// is NOT safe for concurrent use.
type Clusterer struct {
	opts Options
	st   State
	stem terms.Stemmer
	seq  int64
	buf  buffers
	// pending are new one-article stories that just missed a story, to
	// check again a little later (absorb.go).
	pending []pendingAbsorb
	// dirty are the stories changed since the last consolidation
	// (consolidate.go).
	dirty []StoryID
	lex   lexicon
	// scratchLoaded and saved track the short-term memory kept in a
	// ScratchState (scratch.go).
	scratchLoaded bool
	saved         []byte
	// venueTrace, when set (diagnostics), sees every shared venue
	// sharedVenue weighs, with the number of other active stories
	// leading with it.
	venueTrace func(a, b *Story, venue Key, others int)
	// namedBack holds the far days each story's articles named
	// (namedback.go).
	namedBack map[StoryID][]dayRange
}

// New returns a Clusterer over st (NewMemState when nil).
func New(st State, opts Options) *Clusterer {
	if st == nil {
		st = NewMemState(MemOptions{})
	}
	return &Clusterer{opts: opts.withDefaults(), st: st}
}

var minDate = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// datelineSlack is how far a publication time may lie from the day its
// text's dateline names (an update a day or two on, time zones) before the
// two are taken to contradict each other.
const datelineSlack = 3 * 24 * time.Hour

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// Add assigns d to a story (an existing one or a new one) and a storyline.
func (c *Clusterer) Add(ctx context.Context, d Doc) (Assignment, error) {
	if err := ctx.Err(); err != nil {
		return Assignment{}, fmt.Errorf("story: add %q: %w", d.ID, err)
	}
	if err := c.loadScratch(ctx); err != nil {
		return Assignment{Doc: d.ID}, err
	}
	a, err := c.add(ctx, d)
	if err != nil {
		return a, err
	}
	if err := c.saveScratch(ctx); err != nil {
		return a, fmt.Errorf("story: add %q: %w", d.ID, err)
	}
	return a, nil
}

// add is Add without the scratch state.
func (c *Clusterer) add(ctx context.Context, d Doc) (Assignment, error) {
	c.seq++
	if err := c.absorbPending(ctx); err != nil {
		return Assignment{Doc: d.ID}, fmt.Errorf("story: add %q: %w", d.ID, err)
	}
	if e := int64(c.opts.ConsolidateEvery); e > 0 && c.seq%e == 0 {
		if err := c.consolidate(ctx); err != nil {
			return Assignment{Doc: d.ID}, fmt.Errorf("story: add %q: %w", d.ID, err)
		}
	}
	a := Assignment{Doc: d.ID}
	var notes []string
	if !d.Published.IsZero() {
		if d.Published.Before(minDate) {
			notes = append(notes, "date "+d.Published.Format("2006-01-02")+" before 1980 ignored")
			d.Published = time.Time{}
		} else if !c.opts.Now.IsZero() && d.Published.After(c.opts.Now.Add(48*time.Hour)) {
			notes = append(notes, "future date "+d.Published.Format("2006-01-02")+" ignored")
			d.Published = time.Time{}
		} else if day, updated, ok := datelineDay(d.Text); ok && absDuration(d.Published.Sub(day)) > datelineSlack && !(updated && day.After(d.Published)) {
			// The page's own dateline says another day: the time
			// given (a url's archive or re-post date: "/2012/05/31/"
			// on a page "Published: July 29, 2004") is not the
			// article's, and neither is sure enough to gate by. (A
			// later "Updated:" line contradicts nothing.)
			notes = append(notes, "date "+d.Published.Format("2006-01-02")+" ignored: the dateline says "+day.Format("2006-01-02"))
			d.Published = time.Time{}
		}
	}
	raw := c.extract(d)
	df, n, err := c.st.Observe(ctx, raw.keys)
	if err != nil {
		return a, fmt.Errorf("story: add %q: %w", d.ID, err)
	}
	// The stream position is the State's document count, so a Clusterer
	// over a persisted State (a store reopened) continues where the last
	// one stopped instead of starting again at 1.
	c.seq = int64(n)
	v := c.weigh(raw, df, n)
	if len(v) == 0 {
		notes = append(notes, "no usable text: a story of its own")
		s, err := c.newStory(ctx, d, v, raw)
		if err != nil {
			return a, err
		}
		return c.finish(ctx, a, s, nil, notes, true)
	}
	q := v // what the article is scored by
	if c.opts.UnseenWeight < 1 {
		if q = c.seen(raw, df, n); len(q) == 0 {
			q = v
		}
	}
	ql := newLinkVecs(q)
	cands, err := c.candidates(ctx, seenFeatures(q, raw.keys, df))
	if err != nil {
		return a, fmt.Errorf("story: add %q: %w", d.ID, err)
	}
	var near []scored
	var best *Story
	bestScore := 0.0
	skippedTime := 0
	// named holds the days the article names, read once when asked.
	var named *[]dayRange
	var dcl []Feature // the article's claims, for Options.ClaimClashJoin
	if c.opts.ClaimClash > 0 && c.opts.ClaimClashJoin > 0 {
		dcl = claimFeatures(d.Claims)
	}
	var dev []Feature // the article's events, for Options.EventClashJoin
	if c.opts.EventClash > 0 && c.opts.EventClashJoin > 0 {
		dev = eventFeatures(d.Events)
	}
	for _, s := range cands {
		var sc, link float64
		if c.opts.CentroidTest {
			sc = c.score(q, s)
		} else {
			link = c.avgLink(ql, s)
			sc = c.linkJoinScore(link, s)
		}
		if c.opts.PlacePenalty > 0 && len(raw.places) > 0 && len(s.Places) > 0 && !sharesKey(raw.places, s.Places) {
			sc *= 1 - c.opts.PlacePenalty // "summit in Astana" vs "summit in Tianjin"
		}
		if c.opts.PlaceClash > 0 {
			clash, err := c.placeClash(ctx, &raw, s)
			if err != nil {
				return a, fmt.Errorf("story: add %q: %w", d.ID, err)
			}
			if clash {
				sc *= 1 - c.opts.PlaceClash // places.go
			} else if d.Published.IsZero() != s.First.IsZero() {
				un, err := c.articleVenueUnnamed(ctx, &raw, s)
				if err != nil {
					return a, fmt.Errorf("story: add %q: %w", d.ID, err)
				}
				if un {
					sc *= 1 - unnamedVenue*c.opts.PlaceClash // places.go
				}
			}
		}
		if d.Published.IsZero() != s.First.IsZero() {
			// One side dated, the other not: time cannot confirm the
			// match, so content must carry more of it.
			sc *= c.undatedFactor(d.Published.IsZero(), s)
		}
		if gap, known := c.timeGap(d.Published, s); known {
			switch {
			case gap <= c.opts.MaxGap:
				sc *= 1 - 0.5*float64(gap)/float64(c.opts.MaxGap)
			case c.opts.GapOverride > 0 && gap <= c.opts.GapOverrideMax && s.Size >= 2 && 0.5*sc >= c.opts.GapOverride*c.bar(s):
				// Past MaxGap, only an article that fits a story of
				// two or more articles twice as well as its bar asks
				// joins: a follow-up page of the event, dated weeks
				// later (not a report of the cast a year on). It
				// scores as for a merge past MaxGap (timeFit).
				sc *= 0.5 / c.opts.GapOverride
			case c.namedDayJoin(&named, d, s):
				// The article names a day of the story's own span:
				// a follow-up that tells of the event (namedday.go).
				sc *= c.opts.NamedDay
			case c.namedBackJoin(d, s):
				// A follow-up in the story named this article's day
				// (namedback.go).
				sc *= c.opts.NamedDay
			default:
				if sc >= c.opts.Threshold {
					skippedTime++
				}
				continue
			}
		}
		if c.opts.NumberClashJoin > 0 && c.numbersClash(kindRange(v, 'n'), kindRange(s.Centroid, 'n')) {
			// The article's figures are none of the story's: another
			// event of the cast, unless the rest fits well.
			sc *= 1 - c.opts.NumberClashJoin
		}
		if dcl != nil && c.claimsClash(dcl, s.Claims) {
			// The article's claims are none of the story's.
			sc *= 1 - c.opts.ClaimClashJoin
		}
		if dev != nil && (!c.opts.EventClashUndated || (d.Published.IsZero() && s.First.IsZero())) && c.eventsClash(dev, s.Events, v, s.Centroid) {
			// The same cast doing something else.
			sc *= 1 - c.opts.EventClashJoin
		}
		near = append(near, scored{s, sc})
		if sc < c.bar(s) || (!c.opts.CentroidTest && link < c.opts.LinkFloor) || (!c.opts.CentroidTest && !c.cohesionFitsJoin(s, ql, link, d.Published.IsZero())) {
			continue
		}
		if sc > bestScore || (sc == bestScore && best != nil && s.ID < best.ID) {
			best, bestScore = s, sc
		}
	}
	if skippedTime > 0 {
		noun := "stories"
		if skippedTime == 1 {
			noun = "story"
		}
		notes = append(notes, fmt.Sprintf("%d similar %s too far apart in time", skippedTime, noun))
	}
	if best == nil {
		s, err := c.newStory(ctx, d, v, raw)
		if err != nil {
			return a, err
		}
		c.noteNamedBack(named, d, s)
		a.Score = bestScore
		cl := closest(near)
		if cl.s != nil {
			notes = append(notes, fmt.Sprintf("new story: closest story %d scores %.2f < %.2f", cl.s.ID, cl.score, c.bar(cl.s)))
			if cl.score >= c.opts.AbsorbNear {
				c.notePending(s.ID, cl.s.ID)
			}
		} else {
			notes = append(notes, "new story: no candidate story")
		}
		return c.finish(ctx, a, s, nil, notes, true)
	}
	notes = append(notes, fmt.Sprintf("joined story %d (similarity %.2f)", best.ID, bestScore))
	frag, err := c.fragment(ctx, d, v, q, raw, best, &notes)
	if err != nil {
		return a, err
	}
	c.join(best, d, v, raw)
	c.noteNamedBack(named, d, best)
	best.SimSum += bestScore
	best.SimN++
	a.Score = bestScore
	if frag != nil {
		return c.finishFragment(ctx, a, best, frag, notes)
	}
	// Merge stories that this article shows to be one.
	sort.Slice(near, func(i, j int) bool { return near[i].s.ID < near[j].s.ID })
	if err := c.rehome(ctx, best, near, &notes); err != nil {
		return a, err
	}
	var merged []*Story
	for _, o := range near {
		if o.s == best {
			continue
		}
		ok, err := c.mergeable(ctx, best, o.s)
		if err != nil {
			return a, fmt.Errorf("story: add %q: %w", d.ID, err)
		}
		if ok {
			merged = append(merged, o.s)
		}
	}
	return c.finish(ctx, a, best, merged, notes, false)
}

// mergeable reports whether stories a and b are one: by average link, or
// by centroid cosine under Options.CentroidTest.
func (c *Clusterer) mergeable(ctx context.Context, a, b *Story) (bool, error) {
	if c.opts.CentroidTest {
		return cosine(a.Centroid, b.Centroid) >= c.opts.MergeThreshold, nil
	}
	return c.shouldMerge(ctx, a, b)
}

// score is the similarity of an article's vector v with story s: a mix of
// the cosine with its centroid and with its nearest member (NearestMix).
func (c *Clusterer) score(v []Feature, s *Story) float64 {
	sc := c.similarity(v, s.Centroid)
	if c.opts.Coherence > 0 && s.Size > 1 {
		sc *= math.Pow(min(1, norm(s.Centroid)/float64(s.Size)), c.opts.Coherence)
	}
	if c.opts.NovelPenalty > 0 {
		sc *= 1 - c.opts.NovelPenalty*novelEntityShare(v, s.Centroid, c.opts.NovelTop)
	}
	if c.opts.NearestMix <= 0 || len(s.Members) == 0 {
		return sc
	}
	best := 0.0
	for _, m := range s.Members {
		best = max(best, cosine(v, m))
	}
	return (1-c.opts.NearestMix)*sc + c.opts.NearestMix*best
}

// novelEntityShare is the share of the weight of v's top heaviest entity
// features that story centroid cen lacks: an article whose main names the
// story never mentions is probably about another event.
func novelEntityShare(v, cen []Feature, top int) float64 {
	ents := only(v, 'e')
	if len(ents) == 0 {
		return 0
	}
	sortByWeight(ents)
	if len(ents) > top {
		ents = ents[:top]
	}
	var all, novel float64
	for _, f := range ents {
		all += f.W
		if _, ok := slices.BinarySearchFunc(cen, f.Key, func(x Feature, k Key) int { return cmpKey(x.Key, k) }); !ok {
			novel += f.W
		}
	}
	return novel / all
}

// similarity mixes the cosine of whole vectors with the cosine of their
// entity features alone (EntityMix), so that two events sharing a subject
// but not a cast stay apart.
func (c *Clusterer) similarity(a, b []Feature) float64 {
	all := cosine(a, b)
	if c.opts.EntityMix <= 0 {
		return all
	}
	return (1-c.opts.EntityMix)*all + c.opts.EntityMix*cosine(kindRange(a, 'e'), kindRange(b, 'e'))
}

// only returns the features of namespace ns ("e" for "e:...").
func only(v []Feature, ns byte) []Feature {
	var out []Feature
	for _, f := range v {
		if f.Key.Kind() == ns {
			out = append(out, f)
		}
	}
	return out
}

// kindRange is the run of features of kind ns in the key-sorted v: the
// kind is a key's top byte, so they are contiguous (the same features as
// only(v, ns), without a copy).
func kindRange(v []Feature, ns byte) []Feature {
	i, _ := slices.BinarySearchFunc(v, Key(ns)<<56, findKey)
	j, _ := slices.BinarySearchFunc(v[i:], Key(ns+1)<<56, findKey)
	return v[i : i+j]
}

// bar is the similarity an article needs to join s.
func (c *Clusterer) bar(s *Story) float64 {
	if !c.opts.CentroidTest {
		return c.opts.LinkJoin
	}
	b := c.opts.Threshold
	if s.Size < 4 && c.opts.SmallBar > 0 {
		// Few articles: the centroid is one article's noise, not a story's
		// core; ask for more.
		b *= 1 + c.opts.SmallBar/float64(s.Size)
	}
	if s.SimN > 0 {
		b = max(b, c.opts.Adaptive*s.SimSum/float64(s.SimN))
	}
	return b
}

type scored struct {
	s     *Story
	score float64
}

func closest(near []scored) scored {
	var best scored
	for _, x := range near {
		if best.s == nil || x.score > best.score {
			best = x
		}
	}
	return best
}

// retrievable reports whether a feature indexes stories: terms, entities
// and years; bigrams and numbers are too rare to find candidates by.
func retrievable(k Key) bool {
	return k.Kind() != 'b' && k.Kind() != 'n'
}

// timeGap is the distance from t to s's time span (or the excess of their
// joint span over Options.MaxSpan, when more: spanGap); known is false
// when either is unknown.
func (c *Clusterer) timeGap(t time.Time, s *Story) (time.Duration, bool) {
	if t.IsZero() || s.First.IsZero() {
		return 0, false
	}
	var gap time.Duration
	switch {
	case t.Before(s.First):
		gap = s.First.Sub(t)
	case t.After(s.Last):
		gap = t.Sub(s.Last)
	}
	return c.spanGap(gap, earlier(t, s.First), later(t, s.Last)), true
}

func earlier(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// spanGap is the time distance of two sides with gap between their time
// spans and first..last their joint span: gap, or the excess of the joint
// span over Options.MaxSpan when that is more.
func (c *Clusterer) spanGap(gap time.Duration, first, last time.Time) time.Duration {
	if c.opts.MaxSpan > 0 {
		gap = max(gap, last.Sub(first)-c.opts.MaxSpan)
	}
	return gap
}

func (c *Clusterer) newStory(ctx context.Context, d Doc, v []Feature, raw rawFeatures) (*Story, error) {
	id, err := c.st.NewStoryID(ctx)
	if err != nil {
		return nil, fmt.Errorf("story: add %q: %w", d.ID, err)
	}
	s := &Story{ID: id, Line: LineID(id), Active: true}
	c.join(s, d, v, raw)
	return s, nil
}

// join adds the article's vector, time, actors and claims to s.
func (c *Clusterer) join(s *Story, d Doc, v []Feature, raw rawFeatures) {
	c.linkAdd(s, newLinkVecs(v))
	s.Size++
	s.Seq = c.seq
	if d.Published.IsZero() {
		s.Undated++
	}
	if t := d.Published; !t.IsZero() {
		if s.First.IsZero() || t.Before(s.First) {
			s.First = t
		}
		if t.After(s.Last) {
			s.Last = t
		}
	}
	s.Centroid = addInto(s.Centroid, v, 1, c.opts.CentroidTerms)
	if len(v) > 0 && (c.opts.NearestMix > 0 || c.opts.FragNear > 0) {
		c.addMember(s, v, 0)
	}
	s.Actors = addInto(s.Actors, raw.actors, 1, 64)
	s.Places = addInto(s.Places, raw.places, 1, 32)
	if s.Title == "" {
		s.Title = d.Title
	}
	s.Claims = addInto(s.Claims, claimFeatures(d.Claims), 1, 64)
	if len(d.Events) > 0 {
		s.Events = addInto(s.Events, eventFeatures(d.Events), 1, 64)
	}
}

// claimFeatures are an article's claim keys as features of weight one,
// sorted by key, each once.
func claimFeatures(claims []string) []Feature {
	cl := uniqueSorted(claims)
	clf := make([]Feature, len(cl))
	for i, k := range cl {
		clf[i] = Feature{KeyOf('c', k), 1}
	}
	sortByKey(clf)
	return slices.CompactFunc(clf, func(a, b Feature) bool { return a.Key == b.Key })
}

func uniqueSorted(xs []string) []string {
	out := append([]string(nil), xs...)
	sort.Strings(out)
	w := 0
	for i, x := range out {
		if x == "" || (i > 0 && x == out[i-1]) {
			continue
		}
		out[w] = x
		w++
	}
	return out[:w]
}

// finish merges, links the storyline, stores, ages out and fills a.
func (c *Clusterer) finish(ctx context.Context, a Assignment, s *Story, merged []*Story, notes []string, isNew bool) (Assignment, error) {
	joined, joinedFrag := s, false
	for _, o := range merged {
		if c.fragMerge(s, o) {
			root, g := s, o
			if o.Size > s.Size || (o.Size == s.Size && o.ID < s.ID) {
				root, g = o, s
			}
			if err := c.dropFragments(ctx, g); err != nil {
				return a, err
			}
			if err := c.attachFragment(ctx, root, g); err != nil {
				return a, err
			}
			joinedFrag = joinedFrag || g == joined
			a.Merged = append(a.Merged, g.ID)
			notes = append(notes, fmt.Sprintf("merged story %d into %d as a fragment", g.ID, root.ID))
			s = root
			continue
		}
		surv, gone := s, o
		if o.ID < s.ID { // the older story survives
			surv, gone = o, s
		}
		if err := c.mergeInto(ctx, surv, gone); err != nil {
			return a, err
		}
		a.Merged = append(a.Merged, gone.ID)
		notes = append(notes, fmt.Sprintf("merged story %d into %d", gone.ID, surv.ID))
		s = surv
	}
	if err := c.link(ctx, s, &notes); err != nil {
		return a, err
	}
	if err := c.st.Put(ctx, s, c.indexOf(s)); err != nil {
		return a, fmt.Errorf("story: store story %d: %w", s.ID, err)
	}
	if s.Size&(s.Size-1) == 0 && s.Size <= consolidateSize {
		c.noteDirty(s.ID) // new, or its size reached 2, 4 or 8
	}
	if c.seq%1024 == 0 {
		if err := c.age(ctx); err != nil {
			return a, err
		}
	}
	line, err := c.st.Lines().Find(ctx, s.Line)
	if err != nil {
		return a, fmt.Errorf("story: storyline of %d: %w", s.ID, err)
	}
	a.Story, a.Line, a.New = s.ID, line, isNew
	if joinedFrag && joined.MergedInto == s.ID {
		a.Story = joined.ID // it moves with its fragment
	}
	a.Reason = joinNotes(notes)
	return a, nil
}

// fragMerge reports whether merging stories a and b makes the smaller an
// open fragment of the larger (Options.FragMerge) rather than one story
// for good.
func (c *Clusterer) fragMerge(a, b *Story) bool {
	return c.opts.FragMerge > 0 && c.opts.FragNear > 0 && !c.opts.CentroidTest && min(a.Size, b.Size) <= c.opts.FragMerge
}

func joinNotes(n []string) string {
	out := ""
	for i, x := range n {
		if i > 0 {
			out += "; "
		}
		out += x
	}
	return out
}

// retire drops s's centroid and member vectors.
func (c *Clusterer) retire(s *Story) {
	s.Centroid = nil
	s.EntCentroid = nil
	s.Members = nil
	s.MemberOf = nil
	s.Actors = topK(s.Actors, 16)
	s.Places = topK(s.Places, 8)
	s.Claims = topK(s.Claims, 16)
	s.Events = topK(s.Events, 16)
	s.Active = false
	c.namedBackRetire(s)
}

// age retires idle stories and stories beyond MaxActive.
func (c *Clusterer) age(ctx context.Context) error {
	ids, err := c.st.Stale(ctx, c.seq-c.opts.IdleDocs, c.opts.MaxActive)
	if err != nil {
		return fmt.Errorf("story: age: %w", err)
	}
	for _, id := range ids {
		s, ok, err := c.st.Story(ctx, id)
		if err != nil {
			return fmt.Errorf("story: age: %w", err)
		}
		if !ok {
			continue
		}
		if err := c.dropFragments(ctx, s); err != nil {
			return fmt.Errorf("story: age: %w", err)
		}
		c.retire(s)
		if err := c.st.Put(ctx, s, nil); err != nil {
			return fmt.Errorf("story: age: %w", err)
		}
	}
	return nil
}

// Resolve follows merges from id to the story that now holds it.
func (c *Clusterer) Resolve(ctx context.Context, id StoryID) (StoryID, error) {
	for i := 0; i < 1000; i++ {
		s, ok, err := c.st.Story(ctx, id)
		if err != nil {
			return id, fmt.Errorf("story: resolve %d: %w", id, err)
		}
		if !ok || s.MergedInto == 0 {
			return id, nil
		}
		id = s.MergedInto
	}
	return id, nil
}

// Line returns the storyline story id belongs to now.
func (c *Clusterer) Line(ctx context.Context, id StoryID) (LineID, error) {
	id, err := c.Resolve(ctx, id)
	if err != nil {
		return 0, err
	}
	s, ok, err := c.st.Story(ctx, id)
	if err != nil || !ok {
		return LineID(id), err
	}
	return c.st.Lines().Find(ctx, s.Line)
}
