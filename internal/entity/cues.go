package entity

// Thirteenth-session repairs, all general English and news conventions,
// applied within an article before the type vote (cues of the words
// around a mention):
//
//   - a publication whose name is also a place or a demonym ("The
//     Atlantic", "The New Yorker") after a capitalised "The" inside a
//     sentence is an organisation ("a writer for The Atlantic"; "the
//     Atlantic" and "a New Yorker" stay);
//   - a chamber cut off before "Leader" or "Whip" with its "Majority" or
//     "Minority" ("Senate Minority" in "Senate Minority Leader Ana
//     Kesh") is the chamber ("Senate");
//   - a place in a standings table, followed by two or more counts
//     ("Vellmar 68 65 .511 7"), is a team (an organisation) unless it is a
//     country (national sides stay places, as in CoNLL);
//   - a name before ", XX", a US postal state code ("Decatur, IL"), is a
//     place;
//   - a capitalised connective or number word a tagger took into a name
//     ("Given Lind's record", "One Lind-endorsed candidate", "Because of
//     Ana Lind") is left out when the rest is a person the article names;
//   - an ethnic or religious adjective or group word alone ("Hispanic",
//     "Latinos", "Muslim") is MISC, not a person, organisation or place;
//   - a place right before an organisation ending in a newspaper's head
//     word ("New York" + "Daily News", "Vellmar" + "Evening Post") is one
//     newspaper;
//   - a broadcaster's name followed by a programme's words ("Fox News
//     Sunday", "CBS This Morning", "NBC Nightly News") is a programme
//     (MISC), and "State of the Union" (the address) is an event (MISC);
//   - a taunting nickname, an adjective before a person's given name or
//     surname ("Little Marco", "Lyin' Ted"), is that person.
//
// The word lists are written by hand for this project from common
// knowledge of English and the news.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// publications are newspapers and magazines whose names, without their
// "The", are also a place, a demonym or a common word.
var publications = map[string]bool{"Atlantic": true, "New Yorker": true, "Economist": true,
	"Nation": true, "Hill": true, "Guardian": true, "Independent": true, "Spectator": true,
	"New Republic": true, "Intercept": true, "Oregonian": true, "Tennessean": true,
	"Californian": true, "Telegraph": true, "Globe": true, "Week": true, "Atlantic Monthly": true}

// publicationName reports whether m names a listed publication after a
// capitalised "The": inside a sentence for any of them, at a sentence's
// start only for a name of two words ("The New Yorker investigates").
func publicationName(text string, m ner.Mention) bool {
	if m.Start < 0 || m.Start > len(text) {
		return false
	}
	name, ahead := strings.TrimSpace(m.Text), text[:m.Start]
	if rest, ok := strings.CutPrefix(name, "The "); ok {
		name = rest // "The" inside the span
	} else if wordBefore(text, m.Start) == "The" {
		ahead = text[:m.Start-len(" The")]
	} else {
		return false
	}
	if !publications[name] {
		return false
	}
	return !opensSentence(ahead) || strings.Contains(name, " ")
}

// sideWords end a chamber's part in a leader's title ("Senate
// Minority"); leaderWords follow them.
var (
	sideWords   = map[string]bool{"Majority": true, "Minority": true}
	leaderWords = map[string]bool{"Leader": true, "Leaders": true, "Whip": true, "Whips": true}
)

// chamberBeforeLeader cuts a span typed otherwise than a person that ends
// in "Majority" or "Minority" before "Leader" or "Whip" down to the
// chamber ("Senate Minority" -> "Senate", an organisation).
func chamberBeforeLeader(text string, m ner.Mention) (ner.Mention, bool) {
	words := strings.Fields(m.Text)
	if m.Type == core.Person || len(words) < 2 || !sideWords[words[len(words)-1]] || !leaderWords[wordAfter(text, m.End)] {
		return m, false
	}
	i := strings.LastIndex(m.Text, words[len(words)-1])
	m.Text = strings.TrimRight(m.Text[:i], " ")
	m.End = m.Start + len(m.Text)
	m.Type = core.Organisation
	return m, true
}

