package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Sentence is one sentence of a text. Text is text[Start:End], trimmed of
// surrounding white space; Start and End are byte offsets into the input.
type Sentence struct {
	Text       string
	Start, End int
}

// titles are abbreviations that precede a name or number and so never end a
// sentence ("Mr. Trump", "Gen. Smith", "No. 10", "Oct. 30").
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "lt": true, "col": true, "sgt": true,
	"capt": true, "cpt": true, "maj": true, "adm": true, "cmdr": true, "pres": true,
	"rev": true, "hon": true, "st": true, "mt": true, "ft": true,
	"vs": true, "v": true, "messrs": true, "mme": true, "mlle": true,
	"supt": true, "insp": true, "det": true, "cpl": true, "pvt": true, "brig": true,
	"amb": true, "atty": true, "sec": true, "gens": true, "reps": true, "sens": true,
	"approx": true, "ca": true, "cf": true, "al": true, "msgr": true, "fr": true,
}

// numbered are abbreviations that precede a number ("No. 10", "Oct. 30",
// "Art. 5"); before a number they never end a sentence, elsewhere only before
// a sentence opener.
var numbered = map[string]bool{
	"no": true, "nos": true, "fig": true, "figs": true, "op": true, "pp": true,
	"art": true, "para": true, "vol": true, "ch": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
}

// trailing are abbreviations that may end a sentence; after them a sentence
// ends only when a typical sentence opener follows ("... the U.S. He said").
var trailing = map[string]bool{
	"dept": true, "inc": true, "corp": true, "co": true, "ltd": true, "jr": true,
	"sr": true, "etc": true, "bros": true, "univ": true, "assn": true, "govt": true,
	"est": true, "min": true, "max": true, "av": true, "ave": true, "blvd": true,
	"rd": true, "hwy": true, "dist": true,
}

// openers are words that typically start a sentence; they disambiguate a
// full stop after an abbreviation or an ellipsis.
var openers = map[string]bool{
	"He": true, "She": true, "It": true, "They": true, "We": true, "I": true,
	"You": true, "The": true, "This": true, "That": true, "These": true,
	"Those": true, "A": true, "An": true, "But": true, "And": true, "Or": true,
	"So": true, "Yet": true, "In": true, "On": true, "At": true, "As": true,
	"If": true, "When": true, "While": true, "After": true, "Before": true,
	"There": true, "Here": true, "Its": true, "His": true, "Her": true,
	"Their": true, "Our": true, "My": true, "What": true, "Why": true,
	"How": true, "Who": true, "Where": true, "Meanwhile": true, "However": true,
	"Still": true, "Now": true, "Then": true, "Some": true, "Many": true,
	"Most": true, "All": true, "Both": true, "For": true, "By": true,
	"Since": true, "Although": true, "Though": true, "According": true,
	"Earlier": true, "Later": true, "Last": true, "Next": true, "One": true,
	"Two": true, "Also": true, "Even": true, "Such": true, "No": true,
	"Not": true, "Other": true, "Among": true, "Under": true, "With": true,
	"From": true, "To": true, "Yes": true, "Officials": true,
}

// MaxBytes bounds a sentence: a longer run of text with no sentence end (a
// page of words with no full stop, a word repeated for a megabyte) is cut
// into pieces of at most MaxBytes, at the last "; " or ", " of a piece's
// second half, else at its last space, else at a rune boundary. The rules
// that read a sentence (quotes, events, claims) may cost the square of its
// length; the longest sentence of the benchmark texts is 2.3 KB.
const MaxBytes = 8 << 10

// Split returns the sentences of text in order. Blank lines always end a
// sentence; a single line break ends one unless the line before lacks final
// punctuation and the next line starts in lower case (hard-wrapped prose).
// No sentence is longer than MaxBytes. It never fails: text with no
// sentence characters yields nil.
func Split(text string) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		s, e := trim(text, start, end)
		for e-s > MaxBytes {
			cut := cutAt(text, s)
			ps, pe := trim(text, s, cut)
			if ps < pe {
				out = append(out, Sentence{Text: text[ps:pe], Start: ps, End: pe})
			}
			s, e = trim(text, cut, e)
		}
		if s < e {
			out = append(out, Sentence{Text: text[s:e], Start: s, End: e})
		}
		start = end
	}
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		switch {
		case c == '\n':
			j := i + 1
			blank := false
			for j < n && isSpaceByte(text[j]) {
				if text[j] == '\n' {
					blank = true
				}
				j++
			}
			if blank || j >= n || lineBreakEnds(text, start, i, j) {
				emit(i)
			}
			i = j
			continue
		case c == '.' || c == '!' || c == '?':
			i = terminator(text, i, emit)
			continue
		case c == 0xE2 && strings.HasPrefix(text[i:], "…"):
			i = terminator(text, i, emit)
			continue
		}
		i++
	}
	emit(n)
	return out
}

