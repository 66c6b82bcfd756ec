package claims

import (
	"sort"
	"time"
)

// An Occurrence is one appearance of a claim.
type Occurrence struct {
	Article  string
	Time     time.Time // zero when the article's date is unknown
	Seq      int       // arrival order, from 1
	Sentence string
}

// A Group is one recurring claim across articles.
type Group struct {
	Key, Holder, Text string
	// First and Latest are the earliest and latest occurrences by time,
	// by arrival where times are unknown.
	First, Latest Occurrence
	Occurrences   []Occurrence // in arrival order
}

// A Book groups claims across articles, in memory. A store persists the
// same rows (key, article, time, sentence). A Book is NOT safe for
// concurrent use.
type Book struct {
	groups map[string]*Group
	seq    int
}

// Add records the claims of one article.
func (b *Book) Add(article string, t time.Time, cs []Claim) {
	if b.groups == nil {
		b.groups = map[string]*Group{}
	}
	b.seq++
	for _, c := range cs {
		g := b.groups[c.Key]
		o := Occurrence{Article: article, Time: t, Seq: b.seq, Sentence: c.Sentence}
		if g == nil {
			g = &Group{Key: c.Key, Holder: c.Holder, Text: c.Text, First: o, Latest: o}
			b.groups[c.Key] = g
		} else {
			if earlier(o, g.First) {
				g.First = o
			}
			if earlier(g.Latest, o) {
				g.Latest = o
			}
		}
		g.Occurrences = append(g.Occurrences, o)
	}
}

// earlier orders occurrences by time when both are known, else by arrival.
func earlier(a, b Occurrence) bool {
	if !a.Time.IsZero() && !b.Time.IsZero() && !a.Time.Equal(b.Time) {
		return a.Time.Before(b.Time)
	}
	return a.Seq < b.Seq
}

// Groups returns the groups of holder ("" for all), most occurrences first,
// then by key.
func (b *Book) Groups(holder string) []*Group {
	var out []*Group
	for _, g := range b.groups {
		if holder == "" || g.Holder == holder {
			out = append(out, g)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].Occurrences) != len(out[j].Occurrences) {
			return len(out[i].Occurrences) > len(out[j].Occurrences)
		}
		return out[i].Key < out[j].Key
	})
	return out
}