// standingsTeam reports whether m, typed as a place and no country, is
// followed by two counts of a standings table ("68 65", "4 2", "57 .565").
func standingsTeam(text string, m ner.Mention) bool {
	if m.Type != core.Location || m.End > len(text) {
		return false
	}
	if _, ok := gazetteer.CountryOf(m.Text); ok {
		return false
	}
	fs := strings.Fields(text[m.End:min(len(text), m.End+40)])
	if len(fs) < 3 {
		return false
	}
	return tableCount(fs[0]) && tableCount(fs[1])
}

// tableCount reports whether f is a small count or a winning percentage
// as a standings table writes them ("68", ".511", "0.511").
func tableCount(f string) bool {
	digits := strings.TrimPrefix(strings.TrimPrefix(f, "0"), ".")
	if digits == f && strings.HasPrefix(f, ".") {
		return false
	}
	if len(digits) == 0 || len(digits) > 3 {
		return false
	}
	for _, r := range digits {
		if r < '0' || r > '9' {
			return false
		}
	}
	return len(f) <= 3 || strings.HasPrefix(f, ".") || strings.HasPrefix(f, "0.")
}

// postalStates are the US Postal Service's two-letter state codes.
var postalStates = func() map[string]bool {
	out := map[string]bool{}
	for _, c := range strings.Fields("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO " +
		"MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC") {
		out[c] = true
	}
	return out
}()

// cityBeforePostal reports whether m, typed as an organisation or other,
// is followed by ", " and a postal state code ("DECATUR, IL").
func cityBeforePostal(text string, m ner.Mention) bool {
	if m.Type != core.Organisation && m.Type != core.Misc || m.End > len(text) {
		return false
	}
	after, ok := strings.CutPrefix(text[m.End:], ", ")
	if !ok || len(after) < 2 || !postalStates[after[:2]] {
		return false
	}
	if len(after) > 2 {
		r, _ := utf8.DecodeRuneInString(after[2:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
			return false
		}
	}
	return true
}

// numberWords open a span a tagger ran onto a name ("One Lind-endorsed").
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true}

// personAfterConnective trims the capitalised connectives and number
// words opening a mention typed otherwise than a person when what is left
// is a person of the article (its surface voted PER, or its last word the
// last word of a surface voted PER): "Because of Ana Lind" -> "Ana Lind".
// ok is false when nothing is trimmed or the rest is no person.
func personAfterConnective(m ner.Mention, types map[string]core.EntityType, surnames map[string]bool) (ner.Mention, bool) {
	t := m
	for {
		first, rest, ok := strings.Cut(t.Text, " ")
		lw := strings.ToLower(first)
		if !ok || !leadingFunctionWords[lw] && !numberWords[lw] || strings.TrimSpace(rest) == "" {
			break
		}
		trimmed := strings.TrimLeft(rest, " ")
		t.Start += len(t.Text) - len(trimmed)
		t.Text = trimmed
	}
	if t.Text == m.Text {
		return m, false
	}
	if i := strings.IndexByte(t.Text, '-'); i > 0 && i+1 < len(t.Text) && unicode.IsLower(rune(t.Text[i+1])) {
		t.Text = t.Text[:i] // "Lind-endorsed" -> "Lind"
		t.End = t.Start + i
	}
	words := strings.Fields(t.Text)
	if types[surfaceKey(t.Text)] != core.Person && (len(words) > 3 || !surnames[surfaceKey(words[len(words)-1])]) {
		return m, false
	}
	t.Type = core.Person
	return t, true
}

// groupAdjectives are ethnic adjectives and group names a tagger may take
// for a person or a body when they stand alone.
var groupAdjectives = map[string]bool{"Hispanic": true, "Hispanics": true, "Latino": true, "Latinos": true,
	"Latina": true, "Latinas": true, "Latinx": true, "Asian-American": true, "Asian-Americans": true,
	// Religious adjectives ("a ban on Muslim immigration"; fifteenth
	// session). "Christian" is left out: it is a given name too.
	"Muslim": true, "Islamic": true, "Jewish": true, "Catholic": true, "Protestant": true,
	"Evangelical": true, "Hindu": true, "Sikh": true, "Buddhist": true, "Mormon": true,
	"Sunni": true, "Shiite": true, "Shia": true}

