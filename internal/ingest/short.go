package ingest

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MinWords is the fewest words of text the CLI's ingest and the API store
// an article with (Options.MinWords). A body of fewer is not news but what
// a page left when extraction found none: a stub ("Developing."), an error
// or consent page ("Page not found", "Access denied"), a navigation word, or
// a test typed by hand. Real article bodies are far longer (the shortest in
// the Zyte extraction benchmark has 18 words). Such an input is refused with
// its own error and the rest of the batch goes on, as an empty one is.
const MinWords = 5

// ErrTooShort reports an article whose text has fewer than Options.MinWords
// words.
var ErrTooShort = errors.New("too short to be an article")

// CheckWords returns nil when text has at least min words (min <= 0: any
// text), else an error wrapping ErrTooShort that names source, how many
// words the text has and its beginning: `in/a.txt: too short to be an
// article: 1 word ("Hello"); 5 or more are stored`.
func CheckWords(source, text string, min int) error {
	if min <= 0 {
		return nil
	}
	text = distinctParagraphs(text)
	n := countWords(text, min)
	if n >= min {
		return nil
	}
	got := "no words"
	if n > 0 {
		got = strconv.Itoa(n) + " word"
		if n > 1 {
			got += "s"
		}
		got += " (" + strconv.Quote(shorten(strings.Join(strings.Fields(text), " "), 60)) + ")"
	}
	return fmt.Errorf("%s: %w: %s; %d or more are stored", source, ErrTooShort, got, min)
}

// distinctParagraphs is text with each paragraph (lines between blank
// ones) after its first appearance left out, so a short page whose
// paragraph extraction gives twice ("Page not found\n\nPage not found", a
// title-less page's heading) is counted once.
func distinctParagraphs(text string) string {
	if !strings.Contains(text, "\n\n") {
		return text
	}
	seen := map[string]bool{}
	var keep []string
	for _, p := range strings.Split(text, "\n\n") {
		k := strings.Join(strings.Fields(p), " ")
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		keep = append(keep, k)
	}
	return strings.Join(keep, "\n\n")
}

// countWords counts the words of s up to stop: runs of letters and digits
// (inner punctuation, as in "U.S." or "well-known", joins them), each
// character of a script written without spaces (Han, kana, Thai, Lao,
// Khmer, Myanmar, Tibetan) a word of its own, so a Chinese body is not one
// word. Punctuation alone is no word.
func countWords(s string, stop int) int {
	n := 0
	in := false
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tibetan):
			n++
			in = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !in {
				n++
				in = true
			}
		case unicode.IsSpace(r):
			in = false
		}
		if n >= stop {
			return n
		}
	}
	return n
}

// shorten cuts s to at most max characters, marking a cut with "…".
func shorten(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:max-1]), " ") + "…"
}
