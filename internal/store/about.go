package store

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// maxAboutWords bounds the words of a QuoteFilter.About.
const maxAboutWords = 8

// aboutStems returns the stems of about's words ("negotiations" ->
// "negoti"), lower case, at most maxAboutWords, duplicates dropped.
func aboutStems(about string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(about), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		st := w
		if isASCIIWord(w) {
			if s := english.Stem(w, false); len(s) >= 3 || len(s) == len(w) {
				st = s
			}
		}
		if st == "" || seen[st] {
			continue
		}
		seen[st] = true
		out = append(out, st)
		if len(out) == maxAboutWords {
			break
		}
	}
	return out
}

func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// aboutMatch reports whether every stem begins a word of text or sentence
// (case-insensitive): "war" finds "war" and "wars", not "toward".
func aboutMatch(stems []string, text, sentence string) bool {
	t, s := strings.ToLower(text), strings.ToLower(sentence)
	for _, st := range stems {
		if !wordPrefix(t, st) && !wordPrefix(s, st) {
			return false
		}
	}
	return true
}

// wordPrefix reports whether stem occurs in s at the start of a word.
func wordPrefix(s, stem string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], stem)
		if j < 0 {
			return false
		}
		at := i + j
		if r, _ := utf8.DecodeLastRuneInString(s[:at]); at == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return true
		}
		i = at + 1
	}
}
