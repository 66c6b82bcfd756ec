package textclean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxGlueRun is the longest letter run RepairGlued tries to split; longer
// runs are left alone (no English word pair is that long, and it bounds work).
const maxGlueRun = 40

// fn2 lists the two-letter words a lowercase glue may start or end with
// ("ofthe", "inthe"); other halves must be three letters or more.
var fn2 = map[string]bool{
	"of": true, "in": true, "to": true, "on": true, "at": true, "by": true,
	"is": true, "as": true, "an": true, "or": true, "if": true, "it": true,
	"be": true, "we": true, "he": true, "no": true, "so": true, "do": true,
	"my": true, "us": true,
}

// maxProductivity is how many known compounds a word may start (or end)
// and still be split off a glued token; "under", "multi", "line", "wide"
// make many compounds, so "underdelivering" or "systemwide" stay whole.
const maxProductivity = 3

// glueTails are the words that may follow a capitalised name glued to them
// ("Iranwho", "Unionhave"): function words and common verbs that seldom end
// a name. The name itself must be a known word or name.
var glueTails = map[string]bool{
	"who": true, "whom": true, "whose": true, "which": true, "that": true,
	"have": true, "has": true, "had": true, "the": true,
	"was": true, "were": true, "are": true, "said": true, "says": true,
	"with": true, "from": true, "for": true, "but": true, "not": true,
	"will": true, "would": true, "could": true, "should": true, "also": true,
	"after": true, "before": true, "when": true, "where": true, "while": true,
	"into": true, "than": true, "there": true, "their": true, "they": true,
	"this": true, "these": true, "those": true, "been": true, "being": true,
	"does": true, "since": true, "because": true, "about": true,
}

// RepairGlued inserts the spaces that bad scraping lost between words:
// "betweenRussia" → "between Russia", "Iranwho" → "Iran who",
// "presentciting" → "present citing", "governments,led" → "governments, led",
// "mentality”and" → "mentality” and". It leaves real words, names and
// tokens alone ("iPhone", "McDonald", "MacBook", "YouTube", "PhD", "U.S.",
// "3.5", "e.g.", URLs, e-mail addresses): it only splits where both parts are
// frequent words (see NOTE.md) and the whole is not a known word, so it is
// safe on clean text. It only ever inserts spaces, runs in linear time, and
// returns s itself when nothing needs repair. It is safe for concurrent use.
func RepairGlued(s string) string {
	if s == "" {
		return s
	}
	l := getLexicon()
	eng := englishState{}
	var ins []int // byte offsets before which a space goes, ascending
	quotes := strings.Count(s, `"`)
	balanced := quotes > 0 && quotes%2 == 0
	seenQuotes := 0
	for start := 0; start < len(s); {
		// Find the next whitespace-delimited field.
		r, w := utf8.DecodeRuneInString(s[start:])
		if unicode.IsSpace(r) {
			start += w
			continue
		}
		end := start
		for end < len(s) {
			r, w := utf8.DecodeRuneInString(s[end:])
			if unicode.IsSpace(r) {
				break
			}
			end += w
		}
		field := s[start:end]
		if balanced {
			ins = repairQuotes(field, start, &seenQuotes, ins)
		}
		if !skipField(field) {
			ins = repairField(l, field, start, ins, &eng, s)
		}
		start = end
	}
	if len(ins) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(ins))
	prev := 0
	last := -1
	for _, at := range ins {
		if at == last || at <= 0 || at >= len(s) {
			continue
		}
		b.WriteString(s[prev:at])
		b.WriteByte(' ')
		prev, last = at, at
	}
	b.WriteString(s[prev:])
	return b.String()
}

// skipField reports fields that are addresses or code, never repaired.
func skipField(f string) bool {
	for i := 0; i < len(f); i++ {
		switch f[i] {
		case '/', '\\', '_', '=', '#', '<', '>', '{', '}', '|', '@':
			return true
		}
	}
	return len(f) >= 4 && strings.EqualFold(f[:4], "www.") || isDomain(f)
}

