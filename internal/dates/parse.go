package dates

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// maxLineLen is the length above which Parse only accepts a line that opens
// with its date: long lines are body sentences, whose numbers are not datelines.
const maxLineLen = 80

// futureSlack is how far past the reference moment a date may lie (time zones
// and clock skew); anything later is implausible.
const futureSlack = 48 * time.Hour

// minYear is the earliest plausible publication year.
const minYear = 1990

// Parse reads a publication date from a short line of text such as
// "13:53 - 15/05/2024 Wednesday", "Oct.30 - 2023 6:15 PM CET",
// "Published: 30 October 2023", "2023-10-30T18:15:00+01:00", "30.10.2023" or
// "Updated 2 hours ago". It returns "2006-01-02", or RFC 3339 when a time and
// its zone are known. Relative stamps resolve against fetched only when
// fetched is not zero. Numeric dates whose order is ambiguous (05/06/2024)
// are read day first. Lines longer than 80 bytes must open with their date.
// ok is false when s holds no plausible date.
func Parse(s string, fetched time.Time) (date string, ok bool) {
	st, ok := parseLine(s, fetched, lineCfg{lineRules: true})
	if !ok {
		return "", false
	}
	return st.String(), true
}

// stamp is a parsed date with what is known about it.
type stamp struct {
	t       time.Time
	hasTime bool
	hasZone bool
}

// String renders the stamp as a day or as RFC 3339.
func (s stamp) String() string {
	if s.hasTime && s.hasZone {
		return s.t.Format(time.RFC3339)
	}
	return s.t.Format("2006-01-02")
}

// Day is the stamp's calendar day in its own zone.
func (s stamp) Day() string { return s.t.Format("2006-01-02") }

// month names, lower case, in the languages news pages use most.
var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "februar": 2, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
	"november": 11, "nov": 11, "december": 12, "dec": 12,
	// German
	"januar": 1, "jänner": 1, "jän": 1, "märz": 3, "maerz": 3, "mär": 3, "mai": 5, "juni": 6,
	"juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
	// French
	"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3,
	"avril": 4, "avr": 4, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
	"septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
	// Spanish, Portuguese, Italian
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
	"agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
	"setembro": 9, "outubro": 10, "dezembro": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
	"settembre": 9, "ottobre": 10, "dicembre": 12,
	// Dutch, Polish (genitive), Turkish
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
	"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
	"lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
	"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
	"ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
	// Romanian, Indonesian, Czech (genitive)
	"ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
	"septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
	"maret": 3, "agustus": 8, "desember": 12, "nopember": 11,
	"ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7,
	"srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
	// Hungarian (written year first: "2020. június 7.")
	"január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
	"július": 7, "augusztus": 8, "szeptember": 9, "október": 10,
	// Greek (genitive) and Arabic
	"ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6,
	"ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
	"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
	"أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
	// Russian and Ukrainian (genitive, as dates write them)
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
	"августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
	"липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
}

