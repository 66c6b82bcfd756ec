package terms

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits text into sentences: at line breaks and after '.', '!' or
// '?' followed by a space and an upper-case letter, a digit or a quote mark,
// except after common abbreviations and single initials ("Mr.", "U.S.").
func Sentences(text string) []string {
	var out []string
	eachSentence(text, func(s string) { out = append(out, s) })
	return out
}

// eachSentence calls fn with each sentence of text, as Sentences splits it.
func eachSentence(text string, fn func(string)) {
	for rest := text; ; {
		line := rest
		nl := strings.IndexByte(rest, '\n')
		if nl >= 0 {
			line, rest = rest[:nl], rest[nl+1:]
		}
		line = strings.TrimSpace(line)
		start := 0
		for i := 0; i < len(line); i++ {
			c := line[i]
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			j := i + 1
			for j < len(line) && (line[j] == '"' || line[j] == '\'' || line[j] == ')') {
				j++
			}
			if j >= len(line) || line[j] != ' ' {
				continue
			}
			k := j + 1
			for k < len(line) && line[k] == ' ' {
				k++
			}
			if k >= len(line) {
				continue
			}
			r, _ := utf8.DecodeRuneInString(line[k:])
			if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '\'') {
				continue
			}
			if c == '.' && isAbbrev(line[start:i]) {
				continue
			}
			if s := strings.TrimSpace(line[start:j]); s != "" {
				fn(s)
			}
			start = k
			i = k - 1
		}
		if s := strings.TrimSpace(line[start:]); s != "" {
			fn(s)
		}
		if nl < 0 {
			return
		}
	}
}

func isAbbrev(before string) bool {
	i := strings.LastIndexAny(before, " (")
	// A quote mark may open the word: “Mr. opening a quotation.
	w := strings.TrimLeft(before[i+1:], "\"'“‘[")
	if utf8.RuneCountInString(w) == 1 { // an initial: "J." or "U.S" parts
		return true
	}
	if strings.Contains(w, ".") { // "U.S", "a.m"
		return true
	}
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "rep", "sen", "gov", "prof",
		"jr", "sr", "inc", "co", "corp", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "jun",
		"jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "capt", "cmdr", "adm":
		return true
	}
	return false
}

// titleWords are honorifics and offices stripped from the front of a
// capitalised phrase ("President Vladimir Putin" -> "vladimir putin").
var titleWords = map[string]bool{
	"president": true, "prime": true, "minister": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "defense": true, "defence": true, "foreign": true, "secretary": true,
	"chancellor": true, "king": true, "queen": true, "prince": true, "general": true,
	"gen": true, "sen": true, "senator": true, "rep": true, "governor": true, "gov": true,
	"judge": true, "chief": true, "leader": true, "former": true, "vice": true, "state": true,
	"sir": true, "lady": true, "lord": true, "pope": true, "actor": true, "actress": true,
	"singer": true, "star": true, "officer": true, "police": true, "coach": true, "captain": true,
	"interior": true, "finance": true, "russian": false,
}

// genericHeads are last words that name a kind, not a referent, so a
// phrase's last word alone is not emitted for them.
var genericHeads = map[string]bool{
	"organization": true, "organisation": true, "forum": true, "council": true, "ministry": true,
	"party": true, "union": true, "house": true, "news": true, "states": true, "summit": true,
	"department": true, "court": true, "center": true, "centre": true, "university": true,
	"company": true, "group": true, "agency": true, "bank": true, "association": true,
	"committee": true, "office": true, "service": true, "times": true, "post": true,
	"city": true, "county": true, "island": true, "islands": true, "river": true, "street": true,
	"airport": true, "school": true, "hospital": true, "church": true, "nations": true,
	"republic": true, "kingdom": true, "peninsula": true, "sea": true, "ocean": true,
	"authority": true, "commission": true, "institute": true, "museum": true, "stadium": true,
	"palace": true, "corporation": true, "board": true, "network": true, "forces": true, "army": true,
}

// Phrases returns the capitalised phrases of text, lower-cased, that stand in
// for named entities when no language layer ran: runs of capitalised words
// (joined by "of", "de", "al" or "bin" inside), with leading titles stripped
// and a possessive "'s" removed. A single capitalised word that opens a
// sentence and is a stop word ("The", "In") is skipped. For person-like
// phrases of two or three words the last word is returned too ("putin"), so
// that a later bare surname matches. Order: first occurrence; no repeats.
func Phrases(text string) []string {
	var p phraser
	eachSentence(text, p.sentence)
	return p.out
}

