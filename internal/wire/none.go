package wire

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NoneFound is what an empty list says, in the CLI and on the web pages
// alike: "no WHAT" and then each filter that was given, naming its input
// ("no claims held by “Nobdy”, in story 9"), so a mistyped name or a narrow
// filter is not read as an empty store. Filters are the phrases of Given,
// GivenID, GivenDays and AtLeast; empty ones (not given) are skipped. The
// web pages write it as a sentence (capitalised, with a full stop).
func NoneFound(what string, filters ...string) string {
	var by []string
	for _, f := range filters {
		if f != "" {
			by = append(by, f)
		}
	}
	if len(by) == 0 {
		return "no " + what
	}
	return "no " + what + " " + strings.Join(by, ", ")
}

// Given is a filter phrase of NoneFound for a value typed as text: label
// and the value in quotes, control characters escaped ("about “talks”");
// "" when v is empty.
func Given(label, v string) string {
	if v == "" {
		return ""
	}
	var b strings.Builder
	for _, r := range v {
		if unicode.IsControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return label + " “" + b.String() + "”"
}

// GivenID is a numbered filter phrase of NoneFound ("in story 9"); "" for 0.
func GivenID(label string, id int64) string {
	if id == 0 {
		return ""
	}
	return GivenBare(label, strconv.FormatInt(id, 10))
}

// GivenBare is a filter phrase of NoneFound for a number or a day as the
// web pages read it from their query, written bare ("in story 9"); "" when
// v is empty.
func GivenBare(label, v string) string {
	if v == "" {
		return ""
	}
	return label + " " + v
}

// GivenDays names a from/to window for NoneFound ("from 2024-01-01",
// "to 2024-02-01", or "from 2024-01-01 to 2024-02-01"); "" when neither.
func GivenDays(from, to string) string {
	var s []string
	if from != "" {
		s = append(s, "from "+from)
	}
	if to != "" {
		s = append(s, "to "+to)
	}
	return strings.Join(s, " ")
}

// AtLeast names a minimum count filter ("of 3 articles or more"); "" for a
// minimum of 1 or less (the default: no filter).
func AtLeast(n int, word string) string {
	if n <= 1 {
		return ""
	}
	return fmt.Sprintf("of %d %s or more", n, plural(word))
}

// Count is n and word, in the plural unless n is 1 ("1 article", "3
// stories", "2 matches", "2 keys"): the CLI's counts and the pages' alike.
func Count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + plural(word)
}

// plural is word's plural: -y after a consonant takes -ies ("story",
// not "key"), -ch, -sh, -s and -x take -es, any other word -s.
func plural(word string) string {
	switch {
	case len(word) > 1 && strings.HasSuffix(word, "y") && !strings.ContainsRune("aeiou", rune(word[len(word)-2])):
		return strings.TrimSuffix(word, "y") + "ies"
	case strings.HasSuffix(word, "ch"), strings.HasSuffix(word, "sh"), strings.HasSuffix(word, "s"), strings.HasSuffix(word, "x"):
		return word + "es"
	}
	return word + "s"
}

// AsSentence is s as a sentence of a page: its first letter in upper case
// and a full stop ("No quotes by “Anna Lorvik”.").
func AsSentence(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:] + "."
}
