package terms

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// MaxTokens bounds how many tokens Words returns for one text, so that a
// pathological input (one word repeated 100,000 times) costs a bounded amount.
const MaxTokens = 20000

// Words splits s into lower-cased word tokens: runs of letters and digits,
// keeping inner apostrophes, dots and hyphens out (they split). At most
// MaxTokens tokens are returned.
func Words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = appendWord(out, s[start:i])
			start = -1
			if len(out) >= MaxTokens {
				return out
			}
		}
	}
	if start >= 0 {
		out = appendWord(out, s[start:])
	}
	return out
}

func appendWord(out []string, w string) []string {
	if len(w) > 40 { // glued debris, base64, URLs: not a word
		return out
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return append(out, strings.ToLower(w))
		}
	}
	return append(out, w)
}

// IsStop reports whether the lower-cased word w carries no topic: an English
// stop word, a reporting verb, or a token of one character.
func IsStop(w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return true
	}
	if _, ok := extraStop[w]; ok {
		return true
	}
	return english.IsStopWord(w)
}

// extraStop lists words frequent in news that say nothing about the event.
var extraStop = map[string]struct{}{
	"said": {}, "says": {}, "say": {}, "told": {}, "also": {}, "would": {}, "could": {},
	"one": {}, "two": {}, "new": {}, "year": {}, "years": {}, "mr": {}, "mrs": {}, "ms": {},
	"according": {}, "reported": {}, "report": {}, "reports": {}, "news": {}, "people": {},
	"last": {}, "first": {}, "time": {}, "will": {}, "may": {}, "can": {}, "like": {},
	"just": {}, "now": {}, "get": {}, "got": {}, "us": {}, "still": {}, "even": {},
	"many": {}, "much": {}, "well": {}, "since": {}, "including": {}, "added": {},
	"am": {}, "pm": {}, "today": {}, "yesterday": {}, "week": {}, "day": {}, "days": {},
	"monday": {}, "tuesday": {}, "wednesday": {}, "thursday": {}, "friday": {}, "saturday": {}, "sunday": {},
	"http": {}, "https": {}, "www": {}, "com": {}, "html": {}, "read": {}, "comments": {}, "comment": {},
	"copyright": {}, "photo": {}, "image": {}, "share": {}, "click": {}, "subscribe": {}, "post": {},
}

// A Stemmer stems English words through a bounded cache. The zero value is
// ready to use. A Stemmer is NOT safe for concurrent use.
type Stemmer struct {
	cache map[string]string
	// Max bounds the cache; 0 means 200,000 entries. When full, the cache is
	// cleared and refilled (bounded memory, same results).
	Max int
}

// Stem returns the Snowball English stem of the lower-cased word w.
func (s *Stemmer) Stem(w string) string {
	if st, ok := s.cache[w]; ok {
		return st
	}
	max := s.Max
	if max <= 0 {
		max = 200000
	}
	if s.cache == nil || len(s.cache) >= max {
		s.cache = make(map[string]string, 1024)
	}
	st := w
	if !isNumeric(w) {
		st = english.Stem(w, true)
	}
	s.cache[strings.Clone(w)] = st
	return st
}

// Content returns the stems of the non-stop words of s, in order.
func (s *Stemmer) Content(text string) []string {
	ws := Words(text)
	out := ws[:0]
	for _, w := range ws {
		if IsStop(w) || isNumeric(w) {
			continue
		}
		out = append(out, s.Stem(w))
	}
	return out
}

func isNumeric(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}
