// Package urldate reads the publication day news sites write into a page's
// address ("/2018/04/17/world/...", "/news/2024-05-15-title"). It is a leaf
// package, apart from package dates, so that code which only needs this
// (the clustering benchmark loader) does not link the HTML date finder.
package urldate

import (
	"regexp"
	"strings"
	"time"
)

// MinYear is the earliest plausible publication year.
const MinYear = 1990

// futureSlack is how far past the reference time a day may lie (time
// zones, clocks).
const futureSlack = 48 * time.Hour

var (
	// A URL date is year, month and day split by one separator used twice
	// (checked in Day: Go's regexp has no back-references) or written
	// together as eight digits; "2018/13/45" is no date, not 2018-01-03.
	reSep     = regexp.MustCompile(`(?:^|[/_\-.=])((?:19|20)\d{2})([/_\-.])([01]?\d)([/_\-.])([0-3]?\d)(?:[/_\-.]|$|[^\d])`)
	reCompact = regexp.MustCompile(`(?:^|[/_\-.=])((?:19|20)\d{2})([01]\d)([0-3]\d)(?:[/_\-.]|$)`)
)

// Day returns the full date written in u's path, at midnight UTC. A day
// after ref (plus two days' slack) or before MinYear is no publication
// date; neither is a year or a month alone, nor a date in the host name.
// ok is false when the path holds no such date.
func Day(u string, ref time.Time) (day time.Time, ok bool) {
	if u == "" {
		return time.Time{}, false
	}
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	i := strings.IndexByte(u, '/')
	if i < 0 {
		return time.Time{}, false
	}
	u = u[i:]
	for _, m := range reSep.FindAllStringSubmatch(u, -1) {
		if m[2] != m[4] {
			continue
		}
		if t, ok := plausible(atoi(m[1]), atoi(m[3]), atoi(m[5]), ref); ok {
			return t, true
		}
	}
	for _, m := range reCompact.FindAllStringSubmatch(u, -1) {
		if t, ok := plausible(atoi(m[1]), atoi(m[2]), atoi(m[3]), ref); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

func plausible(y, m, d int, ref time.Time) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < MinYear {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.After(ref.Add(futureSlack)) {
		return time.Time{}, false
	}
	return t, true
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
