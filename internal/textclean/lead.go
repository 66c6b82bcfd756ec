package textclean

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/dates"
)

// parseHeader reads the lines above the article text: an optional section
// label, the title, then subtitle, byline and dateline in any order, with
// dropped lines (captions, navigation) anywhere between. The header ends at
// the first line shaped like article text. It returns the first relative
// stamp seen anywhere, for a date when no dateline is found.
func parseHeader(lines []line, r *Result, opts Options) (stamp string) {
	for _, l := range lines {
		if l.role == roleDrop && l.reason == core.ReasonTimestamp {
			stamp = l.text
			break
		}
	}
	content := make([]int, 0, headerWindow)
	for i := range lines {
		if lines[i].role == roleBody {
			content = append(content, i)
			if len(content) == headerWindow {
				break
			}
		}
	}
	k := 0
	// Datelines may stand above the title.
	for k < len(content) && takeMeta(&lines[content[k]], r, opts) {
		k++
	}
	// A section label right above a headline.
	if k+1 < len(content) && isSectionLabel(lines[content[k]].text) && isHeadlineShape(lines[content[k+1]].text) && !isName(lines[content[k+1]].text, 2) {
		lines[content[k]].role, lines[content[k]].reason = roleDrop, core.ReasonKicker
		k++
	}
	if k+1 < len(content) { // a title needs text under it
		l := &lines[content[k]]
		_, _, byline := parseByline(l.text)
		if isHeadlineShape(l.text) && !byline && !isDateLine(l.text) && (l.blankAfter || !isBodyShape(l.text)) {
			r.Title, l.role = l.text, roleTitle
			k++
		}
	}
	sawMeta := false
	for ; k < len(content); k++ {
		i := content[k]
		l := &lines[i]
		if takeMeta(l, r, opts) {
			sawMeta = true
			continue
		}
		if r.Title != "" && r.Subtitle == "" && !sawMeta && isStandfirst(lines, i) {
			r.Subtitle, l.role = l.text, roleSubtitle
			continue
		}
		if r.Title != "" && len(r.Authors) == 0 && l.text != r.Title && isLoneName(l.text) {
			r.Authors = append(r.Authors, l.text)
			l.role = roleByline
			sawMeta = true
			continue
		}
		break
	}
	// A dateline or byline may stand just under a first line that is not
	// taken as a headline ("<lede>\nPosted: May 24, 2005").
	for end := min(k+metaLookahead, len(content)); k < end && r.Published == "" && r.Title == ""; k++ {
		takeMeta(&lines[content[k]], r, opts)
	}
	return stamp
}

// metaLookahead is how many content lines below the header parseHeader
// still reads for a dateline or byline when the page has no headline.
const metaLookahead = 3

// takeMeta takes l as a byline or dateline when it is one.
func takeMeta(l *line, r *Result, opts Options) bool {
	if names, dateSeg, ok := parseByline(l.text); ok {
		r.Authors = appendNew(r.Authors, names...)
		l.role = roleByline
		if dateSeg != "" && r.Published == "" {
			if d, ok := parseDate(dateSeg, opts); ok {
				r.Published = d
			}
		}
		return true
	}
	if isStampLine(l.text) {
		l.role = roleDate
		if r.Published == "" && isDateLine(l.text) {
			if d, ok := parseDate(l.text, opts); ok {
				r.Published = d
			}
		}
		return true
	}
	return false
}

// isStandfirst reports whether lines[i], right under the title, is a
// standfirst: a longer line without a closing full stop, or one or two
// sentences followed by more header material (a dropped line, a byline or a
// dateline) rather than by article text.
func isStandfirst(lines []line, i int) bool {
	l := lines[i]
	w := wordCount(l.text, maxStandfirstWords+1)
	if w < 5 || w > maxStandfirstWords || strings.HasSuffix(l.text, ":") {
		return false // a line ending in a colon introduces the text
	}
	if !endsSentence(l.text) {
		return true
	}
	if i+1 >= len(lines) {
		return false
	}
	next := lines[i+1]
	if next.role == roleDrop {
		return true
	}
	if _, _, ok := parseByline(next.text); ok {
		return true
	}
	return isDateLine(next.text)
}

// maxStandfirstWords bounds a standfirst's length.
const maxStandfirstWords = 60

// parseDate reads a dateline through internal/dates, trying it as written
// and then with its spaced-out numbers closed up.
func parseDate(s string, opts Options) (string, bool) {
	if d, ok := dates.Parse(s, opts.Fetched); ok {
		return d, true
	}
	if t := tidyDate(s); t != s {
		return dates.Parse(t, opts.Fetched)
	}
	return "", false
}

// isLoneName reports a line that is only a person's name, as bylines stand
// under some headlines ("Anna Berg"): a name of two to four words, not all
// of them common English words ("Special Circumstances").
func isLoneName(s string) bool {
	if wordCount(s, 5) > 4 || !isName(s, 2) {
		return false
	}
	l := getLexicon()
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if _, proper := l.proper[lw]; proper || !l.isFrequent(lw) {
			return true
		}
	}
	return false
}

// appendNew appends the names not already in list.
func appendNew(list []string, names ...string) []string {
	for _, n := range names {
		dup := false
		for _, m := range list {
			if m == n {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, n)
		}
	}
	return list
}
