package claims

import (
	"context"
	"fmt"
	"strings"
)

// Joining statements across articles. A statement claim is keyed by its
// longest content stems (statement.go), so one statement quoted at another
// length ("We are going to eliminate … responsibilities," and the same with
// ", which will increase efficiency …") or reported in other words gets
// another key. Join compares each statement of a new article with the
// statements its holder made in articles linked before (a Memory, which a
// store keeps), and gives it the key of the one it restates: most of the
// content stems of the shorter of the two are the other's.

// A Said is one statement claim an article carried: its holder, the key
// its own words gave it (Own: Claim.Key from Extract), the key it was
// stored under (Key: after Join) and its gist (Claim.Gist).
type Said struct {
	Holder, Own, Key string
	Gist             []string
}

// A Memory keeps the statement claims of the articles linked so far, so
// that a later article's statement of a holder in other words joins the
// group of an earlier one (Join). MemMemory keeps one in memory; a store
// keeps one beside its claims.
type Memory interface {
	// Said returns up to limit statement claims of holder that articles
	// linked before article carry, the most recent first. Articles are
	// ordered by arrival; an article the memory does not know is later
	// than all it knows.
	Said(ctx context.Context, holder, article string, limit int) ([]Said, error)
	// Keep records the statement claims of article, replacing those it
	// kept for it before.
	Keep(ctx context.Context, article string, said []Said) error
}

// recallLimit is how many of a holder's most recent statements a new
// statement is compared with: it bounds the cost of a statement for a
// holder quoted thousands of times; a restatement seldom comes back after
// that many others.
const recallLimit = 256

// minShared is how many content stems two statements must share to be one.
const minShared = 3

// Join gives each statement claim of cs (an article's, from Extract) the
// key of the group of the earlier statement of its holder in m that it
// restates (keeping its own in Own), and records the article's statements
// in m with their keys (none: m forgets what it kept for the article). A
// statement whose own key an earlier one had goes where that one went. A
// statement re-keyed to a key another claim of cs holds is dropped, so
// that an article keeps one claim per key. cs is changed in place and
// returned; a nil m joins nothing. Joins are deterministic: they depend
// only on the articles m knows before this one, in their order.
func Join(ctx context.Context, m Memory, article string, cs []Claim) ([]Claim, error) {
	if m == nil {
		return cs, nil
	}
	recalled := map[string]*recall{} // holder -> earlier statements
	var kept []Said
	for i := range cs {
		c := &cs[i]
		if !c.Statement || len(c.Gist) == 0 {
			continue
		}
		earlier, ok := recalled[c.Holder]
		if !ok {
			said, err := m.Said(ctx, c.Holder, article, recallLimit)
			if err != nil {
				return cs, fmt.Errorf("claims: join %s: %w", article, err)
			}
			earlier = newRecall(said)
			recalled[c.Holder] = earlier
		}
		if k := earlier.restated(c.Key, c.Gist); k != "" && k != c.Key {
			c.Own, c.Key = c.Key, k
		}
		kept = append(kept, Said{Holder: c.Holder, Own: c.OwnKey(), Key: c.Key, Gist: c.Gist})
	}
	if err := m.Keep(ctx, article, kept); err != nil {
		return cs, fmt.Errorf("claims: join %s: %w", article, err)
	}
	seen := map[string]bool{}
	out := cs[:0]
	for _, c := range cs {
		if seen[c.Key] {
			continue
		}
		seen[c.Key] = true
		out = append(out, c)
	}
	return out, nil
}

// OwnKey is the key the claim's own words give it: Own when Join re-keyed
// it, else Key.
func (c Claim) OwnKey() string {
	if c.Own != "" {
		return c.Own
	}
	return c.Key
}

// A recall is a holder's earlier statements (most recent first), their
// gists read as synonym classes (classes), and for each class the
// statements that say it.
type recall struct {
	said  []Said
	gists [][]string
	neg   [][]bool // for each class of gists, whether a negation stands before it (polarity.go)
	by    map[string][]int
}

func newRecall(said []Said) *recall {
	r := &recall{said: said, gists: make([][]string, len(said)), neg: make([][]bool, len(said)), by: map[string][]int{}}
	for i, s := range said {
		r.gists[i], r.neg[i] = readGist(s.Gist)
		for _, st := range r.gists[i] {
			r.by[st] = append(r.by[st], i)
		}
	}
	return r
}

