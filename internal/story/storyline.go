package story

import (
	"context"
	"fmt"
	"math"
	"sort"
	"time"
)

const (
	linkActors     = 12  // a story's actors used to find and compare stories
	linkCandidates = 16  // stories compared per link attempt
	actorPostings  = 256 // postings read per actor
	linkTopics     = 8   // a story's topic terms posted beside its actors
	// postedMargin raises the topic bar for a comparison by posted terms
	// (a retired story): a share of eight terms is coarser than a cosine.
	postedMargin = 0.04
	// linkTermsShared is how many of a story's topic terms another story
	// must be posted under for a link on shared actors alone (no claim,
	// no topic test): same cast and same subject words. In campaign news
	// every story names the same candidates and parties, and the actor
	// cosine alone joined one race's coverage to another affair's.
	linkTermsShared = 3
)

// link joins s's storyline with those of earlier stories that share its
// actors (and claims). It runs when a story is new and each time its size
// reaches a power of two, so its cost per article stays bounded. A link
// needs a shared claim, or the topic test (topicScore), or, on the actor
// cosine alone, linkTermsShared of s's topic terms posted for the other.
// From lineRecheckSize articles a link needs shared actors or a claim, not
// the topic test, and s leaves its storyline when stories of it are among
// those compared and none of them passes that test any longer.
func (c *Clusterer) link(ctx context.Context, s *Story, notes *[]string) error {
	if s.Size&(s.Size-1) != 0 || len(s.Actors) == 0 {
		return nil
	}
	lines := c.st.Lines()
	top := heaviest(s.Actors, linkActors)
	terms := c.topicTerms(s)
	if err := lines.AddActors(ctx, s.ID, append(top[:len(top):len(top)], terms...)); err != nil {
		return fmt.Errorf("story: storyline of %d: %w", s.ID, err)
	}
	termHits, err := termPostings(ctx, lines, s.ID, terms)
	if err != nil {
		return fmt.Errorf("story: storyline of %d: %w", s.ID, err)
	}
	idf := map[Key]float64{}
	count := map[StoryID]int{}
	for _, k := range top {
		ids, err := lines.ActorLookup(ctx, k, actorPostings)
		if err != nil {
			return fmt.Errorf("story: storyline of %d: %w", s.ID, err)
		}
		idf[k] = math.Log(1 + float64(actorPostings)/float64(len(ids)+1))
		for _, id := range ids {
			if id != s.ID {
				count[id]++
			}
		}
	}
	ids := make([]StoryID, 0, len(count))
	for id, n := range count {
		if n >= 2 { // at least two shared actors
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool {
		if count[ids[i]] != count[ids[j]] {
			return count[ids[i]] > count[ids[j]]
		}
		return ids[i] > ids[j]
	})
	if len(ids) > linkCandidates {
		ids = ids[:linkCandidates]
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	myLine, err := lines.Find(ctx, s.Line)
	if err != nil {
		return fmt.Errorf("story: storyline of %d: %w", s.ID, err)
	}
	recheck := s.Size >= lineRecheckSize
	var cands []*Story
	// On a re-check: whether a compared story of s's own storyline still
	// passes the link test (held) or one no longer does (stale).
	held, stale := false, false
	for _, id := range ids {
		o, ok, err := c.st.Story(ctx, id)
		if err != nil {
			return fmt.Errorf("story: storyline of %d: %w", s.ID, err)
		}
		if !ok || o.MergedInto != 0 {
			continue
		}
		if gap := spanGap(s, o); gap > c.opts.MaxLineGap {
			continue
		}
		cands = append(cands, o)
		if !recheck || held {
			continue
		}
		ol, err := lines.Find(ctx, o.Line)
		if err != nil {
			return fmt.Errorf("story: storyline of %d: %w", s.ID, err)
		}
		if ol != myLine {
			continue
		}
		if d := c.linkTest(s, o, idf, terms, termHits); d.ok && !d.byTopic {
			held = true
		} else {
			stale = true
		}
	}
	if stale && !held {
		// The story grew: the stories of its storyline it is still
		// compared with no longer pass the link test, so the link its
		// topic test made while it was small no longer holds. It leaves
		// for a storyline of its own, the line of its own id (taken out of
		// the storyline it was joined to; that storyline keeps its other
		// lines and, when it went by this id, takes its smallest other
		// line's), so its id is as small as a story's, the same for the
		// same stream, and no id another storyline holds.
		if err := lines.Detach(ctx, LineID(s.ID)); err != nil {
			return fmt.Errorf("story: storyline of %d: %w", s.ID, err)
		}
		s.Line = LineID(s.ID)
		myLine = s.Line
		*notes = append(*notes, fmt.Sprintf("storyline re-checked at %d articles: the link no longer holds with the stories of its storyline; left it", s.Size))
	}
	for _, o := range cands {
		ol, err := lines.Find(ctx, o.Line)
		if err != nil {
			return fmt.Errorf("story: storyline of %d: %w", s.ID, err)
		}
		if ol == myLine {
			continue
		}
		d := c.linkTest(s, o, idf, terms, termHits)
		if d.note != "" {
			*notes = append(*notes, d.note)
		}
		if !d.ok || (recheck && d.byTopic) {
			continue
		}
		myLine, err = lines.Union(ctx, myLine, ol)
		if err != nil {
			return fmt.Errorf("story: storyline of %d: %w", s.ID, err)
		}
		why := ""
		if d.shared {
			why = " and a claim"
		}
		if d.byTopic {
			why = fmt.Sprintf(" and subject, %.2f with the topic", d.topic)
		}
		*notes = append(*notes, fmt.Sprintf("storyline linked with story %d (shared actors%s, %.2f)", o.ID, why, d.score))
	}
	return nil
}

// lineRecheckSize is the size from which link re-tests a story's own
// storyline (at each power of two): a story that grew from one article
// keeps no link its topic test made while it was small unless a story of
// its storyline still passes the link test.
const lineRecheckSize = 8

// linkDecision is the link test's answer for one pair of stories.
type linkDecision struct {
	ok, shared, byTopic bool
	score, topic        float64
	note                string // why a pair sharing actors is not linked
}

// linkTest is the link test of s against o: shared actors over the bar
// (lower with a shared claim), or the topic test; then enough shared topic
// terms on actors alone, and no own-protagonist clash.
func (c *Clusterer) linkTest(s, o *Story, idf map[Key]float64, terms []Key, termHits map[StoryID]int) linkDecision {
	d := linkDecision{score: actorCosine(s, o, idf), shared: sharesKey(s.Claims, o.Claims)}
	th := c.opts.LineThreshold
	if d.shared {
		th = c.opts.LineClaimThreshold
	}
	if d.score < th {
		var ok bool
		if d.topic, ok = c.topicScore(s, o, d.score, termHits[o.ID], len(terms)); !ok || d.topic < c.opts.LineTopicThreshold {
			return d
		}
		d.byTopic = true
	}
	if !d.shared && !d.byTopic && len(terms) > 0 && termHits[o.ID] < min(linkTermsShared, len(terms)) {
		d.note = fmt.Sprintf("storyline not linked with story %d: shared actors (%.2f) but %d of %d topic terms", o.ID, d.score, termHits[o.ID], len(terms))
		return d
	}
	if !d.shared && c.opts.LineOwnClash > 0 {
		if x := ownClash(s, o); x >= c.opts.LineOwnClash {
			d.note = fmt.Sprintf("storyline not linked with story %d: shared actors (%.2f) but each names its own protagonist in %.0f%% of its articles", o.ID, d.score, 100*x)
			return d
		}
	}
	d.ok = true
	return d
}

// topicScore is the mean of two stories' actor cosine and their topic
// similarity: the cosine of their centroids when both are active, else
// (a retired story keeps no centroid) the share of s's topic terms under
// which o is posted (hits of n), less postedMargin. ok is false when the topic test is off
// or s has no topic terms.
func (c *Clusterer) topicScore(s, o *Story, actors float64, hits, n int) (score float64, ok bool) {
	if c.opts.LineTopicThreshold < 0 || len(s.Centroid) == 0 {
		return 0, false
	}
	if len(o.Centroid) > 0 && !c.opts.LineTopicPosted {
		return (actors + cosine(s.Centroid, o.Centroid)) / 2, true
	}
	if n == 0 {
		return 0, false
	}
	return (actors+float64(hits)/float64(n))/2 - postedMargin, true
}

// topicTerms are the heaviest stem and bigram features of s's centroid
// (title terms count more there): what the story is about. None when the
// topic test is off.
func (c *Clusterer) topicTerms(s *Story) []Key {
	if c.opts.LineTopicThreshold < 0 {
		return nil
	}
	var v []Feature
	for _, f := range s.Centroid {
		if k := f.Key.Kind(); k == 't' || k == 'b' {
			v = append(v, f)
		}
	}
	return heaviest(v, linkTopics)
}

// termPostings counts, for every story posted under any of terms but id,
// under how many.
func termPostings(ctx context.Context, lines Lines, id StoryID, terms []Key) (map[StoryID]int, error) {
	if len(terms) == 0 {
		return nil, nil
	}
	hits := map[StoryID]int{}
	for _, k := range terms {
		ids, err := lines.ActorLookup(ctx, k, actorPostings)
		if err != nil {
			return nil, err
		}
		for _, x := range ids {
			if x != id {
				hits[x]++
			}
		}
	}
	return hits, nil
}

// actorCosine compares the actor profiles (share of articles naming each
// actor, times the actor's rarity) of two stories over s's top actors and
// o's.
func actorCosine(s, o *Story, idf map[Key]float64) float64 {
	prof := func(x *Story) []Feature {
		v := make([]Feature, 0, len(x.Actors))
		for _, f := range x.Actors {
			w, ok := idf[f.Key]
			if !ok {
				w = math.Log(1 + float64(actorPostings)) // unseen in s: rare
			}
			v = append(v, Feature{f.Key, f.W / float64(max(x.Size, 1)) * w})
		}
		return topK(v, linkActors*2)
	}
	return cosine(prof(s), prof(o))
}

func sharesKey(a, b []Feature) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].Key == b[j].Key:
			return true
		case a[i].Key < b[j].Key:
			i++
		default:
			j++
		}
	}
	return false
}

// spanGap is the time between two stories' spans; 0 when unknown or
// overlapping.
func spanGap(a, b *Story) (gap time.Duration) {
	if a.First.IsZero() || b.First.IsZero() {
		return 0
	}
	if a.Last.Before(b.First) {
		return b.First.Sub(a.Last)
	}
	if b.Last.Before(a.First) {
		return a.First.Sub(b.Last)
	}
	return 0
}
