package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
)

// Indexes that keep Resolve linear in the names an article gives. Each
// step below looked at every entity (or read the whole text) once per
// mention, which costs the square of an article naming a new person,
// company or acronym in every sentence (seventeenth session: 960 such
// sentence groups, 190 KB, took 1.8 s). Past indexFrom entities each asks
// an index instead; the answers are the same (TestIndexesResolveAlike).
//
//   - companyOf (kinds.go): companies by the case-folded first one and two
//     words of their full names.
//   - acronymOf: organisations by the initials of their names.
//   - resolveDescription (roles.go): entities in order of their latest
//     mention, newest first, so the search stops at the first that fits.
//   - headlineTail (spans.go): the text's words and where each starts
//     (wordCounter).

// indexFrom is how many entities make Resolve's steps use their indexes
// (the people index of people.go too); a variable so that tests can index
// every article.
var indexFrom = 32

// An orgIndex indexes the builder's organisations, b.res.Entities[:n],
// whose names do not change while Resolve runs (only persons are renamed).
type orgIndex struct {
	n       int
	prefix  [3]map[string][]int // number of words -> folded first words of a company's full name -> entities
	initial map[string]int      // initials of an organisation's capitalised words -> the latest such entity
}

// orgs returns the organisation index brought up to date, or nil while the
// article has too few entities for one.
func (b *builder) orgs() *orgIndex {
	x := &b.orgIdx
	if x.n == 0 && len(b.res.Entities) < indexFrom {
		return nil
	}
	if x.initial == nil {
		x.initial = map[string]int{}
		for n := 1; n < len(x.prefix); n++ {
			x.prefix[n] = map[string][]int{}
		}
	}
	for ; x.n < len(b.res.Entities); x.n++ {
		ent := &b.res.Entities[x.n]
		if ent.Type != core.Organisation {
			continue
		}
		if ini := initials(ent.Name); len(ini) >= 2 {
			x.initial[ini] = x.n
		}
		ws := corpWords(ent.Name)
		for n := 1; n < len(x.prefix) && n <= len(ws); n++ {
			k := foldKey(strings.Join(ws[:n], " "))
			x.prefix[n][k] = append(x.prefix[n][k], x.n)
		}
	}
	return x
}

// initials are the first letters of the capitalised words of name.
func initials(name string) string {
	var ini strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			ini.WriteRune(r)
		}
	}
	return ini.String()
}

// foldKey maps each rune of s to the least rune of its case-folding
// orbit, so that strings.EqualFold(a, b) implies foldKey(a) == foldKey(b).
func foldKey(s string) string {
	var out strings.Builder
	out.Grow(len(s))
	for _, r := range s {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		out.WriteRune(least)
	}
	return out.String()
}

// A recency list orders the entities that have been mentioned by their
// latest mention, newest first (ties: the lower index first), so that
// resolveDescription meets them in the order it prefers them. It is kept
// from the first description of an article with indexFrom entities on.
type recency struct {
	on         bool
	head       int
	next, prev []int
	attrs      map[string]bool // every entity's attributes, normaliseRole(strings.ToLower(a))
}

// recencyList returns the recency list, started when the article first
// has indexFrom entities, or nil before.
func (b *builder) recencyList() *recency {
	r := &b.byRecency
	if r.on {
		return r
	}
	if len(b.res.Entities) < indexFrom {
		return nil
	}
	r.on, r.head, r.attrs = true, -1, map[string]bool{}
	seen := make([]int, 0, len(b.res.Entities))
	for e := range b.res.Entities {
		r.next, r.prev = append(r.next, -1), append(r.prev, -1)
		for _, a := range b.res.Entities[e].Attributes {
			r.attrs[normaliseRole(strings.ToLower(a))] = true
		}
		if b.lastSeen[e] >= 0 {
			seen = append(seen, e)
		}
	}
	slices.SortStableFunc(seen, func(x, y int) int { return b.lastSeen[y] - b.lastSeen[x] })
	for i := len(seen) - 1; i >= 0; i-- {
		r.pushFront(seen[i])
	}
	return r
}

// anyAttrHolds reports whether some entity's attribute holds role.
func (r *recency) anyAttrHolds(role string) bool {
	for a := range r.attrs {
		if strings.Contains(a, role) {
			return true
		}
	}
	return false
}

func (r *recency) pushFront(e int) {
	r.prev[e], r.next[e] = -1, r.head
	if r.head >= 0 {
		r.prev[r.head] = e
	}
	r.head = e
}

// moved puts entity e, just mentioned at start, in its place (b.lastSeen
// already says start); the first call for a new entity adds it.
func (b *builder) moved(e int) {
	r := &b.byRecency
	for len(r.next) <= e {
		r.next, r.prev = append(r.next, -1), append(r.prev, -1)
	}
	if r.head == e || r.prev[e] >= 0 { // in the list: take it out
		if r.prev[e] >= 0 {
			r.next[r.prev[e]] = r.next[e]
		} else {
			r.head = r.next[e]
		}
		if r.next[e] >= 0 {
			r.prev[r.next[e]] = r.prev[e]
		}
		r.prev[e], r.next[e] = -1, -1
	}
	start := b.lastSeen[e]
	before := func(p int) bool { return b.lastSeen[p] > start || b.lastSeen[p] == start && p < e }
	if r.head < 0 || !before(r.head) {
		r.pushFront(e)
		return
	}
	p := r.head
	for r.next[p] >= 0 && before(r.next[p]) {
		p = r.next[p]
	}
	r.prev[e], r.next[e] = p, r.next[p]
	if r.next[p] >= 0 {
		r.prev[r.next[p]] = e
	}
	r.next[p] = e
}

// A wordCounter is wordCount over one text; past wordIndexFrom calls it
// indexes the text's words (maximal runs of letters and digits) by where
// they start, and counts a word by looking only there.
type wordCounter struct {
	text   string
	calls  int
	direct bool             // the text is not valid UTF-8, which reads differently backwards: no index
	at     map[string][]int // a word of the text -> its starts
}

// wordIndexFrom is how many counts make a wordCounter index its text; a
// variable so that tests can index every text.
var wordIndexFrom = 16

func (c *wordCounter) count(w string) int {
	c.calls++
	if c.calls <= wordIndexFrom || c.direct || w == "" {
		return wordCount(c.text, w)
	}
	first, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	if !isLetterDigit(first) || !isLetterDigit(last) || !utf8.ValidString(w) {
		return wordCount(c.text, w)
	}
	if c.at == nil {
		if !utf8.ValidString(c.text) {
			c.direct = true
			return wordCount(c.text, w)
		}
		c.at = map[string][]int{}
		start := -1
		for i, r := range c.text {
			switch ld := isLetterDigit(r); {
			case ld && start < 0:
				start = i
			case !ld && start >= 0:
				c.at[c.text[start:i]] = append(c.at[c.text[start:i]], start)
				start = -1
			}
		}
		if start >= 0 {
			c.at[c.text[start:]] = append(c.at[c.text[start:]], start)
		}
	}
	// A whole-word occurrence of w starts a word of the text, the run of
	// letters and digits w opens with.
	run := w
	if i := strings.IndexFunc(w, func(r rune) bool { return !isLetterDigit(r) }); i >= 0 {
		run = w[:i]
	}
	n := 0
	for _, i := range c.at[run] {
		j := i + len(w)
		if !strings.HasPrefix(c.text[i:], w) {
			continue
		}
		if a, _ := utf8.DecodeRuneInString(c.text[j:]); j == len(c.text) || !isLetterDigit(a) {
			n++
		}
	}
	return n
}
