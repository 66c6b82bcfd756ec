package store

import (
	"strings"
	"unicode"
)

// A QuoteGroup is one statement a speaker made, as every stored article
// that carries it gives it: outlets repeating one line ("We are ready for
// talks") over months are one group with each occurrence.
type QuoteGroup struct {
	Speaker string
	// Text is the wording most occurrences give (the earliest of equals);
	// Direct is true when any occurrence was in quotation marks.
	Text   string
	Direct bool
	// Occurrences are the quotes of the group in the order they were given.
	Occurrences []StoredQuote
}

// Articles returns the IDs of the articles that give the statement, each
// once, in the order of its occurrences.
func (g QuoteGroup) Articles() []int64 {
	var ids []int64
	seen := map[int64]bool{}
	for _, o := range g.Occurrences {
		if !seen[o.ArticleID] {
			seen[o.ArticleID] = true
			ids = append(ids, o.ArticleID)
		}
	}
	return ids
}

// minGroupWords is the fewest words a shorter wording must have to join a
// longer one that contains it: "the talks" alone groups nothing.
const minGroupWords = 5

// GroupQuotes folds quotes (in the order given, as Quotes lists them) into
// statements: two quotes are one statement when they have the same speaker
// (compared without case) and the same words (without case, punctuation
// and quotation marks), or when the words of one, at least five of them,
// stand together inside the other's. A scare-quote fragment or a quote of
// fewer than five words joins the statement of its own article that holds
// it (same speaker, its span inside); otherwise it stays alone. A
// group takes the place of its first quote. Candidates are found through
// five-word shingles, so the cost per quote grows with its words, not with
// the number of groups.
func GroupQuotes(list []StoredQuote) []QuoteGroup {
	g := grouper{within: map[string][]int{}, opening: map[string][]int{}}
	for _, q := range list {
		g.add(q)
	}
	return g.groups
}

// wording counts one normalised wording of a group.
type wording struct {
	n    int
	text string // the first quote's text of this wording
}

// grouper is GroupQuotes' state. Index keys are the lower-case speaker, a
// NUL and a shingle (five normalised words).
type grouper struct {
	// spans[article] are the quotes already grouped from that article:
	// a short quote or scare-quote fragment inside one of them, from the
	// same speaker, is part of that statement, not one of its own.
	spans   map[int64][]quoteSpan
	groups  []QuoteGroup
	norms   []string             // norms[i]: the longest normalised wording of groups[i]
	counts  []map[string]wording // counts[i]: groups[i]'s wordings
	within  map[string][]int     // a shingle -> the groups whose longest wording holds it
	opening map[string][]int     // a shingle -> the groups whose longest wording opens with it
}

func (g *grouper) add(q StoredQuote) {
	n := normaliseWords(q.Text)
	sp := strings.ToLower(q.Speaker) + "\x00"
	words := strings.Fields(n)
	if q.Fragment || len(words) < minGroupWords {
		if i, ok := g.inside(q); ok {
			g.groups[i].Occurrences = append(g.groups[i].Occurrences, q)
			return
		}
		g.start(q, n, "", nil)
		g.note(q, len(g.groups)-1)
		return
	}
	best := -1
	consider := func(i int) {
		if (best < 0 || i < best) && (containsWords(g.norms[i], n) || containsWords(n, g.norms[i])) {
			best = i
		}
	}
	for _, i := range g.within[sp+shingle(words, 0)] {
		consider(i) // the quote inside a longer wording
	}
	for k := 0; k+minGroupWords <= len(words); k++ {
		for _, i := range g.opening[sp+shingle(words, k)] {
			consider(i) // a shorter wording inside the quote
		}
	}
	if best < 0 {
		g.start(q, n, sp, words)
		g.note(q, len(g.groups)-1)
		return
	}
	g.note(q, best)
	grp := &g.groups[best]
	grp.Occurrences = append(grp.Occurrences, q)
	grp.Direct = grp.Direct || q.Direct
	w := g.counts[best][n]
	w.n++
	if w.n == 1 {
		w.text = q.Text
	}
	g.counts[best][n] = w
	if w.n > g.counts[best][normaliseWords(grp.Text)].n {
		grp.Text = w.text
	}
	if len(n) > len(g.norms[best]) {
		g.norms[best] = n
		g.index(best, sp, words)
	}
}

// quoteSpan is where a grouped quote lies in its article.
type quoteSpan struct {
	start, end int
	speaker    string
	group      int
}

// note records that q, now in group i, lies where it lies in its article.
func (g *grouper) note(q StoredQuote, i int) {
	if g.spans == nil {
		g.spans = map[int64][]quoteSpan{}
	}
	g.spans[q.ArticleID] = append(g.spans[q.ArticleID], quoteSpan{q.Start, q.End, strings.ToLower(q.Speaker), i})
}

// inside returns the group of a quote of q's article and speaker whose
// span holds q's ("everyone" inside "\"everyone\" is now following his
// lead"), if any.
func (g *grouper) inside(q StoredQuote) (int, bool) {
	sp := strings.ToLower(q.Speaker)
	for _, s := range g.spans[q.ArticleID] {
		if s.speaker == sp && s.start <= q.Start && q.End <= s.end && s.end-s.start > q.End-q.Start {
			return s.group, true
		}
	}
	return 0, false
}

// start opens a group for q; sp and words, when given, index it.
func (g *grouper) start(q StoredQuote, n, sp string, words []string) {
	g.groups = append(g.groups, QuoteGroup{Speaker: q.Speaker, Text: q.Text, Direct: q.Direct, Occurrences: []StoredQuote{q}})
	g.norms = append(g.norms, n)
	g.counts = append(g.counts, map[string]wording{n: {1, q.Text}})
	if words != nil {
		g.index(len(g.groups)-1, sp, words)
	}
}

// index files group i under the shingles of its longest wording words.
func (g *grouper) index(i int, sp string, words []string) {
	g.opening[sp+shingle(words, 0)] = append(g.opening[sp+shingle(words, 0)], i)
	for k := 0; k+minGroupWords <= len(words); k++ {
		key := sp + shingle(words, k)
		if l := g.within[key]; len(l) == 0 || l[len(l)-1] != i {
			g.within[key] = append(l, i)
		}
	}
}

// shingle is the minGroupWords words from words[k] joined by spaces.
func shingle(words []string, k int) string {
	return strings.Join(words[k:k+minGroupWords], " ")
}

// containsWords reports whether the words of short stand together in long
// (both normalised), word edges respected, and short has at least
// minGroupWords words.
func containsWords(long, short string) bool {
	if short == "" || strings.Count(short, " ")+1 < minGroupWords {
		return false
	}
	return strings.Contains(" "+long+" ", " "+short+" ")
}

// normaliseWords returns s in lower case with every run of characters
// that are not letters or digits made one space, trimmed ("“Ready,” he
// said" -> "ready he said"); apostrophes inside words are dropped so that
// "don’t" and "don't" agree.
func normaliseWords(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\'' || r == '’':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}
