package story

import (
	"strings"
	"time"
)

// A dayRange is a span of days a text names: one day ("on September 10,
// 2010", "Dec. 16"), or a whole month when months are asked for ("in
// September", "in June 2005").
type dayRange struct{ from, to time.Time }

// namedDays lists the days (and, when months, the months) text names in
// its sentences, their years read from the text or, when it gives none,
// the latest such day not after published (a report of a hearing in
// December that names "the shooting in September" means the September
// before). Capitalised month names only ("may" is a verb; "May" needs a
// day next to it); at most maxNamedDays ranges.
func namedDays(text string, published time.Time, months bool) []dayRange {
	const maxNamedDays = 32
	var out []dayRange
	type tok struct {
		s     string
		digit bool
	}
	var toks []tok
	flush := func() {
		n := len(toks)
		for i := 0; i < n && len(out) < maxNamedDays; i++ {
			t := toks[i]
			if t.digit || t.s[0] < 'A' || t.s[0] > 'Z' || len(t.s) > 9 {
				continue
			}
			m, ok := monthNums[strings.ToLower(t.s)]
			if !ok {
				continue
			}
			num := func(k, maxLen int) int {
				if k < 0 || k >= n || !toks[k].digit || len(toks[k].s) > maxLen {
					return 0
				}
				return atoiASCII(toks[k].s)
			}
			day, y := num(i+1, 2), 0
			if day >= 1 && day <= 31 {
				if v := num(i+2, 4); v >= 1900 && v <= 2099 && len(toks[i+2].s) == 4 {
					y = v // September 10, 2010
				}
			} else if day = num(i-1, 2); day >= 1 && day <= 31 {
				if v := num(i+1, 4); v >= 1900 && v <= 2099 && len(toks[i+1].s) == 4 {
					y = v // 10 September 2010
				}
			} else {
				day = 0
				if v := num(i+1, 4); v >= 1900 && v <= 2099 && len(toks[i+1].s) == 4 {
					y = v // June 2005
				}
			}
			if day == 0 && (!months || m == 5) {
				continue
			}
			if y == 0 {
				y = published.Year()
				if d := time.Date(y, time.Month(m), max(day, 1), 0, 0, 0, 0, time.UTC); d.After(published.Add(48 * time.Hour)) {
					y--
				}
			}
			if day > 0 {
				d := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
				if d.Day() != day {
					continue // "February 31"
				}
				out = append(out, dayRange{d, d})
			} else {
				d := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
				out = append(out, dayRange{d, d.AddDate(0, 1, -1)})
			}
		}
		toks = toks[:0]
	}
	for i := 0; i < len(text); {
		c := text[i]
		digit, letter := c >= '0' && c <= '9', c|0x20 >= 'a' && c|0x20 <= 'z'
		if !digit && !letter {
			if c == '\n' {
				flush() // a day and its month share a line
			}
			i++
			continue
		}
		j := i
		for j < len(text) && (digit && text[j] >= '0' && text[j] <= '9' || letter && text[j]|0x20 >= 'a' && text[j]|0x20 <= 'z') {
			j++
		}
		toks = append(toks, tok{text[i:j], digit})
		i = j
	}
	flush()
	return out
}

// namesStoryDays reports whether one of days falls within slack of s's
// dated span.
func namesStoryDays(days []dayRange, s *Story, slack time.Duration) bool {
	if s.First.IsZero() {
		return false
	}
	lo, hi := s.First.Add(-slack), s.Last.Add(slack)
	for _, d := range days {
		if !d.to.Before(lo) && !d.from.After(hi) {
			return true
		}
	}
	return false
}

// Past MaxGap, the days an article names count for a story of at least
// namedDayMin articles, within namedDaySlack of its span.
const (
	namedDayMin   = 3
	namedDaySlack = 3 * 24 * time.Hour
)

// namedDayJoin reports whether the dated article d names a day of s's span
// (Options.NamedDay): a follow-up dated weeks or years later that tells of
// the event by its day ("convicted in the September 10, 2010 shooting").
// Month-only mentions ("in September") do not count: on PolNeAR they chain
// same-cast news. named caches the article's days, read on first use.
func (c *Clusterer) namedDayJoin(named **[]dayRange, d Doc, s *Story) bool {
	if c.opts.NamedDay <= 0 || d.Published.IsZero() || s.Size < namedDayMin {
		return false
	}
	if *named == nil {
		x := namedDays(d.Text, d.Published, false)
		*named = &x
	}
	return namesStoryDays(**named, s, namedDaySlack)
}
