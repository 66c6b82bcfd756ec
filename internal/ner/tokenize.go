package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Token is one word or punctuation mark of raw text; Start and End are its
// byte offsets, so text[Start:End] == Text.
type Token struct {
	Text       string
	Start, End int
}

// abbreviations are words that keep their full stop ("Mr." "Oct." "Gen.").
// Compared in lower case, without the stop.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true,
	"st": true, "mt": true, "ft": true, "gen": true, "col": true, "lt": true, "sgt": true,
	"capt": true, "maj": true, "adm": true, "brig": true, "cpl": true, "pvt": true, "gov": true,
	"sen": true, "rep": true, "rev": true, "hon": true, "pres": true, "supt": true, "insp": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "corp": true, "ltd": true, "co": true, "bros": true, "plc": true,
	"dept": true, "univ": true, "assn": true, "no": true, "nos": true, "vol": true, "vs": true,
	"etc": true, "approx": true, "est": true, "ave": true, "blvd": true, "rd": true,
	"fig": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true,
}

// isAbbrev reports whether w (without its final stop) keeps the stop.
func isAbbrev(w string) bool {
	if w == "" {
		return false
	}
	if abbreviations[strings.ToLower(w)] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(r) { // an initial: "J."
		return true
	}
	// Dotted abbreviations: "U.S", "a.m", "U.N".
	if strings.Contains(w, ".") {
		for _, part := range strings.Split(w, ".") {
			if utf8.RuneCountInString(part) > 2 {
				return false
			}
		}
		return true
	}
	return false
}

// openers are split off the front of a word; closers off its end.
const (
	openers = "\"'([{“‘«<¿¡"
	closers = "\"')]}”’»>,;:!?…"
)

// Tokenize splits text into words and punctuation the way news corpora do:
// punctuation is split off, "'s" and "n't" are tokens of their own, and
// abbreviations ("U.S.", "Mr.", "Oct."), initials, decimals ("3.5"),
// numbers ("1,000") and hyphenated words stay whole. Glued text from bad
// scraping ("Oct.30", "end.The", "governments,led") is split.
func Tokenize(text string) []Token {
	out := make([]Token, 0, len(text)/5+1) // news text runs about five bytes a token
	i := 0
	for i < len(text) {
		if sp, n := spaceAt(text, i); sp {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			sp, n := spaceAt(text, j)
			if sp {
				break
			}
			j += n
		}
		if j-i > maxChunk {
			// A run this long without spaces is not prose (a URL, base64,
			// a table scraped flat); keep it whole rather than split it at
			// every comma, which would cost time quadratic in its length.
			out = append(out, Token{text[i:j], i, j})
		} else {
			out = splitChunk(text, i, j, out)
		}
		i = j
	}
	if len(out) == 0 {
		return nil // none: nil, as callers have always had
	}
	return out
}

// spaceAt reports whether the character at byte i of text is a space
// (unicode.IsSpace, or a no-break space) and returns its length.
func spaceAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return c == ' ' || '\t' <= c && c <= '\r', 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r) || r == '\u00a0', n
}

// plainWord reports whether s is ASCII letters and digits only: a token as
// it stands, which splitChunk would leave whole.
func plainWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// maxChunk is the longest run without spaces that Tokenize splits further.
const maxChunk = 256

// splitChunk appends the tokens of text[start:end], a run without spaces.
func splitChunk(text string, start, end int, out []Token) []Token {
	if start < end && plainWord(text[start:end]) {
		return append(out, Token{text[start:end], start, end})
	}
	return splitPunct(text, start, end, out)
}

// splitPunct is splitChunk for any run: it splits off punctuation, then
// splits the word at glue points and clitics.
func splitPunct(text string, start, end int, out []Token) []Token {
	// Leading openers and dashes.
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if strings.ContainsRune(openers, r) || r == '—' || r == '–' {
			out = append(out, Token{text[start : start+n], start, start + n})
			start += n
			continue
		}
		break
	}
	// Trailing closers and stops, collected in reverse.
	var tail []Token
	for start < end {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if strings.ContainsRune(closers, r) || r == '—' || r == '–' {
			// "'" closes only when not a possessive plural like "States'".
			tail = append(tail, Token{text[end-n : end], end - n, end})
			end -= n
			continue
		}
		if r == '.' {
			word := text[start : end-1]
			if end-start == 1 || strings.HasSuffix(word, ".") {
				// "..." or a lone stop: split one stop at a time.
				tail = append(tail, Token{".", end - 1, end})
				end--
				continue
			}
			if isAbbrev(word) {
				break
			}
			tail = append(tail, Token{".", end - 1, end})
			end--
			continue
		}
		break
	}
	if start < end {
		out = splitInner(text, start, end, out)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// splitInner splits a word with no outer punctuation at glue points and
// clitics.
func splitInner(text string, start, end int, out []Token) []Token {
	w := text[start:end]
	// Em dashes and double hyphens inside a word separate words.
	for _, sep := range []string{"—", "–", "--"} {
		if k := strings.Index(w, sep); k > 0 && k+len(sep) < len(w) {
			out = splitInner(text, start, start+k, out)
			out = append(out, Token{sep, start + k, start + k + len(sep)})
			return splitChunk(text, start+k+len(sep), end, out)
		}
	}
	// Glue after a stop or comma: "Oct.30", "end.The", "governments,led".
	for k := 1; k < len(w)-1; k++ {
		c := w[k]
		if c != '.' && c != ',' {
			continue
		}
		left, right := w[:k], w[k+1:]
		rr, _ := utf8.DecodeRuneInString(right)
		lr, _ := utf8.DecodeLastRuneInString(left)
		if c == ',' {
			if unicode.IsLetter(lr) && unicode.IsLetter(rr) {
				out = splitInner(text, start, start+k, out)
				out = append(out, Token{",", start + k, start + k + 1})
				return splitChunk(text, start+k+1, end, out)
			}
			continue
		}
		// A stop between a known abbreviation and a digit: "Oct.30".
		if unicode.IsDigit(rr) && isAbbrev(left) && !unicode.IsDigit(lr) {
			out = append(out, Token{text[start : start+k+1], start, start + k + 1})
			return splitChunk(text, start+k+1, end, out)
		}
		// A sentence glued to the next: lower-case word, stop, capital word.
		if unicode.IsLower(lr) && unicode.IsUpper(rr) && utf8.RuneCountInString(left) > 1 &&
			!strings.Contains(left, ".") && utf8.RuneCountInString(right) > 1 && !strings.Contains(right, ".") {
			out = append(out, Token{left, start, start + k})
			out = append(out, Token{".", start + k, start + k + 1})
			return splitChunk(text, start+k+1, end, out)
		}
	}
	// Clitics: "Russia's" -> "Russia" "'s"; "don't" -> "do" "n't".
	lw := strings.ToLower(w)
	for _, cl := range []string{"n't", "n’t"} {
		if strings.HasSuffix(lw, cl) && len(w) > len(cl) {
			k := len(w) - len(cl)
			return append(out, Token{w[:k], start, start + k}, Token{w[k:], start + k, end})
		}
	}
	for _, cl := range []string{"'s", "’s", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m"} {
		if strings.HasSuffix(lw, cl) && len(w) > len(cl) {
			k := len(w) - len(cl)
			return append(out, Token{w[:k], start, start + k}, Token{w[k:], start + k, end})
		}
	}
	return append(out, Token{w, start, end})
}
