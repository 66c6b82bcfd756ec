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
	for _, line := range strings.Split(text, "\n") {
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
				out = append(out, s)
			}
			start = k
			i = k - 1
		}
		if s := strings.TrimSpace(line[start:]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func isAbbrev(before string) bool {
	i := strings.LastIndexAny(before, " (")
	w := before[i+1:]
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
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		if p != "" && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, sent := range Sentences(text) {
		toks := strings.Fields(sent)
		var run []string
		flush := func(atStart bool) {
			for len(run) > 0 {
				first := strings.ToLower(run[0])
				if titleWords[first] {
					run = run[1:]
					continue
				}
				// A demonym before a title: "Chinese President Xi".
				if len(run) > 2 && titleWords[strings.ToLower(run[1])] && isDemonym(first) {
					run = run[1:]
					continue
				}
				break
			}
			for len(run) > 0 && isConnector(run[len(run)-1]) {
				run = run[:len(run)-1]
			}
			if len(run) == 0 || len(run) > 6 { // a shouting line, not a name
				run = nil
				return
			}
			if len(run) == 1 && (atStart || IsStop(strings.ToLower(run[0]))) {
				if IsStop(strings.ToLower(run[0])) || atStart {
					run = nil
					return
				}
			}
			p := strings.ToLower(strings.Join(run, " "))
			add(p)
			if n := len(run); n >= 2 && n <= 3 {
				last := strings.ToLower(run[n-1])
				if !genericHeads[last] && !IsStop(last) {
					add(last)
				}
			}
			run = nil
		}
		runStart := false
		for i, raw := range toks {
			w, trailing := trimWord(raw)
			r, _ := utf8.DecodeRuneInString(w)
			capital := w != "" && unicode.IsUpper(r) && !allUpperLong(w)
			if capital {
				if len(run) == 0 {
					runStart = i == 0
				}
				run = append(run, w)
			} else if len(run) > 0 && isConnector(w) && !trailing {
				run = append(run, w)
			} else {
				flush(runStart)
			}
			if trailing { // punctuation ends a phrase
				flush(runStart)
			}
		}
		flush(runStart)
	}
	return out
}

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

var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// LeadPlaces returns the places an event is said to happen at in lead
// text: capitalised phrases after "in" or "at" ("summit in Astana",
// "held today in Tianjin, China" -> "tianjin"), lower-cased, without months
// and weekdays, in order, without repeats.
func LeadPlaces(lead string) []string {
	var out []string
	seen := map[string]bool{}
	toks := strings.Fields(lead)
	for i := 0; i+1 < len(toks); i++ {
		p := strings.ToLower(strings.Trim(toks[i], "\"'“‘(["))
		if p != "in" && p != "at" {
			continue
		}
		j := i + 1
		if strings.EqualFold(toks[j], "the") {
			j++
		}
		var run []string
		for ; j < len(toks) && len(run) < 4; j++ {
			w, trailing := trimWord(toks[j])
			r, _ := utf8.DecodeRuneInString(w)
			if w == "" || !unicode.IsUpper(r) {
				break
			}
			run = append(run, w)
			if trailing {
				break
			}
		}
		if len(run) == 0 {
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
