package story

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/story/clusterscore"
	"github.com/storyline/storyline/internal/story/terms"
)

// TestDiagVenues streams ECB+ train+dev (file order and shuffles 1..5;
// undated with $STORY_UNDATED, story options in $STORY_OPTS) and counts
// every shared lead venue sharedVenue weighs between two stories: whether
// it counted (at most VenueStories active stories lead with it) and whether
// the two stories' majority gold events were one, two of one topic, or of
// two topics, by venue and by the number of other stories leading with it.
// A story is labelled by the majority event of the articles that resolve
// to it before the article whose step weighed the venue (an open fragment
// by its root's).
func TestDiagVenues(t *testing.T) {
	docs := diagTraindev(t)
	so := diagOptions(t)
	if os.Getenv("STORY_UNDATED") != "" {
		for i := range docs {
			docs[i].Date = time.Time{}
		}
	}
	names := map[Key]string{}
	for _, d := range docs {
		for _, p := range terms.LeadPlacesIn(d.Title + "\n" + leadWordsASCII(d.Text, 60)) {
			names[KeyOf('p', p)] = p
		}
	}
	limit := so.withDefaults().VenueStories
	topic := func(g string) string { return strings.SplitN(g, "_", 2)[0] }
	counted, refused := map[string]*tally{}, map[string]*tally{}
	byOthers := map[int]*tally{}
	add := func(m map[string]*tally, k, ga, gb string) {
		if m[k] == nil {
			m[k] = &tally{}
		}
		m[k].count(ga, gb, topic)
	}
	streams := [][]clusterscore.BenchDoc{docs}
	for seed := uint64(1); seed <= 5; seed++ {
		s := append([]clusterscore.BenchDoc(nil), docs...)
		rng := rand.New(rand.NewPCG(seed, 0))
		rng.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		streams = append(streams, s)
	}
	ctx := context.Background()
	for _, s := range streams {
		c := New(NewMemState(MemOptions{}), so)
		var ids []StoryID
		var label map[StoryID]string
		seen := map[string]bool{} // one count per pair of stories and venue
		c.venueTrace = func(a, b *Story, p Key, others int) {
			ra, _ := c.Resolve(ctx, a.ID)
			rb, _ := c.Resolve(ctx, b.ID)
			ga, gb := label[ra], label[rb]
			k := fmt.Sprintf("%d %d %d", min(ra, rb), max(ra, rb), p)
			if ga == "" || gb == "" || ra == rb || seen[k] {
				return
			}
			seen[k] = true
			name := names[p]
			if others <= limit-2 || limit <= 0 {
				add(counted, name, ga, gb)
			} else {
				add(refused, name, ga, gb)
			}
			if byOthers[min(others, 10)] == nil {
				byOthers[min(others, 10)] = &tally{}
			}
			byOthers[min(others, 10)].count(ga, gb, topic)
		}
		relabel := func() {
			comp := map[StoryID]map[string]int{}
			for j, id := range ids {
				r, err := c.Resolve(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				if comp[r] == nil {
					comp[r] = map[string]int{}
				}
				comp[r][s[j].Gold]++
			}
			label = map[StoryID]string{}
			for r, m := range comp {
				best, n := "", 0
				for g, k := range m {
					if k > n || (k == n && g < best) {
						best, n = g, k
					}
				}
				label[r] = best
			}
		}
		for _, d := range s {
			relabel()
			a, err := c.Add(ctx, Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, a.Story)
		}
		relabel()
		if err := c.Flush(ctx); err != nil {
			t.Fatal(err)
		}
	}
	show := func(what string, m map[string]*tally) {
		var keys []string
		var tot tally
		for k, x := range m {
			keys = append(keys, k)
			tot.same += x.same
			tot.sameTopic += x.sameTopic
			tot.otherTopic += x.otherTopic
		}
		sort.Strings(keys)
		t.Logf("%s: one event %d, two events of one topic %d, two topics %d", what, tot.same, tot.sameTopic, tot.otherTopic)
		for _, k := range keys {
			if x := m[k]; x.sameTopic+x.otherTopic > 0 {
				t.Logf("  %-20s one %d, two of a topic %d, two topics %d", k, x.same, x.sameTopic, x.otherTopic)
			}
		}
	}
	show(fmt.Sprintf("venues counted (VenueStories %d)", limit), counted)
	show("venues refused", refused)
	var ks []int
	for k := range byOthers {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	for _, k := range ks {
		x := byOthers[k]
		t.Logf("other stories leading with the venue %2d: one event %d, two of a topic %d, two topics %d", k, x.same, x.sameTopic, x.otherTopic)
	}
}

// diagTraindev skips unless $STORY_DIAG is set, and returns ECB+ train+dev
// in file order (skipping when the set is absent).
func diagTraindev(t *testing.T) []clusterscore.BenchDoc {
	t.Helper()
	if os.Getenv("STORY_DIAG") == "" {
		t.Skip("diagnostic: set STORY_DIAG=1")
	}
	dir := filepath.Join(sharedDir(t), "bench", "clustering", "ecbplus")
	docs, _, err := clusterscore.LoadBench(dir, "traindev")
	if err != nil {
		t.Skip(err)
	}
	return docs
}

// tally counts pairs of stories by whether their gold events are one, two
// of one topic, or of two topics.
type tally struct{ same, sameTopic, otherTopic int }

func (x *tally) count(ga, gb string, topic func(string) string) {
	switch {
	case ga == gb:
		x.same++
	case topic(ga) == topic(gb):
		x.sameTopic++
	default:
		x.otherTopic++
	}
}
