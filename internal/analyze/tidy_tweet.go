package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/quotes"
)

// tweetAuthor names the author of an embedded post that holds q: pages
// render a tweet as its text followed, in the same paragraph, by "— Name
// (@handle) Date" ("Don't worry, South Dakota, no one's going to take your
// slogan. https://t.co/... — Robert Maguire (@RobertMaguire_) November 18,
// 2019"), or the signature opens the paragraph after the post's. The
// signature must follow q's end within a tweet's length, with no line
// break between but the one ending the post's paragraph; the name is the canonical
// name of a mention there, else the signature's words when they read as a
// name (one to five capitalised words). "" when q is in no such post.
func tweetAuthor(text string, q quotes.Quote, ms []quotes.Mention) string {
	if q.End <= 0 || q.End > len(text) {
		return ""
	}
	rest := text[q.End:min(len(text), q.End+tweetSpan)]
	dash := -1
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		// The post's paragraph ends: the signature may open the next one.
		next := strings.TrimLeft(rest[i:], "\n \t")
		if strings.HasPrefix(next, "— ") {
			dash = len(rest) - len(next)
		}
		rest = rest[:i]
	}
	if dash < 0 {
		dash = strings.Index(rest, "— ")
	} else {
		rest = text[q.End:min(len(text), q.End+tweetSpan)]
	}
	if dash < 0 {
		return ""
	}
	sig := rest[dash+len("— "):]
	open := strings.Index(sig, " (@")
	if open <= 0 || !strings.Contains(sig[open:], ")") {
		return ""
	}
	name := strings.TrimSpace(sig[:open])
	start := q.End + dash + len("— ")
	for _, m := range ms {
		if m.Start >= start && m.End <= start+len(name) {
			return m.Name
		}
	}
	f := strings.Fields(name)
	if len(f) == 0 || len(f) > 5 {
		return ""
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
	}
	return name
}

// tweetSpan bounds how far after a quote its post's signature may stand:
// a post's length and a link.
const tweetSpan = 320
