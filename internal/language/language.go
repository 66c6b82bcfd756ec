package language

import (
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
	code = info.Lang.Iso6391()
	if code == "" {
		return "", false
	}
	return code, info.IsReliable()
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
