package wire

import (
	"fmt"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
)

// UndatedWhy says why an undated article has no date, from its removals:
// a given date dropped as unusable (`date "31/02/2026" unusable,
// dropped`), or a page too large for the whole-page date search
// (core.ReasonDateBounded); "" when neither, or when a is dated.
// `storyline show` and the article page write it after "undated: ".
func UndatedWhy(a *core.Article) string {
	if a == nil || a.Published != "" {
		return ""
	}
	for _, r := range a.Removed {
		switch r.Reason {
		case core.ReasonBadDate:
			return fmt.Sprintf("date %q unusable, dropped", CutNote(r.Text, 40))
		case core.ReasonDateBounded:
			return r.Text
		}
	}
	return ""
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