// terminator handles a run of final punctuation starting at i and returns
// where scanning resumes. It calls emit when the run ends a sentence.
func terminator(text string, i int, emit func(int)) int {
	n := len(text)
	first := i
	ellipsis := false
	dots := 0
	for i < n {
		switch {
		case text[i] == '.':
			dots++
			i++
		case text[i] == '!' || text[i] == '?':
			i++
		case strings.HasPrefix(text[i:], "…"):
			ellipsis = true
			i += len("…")
		default:
			goto closers
		}
	}
closers:
	if dots >= 2 {
		ellipsis = true
	}
	for i < n {
		if r, size := utf8.DecodeRuneInString(text[i:]); isCloser(r) {
			i += size
			continue
		}
		break
	}
	end := i
	if end >= n {
		return end
	}
	// A boundary needs white space after it ("Oct.30", "3.5", "U.S.-led").
	r, _ := utf8.DecodeRuneInString(text[end:])
	if !unicode.IsSpace(r) {
		return end
	}
	if r == '\n' {
		// A line break right after final punctuation ends the sentence.
		emit(end)
		return end
	}
	k := end
	for k < n && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if k >= n {
		return end
	}
	next, _ := utf8.DecodeRuneInString(text[k:])
	word := nextWord(text, k)
	onlyDot := dots == 1 && first+1 == endOfPunct(text, first)
	if isOpenQuote(next) {
		// A quotation that opens in lower case continues the sentence:
		// "before the U.S. “takes action,” adding ...".
		_, qs := utf8.DecodeRuneInString(text[k:])
		if after, _ := utf8.DecodeRuneInString(text[k+qs:]); unicode.IsLower(after) {
			return end
		}
	}
	switch {
	case unicode.IsLower(next):
		return end
	case next == ',' || next == ';' || next == ':' || next == ')' || next == '-' || next == '–' || next == '—':
		return end
	}
	if ellipsis {
		if openers[word] || isOpenQuote(next) {
			emit(end)
		}
		return end
	}
	if onlyDot {
		prev := prevWord(text, first)
		low := strings.ToLower(prev)
		switch {
		case prev == "":
		case titles[low]:
			return end
		case numbered[low] && (prev != "no" || unicode.IsUpper(rune(prev[0]))):
			if unicode.IsDigit(next) || !openers[word] && !isOpenQuote(next) {
				return end
			}
		case isInitial(prev):
			// "J. R. Smith": a lone capital letter followed by a name.
			if !openers[word] {
				return end
			}
		case strings.Contains(prev, "."):
			// "U.S.", "a.m.", "e.g.": end only before a sentence opener.
			if !openers[word] && !isOpenQuote(next) {
				return end
			}
		case trailing[low]:
			if !openers[word] && !isOpenQuote(next) {
				return end
			}
		}
	}
	emit(end)
	return end
}

// endOfPunct returns the index after the run of '.' starting at i.
func endOfPunct(text string, i int) int {
	for i < len(text) && text[i] == '.' {
		i++
	}
	return i
}

// lineBreakEnds reports whether a single line break at nl (next line at j)
// ends the sentence that began at start.
func lineBreakEnds(text string, start, nl, j int) bool {
	next, _ := utf8.DecodeRuneInString(text[j:])
	if !unicode.IsLower(next) {
		return true
	}
	// Lower-case continuation: join only if the line has no final punctuation.
	k := nl
	for k > start && isSpaceByte(text[k-1]) {
		k--
	}
	if k == start {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[start:k])
	return r == '.' || r == '!' || r == '?' || isCloser(r)
}

// prevWord returns the token that ends just before the full stop at i (at
// most 24 bytes back, so the scan stays linear).
func prevWord(text string, i int) string {
	j := i
	for j > 0 && i-j < 24 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if unicode.IsSpace(r) || isOpenQuote(r) || r == '(' || r == '[' || r == '-' || r == '/' {
			break
		}
		j -= size
	}
	return strings.TrimLeft(text[j:i], ".")
}

// nextWord returns the run of letters starting at k (at most 24 bytes).
func nextWord(text string, k int) string {
	j := k
	for j < len(text) && j-k < 24 {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return text[k:j]
}

func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '›':
		return true
	}
	return false
}

func isOpenQuote(r rune) bool {
	switch r {
	case '"', '“', '‘', '«', '\'', '(':
		return true
	}
	return false
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// trim narrows [s,e) of text to exclude surrounding white space (ASCII and
// Unicode spaces such as U+00A0).
// cutAt is where a piece of at most MaxBytes starting at s ends (see
// MaxBytes); text[s:] is longer than MaxBytes.
func cutAt(text string, s int) int {
	w := text[s : s+MaxBytes]
	half := MaxBytes / 2
	if i := max(strings.LastIndex(w, "; "), strings.LastIndex(w, ", ")); i >= half {
		return s + i + 1
	}
	if i := strings.LastIndexAny(w, " \t\n"); i > 0 {
		return s + i
	}
	e := s + MaxBytes
	for e > s+1 && !utf8.RuneStart(text[e]) {
		e--
	}
	return e
}

func trim(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}
