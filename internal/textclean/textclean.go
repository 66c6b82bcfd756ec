package textclean

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/dates"
)

// Options tunes Clean. The zero value works.
type Options struct {
	// Fetched is when the page was fetched; relative stamps ("11 days ago")
	// resolve against it only when it is set.
	Fetched time.Time
	// KeepGlued turns glue repair off (RepairGlued is not applied).
	KeepGlued bool
}

// Result is what Clean finds in a scrape.
type Result struct {
	Title      string // "" when the page has no headline
	Subtitle   string // standfirst, "" when none
	Authors    []string
	Published  string // "2006-01-02" or RFC 3339, "" when none
	Paragraphs []string
	Removed    []core.Removal // every dropped line, in page order, with why
	KeyPoints  []string       // an appended list of key points, without numbering
}

// role says what a line became.
type role uint8

const (
	roleBody role = iota
	roleDrop
	roleTitle
	roleSubtitle
	roleByline
	roleDate
	roleKeyPoint
)

// A line is one non-blank line of the scrape.
type line struct {
	text       string // trimmed, spaces collapsed, glue repaired
	raw        string // trimmed original
	blankAfter bool   // a blank line (or the end) follows
	role       role
	reason     string
}

// headerWindow is how many content lines the header may span.
const headerWindow = 14

// Clean cleans one text scrape: it finds the title, subtitle, byline and
// dateline among the first lines, drops debris, repeated teasers and
// near-duplicate paragraphs (each recorded in Removed), repairs glued words
// and moves an appended list of key points to KeyPoints. Lines separated by
// blank lines or by single newlines are both read as paragraphs; lines hard
// wrapped inside a sentence are joined. It never fails; its time is linear in
// the size of text.
func Clean(text string, opts Options) Result {
	lines := splitLines(text, opts)
	var r Result
	dropDebris(lines)
	dropTeasers(lines)
	stamp := parseHeader(lines, &r, opts)
	dropTitleRepeats(lines, r.Title)
	r.KeyPoints = splitKeyPoints(lines)
	dedup := newDupIndex()
	for i := range lines {
		l := &lines[i]
		if l.role == roleBody && dedup.check(l.text) {
			l.role, l.reason = roleDrop, core.ReasonDuplicate
		}
	}
	for i := range lines {
		l := &lines[i]
		switch l.role {
		case roleBody:
			r.Paragraphs = append(r.Paragraphs, l.text)
		case roleDrop:
			r.Removed = append(r.Removed, core.Removal{Text: l.raw, Reason: l.reason})
		case roleKeyPoint:
			r.Removed = append(r.Removed, core.Removal{Text: l.raw, Reason: core.ReasonKeyPoints})
		}
	}
	if r.Published == "" && stamp != "" && !opts.Fetched.IsZero() {
		if d, ok := dates.Parse(stamp, opts.Fetched); ok {
			r.Published = d
		}
	}
	return r
}

// splitLines cuts text into non-blank lines, joining lines hard-wrapped
// inside a sentence, and repairs glued words.
func splitLines(text string, opts Options) []line {
	text = strings.ToValidUTF8(text, "\uFFFD")
	var out []line
	for rest := text; rest != ""; {
		var ln string
		if i := strings.IndexAny(rest, "\r\n"); i >= 0 {
			ln = rest[:i]
			if rest[i] == '\r' && i+1 < len(rest) && rest[i+1] == '\n' {
				i++
			}
			rest = rest[i+1:]
		} else {
			ln, rest = rest, ""
		}
		t := strings.TrimFunc(ln, isSpaceLike)
		if t == "" {
			if len(out) > 0 {
				out[len(out)-1].blankAfter = true
			}
			continue
		}
		if n := len(out); n > 0 && !out[n-1].blankAfter && (isWrapped(out[n-1].raw, t) || isPlaceDateline(out[n-1].raw)) {
			out[n-1].raw += " " + t
			continue
		}
		out = append(out, line{raw: t})
	}
	if n := len(out); n > 0 {
		out[n-1].blankAfter = true
	}
	for i := range out {
		t := collapseSpaces(out[i].raw)
		if !opts.KeepGlued {
			t = RepairGlued(t)
		}
		out[i].text = t
	}
	return out
}

// minWrapLen is the shortest line taken as hard-wrapped: wrapping tools cut
// lines at 60 to 80 columns, and a shorter line is a line of its own.
const minWrapLen = 55

// isWrapped reports whether next continues prev's sentence (a hard wrap):
// prev is long and stops mid-sentence, next starts in lowercase, and neither
// is a headline or dateline.
func isWrapped(prev, next string) bool {
	if len(prev) < minWrapLen || endsSentence(prev) || strings.HasSuffix(prev, ":") {
		return false
	}
	if c := next[0]; c < 'a' || c > 'z' {
		return false
	}
	return !isTitleCase(prev) && !isDateLine(next)
}

// isPlaceDateline reports whether s is a dateline standing on its own line
// above the lede it opens ("WASHINGTON —", "WEST PALM BEACH, Fla. —",
// "Washington (AFP) –", "MOSCOW, Oct 30 (Reuters) -"): a few capitalised
// words, a date or an agency in brackets, then a dash. Such a line is no
// headline; it joins the line under it, as printed.
func isPlaceDateline(s string) bool {
	var head string
	for _, dash := range []string{"—", "–", "--", " -"} {
		if h, ok := strings.CutSuffix(s, dash); ok {
			head = strings.TrimSpace(h)
			break
		}
	}
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsUpper(r) {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '(' {
			return false
		}
	}
	return true
}

