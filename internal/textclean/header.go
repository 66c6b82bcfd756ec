package textclean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// bylineRe matches "By X", "Written by X", "Author: X".
	bylineRe = regexp.MustCompile(`(?i)^(?:(?:written|reported|posted|story|words|text|compiled|edited|photos?)\s+)?by\s*:?\s+(.+)$|^(?:authors?|reporters?|writers?|byline)\s*:\s*(.+)$`)
	// bylineSplitRe separates a byline's segments (names, roles, dates).
	bylineSplitRe = regexp.MustCompile(`\s*(?:\||•|·|\s[-–—]\s|\bpublished\b|\bupdated\b|\bposted\b)\s*`)
	// nameSepRe separates the names in a byline.
	nameSepRe = regexp.MustCompile(`\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*`)

	monthRe   = regexp.MustCompile(`(?i)^(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$`)
	weekdayRe = regexp.MustCompile(`(?i)^(mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)$`)
	// numDateRe matches numeric dates: 15/05/2024, 2024-05-15, 15.05.2024, ISO stamps.
	numDateRe = regexp.MustCompile(`^(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(t[\d:.]+(z|[+-]\d{2}:?\d{2})?)?)$`)
	timeRe    = regexp.MustCompile(`^\d{1,2}[:.h]\d{2}([:.]\d{2})?(am|pm|a\.m\.|p\.m\.)?$`)
	numRe     = regexp.MustCompile(`^\d{1,4}(st|nd|rd|th|am|pm|a\.m|p\.m)?$`)
)

// dateFiller are words a date line may hold besides the date itself.
var dateFiller = map[string]bool{
	"published": true, "updated": true, "posted": true, "last": true, "date": true,
	"on": true, "at": true, "the": true, "of": true, "am": true, "pm": true,
	"a.m": true, "p.m": true, "modified": true, "created": true, "first": true,
	"issued": true, "time": true, "and": true, "de": true, "@": true, "/": true, "hrs": true, "h": true,
}

var (
	// spacedNumRe finds numbers split by spaced separators ("12: 48", "05 / 02").
	spacedNumRe = regexp.MustCompile(`\d( [/:.] ?| ?[/:.] )\d`)
	// spacedISORe finds "2012 - 04 - 04".
	spacedISORe = regexp.MustCompile(`\b(\d{4}) - (\d{1,2}) - (\d{1,2})\b`)
	// spacedMeridiemRe finds "p. m." and "a. m.".
	spacedMeridiemRe = regexp.MustCompile(`(?i)\b([ap])\. ?m\.?`)
)

// tidyDate closes up the spaces some scrapes put inside dates and times
// ("12: 48 p. m. 05 / 02 / 2013" becomes "12:48 pm 05/02/2013").
func tidyDate(s string) string {
	if len(s) > 100 {
		return s
	}
	for range 3 { // matches overlap ("8 / 2 / 2013"): repeat a few times
		t := spacedNumRe.ReplaceAllStringFunc(s, dropSpaces)
		if t == s {
			break
		}
		s = t
	}
	s = spacedISORe.ReplaceAllString(s, "$1-$2-$3")
	return spacedMeridiemRe.ReplaceAllString(s, "${1}m")
}

func dropSpaces(s string) string { return strings.ReplaceAll(s, " ", "") }

// isDateLine reports a short line that holds a date and little else.
func isDateLine(s string) bool { return dateOrTimeLine(s, false) }

// isStampLine reports a short line that holds a date or a time of day and
// little else ("Updated 4:08 pm ET").
func isStampLine(s string) bool { return dateOrTimeLine(s, true) }

func dateOrTimeLine(s string, timeOnly bool) bool {
	if len(s) > 100 || wordCount(s, 16) > 15 {
		return false
	}
	s = tidyDate(s)
	toks := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == ',' || r == '|' || r == '(' || r == ')' || r == '–' || r == '—' || r == '•' || r == '·'
	})
	hasDate, hasTime := false, false
	months, nums := 0, 0
	for _, t := range toks {
		t = strings.TrimRight(strings.Trim(t, ":"), ".")
		if t == "" || t == "-" {
			continue
		}
		switch {
		case numDateRe.MatchString(t):
			hasDate = true
		case timeRe.MatchString(t):
			hasTime = true
		case numRe.MatchString(t):
			nums++
		case dateFiller[strings.TrimSuffix(t, ".")]:
		case weekdayRe.MatchString(strings.TrimSuffix(t, ".")):
		case isMonthToken(t):
			months++
		case isZone(t):
		default:
			return false
		}
	}
	return hasDate || (months > 0 && nums > 0) || (timeOnly && hasTime && months == 0 && nums == 0)
}

// isMonthToken reports "oct", "oct.", "october", "oct.30".
func isMonthToken(t string) bool {
	m, rest, _ := strings.Cut(t, ".")
	if !monthRe.MatchString(m) {
		return false
	}
	return rest == "" || numRe.MatchString(rest)
}

// isZone reports a time-zone token: "cet", "utc", "gmt+2", "est".
func isZone(t string) bool {
	t = strings.TrimLeft(t, "(")
	base := strings.TrimRight(t, "+-0123456789:")
	switch base {
	case "utc", "gmt", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
		"bst", "ist", "msk", "jst", "kst", "aest", "aedt", "wib", "z", "et", "pt", "ct", "mt", "hkt", "sgt",
		"sast", "cat", "eat", "wat", "akst", "hst", "nzst", "nzdt", "awst", "trt":
		return true
	}
	return false
}

// particles may stand lowercase inside a name ("Ursula von der Leyen").
var particles = map[string]bool{
	"de": true, "van": true, "von": true, "der": true, "den": true, "bin": true,
	"al": true, "da": true, "di": true, "la": true, "le": true, "du": true,
	"del": true, "dos": true, "das": true, "ibn": true, "ter": true,
}

