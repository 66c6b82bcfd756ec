package eval

// The second held novelty sample (held2): storylines of another kind than
// ECB+'s one-event stories, from the PolNeAR train and dev articles (2016
// US politics by seven outlets, dated by their file names; never the test
// folder, and never an article whose metadata.tsv compartment is test).
//
// The running subjects are fixed by a simple rule written before any
// sentence was judged, which does not depend on the detector or on the
// story clusterer: an article's title words are its Snowball content stems;
// a title word is distinctive when at most noveltyHeld2MaxDF titles of the
// corpus use it (so "Trump", "Clinton", "campaign" are not); two articles
// published at most noveltyHeld2Days days apart whose titles share at least
// two distinctive words are one subject, and subjects are the connected
// groups of that relation. An article whose title is that of an earlier
// article of its subject is a re-post (a duplicate, not a development) and
// is left out. A subject of two or more articles is a story of
// the sample, its articles in date order (then by id), the first
// noveltyMaxDocs of them; one story in noveltyHeld2StoryKeep is kept by a
// salted hash of its first article's id, and one sentence in
// noveltyHeld2SentKeep of every later article by a salted hash of its key.
// The verdicts are in the same file as the first sample's
// (testdata/novelty_real_judged.tsv); PolNeAR keys never clash with ECB+
// or seed keys.

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/story/clusterscore"
	"github.com/storyline/storyline/internal/story/terms"
)

// Rule and salts of the held2 sample.
const (
	noveltyHeld2StorySalt = "novelty-held2-story-10:"
	noveltyHeld2SentSalt  = "novelty-held2-sent-10:"
	// noveltyHeld2MaxDF is the most titles a distinctive title word is in.
	noveltyHeld2MaxDF = 8
	// noveltyHeld2Days is the most days between two articles of a subject
	// that the rule links directly.
	noveltyHeld2Days = 7
	// noveltyHeld2StoryKeep keeps one in this many subjects.
	noveltyHeld2StoryKeep = 1
	// noveltyHeld2SentKeep keeps one in this many sentences of later
	// articles.
	noveltyHeld2SentKeep = 5
)

// noveltyHeld2Stories groups the PolNeAR train and dev articles under
// shared into subjects by the rule above.
func noveltyHeld2Stories(shared string) ([]NoveltyStory, error) {
	dir := filepath.Join(shared, "bench", "quotes", "polnear", "data")
	comp, err := polnearCompartments(filepath.Join(dir, "metadata.tsv"))
	if err != nil {
		return nil, fmt.Errorf("novelty held2: %w", err)
	}
	all, err := polnearDocs(dir)
	if err != nil {
		return nil, fmt.Errorf("novelty held2: %w", err)
	}
	docs := all[:0]
	for _, d := range all {
		if c := comp[d.ID]; c == "train" || c == "dev" { // never test
			docs = append(docs, d)
		}
	}
	groups := subjectGroups(docs)
	var out []NoveltyStory
	for _, g := range groups {
		if seededHashOf(noveltyHeld2StorySalt, docs[g[0]].ID)%noveltyHeld2StoryKeep != 0 {
			continue
		}
		st := NoveltyStory{Name: "polnear/" + docs[g[0]].ID}
		titles := map[string]bool{}
		for _, i := range g {
			if len(st.Docs) == noveltyMaxDocs || titles[docs[i].Title] {
				continue
			}
			titles[docs[i].Title] = true
			st.Docs = append(st.Docs, NoveltyDoc{ID: docs[i].ID, Title: docs[i].Title, Text: docs[i].Text})
		}
		if len(st.Docs) >= 2 {
			out = append(out, st)
		}
	}
	return out, nil
}

// subjectGroups returns the groups of docs (sorted by date) that the
// held2 rule links, each as indices in date order, groups ordered by
// their first article.
func subjectGroups(docs []clusterscore.BenchDoc) [][]int {
	var stem terms.Stemmer
	words := make([][]string, len(docs))
	df := map[string]int{}
	for i, d := range docs {
		seen := map[string]bool{}
		for _, w := range stem.Content(d.Title) {
			if !seen[w] {
				seen[w] = true
				words[i] = append(words[i], w)
				df[w]++
			}
		}
	}
	parent := make([]int, len(docs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	maxGap := float64(noveltyHeld2Days * 24)
	for j := range docs {
		for i := j - 1; i >= 0 && docs[j].Date.Sub(docs[i].Date).Hours() <= maxGap; i-- {
			if sharedDistinct(words[i], words[j], df) >= 2 {
				parent[find(j)] = find(i)
			}
		}
	}
	by := map[int][]int{}
	for i := range docs {
		r := find(i)
		by[r] = append(by[r], i)
	}
	out := make([][]int, 0, len(by))
	for _, g := range by {
		out = append(out, g) // indices ascend: date order
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return out
}

// sharedDistinct counts the words of a also in b that are in at most
// noveltyHeld2MaxDF titles.
func sharedDistinct(a, b []string, df map[string]int) int {
	n := 0
	for _, w := range a {
		if df[w] > noveltyHeld2MaxDF {
			continue
		}
		for _, x := range b {
			if x == w {
				n++
				break
			}
		}
	}
	return n
}

// isHeld2Story reports whether a sample story name is a held2 one.
func isHeld2Story(name string) bool { return strings.HasPrefix(name, "polnear/") }
