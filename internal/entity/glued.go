package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/ner"
)

// Comment and share widgets scraped with a page leave their buttons' words
// glued to the names around them ("Ana KeshFlagShareLikeReplyTomas
// Velden", "OldestTomas Velden"), and a tagger takes the whole run for one
// person. splitGlued cuts a mention at such a run of widget words written
// inside a word (standing alone, "Like" and "Share" are left to the
// tagger): the part after the run is a mention of its own, and the part
// before it too when it holds two or more capitalised words without full
// stops (a single word or "N.H." is the end of the caption before). The
// word list is written by hand for this project.

// widgetWords are the labels of comment, share and sort buttons.
var widgetWords = []string{"Flag", "Share", "Like", "Reply", "Tweet", "Email", "Comments", "Comment",
	"Follow", "Print", "Report", "Retweet", "Favorite", "Oldest", "Newest", "Upvote", "Downvote"}

// gluedRun finds a run of widget words in s glued to a letter on at least
// one side (an upper-case one after it, or any before it); it returns the
// run's bounds or ok false.
func gluedRun(s string) (start, end int, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			continue
		}
		j := i
		for {
			k := widgetAt(s, j)
			if k == 0 {
				break
			}
			j += k
		}
		if j == i {
			continue
		}
		before, after := i > 0 && isLetterAt(s, i-1, true), j < len(s) && s[j] >= 'A' && s[j] <= 'Z'
		if (before || after) && !(j < len(s) && s[j] >= 'a' && s[j] <= 'z') {
			return i, j, true
		}
		i = j - 1
	}
	return 0, 0, false
}

// widgetAt returns the length of the widget word at s[i:], or 0.
func widgetAt(s string, i int) int {
	for _, w := range widgetWords {
		if strings.HasPrefix(s[i:], w) {
			return len(w)
		}
	}
	return 0
}

// isLetterAt reports whether the rune ending at s[:i+1] is a letter (or a
// full stop when dot is set: "N.H.Flag").
func isLetterAt(s string, i int, dot bool) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i+1])
	return unicode.IsLetter(r) || dot && r == '.'
}

// splitGlued returns the mentions m holds once cut at a glued widget run
// (see above); m alone when it holds none.
func splitGlued(m ner.Mention) []ner.Mention {
	i, j, ok := gluedRun(m.Text)
	if !ok {
		return []ner.Mention{m}
	}
	var out []ner.Mention
	if left := strings.TrimSpace(m.Text[:i]); twoCapitalisedWords(left) {
		out = append(out, ner.Mention{Text: left, Type: m.Type, Start: m.Start, End: m.Start + len(left)})
	}
	rest := m.Text[j:]
	lead := len(rest) - len(strings.TrimLeft(rest, " "))
	if r := strings.TrimSpace(rest); r != "" {
		for _, n := range splitGlued(ner.Mention{Text: r, Type: m.Type, Start: m.Start + j + lead, End: m.Start + j + lead + len(r)}) {
			if n.Text != "" {
				out = append(out, n)
			}
		}
	}
	return out
}

// twoCapitalisedWords reports whether s is two or more words, each
// capitalised and without a full stop.
func twoCapitalisedWords(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if !capitalised(w) || strings.Contains(w, ".") {
			return false
		}
	}
	return true
}
