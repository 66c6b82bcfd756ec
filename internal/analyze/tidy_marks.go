package analyze

import (
	"regexp"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

// trailingAttribution matches an attribution closing a quote's own span:
// a closing mark or comma, a capitalised name of up to five words, an
// optional apposition between commas, and a reporting verb at the very
// end (“..., ” Mr. X said; "..., Ana Lind, a manager at Y, says").
var trailingAttribution = regexp.MustCompile(`(?:[,.?!]\s*["”’']|,)\s*((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)\s*(?:,[^,"“”]{1,100},\s*)?(?:said|says|added|told|explained|continued|wrote|writes)\s*[.,:]?\s*$`)

// ownAttribution returns the person a quote's span names in an
// attribution at its own end (a quotation the marks paired wrongly, its
// span running over “...,” Mr. X said), else "". The name must be a
// person mention of the article.
func ownAttribution(text string, q quotes.Quote, ms []quotes.Mention) string {
	if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
		return ""
	}
	span := text[q.Start:q.End]
	from := max(0, len(span)-220)
	loc := trailingAttribution.FindStringSubmatchIndex(span[from:])
	if loc == nil {
		return ""
	}
	a, b := q.Start+from+loc[2], q.Start+from+loc[3]
	for _, m := range ms {
		if m.Start >= b {
			break
		}
		if m.End > a && m.Type == core.Person {
			return m.Name
		}
	}
	return ""
}
