package language

import (
	"strings"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// sampleBytes bounds how much text Detect reads: a few thousand characters
// identify a language as well as a whole book, and keep detection cheap.
const sampleBytes = 2 << 10

// minLetters is the fewest letters a text needs before Detect reports a
// language at all; shorter strings ("OK", "12:30") say nothing reliable.
const minLetters = 12

// Detect returns the ISO 639-1 code of the language text is written in, and
// whether the detector is confident about it. code is "" when text is too
// short or in no language the detector knows (or whose language has no
// ISO 639-1 code). Detect is safe for concurrent use.
func Detect(text string) (code string, confident bool) {
	if len(text) > sampleBytes {
		cut := sampleBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	letters := 0
	for _, r := range text {
		if isLetter(r) {
			letters++
			if letters >= minLetters {
				break
			}
		}
	}
	if letters < minLetters {
		return "", false
	}
	info := whatlanggo.Detect(text)
	if info.Lang < 0 {
		return "", false
	}
	if info.Confidence == 0 {
		// Two languages tie for the best trigram distance, and the
		// detector then answers whichever its map iteration met first:
		// the same text read "sv" once and "" (a language with no ISO
		// 639-1 code) the next time, switching analysis on and off at
		// random. A tie names no language.
		if englishByFunctionWords(text) {
			return "en", false
		}
		return "", false
	}
	code = info.Lang.Iso6391()
	if code == "" {
		return "", false
	}
	if !info.IsReliable() && code != "en" && englishByFunctionWords(text) {
		// Trigrams of many unfamiliar names ("Lorvik", "Brekke") can tip an
		// unconfident guess to another language; English function words in
		// English proportions say the text is English. Only an unconfident
		// guess is overruled: the answer stays unconfident.
		return "en", false
	}
	return code, info.IsReliable()
}

// englishFunctionWords are frequent English words that are rare as words
// in the other languages the detector confuses with English on names
// (Danish, Norwegian, Swedish, Dutch, German: "was", "have", "will", "of"
// and "to" are words there too, so they are left out).
var englishFunctionWords = map[string]bool{
	"the": true, "and": true, "that": true, "with": true, "which": true,
	"said": true, "from": true, "this": true, "their": true, "they": true,
	"been": true, "would": true, "who": true, "were": true, "has": true,
	"but": true, "not": true, "its": true, "his": true, "she": true,
}

// minFunctionWords and functionWordShare set when englishByFunctionWords
// answers yes: at least this many words in all, of which at least this
// share are English function words (running English news: about 0.12).
const (
	minFunctionWords  = 20
	functionWordShare = 0.06
)

// englishByFunctionWords reports whether text's words hold English function
// words in English proportions.
func englishByFunctionWords(text string) bool {
	words, hits := 0, 0
	start := -1
	for i := 0; i <= len(text); i++ {
		var c byte = ' '
		if i < len(text) {
			c = text[i]
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words++
			if w := text[start:i]; len(w) <= 5 && englishFunctionWords[strings.ToLower(w)] {
				hits++
			}
			start = -1
		}
	}
	return words >= minFunctionWords && float64(hits) >= functionWordShare*float64(words)
}

func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	case r == utf8.RuneError:
		return false
	default:
		return r >= 0xC0 // any non-ASCII code point above Latin-1 punctuation
	}
}