// dropDebris marks navigation, captions, hashtags and stamps; repeated short
// lines (a caption shown twice); short lines right under a photo credit; and
// headline-like links under a "Read also" line.
func dropDebris(lines []line) {
	for i := range lines {
		l := &lines[i]
		if reason := debrisReason(l.text); reason != "" {
			l.role, l.reason = roleDrop, reason
		}
	}
	for i := 1; i < len(lines); i++ {
		prev, l := &lines[i-1], &lines[i]
		if l.role != roleBody {
			continue
		}
		short := wordCount(l.text, 21) <= 20 && !endsSentence(l.text)
		switch {
		case short && norm(prev.text) == norm(l.text):
			// The same caption twice in a row.
			if prev.role == roleBody {
				prev.role, prev.reason = roleDrop, core.ReasonCaption
			}
			l.role, l.reason = roleDrop, core.ReasonCaption
		case short && !prev.blankAfter && prev.role == roleDrop && prev.reason == core.ReasonCaption:
			l.role, l.reason = roleDrop, core.ReasonCaption
		case short && prev.role == roleDrop && prev.reason == core.ReasonDebris && isLeadIn(norm(prev.text)) != "" && isHeadlineShape(l.text):
			l.role, l.reason = roleDrop, core.ReasonDebris
		}
	}
}

// teaserKeyLen is how many bytes of a normalised line index teasers.
const teaserKeyLen = 24

// dropTeasers marks lines cut off with "..." whose text is repeated in
// full in a longer line.
func dropTeasers(lines []line) {
	var teasers []int
	for i := range lines {
		if p, ok := teaserPrefix(lines[i].text); ok && lines[i].role == roleBody && len(p) >= teaserKeyLen {
			teasers = append(teasers, i)
		}
	}
	if len(teasers) == 0 {
		return
	}
	byKey := map[string][]int{}
	for i := range lines {
		if k, ok := teaserKey(lines[i].text); ok && len(byKey[k]) < 8 {
			byKey[k] = append(byKey[k], i)
		}
	}
	for _, i := range teasers {
		p, _ := teaserPrefix(lines[i].text)
		k, _ := teaserKey(p)
		for _, j := range byKey[k] {
			full := lines[j].text
			if j == i || len(full) <= len(p) || !strings.EqualFold(full[:len(p)], p) {
				continue
			}
			if _, cut := teaserPrefix(full); !cut || len(full) > len(lines[i].text) {
				lines[i].role, lines[i].reason = roleDrop, core.ReasonTeaser
				break
			}
		}
	}
}

// teaserKey is the lowercased start of s that indexes teasers.
func teaserKey(s string) (string, bool) {
	if len(s) < teaserKeyLen {
		return "", false
	}
	k := strings.ToLower(s[:min(len(s), 3*teaserKeyLen)])
	if len(k) < teaserKeyLen {
		return "", false
	}
	return k[:teaserKeyLen], true
}

// dropTitleRepeats marks later lines that repeat the title, alone or behind
// a kicker ("Section - <title>").
func dropTitleRepeats(lines []line, title string) {
	if title == "" {
		return
	}
	for i := range lines {
		l := &lines[i]
		if l.role != roleBody || len(l.text) > 2*len(title)+100 {
			continue
		}
		switch exact, kicker := repeatsTitle(l.text, title); {
		case exact:
			l.role, l.reason = roleDrop, core.ReasonRepeatedHeader
		case kicker:
			l.role, l.reason = roleDrop, core.ReasonKicker
		}
	}
}

// splitKeyPoints moves a list closing the page (three items or more, after
// which only dropped lines follow; numbered ones counting from 1; items that
// are sentences) to key points, with a heading line right above it when that
// line is a short heading ending with a colon. A closing list of short items
// (a ranking, names) or one that a sentence of the article introduces ("Here
// are four reasons the plan may fail:") is article text and stays.
func splitKeyPoints(lines []line) []string {
	end := len(lines)
	for end > 0 && lines[end-1].role != roleBody {
		end--
	}
	if end == 0 {
		return nil
	}
	m := listItemRe.FindStringSubmatch(lines[end-1].text)
	if m == nil {
		return nil
	}
	numbered := m[2] != ""
	expected, _ := strconv.Atoi(m[2])
	start := end
	for start > 0 {
		l := lines[start-1]
		if l.role != roleBody {
			break
		}
		m := listItemRe.FindStringSubmatch(l.text)
		if m == nil || numbered != (m[2] != "") {
			break
		}
		if numbered {
			n, _ := strconv.Atoi(m[2])
			if n != expected {
				break
			}
			expected--
		}
		start--
		if numbered && expected == 0 {
			break
		}
	}
	if end-start < 3 || (numbered && expected != 0) || !summaryItems(lines[start:end]) {
		return nil
	}
	intro := start > 0 && lines[start-1].role == roleBody && strings.HasSuffix(lines[start-1].text, ":")
	heading := intro && wordCount(lines[start-1].text, 9) <= 8
	if intro && !heading {
		return nil // "Here are four reasons the plan may fail:" - the article's own list
	}
	var kp []string
	for i := start; i < end; i++ {
		m := listItemRe.FindStringSubmatch(lines[i].text)
		kp = append(kp, strings.TrimSpace(m[3]))
		lines[i].role = roleKeyPoint
	}
	if heading {
		lines[start-1].role = roleKeyPoint
	}
	return kp
}

// Key-point items are sentences: minKeyPointWords words on average, and
// most of them end like a sentence.
const minKeyPointWords = 6

// summaryItems reports whether list items read as summary sentences.
func summaryItems(items []line) bool {
	words, sentences := 0, 0
	for _, l := range items {
		words += wordCount(l.text, 100)
		if endsSentence(l.text) {
			sentences++
		}
	}
	return words >= minKeyPointWords*len(items) && sentences*10 >= len(items)*8
}