// isDomain reports a field ending in a host name ("history.com").
func isDomain(f string) bool {
	f = strings.TrimRight(f, ".,;:!?)]\"'”’")
	i := strings.LastIndexByte(f, '.')
	if i <= 0 || len(f)-i-1 < 2 || len(f)-i-1 > 6 {
		return false
	}
	return allLower(f[i+1:]) && isAlnumByte(f[i-1])
}

// repairQuotes handles straight double quotes glued to a word
// (`mentality"and`, `said"We`), deciding open or close by their parity in
// the whole text; it is used only when the quotes there are balanced.
func repairQuotes(f string, base int, seen *int, ins []int) []int {
	for i := 0; i < len(f); i++ {
		if f[i] != '"' {
			continue
		}
		closing := *seen%2 == 1
		*seen++
		if closing {
			if i > 0 && i+1 < len(f) && isASCIILetter(f[i+1]) {
				ins = append(ins, base+i+1)
			}
		} else if i > 0 && isASCIILetter(f[i-1]) && i+1 < len(f) && isASCIILetter(f[i+1]) {
			ins = append(ins, base+i)
		}
	}
	return ins
}

// repairField finds glue inside one whitespace-free field.
func repairField(l *lexicon, f string, base int, ins []int, eng *englishState, s string) []int {
	for i := 0; i < len(f); {
		r, w := utf8.DecodeRuneInString(f[i:])
		switch {
		case r == ',' || r == ';':
			// "governments,led": letters on both sides, not a number.
			if i > 0 && isASCIILetter(f[i-1]) && letterRun(f[i+1:]) >= 2 && letterRunBack(f[:i]) >= 2 &&
				hasLower(f[i+1:i+1+letterRun(f[i+1:])]) && hasLower(f[i-letterRunBack(f[:i]):i]) {
				ins = append(ins, base+i+1)
			}
		case r == '.' || r == '?' || r == '!' || r == ':':
			// "end.The": a lowercase word, then a capitalised one.
			if lowerRunBack(f[:i]) >= 2 && capitalised(f[i+1:]) && strings.Count(f, ".") == 1 {
				ins = append(ins, base+i+1)
			}
		case r == '”' || r == '»':
			// A closing quote glued to the next word; "”" opening a quote
			// (i == 0) and scripts that attach particles to quotes are left.
			prev, _ := utf8.DecodeLastRuneInString(f[:i])
			if next, _ := utf8.DecodeRuneInString(f[i+w:]); i > 0 && !unicode.Is(unicode.Cf, prev) && i+w < len(f) && unicode.Is(unicode.Latin, next) {
				ins = append(ins, base+i+w)
			}
		case r == '“' || r == '«':
			next, _ := utf8.DecodeRuneInString(f[i+w:])
			if prev, _ := utf8.DecodeLastRuneInString(f[:i]); i > 0 && unicode.Is(unicode.Latin, prev) && unicode.Is(unicode.Latin, next) {
				ins = append(ins, base+i)
			}
		case unicode.IsLetter(r):
			j := i
			ascii := true
			for j < len(f) {
				r2, w2 := utf8.DecodeRuneInString(f[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				if r2 >= utf8.RuneSelf {
					ascii = false
				}
				j += w2
			}
			bounded := (i == 0 || !isAlnumByte(f[i-1]) && f[i-1] != '\'' && !strings.HasPrefix(f[:i], "’")) &&
				(j == len(f) || !isDigitByte(f[j]))
			if ascii && bounded && !strings.HasSuffix(f[:i], "’") {
				if at := splitRun(l, f[i:j]); at > 0 && eng.english(l, s) {
					ins = append(ins, base+i+at)
				}
			}
			i = j
			continue
		}
		i += w
	}
	return ins
}

// englishState caches whether the text RepairGlued works on reads as
// English: the word lists are English, so other languages are not split.
type englishState struct {
	done, yes bool
}

// englishSample is how many words englishState looks at.
const englishSample = 200

func (e *englishState) english(l *lexicon, s string) bool {
	if e.done {
		return e.yes
	}
	e.done = true
	words, known := 0, 0
	for i := 0; i < len(s) && words < englishSample; {
		n := letterRun(s[i:])
		if n == 0 {
			i++
			continue
		}
		w := s[i : i+n]
		i += n
		// Short lowercase words are mostly function words, which tell
		// the language best; names and glued tokens are skipped.
		if n < 2 || n > 7 || !allLower(w) || (i < len(s) && s[i] >= utf8.RuneSelf) || (i-n > 0 && s[i-n-1] >= utf8.RuneSelf) {
			continue
		}
		words++
		if l.isFrequent(w) || fn2[w] {
			known++
		}
	}
	e.yes = words < 4 || known*10 >= words*6
	return e.yes
}

// splitRun returns where to split an ASCII letter run, or 0 to keep it.
func splitRun(l *lexicon, run string) int {
	n := len(run)
	if n < 5 || n > maxGlueRun {
		return 0
	}
	first := run[0]
	switch {
	case isLower(first):
		// One hump: "betweenRussia". Identifiers with more humps
		// ("getElementById") and caps tails ("macOS") are left alone.
		hump := -1
		for i := 1; i < n; i++ {
			if isUpper(run[i]) {
				if hump >= 0 {
					return 0
				}
				hump = i
			}
		}
		if hump > 0 {
			a, b := run[:hump], run[hump:]
			if len(a) >= 2 && l.lower[a] > 0 && len(b) >= 3 && allLower(b[1:]) {
				return hump
			}
			return 0
		}
		return splitLower(l, run)
	case isUpper(first) && allLower(run[1:]):
		// A name glued to a function word: "Iranwho", "Unionhave".
		lw := strings.ToLower(run)
		if l.isKnownAnyCase(lw) || l.isJoined(lw) {
			return 0
		}
		for i := n - 3; i >= 3; i-- {
			if glueTails[lw[i:]] && l.isKnownAnyCase(lw[:i]) {
				return i
			}
		}
	}
	return 0
}

// splitLower splits an all-lowercase run into two frequent words
// ("presentciting"), or returns 0.
func splitLower(l *lexicon, run string) int {
	n := len(run)
	if n < 5 || l.isFrequent(run) || l.isJoined(run) {
		return 0
	}
	best, bestScore := 0, 0
	for i := 2; i <= n-2; i++ {
		a, b := run[:i], run[i:]
		if (len(a) < 3 && !fn2[a]) || (len(b) < 3 && !fn2[b]) {
			continue
		}
		if (len(a) < 3 && len(b) > 5) || (len(b) < 3 && len(a) > 5) {
			continue // "in"+"authenticity": two-letter words are prefixes too
		}
		ca, cb := l.lower[a], l.lower[b]
		if ca == 0 || cb == 0 {
			continue // rare or unknown halves: too risky
		}
		if l.left[a] > maxProductivity || l.right[b] > maxProductivity {
			continue // likely an unlisted compound ("fanbase")
		}
		score := min(ca, cb)
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

func isASCIILetter(c byte) bool { return isLower(c) || isUpper(c) }
func isLower(c byte) bool       { return c >= 'a' && c <= 'z' }
func isUpper(c byte) bool       { return c >= 'A' && c <= 'Z' }
func isDigitByte(c byte) bool   { return c >= '0' && c <= '9' }
func isAlnumByte(c byte) bool   { return isASCIILetter(c) || isDigitByte(c) }

func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if isLower(s[i]) {
			return true
		}
	}
	return false
}

func allLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLower(s[i]) {
			return false
		}
	}
	return s != ""
}

// letterRun counts the ASCII letters at the start of s.
func letterRun(s string) int {
	n := 0
	for n < len(s) && isASCIILetter(s[n]) {
		n++
	}
	return n
}

// letterRunBack counts the ASCII letters at the end of s.
func letterRunBack(s string) int {
	n := 0
	for n < len(s) && isASCIILetter(s[len(s)-1-n]) {
		n++
	}
	return n
}

// lowerRunBack counts the lowercase letters at the end of s.
func lowerRunBack(s string) int {
	n := 0
	for n < len(s) && isLower(s[len(s)-1-n]) {
		n++
	}
	return n
}

// capitalised reports whether s starts with an uppercase letter followed by
// at least one lowercase letter.
func capitalised(s string) bool {
	return len(s) >= 2 && isUpper(s[0]) && isLower(s[1])
}