// restated returns the key of the group of the earlier statement that
// gist (own key key) restates, or "" for none: the group of the most
// recent earlier statement that had key as its own or was stored under
// it, else of the one sharing the most stems (then the most recent) of
// those that restate it (restates), each stem read as its synonym class
// ("readiness" and "willing" as "ready"), and neither says the opposite of
// the other (contradicts: "ready" / "refuse"), and neither negates a stem
// both say that the other does not ("not qualified" / "qualified"; a
// litotes of readiness, "never refused", reads as readiness: polarity.go). Only the statements sharing
// minShared classes with gist are compared in full.
func (r *recall) restated(key string, gist []string) string {
	for _, s := range r.said {
		if s.Own == key || s.Key == key {
			return s.Key
		}
	}
	gist, neg := readGist(gist)
	counts := make([]int, len(r.said))
	for _, st := range gist {
		for _, i := range r.by[st] {
			counts[i]++
		}
	}
	best, bestN := "", 0
	for i, n := range counts {
		if n < minShared || n <= bestN || polarityClash(gist, neg, r.gists[i], r.neg[i]) || contradicts(gist, r.gists[i]) {
			continue
		}
		if n := restates(gist, r.gists[i]); n > bestN {
			best, bestN = r.said[i].Key, n
		}
	}
	return best
}

// restates returns how many stems two gists share when one restates the
// other, else 0. One restates the other when they share minShared stems
// or more, which make three quarters of the shorter gist, minShared of
// them in the order both say them (a quote cut shorter or longer keeps
// its words in order; "bring our political revolution" is not "his
// political revolution will bring together ..."), and the shorter is a
// quarter of the longer or more (three common words are no restatement
// of a speech); three stems in common only join statements of five
// stems or fewer.
func restates(a, b []string) int {
	short, long := len(a), len(b)
	if short > long {
		short, long = long, short
	}
	if short < minShared || 4*short < long {
		return 0
	}
	n := shared(a, b)
	if n < minShared || 4*n < 3*short || inOrder(a, b) < minShared {
		return 0
	}
	if n == minShared && 5*n < 3*long {
		return 0 // three words a speaker says often ("radical Islamic terrorism", "Hillary Clinton's problems") in a longer statement
	}
	return n
}

// shared counts the stems of a that b holds too (both distinct).
func shared(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}

// inOrder is the length of the longest run of stems a and b both hold in
// the same order (not necessarily adjacent).
func inOrder(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// GistText is a gist as a store keeps it: its stems joined by spaces.
func GistText(gist []string) string { return strings.Join(gist, " ") }

// ParseGist reads GistText back.
func ParseGist(s string) []string { return strings.Fields(s) }

// MemMemory is a Memory in memory. The zero value is empty and ready. It
// is NOT safe for concurrent use.
type MemMemory struct {
	order  map[string]int       // article -> arrival, from 1
	byHold map[string][]memSaid // holder -> statements, in arrival order
}

type memSaid struct {
	at int
	Said
}

// Said implements Memory.
func (m *MemMemory) Said(_ context.Context, holder, article string, limit int) ([]Said, error) {
	before, ok := m.order[article]
	if !ok {
		before = len(m.order) + 1
	}
	var out []Said
	ss := m.byHold[holder]
	for i := len(ss) - 1; i >= 0 && len(out) < limit; i-- {
		if ss[i].at < before {
			out = append(out, ss[i].Said)
		}
	}
	return out, nil
}

// Keep implements Memory.
func (m *MemMemory) Keep(_ context.Context, article string, said []Said) error {
	if m.order == nil {
		m.order, m.byHold = map[string]int{}, map[string][]memSaid{}
	}
	at, ok := m.order[article]
	if ok {
		for h, ss := range m.byHold {
			kept := ss[:0]
			for _, s := range ss {
				if s.at != at {
					kept = append(kept, s)
				}
			}
			m.byHold[h] = kept
		}
	} else {
		at = len(m.order) + 1
		m.order[article] = at
	}
	for _, s := range said {
		ss := m.byHold[s.Holder]
		// keep arrival order when an article is kept again
		k := len(ss)
		for k > 0 && ss[k-1].at > at {
			k--
		}
		ss = append(ss, memSaid{})
		copy(ss[k+1:], ss[k:])
		ss[k] = memSaid{at: at, Said: s}
		m.byHold[s.Holder] = ss
	}
	return nil
}
