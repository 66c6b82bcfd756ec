package entity

// Twelfth-session repairs, all general English and news conventions,
// applied within an article before the type vote:
//
//   - a law or treaty ("Freedom of Information Act", "North American Free
//     Trade Agreement") is MISC whatever the tagger said;
//   - a name followed by "County" or "Parish" takes the word in and is a
//     place ("Jefferson" + "County"), and a name ending so is a place
//     ("Polk County" typed ORG);
//   - a programme named after a broadcaster's possessive ("CNBC's Squawk
//     Box") or quoted after "on" ("on “Meet the Day”") is MISC;
//   - a sentence adverb or interjection opening a sentence ("Well,",
//     "Somehow,") is no entity;
//   - a name of two or three words typed otherwise whose first word is a
//     known given name and whose last word the article names alone as a
//     person ("Ana Kesh" typed ORG beside "Kesh" typed PER) is that person.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// lawHeads end the names of laws, treaties and accords.
var lawHeads = map[string]bool{"Act": true, "Acts": true, "Agreement": true, "Treaty": true,
	"Accord": true, "Accords": true, "Amendment": true, "Protocol": true}

// countyWords after a name make it a county ("Jefferson County").
var countyWords = map[string]bool{"County": true, "Parish": true}

// broadcasters are networks whose possessive names a programme
// ("CNN's", "CNBC's"); written by hand for this project.
var broadcasters = map[string]bool{"CNN": true, "CNBC": true, "MSNBC": true, "NBC": true, "CBS": true,
	"ABC": true, "Fox": true, "PBS": true, "HBO": true, "BBC": true, "NPR": true, "C-SPAN": true,
	"Netflix": true, "Hulu": true, "Showtime": true, "ESPN": true, "Bravo": true, "TLC": true}

// openerWords are sentence adverbs and interjections that a tagger may
// take for a name when they open a sentence ("Well, ...", "Somehow, ...").
var openerWords = map[string]bool{"well": true, "somehow": true, "yes": true, "no": true, "oh": true,
	"okay": true, "ok": true, "indeed": true, "meanwhile": true, "still": true, "instead": true,
	"perhaps": true, "maybe": true, "anyway": true, "sure": true, "nevertheless": true,
	"nonetheless": true, "finally": true, "ultimately": true, "apparently": true, "clearly": true,
	"obviously": true, "fortunately": true, "unfortunately": true, "thankfully": true, "sadly": true,
	"hopefully": true, "similarly": true, "likewise": true, "however": true, "moreover": true,
	"furthermore": true, "besides": true, "otherwise": true, "overall": true, "again": true,
	"hey": true, "wow": true, "look": true, "listen": true, "now": true, "so": true, "then": true,
	"later": true, "ironically": true, "frankly": true, "honestly": true, "seriously": true,
	"interestingly": true, "notably": true, "luckily": true, "amazingly": true, "surprisingly": true}

// lawName reports whether the words of a name end in a law's head.
func lawName(words []string) bool {
	return len(words) > 1 && lawHeads[words[len(words)-1]]
}

// withCounty extends m over a following "County" or "Parish" and types it
// as a place; a name already ending so is a place.
func withCounty(text string, m ner.Mention) ner.Mention {
	words := strings.Fields(m.Text)
	if len(words) > 1 && countyWords[words[len(words)-1]] {
		m.Type = core.Location
		return m
	}
	rest := text[m.End:]
	if !strings.HasPrefix(rest, " ") {
		return m
	}
	next := strings.TrimLeft(rest, " ")
	for w := range countyWords {
		if strings.HasPrefix(next, w) {
			after, _ := utf8.DecodeRuneInString(next[len(w):])
			if len(next) == len(w) || !unicode.IsLetter(after) {
				end := m.End + (len(rest) - len(next)) + len(w)
				m.Text, m.End, m.Type = text[m.Start:end], end, core.Location
				return m
			}
		}
	}
	return m
}

// programmeName reports whether m names a broadcast programme: after a
// broadcaster's possessive, or in quotation marks right after "on".
func programmeName(text string, m ner.Mention) bool {
	before := strings.TrimRight(text[:m.Start], " ")
	quoted := false
	for _, q := range []string{"\"", "“", "''", "‘", "'"} {
		if strings.HasSuffix(before, q) {
			before, quoted = strings.TrimRight(strings.TrimSuffix(before, q), " "), true
			break
		}
	}
	for _, pos := range []string{"'s", "’s"} {
		if strings.HasSuffix(before, pos) {
			b := before[:len(before)-len(pos)]
			i := strings.LastIndexFunc(b, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
			return broadcasters[b[i+1:]]
		}
	}
	if !quoted {
		return false
	}
	ws := strings.Fields(before)
	return len(ws) > 0 && strings.ToLower(ws[len(ws)-1]) == "on"
}

// sentenceOpener reports whether m is one word from openerWords that opens
// a sentence or a quotation (after a full stop, a line break, an opening
// quotation mark or the start of text) and is followed by a comma or a
// dash.
func sentenceOpener(text string, m ner.Mention) bool {
	w := strings.TrimSpace(m.Text)
	if strings.Contains(w, " ") || !openerWords[strings.ToLower(w)] {
		return false
	}
	after := strings.TrimLeft(text[m.End:], " ")
	if !strings.HasPrefix(after, ",") && !strings.HasPrefix(after, "—") && !strings.HasPrefix(after, "-") {
		return false
	}
	before := strings.TrimRight(text[:m.Start], " \t")
	if unquoted := strings.TrimRight(before, "\"“'‘"); unquoted != before || unquoted == "" {
		return true // the first word of a quotation or of the text
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '.' || r == '\n' || r == '?' || r == '!' || r == ':' || r == ';'
}

// givenNamePersons types as a person a name of two or three words typed
// otherwise whose first word is a known given name and whose last word
// the article names alone as a person, unless the gazetteer lists the name
// or its last word heads an organisation or place.
func givenNamePersons(ms []ner.Mention, types map[string]core.EntityType) {
	lone := map[string]bool{}
	for _, m := range ms {
		if w := strings.TrimSpace(m.Text); !strings.Contains(w, " ") && types[surfaceKey(w)] == core.Person {
			lone[surfaceKey(w)] = true
		}
	}
	for _, m := range ms {
		k := surfaceKey(m.Text)
		words := strings.Fields(m.Text)
		if types[k] == core.Person || len(words) < 2 || len(words) > 3 || !lone[surfaceKey(words[len(words)-1])] {
			continue
		}
		if !KnownGivenName(words[0]) || gazetteer.Lookup(m.Text) != 0 {
			continue
		}
		if _, head := gazetteer.HeadType(words[len(words)-1]); head {
			continue
		}
		types[k] = core.Person
	}
}