// phraser is Phrases' state; its buffers are reused across sentences.
type phraser struct {
	seen map[string]bool
	out  []string
	run  []string
	low  []byte
}

func (p *phraser) add(s string) {
	if s == "" || p.seen[s] {
		return
	}
	if p.seen == nil {
		p.seen = map[string]bool{}
	}
	p.seen[s] = true
	p.out = append(p.out, s)
}

func (p *phraser) sentence(sent string) {
	p.run = p.run[:0]
	runStart := false
	i := 0
	for rest := sent; ; i++ {
		raw, next, ok := nextField(rest)
		if !ok {
			break
		}
		rest = next
		w, trailing := trimWord(raw)
		r, _ := utf8.DecodeRuneInString(w)
		capital := w != "" && unicode.IsUpper(r) && !allUpperLong(w)
		if capital {
			if len(p.run) == 0 {
				runStart = i == 0
			}
			p.run = append(p.run, w)
		} else if len(p.run) > 0 && isConnector(w) && !trailing {
			p.run = append(p.run, w)
		} else {
			p.flush(runStart)
		}
		if trailing { // punctuation ends a phrase
			p.flush(runStart)
		}
	}
	p.flush(runStart)
}

// lower returns w lower-cased in p's scratch buffer, valid until the next
// call (string(p.lower(w)) in a map index or a non-escaping argument does
// not allocate).
func (p *phraser) lower(w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			p.low = append(p.low[:0], strings.ToLower(w)...)
			return p.low
		}
	}
	p.low = append(p.low[:0], w...)
	for i, c := range p.low {
		if c >= 'A' && c <= 'Z' {
			p.low[i] = c + 'a' - 'A'
		}
	}
	return p.low
}

func (p *phraser) flush(atStart bool) {
	run := p.run
	defer func() { p.run = p.run[:0] }()
	for len(run) > 0 {
		if titleWords[string(p.lower(run[0]))] {
			run = run[1:]
			continue
		}
		// A demonym before a title: "Chinese President Xi".
		if len(run) > 2 && titleWords[string(p.lower(run[1]))] && isDemonym(string(p.lower(run[0]))) {
			run = run[1:]
			continue
		}
		break
	}
	for len(run) > 0 && isConnector(run[len(run)-1]) {
		run = run[:len(run)-1]
	}
	if len(run) == 0 || len(run) > 6 { // a shouting line, not a name
		return
	}
	if len(run) == 1 && (atStart || IsStop(string(p.lower(run[0])))) {
		return
	}
	p.add(strings.ToLower(strings.Join(run, " ")))
	if n := len(run); n >= 2 && n <= 3 {
		last := p.lower(run[n-1])
		if !genericHeads[string(last)] && !IsStop(string(last)) {
			p.add(string(last))
		}
	}
}

// nextField returns the first field of s (as strings.Fields splits: runs
// of non-space runes) and what follows it; ok is false when none is left.
func nextField(s string) (field, rest string, ok bool) {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] == 0 {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	if i >= len(s) {
		return "", "", false
	}
	j := i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if asciiSpace[c] != 0 {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += size
	}
	return s[i:j], s[j:], true
}

var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

func isConnector(w string) bool {
	switch w {
	case "of", "de", "al", "bin", "van", "von", "da", "del", "la", "le", "du":
		return true
	}
	return false
}

// trimWord strips quotes and punctuation around a token and a possessive
// "'s"; trailing reports whether punctuation followed the word.
func trimWord(t string) (w string, trailing bool) {
	if n := len(t); n > 1 && isAlnumByte(t[0]) && isAlnumByte(t[n-1]) && t[n-1] != 's' {
		return t, false // the common case: nothing to strip
	}
	w = strings.TrimLeft(t, "\"'“‘([")
	end := strings.TrimRight(w, "\"'”’)].,;:!?")
	trailing = len(end) < len(w)
	w = end
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			w = strings.TrimSuffix(w, suf)
			trailing = true
		}
	}
	return w, trailing
}

