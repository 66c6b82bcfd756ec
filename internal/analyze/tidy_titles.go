package analyze

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/quotes"
)

// titleQuote reports whether direct quote q is a title or a label in
// marks rather than anyone's words, so that it is listed with no speaker:
// a quotation in title case ("All the President's Men,", "Outstanding
// Performance in a Variety Program.") that took its speaker from a
// neighbouring quotation (no cue of its own) or from a verb that names
// titles ("a document titled"), or any quotation after "known as"
// ("Mr. X was known as the “bagman”"). A title in marks with a reporting
// word of its own ("“Make Room,” Lind said") keeps its speaker.
func titleQuote(q quotes.Quote) bool {
	if !q.Direct || q.Speaker == "" {
		return false
	}
	cue := strings.Fields(strings.ToLower(q.Cue))
	last := ""
	if len(cue) > 0 {
		last = cue[len(cue)-1]
	}
	if titleCues[last] && (last != "known" || q.Fragment) {
		return last == "known" || titleCase(q.Text)
	}
	return last == "" && titleCase(q.Text)
}

// titleCues are the last words of cues that introduce a title or a label
// rather than words said.
var titleCues = map[string]bool{"titled": true, "entitled": true, "known": true}

// titleCase reports whether s reads as a title: two words at least, the
// first and every word but short function words capitalised, twelve words
// at most.
func titleCase(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 12 {
		return false
	}
	caps := 0
	for i, w := range f {
		w = strings.Trim(w, `"'“”‘’,.;:!?()`)
		if w == "" {
			continue
		}
		r := []rune(w)[0]
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case i == 0 || !titleSmallWords[strings.ToLower(w)]:
			return false
		}
	}
	return caps >= 2
}

// titleSmallWords stay in lower case inside a title.
var titleSmallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "nor": true, "but": true, "of": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "with": true, "by": true, "from": true,
	"as": true, "vs": true, "vs.": true, "de": true, "la": true, "du": true, "von": true, "van": true,
}

// workBefore matches a noun naming a work (a book, film, song ...) and an
// optional comma right before a quotation's opening mark ("in his 2006
// memoir, “", "the film “").
var workBefore = regexp.MustCompile(`(?i)\b(?:memoir|memoirs|book|novel|film|movie|documentary|song|album|article|column|essay|play|musical|show|series|biography|autobiography|poem|opera|painting)\s*,?\s*["“]\s*$`)

// titledBefore matches "titled" or "entitled" and an optional comma right
// before a quotation's opening mark: what follows is a name given to a
// work, whatever its case or length ("The ad, titled “Unifier?”,").
var titledBefore = regexp.MustCompile(`(?i)\b(?:titled|entitled)\s*,?\s*["“]\s*$`)

// workTitle reports whether direct quote q is the title of a work the text
// names right before it ("Felt wrote in his memoir, “A Life in the
// Bureau: The Years in Washington.”"): a noun of a work before its opening
// mark and the quotation in title case (up to twenty words; backticks and
// other stray marks ignored), or "titled" right before its mark, in any
// case.
func workTitle(text string, q quotes.Quote) bool {
	if !q.Direct || q.Speaker == "" || q.Start <= 0 || q.Start > len(text) {
		return false
	}
	before := text[max(0, q.Start-40):q.Start]
	f := strings.Fields(strings.ReplaceAll(q.Text, "`", " "))
	if len(f) > 20 {
		return false
	}
	if titledBefore.MatchString(before) {
		return true // "The ad, titled “Unifier?”": a title in any case
	}
	if !workBefore.MatchString(before) {
		return false
	}
	return titleCase(strings.Join(f[:min(len(f), 12)], " "))
}