// notNameWords are capitalised words that show a line is not a name.
var notNameWords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "of": true, "on": true, "and": true,
	"for": true, "to": true, "with": true, "at": true, "by": true, "is": true,
	"news": true, "world": true, "politics": true, "business": true, "sport": true,
	"sports": true, "opinion": true, "analysis": true, "live": true, "latest": true,
	"video": true, "photos": true, "home": true, "more": true, "top": true,
	"stories": true, "breaking": true, "trending": true, "now": true, "new": true,
	"read": true, "share": true, "comments": true, "follow": true, "subscribe": true,
	"staff": true, "writer": true, "editor": true, "correspondent": true,
	"reporter": true, "contributor": true, "columnist": true, "bureau": true,
	"agency": true, "desk": true, "team": true, "press": true, "media": true,
	"international": true, "relations": true, "economy": true, "europe": true,
	"summary": true, "introduction": true, "conclusion": true, "update": true,
	"exclusive": true, "interview": true, "podcast": true, "president": true,
	"minister": true, "says": true, "said": true, "war": true, "why": true, "how": true,
	"what": true, "who": true, "our": true, "your": true, "my": true, "his": true, "her": true,
}

// roleWords mark a byline segment that is a role, not a name.
var roleWords = map[string]bool{
	"staff": true, "writer": true, "editor": true, "correspondent": true,
	"reporter": true, "contributor": true, "columnist": true, "bureau": true,
	"chief": true, "senior": true, "special": true, "desk": true, "team": true,
	"for": true, "in": true, "at": true, "from": true,
}

// isName reports whether s reads as a person's name: two to five
// capitalised words (particles and initials allowed), no digits.
func isName(s string, minWords int) bool {
	if len(s) > 60 {
		return false
	}
	f := strings.Fields(s)
	if len(f) < minWords || len(f) > 5 {
		return false
	}
	caps := 0
	for i, w := range f {
		if particles[w] && i > 0 && i < len(f)-1 {
			continue
		}
		if notNameWords[strings.ToLower(w)] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !(unicode.IsLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’') {
				return false
			}
		}
		caps++
	}
	return caps >= minWords
}

// parseByline reads a byline into names and, when it carries one, the date
// segment ("By Ana Ruiz | May 3, 2024"). ok is false when s is no byline.
func parseByline(s string) (names []string, dateSeg string, ok bool) {
	if len(s) > 200 {
		return nil, "", false
	}
	m := bylineRe.FindStringSubmatch(s)
	if m == nil {
		return nil, "", false
	}
	rest := m[1]
	if rest == "" {
		rest = m[2]
	}
	for i, seg := range bylineSplitRe.Split(rest, -1) {
		seg = strings.Trim(seg, " :,.")
		if seg == "" {
			continue
		}
		if isDateLine(seg) {
			if dateSeg == "" {
				dateSeg = seg
			}
			continue
		}
		if i > 0 && len(names) > 0 {
			continue // a role or outlet after the names
		}
		for _, n := range nameSepRe.Split(seg, -1) {
			n = strings.Trim(n, " .,:")
			if n == "" || isRole(n) {
				continue
			}
			if !isName(n, 1) {
				if len(names) == 0 {
					return nil, "", false
				}
				break
			}
			names = append(names, n)
		}
	}
	return names, dateSeg, len(names) > 0
}

// isRole reports a byline segment naming a role ("Staff Writer").
func isRole(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if roleWords[w] {
			return true
		}
	}
	return false
}

// sectionNames are section labels that may stand above a headline.
var sectionNames = map[string]bool{
	"world": true, "politics": true, "business": true, "europe": true, "opinion": true,
	"analysis": true, "sport": true, "sports": true, "news": true, "world news": true,
	"tech": true, "technology": true, "science": true, "health": true, "culture": true,
	"economy": true, "markets": true, "breaking news": true, "live": true,
	"exclusive": true, "international": true, "national": true, "local": true,
	"us": true, "uk": true, "asia": true, "africa": true, "middle east": true,
	"americas": true, "entertainment": true, "lifestyle": true, "russia": true,
	"ukraine": true, "china": true, "defense": true, "defence": true, "security": true,
	"diplomacy": true, "conflict": true, "war": true, "world affairs": true,
	"international relations": true, "foreign affairs": true, "editorial": true,
}

// isSectionLabel reports a short section label above a headline.
func isSectionLabel(s string) bool {
	if wordCount(s, 5) > 3 || len(s) > 40 {
		return false
	}
	n := norm(s)
	if sectionNames[n] {
		return true
	}
	hasLetter := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			hasLetter = true
		}
	}
	return hasLetter
}

// kickerSeps separate a kicker from the title it repeats.
var kickerSeps = []string{" - ", " – ", " — ", " | ", ": ", " :: ", " / "}

// repeatsTitle reports whether line repeats title: the same words, or a
// kicker plus the title ("International relations - <title>").
func repeatsTitle(line, title string) (exact, kicker bool) {
	if title == "" {
		return false, false
	}
	nl, nt := norm(line), norm(title)
	if nl == nt {
		return true, false
	}
	if len(nl) <= len(nt) || len(nl) > len(nt)+80 {
		return false, false
	}
	for _, sep := range kickerSeps {
		if before, after, ok := strings.Cut(nl, sep); ok {
			if norm(after) == nt || norm(before) == nt {
				return false, true
			}
		}
		if i := strings.LastIndex(nl, sep); i >= 0 && norm(nl[:i]) == nt {
			return false, true
		}
	}
	return false, false
}
