package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
)

// hyphenTail extends a person mention over the lower-case last syllable a
// tokenised text sets apart with a spaced hyphen ("Kim Jong - un", "Moon
// Jae - in"): the tagger stops before the hyphen, leaving "Kim Jong". The
// name becomes "Kim Jong-un". Up to four letters after the hyphen, then
// no letter, and not a word that follows a dash (dashWords).
func hyphenTail(text string, m ner.Mention) ner.Mention {
	if m.End <= 0 || m.End > len(text) {
		return m
	}
	rest := text[m.End:]
	i := 0
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	if i >= len(rest) || rest[i] != '-' {
		return m
	}
	i++
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	j := i
	for j < len(rest) {
		r, n := utf8.DecodeRuneInString(rest[j:])
		if !unicode.IsLower(r) {
			break
		}
		j += n
	}
	if j == i || j-i > 4 || dashWords[rest[i:j]] || modifierWords[rest[i:j]] { // "Lind-era" is no name
		return m
	}
	if r, _ := utf8.DecodeRuneInString(rest[j:]); j < len(rest) && (unicode.IsLetter(r) || r == '-') {
		return m
	}
	m.Text += "-" + rest[i:j]
	m.End += j
	return m
}

// dashWords follow a spaced dash, not a name's hyphen ("Lind - a leader").
var dashWords = map[string]bool{"a": true, "an": true, "and": true, "or": true, "the": true, "but": true,
	"who": true, "was": true, "is": true, "has": true, "had": true, "for": true, "to": true, "at": true,
	"on": true, "as": true, "not": true, "yet": true, "so": true, "now": true}

// compoundHead cuts a name used as the first part of a hyphenated
// modifier down to the name ("Ukraine-sponsored", "Western-backed",
// "Kremlin-controlled" -> "Ukraine", "Western", "Kremlin"): the tail is
// lower case, so the whole is an adjective, not an entity. ok is false
// when m is no such compound.
func compoundHead(m ner.Mention) (ner.Mention, bool) {
	i := strings.LastIndexByte(m.Text, '-')
	if i <= 0 || i == len(m.Text)-1 {
		return m, false
	}
	for _, r := range m.Text[i+1:] {
		if !unicode.IsLower(r) {
			return m, false
		}
	}
	head := m.Text[:i]
	if r, _ := utf8.DecodeRuneInString(head); !unicode.IsUpper(r) {
		return m, false
	}
	m.Text = head
	m.End = m.Start + len(head)
	return m, true
}

// modifierTail reports whether a name ends in a hyphenated lower-case
// word that makes it a modifier, not a person's name: "-era", "-led",
// "-like", "-style" (modifierWords) or a participle of five letters or
// more ("Nixon-era", "Obama-appointed"); a person's own lower-case part
// is none of those ("Kim Jong-un", "Banharn Silpa-archa").
func modifierTail(name string) bool {
	i := strings.LastIndexByte(name, '-')
	if i <= 0 || i == len(name)-1 {
		return false
	}
	tail := name[i+1:]
	for _, r := range tail {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return modifierWords[tail] || (len(tail) >= 5 && strings.HasSuffix(tail, "ed"))
}

// modifierWords are the short lower-case words that end a hyphenated
// modifier after a person's name ("Bush-era", "Trump-led").
var modifierWords = map[string]bool{"era": true, "led": true, "age": true, "run": true, "like": true, "type": true,
	"ite": true, "ites": true, "style": true, "esque": true}

// joinSpacedHyphenNames joins two person mentions a tokenised text sets
// apart with a spaced hyphen into one double-barrelled name ("Dominique
// Strauss - Kahn" tagged "Dominique Strauss" and "Kahn" -> "Dominique
// Strauss-Kahn"): the second is one capitalised word right after " - ",
// and the first's last word never stands in the text without that
// hyphen and word after it (so "Lind - Kesh" in a match report, where
// "Lind" also stands alone, stays two people). ms is sorted by Start.
func joinSpacedHyphenNames(text string, ms []ner.Mention) []ner.Mention {
	out := ms[:0:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) {
			if spacedHyphenPair(text, m, ms[i+1]) {
				m.Text = text[m.Start:m.End] + "-" + text[ms[i+1].Start:ms[i+1].End]
				m.End = ms[i+1].End
				out = append(out, m)
				i++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// spacedHyphenPair reports whether a and b are the two parts of one name
// written "A - B" (see joinSpacedHyphenNames).
func spacedHyphenPair(text string, a, b ner.Mention) bool {
	if a.Type != core.Person || b.Type != core.Person || a.End > b.Start || b.End > len(text) {
		return false
	}
	if strings.TrimSpace(text[a.End:b.Start]) != "-" || !strings.Contains(text[a.End:b.Start], " ") {
		return false
	}
	second := text[b.Start:b.End]
	if strings.ContainsAny(second, " -") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(second); !unicode.IsUpper(r) {
		return false
	}
	words := strings.Fields(text[a.Start:a.End])
	last := words[len(words)-1]
	joined := last + " - " + second
	if wordCount(text, last) != strings.Count(text, joined) {
		return false // the first part also stands alone: two people
	}
	return true
}
