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
// stand together inside the other's. Scare-quote fragments stay alone. A
// group takes the place of its first quote. It costs one pass over each
// speaker's groups per quote, so callers give it a page of quotes, not a
// store.
func GroupQuotes(list []StoredQuote) []QuoteGroup {
	var groups []QuoteGroup
	var norms []string // norms[i] is the normalised longest text of groups[i]
	type wording struct {
		n    int
		text string // the first quote's text of this wording
	}
	var counts []map[string]wording // counts[i] counts groups[i]'s normalised wordings
	for _, q := range list {
		n := normaliseWords(q.Text)
		sp := strings.ToLower(q.Speaker)
		joined := false
		if !q.Fragment && strings.Count(n, " ")+1 >= minGroupWords {
			for i := range groups {
				g := &groups[i]
				if strings.ToLower(g.Speaker) != sp || g.Occurrences[0].Fragment || !containsWords(norms[i], n) && !containsWords(n, norms[i]) {
					continue
				}
				g.Occurrences = append(g.Occurrences, q)
				g.Direct = g.Direct || q.Direct
				w := counts[i][n]
				w.n++
				if w.n == 1 {
					w.text = q.Text
				}
				counts[i][n] = w
				if w.n > counts[i][normaliseWords(g.Text)].n {
					g.Text = w.text
				}
				if len(n) > len(norms[i]) {
					norms[i] = n
				}
				joined = true
				break
			}
		}
		if !joined {
			groups = append(groups, QuoteGroup{Speaker: q.Speaker, Text: q.Text, Direct: q.Direct, Occurrences: []StoredQuote{q}})
			norms = append(norms, n)
			counts = append(counts, map[string]wording{n: {1, q.Text}})
		}
	}
	return groups
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
