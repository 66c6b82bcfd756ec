package story

import (
	"strings"
	"time"
)

// dateLines is how many non-empty lines at the top of a text may hold its
// dateline.
const dateLines = 4

// Above longDateLine bytes a line is a sentence of the story, not a
// dateline, unless it opens with its date: within its first openTokens
// tokens.
const (
	longDateLine = 80
	openTokens   = 6
)

var monthNums = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// datelineMonth reads the month of a dateline at the top of a text
// ("Published: July 29, 2004", "Wed, Sep 19 2012 at 11:47 AM",
// "2013-09-18"): scraped articles often carry one when their metadata gave
// no date. It returns the month as "2006-01". A month name (capitalised:
// "may" is a verb) must stand within three tokens of a year, or a year
// open an ISO date; only short lines, or lines that open with their date,
// count, so a date named in a sentence is not taken for the article's.
// ok is false when none of the first lines holds one.
func datelineMonth(text string) (ym string, ok bool) {
	_, y, m, _ := firstDateLine(text)
	if y == 0 {
		return "", false
	}
	return monthKey(y, m), true
}

// firstDateLine returns the first of the top dateLines non-empty lines of
// text that names a date, with its year, month and day (see lineDate): a
// short line anywhere, a long one (a sentence) only in its first
// openTokens tokens. y is 0 when none does.
func firstDateLine(text string) (line string, y, m, d int) {
	seen := 0
	for len(text) > 0 && seen < dateLines {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		seen++
		if strings.IndexAny(line, "0123456789") < 0 {
			continue // a dateline names its year in digits
		}
		limit := 24
		if len(line) > longDateLine {
			limit = openTokens
		}
		if y, m, d := lineDate(line, limit); y > 0 {
			return line, y, m, d
		}
	}
	return "", 0, 0, 0
}

// lineDate looks for a month and year among the first limit tokens (runs
// of ASCII letters or digits) of line, with the day of the month when a
// number of one or two digits, 1 to 31, stands next to the month name
// ("July 29, 2004", "28 April 2009") or closes the ISO date; day is 0
// when none does. y is 0 when the line holds no date.
func lineDate(line string, limit int) (y, m, day int) {
	type tok struct {
		s     string
		at    int // byte offset in line
		digit bool
	}
	var toks [24]tok
	n := 0
	for i := 0; i < len(line) && n < limit && n < len(toks); {
		c := line[i]
		digit, letter := c >= '0' && c <= '9', c|0x20 >= 'a' && c|0x20 <= 'z'
		if !digit && !letter {
			i++
			continue
		}
		j := i
		for j < len(line) && (digit && line[j] >= '0' && line[j] <= '9' || letter && line[j]|0x20 >= 'a' && line[j]|0x20 <= 'z') {
			j++
		}
		toks[n] = tok{line[i:j], i, digit}
		n++
		i = j
	}
	year := func(t tok) int {
		if !t.digit || len(t.s) != 4 {
			return 0
		}
		y := atoiASCII(t.s)
		if y < 1990 || y > 2099 {
			return 0
		}
		return y
	}
	for i := 0; i < n; i++ {
		t := toks[i]
		if y := year(t); y > 0 && i+2 < n && t.at+4 < len(line) && line[t.at+4] == '-' &&
			len(toks[i+1].s) == 2 && toks[i+1].digit && len(toks[i+2].s) == 2 && toks[i+2].digit {
			if m := atoiASCII(toks[i+1].s); m >= 1 && m <= 12 {
				return y, m, min(atoiASCII(toks[i+2].s), 31) // 2013-09-18
			}
		}
		if t.digit || t.s[0] < 'A' || t.s[0] > 'Z' || len(t.s) > 9 {
			continue
		}
		m, isMonth := monthNums[strings.ToLower(t.s)]
		if !isMonth {
			continue
		}
		for j := max(0, i-3); j < n && j <= i+3; j++ {
			if y := year(toks[j]); y > 0 {
				dayOf := func(k int) int {
					if k < 0 || k >= n || k == j || !toks[k].digit || len(toks[k].s) > 2 {
						return 0
					}
					if d := atoiASCII(toks[k].s); d <= 31 {
						return d
					}
					return 0
				}
				day := dayOf(i + 1) // July 29, 2004
				if day == 0 {
					day = dayOf(i - 1) // 28 April 2009
				}
				return y, m, day
			}
		}
	}
	return 0, 0, 0
}

// datelineDay reads the day of a dateline at the top of a text, as
// datelineMonth reads its month (the first dateline found; ok is false
// when it names no day of the month), from a line that holds nothing but
// the date, its time and words that announce one ("Published: July 29,
// 2004", "SATURDAY, SEPTEMBER 14, 2013, 9:29 PM"; dateOnly): a sentence
// that names a day is no dateline, short or not. updated is true when the
// line opens with "Updated", "Modified" or "Last" (the day of an update,
// which may come long after publication).
func datelineDay(text string) (day time.Time, updated, ok bool) {
	line, y, m, d := firstDateLine(text)
	if y == 0 || d == 0 || !dateOnly(line) {
		return time.Time{}, false, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false, false // "February 31"
	}
	return t, updateLine(line), true
}

// updateLine reports whether line's first word says it dates an update.
func updateLine(line string) bool {
	i := strings.IndexFunc(line, func(r rune) bool { return r|0x20 >= 'a' && r|0x20 <= 'z' })
	if i < 0 {
		return false
	}
	j := i
	for j < len(line) && line[j]|0x20 >= 'a' && line[j]|0x20 <= 'z' {
		j++
	}
	switch strings.ToLower(line[i:j]) {
	case "updated", "modified", "last":
		return true
	}
	return false
}

// dateWords are the words a dateline holds beside its date: weekdays,
// words that announce a date, times and time zones.
var dateWords = map[string]bool{
	"mon": true, "monday": true, "tue": true, "tues": true, "tuesday": true,
	"wed": true, "wednesday": true, "thu": true, "thur": true, "thurs": true,
	"thursday": true, "fri": true, "friday": true, "sat": true, "saturday": true,
	"sun": true, "sunday": true,
	"published": true, "posted": true, "updated": true, "last": true,
	"modified": true, "created": true, "story": true, "date": true, "on": true,
	"at": true, "am": true, "pm": true, "a": true, "p": true, "m": true,
	"t": true, "z": true, "gmt": true, "bst": true, "utc": true, "cet": true,
	"cest": true, "et": true, "est": true, "edt": true, "ct": true, "cst": true,
	"cdt": true, "mt": true, "mst": true, "mdt": true, "pt": true, "pst": true,
	"pdt": true, "akdt": true, "akst": true, "hst": true,
}

// dateOnly reports whether every word of line is a month name or one of
// dateWords.
func dateOnly(line string) bool {
	for i := 0; i < len(line); {
		if c := line[i] | 0x20; c < 'a' || c > 'z' {
			i++
			continue
		}
		j := i
		for j < len(line) && line[j]|0x20 >= 'a' && line[j]|0x20 <= 'z' {
			j++
		}
		w := strings.ToLower(line[i:j])
		if _, month := monthNums[w]; !month && !dateWords[w] {
			return false
		}
		i = j
	}
	return true
}

func monthKey(y, m int) string {
	b := []byte("0000-00")
	for i := 3; i >= 0; i-- {
		b[i] = byte('0' + y%10)
		y /= 10
	}
	b[5], b[6] = byte('0'+m/10), byte('0'+m%10)
	return string(b)
}

func atoiASCII(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
