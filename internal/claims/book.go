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
	// Statement is set for a statement claim's group (a speaker's quote
	// keyed by its gist, Claim.Statement): one article's quote, a
	// recurring claim once Articles counts two or more.
	Statement bool
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
			g = &Group{Key: c.Key, Holder: c.Holder, Text: c.Text, Statement: c.Statement, First: o, Latest: o}
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

// Articles is how many articles the group's occurrences stand in.
func (g *Group) Articles() int {
	seen := map[string]bool{}
	for _, o := range g.Occurrences {
		seen[o.Article] = true
	}
	return len(seen)
}

// Recurring reports whether a reader should see the group in a listing
// of recurring claims: a stance claim always, a statement claim when
// two or more articles carry it.
func (g *Group) Recurring() bool { return !g.Statement || g.Articles() >= 2 }

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
