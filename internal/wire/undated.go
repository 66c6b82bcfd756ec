package wire

import (
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/dates"
)

// UndatedWhy says why an undated article has no date, from its removals:
// a given date dropped as unusable (`date "31/02/2026" unusable,
// dropped`) or as later than the page was read (`date "2031-05-02" later
// than the page was read, dropped`: the dates package takes no date from
// the future), or a page too large for the whole-page date search
// (core.ReasonDateBounded); "" when neither, or when a is dated.
// `storyline show` and the article page write it after "undated: ".
func UndatedWhy(a *core.Article) string {
	if a == nil || a.Published != "" {
		return ""
	}
	for _, r := range a.Removed {
		switch r.Reason {
		case core.ReasonBadDate:
			if later(r.Text, a) {
				return fmt.Sprintf("date %q later than the page was read, dropped", CutNote(r.Text, 40))
			}
			return fmt.Sprintf("date %q unusable, dropped", CutNote(r.Text, 40))
		case core.ReasonDateBounded:
			return r.Text
		}
	}
	return ""
}

// later reports whether a dropped date is a readable day after the moment
// a was read (fetched, else stored, else now): the date parser refuses
// those. A relative stamp ("2 hours ago") reads differently against two
// reference moments and is not such a day.
func later(text string, a *core.Article) bool {
	far := time.Date(9000, 1, 1, 0, 0, 0, 0, time.UTC)
	d, ok := dates.Parse(text, far)
	if !ok {
		return false
	}
	if d2, ok := dates.Parse(text, far.AddDate(1, 0, 0)); !ok || d2 != d {
		return false
	}
	t, err := time.Parse("2006-01-02", d[:min(len(d), 10)])
	if err != nil {
		return false
	}
	read := a.FetchedAt
	if read.IsZero() {
		read = a.IngestedAt
	}
	if read.IsZero() {
		read = time.Now()
	}
	return t.After(read)
}

// CutNote cuts s to at most n bytes on a rune boundary, marking the cut
// ("…"), for an input quoted in a note.
func CutNote(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
