package terms

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The plain versions of Sentences, Phrases and trimWord, before they were
// made faster: the fast ones must give the same results.

// Sentences splits text into sentences: at line breaks and after '.', '!' or
// '?' followed by a space and an upper-case letter, a digit or a quote mark,
// except after common abbreviations and single initials ("Mr.", "U.S.").
func sentencesRef(text string) []string {
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

// Phrases returns the capitalised phrases of text, lower-cased, that stand in
// for named entities when no language layer ran: runs of capitalised words
// (joined by "of", "de", "al" or "bin" inside), with leading titles stripped
// and a possessive "'s" removed. A single capitalised word that opens a
// sentence and is a stop word ("The", "In") is skipped. For person-like
// phrases of two or three words the last word is returned too ("putin"), so
// that a later bare surname matches. Order: first occurrence; no repeats.
func phrasesRef(text string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		if p != "" && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, sent := range sentencesRef(text) {
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
			w, trailing := trimWordRef(raw)
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

// trimWord strips quotes and punctuation around a token and a possessive
// "'s"; trailing reports whether punctuation followed the word.
func trimWordRef(t string) (w string, trailing bool) {
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

// LeadPlaces returns the places an event is said to happen at in lead
// text: capitalised phrases after "in" or "at" ("summit in Astana",
// "held today in Tianjin, China" -> "tianjin"), lower-cased, without months
// and weekdays, in order, without repeats.
func leadPlacesRef(lead string) []string {
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