// monthAlternation is a regexp alternation of monthNames, longest first.
var monthAlternation = func() string {
	names := make([]string, 0, len(monthNames))
	for n := range monthNames {
		names = append(names, regexp.QuoteMeta(n))
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return strings.Join(names, "|")
}()

// Date patterns. Submatch layout is fixed per kind; see parseAbsolute.
var (
	reISO   = regexp.MustCompile(`(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+|\s*,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*(Z|[+-]\d{2}(?::?\d{2})?)(?:\b|$))?)?`)
	reYMD   = regexp.MustCompile(`(\d{4})\s*[./年]\s*(\d{1,2})\s*[./月]\s*(\d{1,2})`)
	reDMY   = regexp.MustCompile(`(\d{1,2})([./-])(\d{1,2})([./-])(\d{4}|\d{2})`)
	reDMonY = regexp.MustCompile(`(?i)(\d{1,2})(?:st|nd|rd|th|er|º)?\.?[\s\-/]*(?:de\s+|of\s+)?(` + monthAlternation +
		`)\.?[\s\-/,]*(?:de\s+|del\s+)?(\d{4})`)
	reYMonD = regexp.MustCompile(`(?i)(\d{4})\.?\s+(` + monthAlternation + `)\.?\s+(\d{1,2})(?:\.|\b)`)
	reMonDY = regexp.MustCompile(`(?i)(` + monthAlternation + `)\.?\s*(\d{1,2})(?:st|nd|rd|th)?\s*[,.\-–—/]?\s*(\d{4})`)

	reTime = regexp.MustCompile(`(?i)(\d{1,2})(?:[:h](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?|\s*([ap])\.?\s?m\b\.?)`)
	reZone = regexp.MustCompile(`^\s*\(?\s*(?:(UTC|GMT|Z)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?|([+-])(\d{2}):?(\d{2})|([A-Z]{2,5}))(?:\b|$)`)

	// reTimeAfterGap is what may stand between a date and a following time.
	reTimeAfterGap = regexp.MustCompile(`(?i)^[\s,\-–—|/•·@]*(?:at|um|à|a las|alle|ore|,)?[\s,\-–—|/•·@]*$`)
	// reTimeBeforeGap is what may stand between a leading time and the date.
	reTimeBeforeGap = regexp.MustCompile(`^[\s,\-–—|/•·]*$`)

	// rePublishLabel and reUpdateLabel tell published stamps from updates.
	rePublishLabel = regexp.MustCompile(`(?i)publi|posted|created|erschienen|veröffentlicht|erstellt|date de|fecha`)
	reUpdateLabel  = regexp.MustCompile(`(?i)updat|modif|aktualisiert|geändert|mis à jour|actualiz|revised|edited`)
)

// zoneOffsets maps zone abbreviations common in datelines to UTC offsets in
// minutes. Ambiguous ones (IST, CST) take their most frequent news sense.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 120,
	"MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180, "IST": 330, "PKT": 300,
	"EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
	"PST": -480, "PDT": -420, "AKST": -540, "HST": -600, "JST": 540, "KST": 540,
	"HKT": 480, "SGT": 480, "AWST": 480, "ACST": 570, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
}

// dateMatch is one absolute date found in a line.
type dateMatch struct {
	start, end int
	st         stamp
}

// lineCfg tunes parseLine.
type lineCfg struct {
	// lineRules applies the long-line rule; metadata values skip it.
	lineRules bool
	// monthFirst reads ambiguous numeric dates (05/06/2024) month first,
	// as pages in US English write them.
	monthFirst bool
}