// personSurnames returns the last words of the surfaces voted PER.
func personSurnames(types map[string]core.EntityType) map[string]bool {
	out := map[string]bool{}
	for k, t := range types {
		if f := strings.Fields(k); t == core.Person && len(f) > 0 {
			out[f[len(f)-1]] = true
		}
	}
	return out
}

// paperHeads end the names of newspapers ("Daily News", "Evening Post").
var paperHeads = map[string]bool{"News": true, "Times": true, "Post": true, "Journal": true,
	"Herald": true, "Tribune": true, "Gazette": true, "Chronicle": true, "Inquirer": true,
	"Examiner": true, "Observer": true, "Courier": true, "Dispatch": true, "Star-Ledger": true,
	"Register": true, "Bee": true, "Free Press": true, "Press": true, "Sun-Times": true}

// placedPaper joins a place and the organisation right after it (one
// space between) when the organisation's last word is a newspaper's head
// ("New York" + "Daily News" -> the organisation "New York Daily News");
// ok is false when they are no such pair.
func placedPaper(text string, m, next ner.Mention) (ner.Mention, bool) {
	if m.Type != core.Location || next.Type != core.Organisation || next.Start != m.End+1 || m.End >= len(text) ||
		text[m.End] != ' ' || next.End > len(text) {
		return m, false
	}
	words := strings.Fields(next.Text)
	if len(words) < 2 || !paperHeads[words[len(words)-1]] {
		return m, false
	}
	m.Text, m.End, m.Type = text[m.Start:next.End], next.End, core.Organisation
	return m, true
}

// programmeTails follow a broadcaster's name in a programme's name.
var programmeTails = map[string]bool{"Sunday": true, "This Morning": true, "Tonight": true,
	"Today": true, "Nightly News": true, "Evening News": true, "World News Tonight": true,
	"Newsroom": true, "Reports": true, "Live": true, "This Week": true, "Special Report": true,
	"Sunday Morning": true, "News Sunday": true, "Morning Joe": true}

// broadcasterProgramme reports whether name is a broadcaster's name
// (optionally followed by "News") and a programme's tail ("Fox News
// Sunday", "CBS This Morning").
func broadcasterProgramme(name string) bool {
	first, rest, ok := strings.Cut(strings.TrimSpace(name), " ")
	if !ok || !broadcasters[first] {
		return false
	}
	if programmeTails[rest] {
		return true
	}
	rest, ok = strings.CutPrefix(rest, "News ")
	return ok && programmeTails[rest]
}

// eventNames are set occasions a tagger takes for an organisation.
var eventNames = map[string]bool{"State of the Union": true, "State of the Union Address": true,
	"State of the Union address": true}

// nicknameWords are adjectives of taunting nicknames before a person's
// given name or surname ("Little Marco", "Lyin' Ted", "Crooked Hillary").
var nicknameWords = map[string]bool{"little": true, "lyin'": true, "lyin’": true, "lying": true,
	"crooked": true, "crazy": true, "sleepy": true, "low-energy": true, "liddle": true, "goofy": true}

// nicknamePerson returns the person's word a two-word mention typed
// otherwise than a person stands for when its first word is a nickname
// adjective and its second the first or last word of a person the article
// names ("Little Marco" beside "Marco Rubio" -> "Marco", a person).
func nicknamePerson(m ner.Mention, names map[string]bool) (ner.Mention, bool) {
	first, rest, ok := strings.Cut(strings.TrimSpace(m.Text), " ")
	if !ok || !nicknameWords[strings.ToLower(first)] || strings.Contains(rest, " ") || !names[surfaceKey(rest)] {
		return m, false
	}
	m.Start += len(m.Text) - len(rest)
	m.Text, m.Type = rest, core.Person
	return m, true
}

// personNameWords returns the first and last words of the surfaces voted
// PER with two or more words.
func personNameWords(types map[string]core.EntityType) map[string]bool {
	out := map[string]bool{}
	for k, t := range types {
		if f := strings.Fields(k); t == core.Person && len(f) > 1 {
			out[f[0]] = true
			out[f[len(f)-1]] = true
		}
	}
	return out
}