// allUpperLong reports an all-capitals word longer than five letters
// (shouting headlines, "PUBLISHED"), which is not taken for a name.
func allUpperLong(w string) bool {
	if utf8.RuneCountInString(w) <= 5 {
		return false
	}
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// Years returns the distinct years 1900-2099 written as four digits in
// text, in order of first occurrence.
func Years(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range Words(text) {
		if len(w) == 4 && isNumeric(w) && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// Numbers returns the distinct numbers of two or more significant digits in
// text that are not years ("33", "16000" for "16,000"), in order.
func Numbers(text string) []string {
	var out []string
	seen := map[string]bool{}
	i := 0
	for i < len(text) {
		c := text[i]
		if c < '0' || c > '9' || (i > 0 && isAlnumByte(text[i-1])) {
			i++
			continue
		}
		j := i
		var b strings.Builder
		for j < len(text) {
			if text[j] >= '0' && text[j] <= '9' {
				b.WriteByte(text[j])
				j++
				continue
			}
			if (text[j] == ',' || text[j] == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
				if text[j] == '.' {
					b.WriteByte('.')
				}
				j++
				continue
			}
			break
		}
		if j < len(text) && isAlnumByte(text[j]) && !(text[j] == 's' || text[j] == 'm' || text[j] == 'k') {
			i = j
			continue
		}
		n := strings.TrimLeft(b.String(), "0")
		isYear := len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20"))
		if len(strings.ReplaceAll(n, ".", "")) >= 2 && !isYear && !seen[n] && len(out) < 200 {
			seen[n] = true
			out = append(out, n)
		}
		i = j
	}
	return out
}

func isAlnumByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isDemonym guesses a nationality adjective by its ending ("Chinese",
// "Russian", "Turkish", "Israeli").
func isDemonym(w string) bool {
	for _, suf := range []string{"an", "ese", "ish", "i", "ch"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isInAt reports whether token t, trimmed of opening quotes and brackets
// and lower-cased, is "in", or "at" when at is set (only ASCII letters
// lower-case to these).
func isInAt(t string, at bool) bool {
	if len(t) > 2 {
		t = strings.Trim(t, "\"'“‘([")
	}
	if len(t) != 2 {
		return false
	}
	a, b := t[0]|0x20, t[1]|0x20 // ASCII lower case; other bytes never match
	return a == 'i' && b == 'n' || at && a == 'a' && b == 't'
}

var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// LeadPlaces returns the places an event is said to happen at in lead
// text: capitalised phrases after "in" or "at" ("summit in Astana",
// "held today in Tianjin, China" -> "tianjin"), lower-cased, without months
// and weekdays, in order, without repeats.
func LeadPlaces(lead string) []string { return leadPlaces(lead, true, false) }

// LeadPlacesIn is LeadPlaces with "in" alone: "at" also leads to venues
// that are events or institutions ("at the Winter Meetings", "at the
// clinic"), which name no place another report would repeat.
func LeadPlacesIn(lead string) []string { return leadPlaces(lead, false, false) }

// LeadVenuesIn is LeadPlacesIn without the names whose shape says they are
// no place: a possessor ("in the Saints' backfield": a team, a person) and
// an acronym ("in the AFC", "in NBA history": a league, an agency).
func LeadVenuesIn(lead string) []string { return leadPlaces(lead, false, true) }

func leadPlaces(lead string, at, shape bool) []string {
	var out []string
	seen := map[string]bool{}
	toks := strings.Fields(lead)
	for i := 0; i+1 < len(toks); i++ {
		if !isInAt(toks[i], at) {
			continue
		}
		j := i + 1
		if strings.EqualFold(toks[j], "the") {
			j++
		}
		var run []string
		last := j // the index of the run's last word
		for ; j < len(toks) && len(run) < 4; j++ {
			w, trailing := trimWord(toks[j])
			r, _ := utf8.DecodeRuneInString(w)
			if w == "" || !unicode.IsUpper(r) {
				break
			}
			run, last = append(run, w), j
			if trailing {
				break
			}
		}
		if len(run) == 0 {
			continue
		}
		if shape && (possessor(toks, last) || len(run) == 1 && acronym(run[0])) {
			continue
		}
		name := strings.ToLower(strings.Join(run, " "))
		if months[strings.ToLower(run[0])] || IsStop(name) || seen[name] {
			continue
		}
		seen[name] = true
		out = append(out, name)
	}
	return out
}

// possessor reports whether the name whose last word is toks[last] is a
// possessor: that word ends in "'s" or "'" (before other punctuation), or
// the next token is one of them.
func possessor(toks []string, last int) bool {
	w := strings.TrimRight(toks[last], "\".,;:!?)]”")
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	if last+1 < len(toks) {
		switch toks[last+1] {
		case "'", "’", "'s", "’s":
			return true
		}
	}
	return false
}

// acronym reports a word of two to five capital letters ("AFC", "NBA").
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