// parseLine is Parse with the stamp kept.
func parseLine(s string, fetched time.Time, cfg lineCfg) (stamp, bool) {
	if len(s) > 4096 {
		s = s[:4096]
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	s = asciiDigits(strings.TrimSpace(s))
	if s == "" {
		return stamp{}, false
	}
	ref := fetched
	if ref.IsZero() {
		ref = time.Now()
	}
	long := cfg.lineRules && len(s) > maxLineLen
	if strings.IndexFunc(s, isASCIIDigit) >= 0 {
		ms := findDates(s, ref, cfg.monthFirst)
		if len(ms) > 0 {
			m := chooseDate(s, ms)
			if long && !opensLine(s[:m.start]) {
				return stamp{}, false
			}
			return m.st, true
		}
	}
	if fetched.IsZero() {
		return stamp{}, false
	}
	if long {
		return stamp{}, false
	}
	return parseRelative(s, fetched)
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// opensLine reports whether prefix (the text before a date) is short enough
// to be a label ("Published:", "Monday,") rather than part of a sentence.
func opensLine(prefix string) bool {
	prefix = strings.TrimSpace(prefix)
	return len(prefix) <= 30 && len(strings.Fields(prefix)) <= 3 && strings.IndexFunc(prefix, isASCIIDigit) < 0
}

// chooseDate picks the publication date among several: one labelled as
// published, else the first not labelled as an update, else the first.
func chooseDate(s string, ms []dateMatch) dateMatch {
	if len(ms) == 1 {
		return ms[0]
	}
	prev := 0
	firstPlain := -1
	for i, m := range ms {
		label := s[prev:m.start]
		prev = m.end
		if rePublishLabel.MatchString(label) {
			return m
		}
		if firstPlain < 0 && !reUpdateLabel.MatchString(label) {
			firstPlain = i
		}
	}
	if firstPlain >= 0 {
		return ms[firstPlain]
	}
	return ms[0]
}

// findDates returns the plausible absolute dates in s, in order, without overlaps.
func findDates(s string, ref time.Time, monthFirst bool) []dateMatch {
	var out []dateMatch
	add := func(m dateMatch) {
		for _, o := range out {
			if m.start < o.end && o.start < m.end {
				return
			}
		}
		out = append(out, m)
	}
	for _, loc := range reISO.FindAllStringSubmatchIndex(s, -1) {
		if !digitBounded(s, loc[0], loc[1]) {
			continue
		}
		y, mo, d := atoiAt(s, loc, 1), atoiAt(s, loc, 2), atoiAt(s, loc, 3)
		t, ok := makeDate(y, mo, d)
		if !ok {
			continue
		}
		st := stamp{t: t}
		if loc[8] >= 0 {
			h, mi, sec := atoiAt(s, loc, 4), atoiAt(s, loc, 5), 0
			if loc[12] >= 0 {
				sec = atoiAt(s, loc, 6)
			}
			if h < 24 && mi < 60 && sec < 60 {
				st.t = time.Date(y, time.Month(mo), d, h, mi, sec, 0, time.UTC)
				st.hasTime = true
				if loc[14] >= 0 {
					if zl, ok := parseNumericZone(s[loc[14]:loc[15]]); ok {
						st.t = time.Date(y, time.Month(mo), d, h, mi, sec, 0, zl)
						st.hasZone = true
					}
				} else if z := reZone.FindStringSubmatchIndex(s[loc[1]:]); z != nil {
					if zl, ok := zoneAt(s[loc[1]:], z); ok {
						st.t = time.Date(y, time.Month(mo), d, h, mi, sec, 0, zl)
						st.hasZone = true
					}
				}
			}
		}
		if plausible(st.t, ref) {
			add(dateMatch{loc[0], loc[1], st})
		}
	}
	for _, loc := range reYMD.FindAllStringSubmatchIndex(s, -1) {
		if !digitBounded(s, loc[0], loc[1]) {
			continue
		}
		if t, ok := makeDate(atoiAt(s, loc, 1), atoiAt(s, loc, 2), atoiAt(s, loc, 3)); ok && plausible(t, ref) {
			add(withTime(s, dateMatch{loc[0], loc[1], stamp{t: t}}))
		}
	}
	for _, loc := range reDMY.FindAllStringSubmatchIndex(s, -1) {
		if !digitBounded(s, loc[0], loc[1]) || s[loc[4]:loc[5]] != s[loc[8]:loc[9]] {
			continue
		}
		a, b, y := atoiAt(s, loc, 1), atoiAt(s, loc, 3), atoiAt(s, loc, 5)
		if loc[11]-loc[10] == 2 {
			if s[loc[4]] == '-' {
				continue // 10-30-23 is more often a code than a date
			}
			y = expandYear(y, ref)
		}
		d, mo := a, b
		if (b > 12 && a <= 12) || (monthFirst && a <= 12 && b <= 31 && s[loc[4]] == '/') {
			d, mo = b, a
		}
		if t, ok := makeDate(y, mo, d); ok && plausible(t, ref) {
			add(withTime(s, dateMatch{loc[0], loc[1], stamp{t: t}}))
		}
	}
	for _, loc := range reDMonY.FindAllStringSubmatchIndex(s, -1) {
		if !digitBounded(s, loc[0], loc[1]) || !wordStart(s, loc[4]) {
			continue
		}
		mo := monthNames[strings.ToLower(s[loc[4]:loc[5]])]
		if t, ok := makeDate(atoiAt(s, loc, 3), int(mo), atoiAt(s, loc, 1)); ok && plausible(t, ref) {
			add(withTime(s, dateMatch{loc[0], loc[1], stamp{t: t}}))
		}
	}
	for _, loc := range reMonDY.FindAllStringSubmatchIndex(s, -1) {
		if !wordStart(s, loc[0]) || !digitBounded(s, loc[0], loc[1]) {
			continue
		}
		mo := monthNames[strings.ToLower(s[loc[2]:loc[3]])]
		if t, ok := makeDate(atoiAt(s, loc, 3), int(mo), atoiAt(s, loc, 2)); ok && plausible(t, ref) {
			add(withTime(s, dateMatch{loc[0], loc[1], stamp{t: t}}))
		}
	}
	for _, loc := range reYMonD.FindAllStringSubmatchIndex(s, -1) {
		if !digitBounded(s, loc[0], loc[1]) || !wordStart(s, loc[4]) {
			continue
		}
		mo := monthNames[strings.ToLower(s[loc[4]:loc[5]])]
		if t, ok := makeDate(atoiAt(s, loc, 1), int(mo), atoiAt(s, loc, 3)); ok && plausible(t, ref) {
			add(withTime(s, dateMatch{loc[0], loc[1], stamp{t: t}}))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// withTime attaches a time (and zone) standing right after the date, or right
// before it ("13:53 - 15/05/2024"), to m.
func withTime(s string, m dateMatch) dateMatch {
	after := s[m.end:]
	if len(after) > 40 {
		after = after[:40]
	}
	for _, loc := range reTime.FindAllStringSubmatchIndex(after, 2) {
		if !reTimeAfterGap.MatchString(after[:loc[0]]) {
			break
		}
		if st, end, ok := readTime(after, loc, m.st.t); ok && digitBounded(after, loc[0], loc[1]) {
			m.st = st
			m.end += end
			return m
		}
	}
	lo := max(m.start-30, 0)
	before := s[lo:m.start]
	locs := reTime.FindAllStringSubmatchIndex(before, -1)
	if len(locs) > 0 {
		loc := locs[len(locs)-1]
		if st, end, ok := readTime(before, loc, m.st.t); ok && digitBounded(before, loc[0], loc[1]) &&
			reTimeBeforeGap.MatchString(before[end:]) {
			m.st = st
			m.start = lo + loc[0]
		}
	}
	return m
}

// readTime reads the time at loc in s (a reTime match) onto day, with a zone
// when one follows. end is where the time (and zone) ends in s.
func readTime(s string, loc []int, day time.Time) (stamp, int, bool) {
	h := atoiAt(s, loc, 1)
	mi, sec := 0, 0
	ampm := ""
	if loc[4] >= 0 {
		mi = atoiAt(s, loc, 2)
		if loc[6] >= 0 {
			sec = atoiAt(s, loc, 3)
		}
		if loc[8] >= 0 {
			ampm = strings.ToLower(s[loc[8]:loc[9]])
		}
	} else if loc[10] >= 0 {
		ampm = strings.ToLower(s[loc[10]:loc[11]])
	}
	if ampm != "" {
		if h < 1 || h > 12 {
			return stamp{}, 0, false
		}
		if ampm == "p" && h < 12 {
			h += 12
		} else if ampm == "a" && h == 12 {
			h = 0
		}
	}
	if h > 23 || mi > 59 || sec > 59 {
		return stamp{}, 0, false
	}
	end := loc[1]
	zone := time.UTC
	hasZone := false
	if z := reZone.FindStringSubmatchIndex(s[end:]); z != nil {
		if l, ok := zoneAt(s[end:], z); ok {
			zone, hasZone = l, true
			end += z[1]
		}
	}
	t := time.Date(day.Year(), day.Month(), day.Day(), h, mi, sec, 0, zone)
	return stamp{t: t, hasTime: true, hasZone: hasZone}, end, true
}

// zoneAt turns a reZone match into a location.
func zoneAt(s string, z []int) (*time.Location, bool) {
	switch {
	case z[2] >= 0: // UTC / GMT / Z with optional offset
		if z[4] < 0 {
			return time.UTC, true
		}
		h := atoiAt(s, z, 3)
		m := 0
		if z[8] >= 0 {
			m = atoiAt(s, z, 4)
		}
		return offsetZone(s[z[4]:z[5]], h, m)
	case z[10] >= 0:
		return offsetZone(s[z[10]:z[11]], atoiAt(s, z, 6), atoiAt(s, z, 7))
	case z[16] >= 0:
		if off, ok := zoneOffsets[s[z[16]:z[17]]]; ok {
			return time.FixedZone("", off*60), true
		}
	}
	return nil, false
}

func offsetZone(sign string, h, m int) (*time.Location, bool) {
	if h > 14 || m > 59 {
		return nil, false
	}
	off := (h*60 + m) * 60
	if sign == "-" {
		off = -off
	}
	if off == 0 {
		return time.UTC, true
	}
	return time.FixedZone("", off), true
}

// parseNumericZone reads "Z", "+01", "+0100" or "+01:00".
func parseNumericZone(z string) (*time.Location, bool) {
	if z == "Z" {
		return time.UTC, true
	}
	if len(z) < 3 {
		return nil, false
	}
	digits := strings.ReplaceAll(z[1:], ":", "")
	h, err := strconv.Atoi(digits[:2])
	if err != nil {
		return nil, false
	}
	m := 0
	if len(digits) >= 4 {
		if m, err = strconv.Atoi(digits[2:4]); err != nil {
			return nil, false
		}
	}
	return offsetZone(z[:1], h, m)
}

// atoiAt converts submatch i of s at loc; -1 when absent or not a number.
func atoiAt(s string, loc []int, i int) int {
	if loc[2*i] < 0 {
		return -1
	}
	n, err := strconv.Atoi(s[loc[2*i]:loc[2*i+1]])
	if err != nil {
		return -1
	}
	return n
}

// digitBounded reports that s[start:end] is not glued to further digits.
func digitBounded(s string, start, end int) bool {
	if start > 0 && isASCIIDigit(rune(s[start-1])) {
		return false
	}
	return end >= len(s) || !isASCIIDigit(rune(s[end]))
}

// wordStart reports that position i of s does not continue a word.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r)
}

// makeDate validates a calendar day.
func makeDate(y, m, d int) (time.Time, bool) {
	if y < 0 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// expandYear reads a two-digit year as the latest century not in the future.
func expandYear(y int, ref time.Time) int {
	if y >= 100 {
		return y
	}
	if 2000+y <= ref.Year()+1 {
		return 2000 + y
	}
	return 1900 + y
}

// plausible reports whether t can be a publication date seen at ref.
func plausible(t, ref time.Time) bool {
	return t.Year() >= minYear && !t.After(ref.Add(futureSlack))
}

// digitZeros are the zeros of the decimal digit sets news pages use besides
// ASCII: Arabic-Indic, Persian, Devanagari, Bengali and full-width.
var digitZeros = []rune{'٠', '۰', '०', '০', '０'}

// asciiDigits rewrites other decimal digits as ASCII ones.
func asciiDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r > 0x7f && unicode.IsDigit(r) }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		for _, z := range digitZeros {
			if r >= z && r <= z+9 {
				return '0' + (r - z)
			}
		}
		return r
	}, s)
}
