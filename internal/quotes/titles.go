package quotes

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Titles of works in quotation marks: a book, a film, a broadcast
// programme or an anthem the text names right before the marks ("in his
// 2002 book, ''Make Your Kid a Millionaire,''", "Johnson told MSNBC’s
// “Morning Joe”", "the anthem “A Change Is Gonna Come”") is nobody's
// words. Exclusive mode drops such a quotation (PolNeAR annotates none);
// the analyze path lists it with no speaker (package analyze, workTitle).

// workBefore matches a noun naming a work (a book, film, song ...) or a
// broadcaster's possessive ("MSNBC’s", "CBS's", "NBC10’s", "Fox News's":
// their programmes) and an optional comma right before a quotation's
// opening mark.
var workBefore = regexp.MustCompile(`(?i)\b(?:memoir|memoirs|book|novel|film|movie|documentary|song|album|article|column|essay|play|musical|show|series|biography|autobiography|poem|opera|painting|anthem|hymn|programme|program|sitcom|podcast|episode)\s*,?\s*["“]\s*$|` +
	`(?-i:\b[A-Z]{2,5}[0-9]{0,2}|\bFox News|\bFox Business|\bComedy Central|\bAl Jazeera)['’]s\s*["“]\s*$`)

// titledBefore matches "titled" or "entitled" and an optional comma right
// before a quotation's opening mark: what follows is a name given to a
// work, whatever its case or length ("The ad, titled “Unifier?”,").
var titledBefore = regexp.MustCompile(`(?i)\b(?:titled|entitled)\s*,?\s*["“]\s*$`)

// WorkTitle reports whether the quotation text[start:end] (its marks
// inside the span or just outside it) is the title of a work the text
// names right before it: a noun of a work or a broadcaster's possessive
// before its opening mark and the quotation in title case (up to twenty
// words; backticks and other stray marks ignored), or "titled" right
// before its mark, in any case.
func WorkTitle(text string, start, end int) bool {
	return workTitleKind(text, start, end) != notTitle
}

// Kinds of title workTitleKind tells apart.
const (
	notTitle   = iota
	namedWork  // after a noun of a work or a broadcaster's possessive
	titledWork // after "titled" or "entitled"
)

// workTitleKind is WorkTitle, telling which test held.
func workTitleKind(text string, start, end int) int {
	if start < 0 || end > len(text) || start >= end {
		return notTitle
	}
	// A span opening with its mark(s): step past them, so that the text
	// before it ends with the opening mark.
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if r != ' ' && r != '"' && r != '\'' && r != '“' && r != '‘' && r != '`' {
			break
		}
		start += n
	}
	s := text[start:end]
	// Two apostrophes for a mark ('' ... ''), as some wire copy writes.
	before := strings.ReplaceAll(text[max(0, start-40):start], "''", `"`)
	f := strings.Fields(strings.ReplaceAll(s, "`", " "))
	if len(f) == 0 || len(f) > 20 {
		return notTitle
	}
	if titledBefore.MatchString(before) {
		return titledWork
	}
	if !workBefore.MatchString(before) || !TitleCase(strings.Join(f[:min(len(f), 12)], " ")) {
		return notTitle
	}
	return namedWork
}

// TitleCase reports whether s reads as a title: two words at least, the
// first and every word but short function words capitalised, twelve words
// at most.
func TitleCase(s string) bool {
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
var titleSmallWords = set("a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with",
	"by", "from", "as", "vs", "vs.", "de", "la", "du", "von", "van")

// dropWorkTitles drops direct units that are only the title of a work
// the text names before it (a book, a show, a broadcaster's programme:
// namedWork), in Exclusive mode. A title after "titled" stays: PolNeAR
// annotates most ("an ad titled “Scam”" is what the ad says; on train 10
// of 12 such units match a gold unit).
func (d *doc) dropWorkTitles(units []Quote) []Quote {
	out := units[:0]
	for _, q := range units {
		if q.Direct && closesAtEnd(q.Text) && workTitleKind(d.text, q.Start, q.End) == namedWork {
			continue
		}
		out = append(out, q)
	}
	return out
}

// closesAtEnd reports whether quotation s holds no closing mark but at its
// end: the unit is the quotation alone, not a title with words after it
// ("“Bridge of Spies,” which ...").
func closesAtEnd(s string) bool {
	s = strings.TrimRight(s, " .,;:!?")
	s = strings.TrimRight(s, "\"'”’")
	return !strings.ContainsAny(strings.TrimLeft(s, "\"'“‘ "), "\"”") && !strings.Contains(s, "''")
}
