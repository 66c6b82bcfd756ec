package novelty

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/entity"
	"github.com/storyline/storyline/internal/ner/gazetteer"
	"github.com/storyline/storyline/internal/story/terms"
)

// A name is known under another form when the storyline used its country
// ("Egyptian" after "Egypt", "Cairo"), its organisation ("FBI" after
// "Federal Bureau of Investigation"), for a short one-word name, the
// name whose initials it is ("KC" after "Kansas City"), or, for a name of
// two words or more, the same person under another form of the given name
// ("Bill Hakim" after "Senior Trooper William Hakim", and back; the forms
// are entity.GivenForms: diminutives and short forms of English given
// names). The storyline
// remembers these forms as keys beside the names (aliasKeys); a sentence
// asks for them (aliasQuery).

// aliasKeys are the other forms of the name keys of names, to remember:
// "alias:" and a country's or organisation's canonical name, "init:" and
// the initials of each run of two words or more of a name of at most five.
func (d *Detector) aliasKeys(s string, names []string) []string {
	var out []string
	for _, run := range digitRuns(s) { // "0800 555 111": "555111", "800555111"...
		for i := range run {
			for j := i + 2; j <= len(run); j++ {
				if n, ok := joinDigits(run[i:j]); ok {
					out = append(out, "num:"+n)
				}
			}
		}
	}
	for _, k := range names {
		n, ok := strings.CutPrefix(k, "name:")
		if !ok {
			continue
		}
		n = strings.TrimPrefix(n, "the ")
		if j, ok := unhyphen(n); ok { // "Poly-technic": "polytechnic"
			out = append(out, "name:"+j)
		}
		out = append(out, clipKeys(n[strings.LastIndexByte(n, ' ')+1:])...) // "Jacksonville Jaguars": "jags"
		out = append(out, d.canonicalKeys(n)...)
		out = append(out, d.persons(n).keys...)
		ws := strings.Fields(n)
		if len(ws) > 5 {
			continue
		}
		for i := range ws { // every run of two words or more: "Kansas City" in "Kansas City Chiefs"
			for j := i + 2; j <= len(ws); j++ {
				out = append(out, "init:"+initials(ws[i:j], false))
				if in := initials(ws[i:j], true); len(in) >= 2 && len(in) < j-i {
					out = append(out, "init:"+in)
				}
			}
		}
	}
	return out
}

// personForms are the "person:" keys of a name: keys, to remember, the
// name from each given name on that has other forms ("person:william
// hakim" of "Senior Trooper William Hakim"); query, to ask for, the same
// under each other form of the given name ("person:bill hakim",
// "person:billy hakim"...), and the name's other spellings ("name:robyn
// mendes" of "Robyn Norma Mendes").
type personForms struct{ keys, query []string }

// persons are the personForms of name n, cached like canonicalKeys.
func (d *Detector) persons(n string) personForms {
	if p, ok := d.person[n]; ok {
		return p
	}
	if len(d.person) >= maxCanon {
		clear(d.person)
	}
	var p personForms
	ws := strings.Fields(n)
	for j := 0; j < len(ws)-1; j++ {
		forms := entity.GivenForms(ws[j])
		if forms == nil {
			continue
		}
		rest := " " + strings.Join(ws[j+1:], " ")
		p.keys = append(p.keys, "person:"+ws[j]+rest)
		for _, g := range forms {
			p.query = append(p.query, "person:"+g+rest)
		}
	}
	for _, a := range spellings(n) {
		p.query = append(p.query, "name:"+a)
	}
	d.person[n] = p
	return p
}

// aliasQuery returns the other forms of names to look up and, for each,
// the index in names of the name it stands for.
func (d *Detector) aliasQuery(s string, names []string) (keys []string, owner []int) {
	for _, run := range digitRuns(s) { // "555 111" after "555111"
		for i := range run {
			p := strings.TrimLeft(run[i], "0")
			at := slices.Index(names, "num:"+p)
			if at < 0 {
				continue
			}
			for a := 0; a <= i; a++ {
				for b := i + 1; b <= len(run); b++ {
					if n, ok := joinDigits(run[a:b]); ok && b-a >= 2 {
						keys, owner = append(keys, "num:"+n), append(owner, at)
					}
				}
			}
		}
	}
	ns := nicknames(s)
	for i, k := range names {
		n, ok := strings.CutPrefix(k, "name:")
		if !ok {
			continue
		}
		trimmed, the := strings.CutPrefix(n, "the ")
		n = trimmed
		for _, a := range nickQuery(n, ns) { // "kimani kiki" after "Kimani Gray"
			keys, owner = append(keys, a), append(owner, i)
		}
		if j, ok := unhyphen(n); ok { // "Poly-technic" after "Polytechnic"
			keys, owner = append(keys, "name:"+j, "name:the "+j), append(owner, i, i)
		} else if the { // "the Polytechnic" after "Poly-technic"
			keys, owner = append(keys, "name:"+n), append(owner, i)
		}
		for _, a := range d.canonicalKeys(n) {
			keys, owner = append(keys, a), append(owner, i)
		}
		if tail, ok := qualified(n); ok { // "saints rb reggie bush" after "Reggie Bush"
			keys, owner = append(keys, "name:"+tail), append(owner, i)
		}
		if the { // "the New York Yankees" after "the Yankees"
			if rest, ok := placed(n); ok {
				keys, owner = append(keys, "name:"+rest, "name:the "+rest), append(owner, i, i)
			}
		}
		if short := len(n) >= 2 && len(n) <= 5 && !strings.ContainsRune(n, ' '); short && letters(n) {
			keys, owner = append(keys, "init:"+n), append(owner, i)
		}
		if first, rest, ok := strings.Cut(n, " "); ok && terms.IsStop(first) {
			n = rest // "An NGO" opening a sentence
		}
		if p, ok := plural(n); ok { // "KO" after "KOs", "NGO" after "NGOs"
			keys, owner = append(keys, "name:"+p), append(owner, i)
		}
		// "Bill Hakim" after "Trooper William Hakim", "Robyn Norma Mendes"
		// after "Robyn Mendes"
		for _, a := range d.persons(n).query {
			keys, owner = append(keys, a), append(owner, i)
		}
	}
	return keys, owner
}

// qualified is the last two words of a name n (lower case) of three words
// or more and no stop word: a known name with a team, title or position
// before it ("saints rb reggie bush" gives "reggie bush", "senior pilot
// oren malk" "oren malk"); ok is false for any other name ("bank of new
// york": an organisation named after a place is no qualified place).
func qualified(n string) (string, bool) {
	n = strings.TrimSpace(n)
	last := strings.LastIndexByte(n, ' ')
	if last < 0 {
		return "", false
	}
	tail := strings.LastIndexByte(n[:last], ' ')
	if tail < 0 {
		return "", false
	}
	for w := range strings.FieldsSeq(n) {
		if terms.IsStop(w) {
			return "", false
		}
	}
	return strings.TrimLeft(n[tail:], " "), true
}

// placed is name n (lower case, no leading "the") without the place its
// first words name ("new york yankees" gives "yankees"); ok is false when
// it does not open with a place of the gazetteer (a country, capital,
// region or major city) or has nothing after it. A name written with
// "the" before it and a place is a team, body or building known by the
// rest of its name: "the Yankees", "the Chargers".
func placed(n string) (string, bool) {
	for end := strings.LastIndexByte(n, ' '); end > 0; end = strings.LastIndexByte(n[:end], ' ') {
		if gazetteer.Lookup(n[:end])&(gazetteer.Country|gazetteer.Capital|gazetteer.Region) != 0 {
			return strings.TrimSpace(n[end:]), true
		}
	}
	return "", false
}

// spellings are other forms of a person's name n (lower case) that
// reports write: without the middle name of a name of three words
// ("robyn norma mendes" gives "robyn mendes"), and a given name of
// minSwap letters or more spelt with C (or Ch) for K or K for C
// ("katherine gomes" gives "catherine gomes", "kristina osk" "cristina
// osk" and "christina osk"). A shorter given name keeps its letter: "Kai",
// "Cara", "Kent", "Cole" and their swaps are other names as often as the
// same one.
func spellings(n string) []string {
	ws := strings.Fields(n)
	if len(ws) < 2 || len(ws) > 3 || !letters(strings.Join(ws, "")) {
		return nil
	}
	var out []string
	if len(ws) == 3 && !terms.IsStop(ws[1]) && !terms.IsStop(ws[0]) {
		out = append(out, ws[0]+" "+ws[2])
	}
	if g := ws[0]; len(g) >= minSwap {
		rest := " " + strings.Join(ws[1:], " ")
		switch {
		case strings.HasPrefix(g, "ch"):
			out = append(out, "k"+g[2:]+rest)
		case g[0] == 'c':
			out = append(out, "k"+g[1:]+rest)
		case g[0] == 'k' && g[1] == 'r': // "kristina": "cristina", "christina"
			out = append(out, "c"+g[1:]+rest, "ch"+g[1:]+rest)
		case g[0] == 'k':
			out = append(out, "c"+g[1:]+rest)
		}
	}
	return out
}

// minSwap is the fewest letters of a given name read the same spelt with
// C or K (spellings).
const minSwap = 6

// maxCanon bounds the Detector's cache of canonicalKeys.
const maxCanon = 1 << 16

// canonicalKeys are the "alias:" keys of name n: the canonical country
// (for a country, demonym or capital) and organisation it names. They are
// cached: a storyline names the same people and places again and again.
func (d *Detector) canonicalKeys(n string) []string {
	if out, ok := d.canon[n]; ok {
		return out
	}
	if len(d.canon) >= maxCanon {
		clear(d.canon)
	}
	out := canonicalKeys(n)
	d.canon[n] = out
	return out
}

func canonicalKeys(n string) []string {
	var out []string
	if c, ok := gazetteer.CountryOf(n); ok {
		out = append(out, "alias:"+strings.ToLower(c))
	}
	if o, ok := gazetteer.OrgName(n); ok {
		out = append(out, "alias:"+strings.ToLower(o))
	}
	return out
}

// initials are the first letters of words ws, without "of", "the", "and"
// and "for" when skip is set.
func initials(ws []string, skip bool) string {
	var b strings.Builder
	for _, w := range ws {
		if skip && (w == "of" || w == "the" || w == "and" || w == "for") {
			continue
		}
		b.WriteString(w[:1])
	}
	return b.String()
}

// letters reports whether s is made of ASCII letters only.
func letters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// plural is the other number of a one-word name that Snowball does not
// join: its "s" form stems apart when the only vowel of the word comes
// right before the s ("KOs" and "KO", "NGOs" and "NGO"; "CEOs" and "CEO"
// already stem alike). It is n with an "s" added or taken off; ok is
// false for any other name.
func plural(n string) (string, bool) {
	base, isPlural := strings.CutSuffix(n, "s")
	if len(base) < 2 || len(base) > 5 || !onlyLastVowel(base) {
		return "", false
	}
	if isPlural {
		return base, true
	}
	return n + "s", true
}

// onlyLastVowel reports whether the ASCII letters w hold one vowel, their
// last letter.
func onlyLastVowel(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
		if vowel := strings.IndexByte("aeiouy", c) >= 0; vowel != (i == len(w)-1) {
			return false
		}
	}
	return true
}

// digitRuns are the runs of two or more groups of 3 digits or more written
// apart by single spaces in s ("0800 555 111"), each group as written: a
// telephone number or a long figure spaced for reading, which another
// report may write joined ("0800 555111").
func digitRuns(s string) [][]string {
	var out [][]string
	var run []string
	end := -2 // where the run's last group ends
	flush := func() {
		if len(run) >= 2 {
			out = append(out, run)
		}
		run = nil
	}
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		inner := j < len(s) && (s[j] == ',' || s[j] == '.' || s[j] == ':') && j+1 < len(s) && isDigit(s[j+1])
		glued := i > 0 && (alnum(s[i-1]) || s[i-1] == ',' || s[i-1] == '.' || s[i-1] == ':') ||
			j < len(s) && alnum(s[j]) || inner // "12:30", "3,000", "4.5", "20th", "A380"
		switch {
		case glued || j-i < 3:
			flush()
		case i == end+1 && s[end] == ' ':
			run = append(run, s[i:j])
		default:
			flush()
			run = append(run, s[i:j])
		}
		end = j
		for j < len(s) && (isDigit(s[j]) || s[j] == ',' || s[j] == '.' || s[j] == ':') {
			j++ // the rest of a glued figure
		}
		i = j
	}
	flush()
	return out
}

// joinDigits is the number the groups make written together, as
// terms.Numbers writes it (no leading zeros); ok is false under 6 digits.
func joinDigits(groups []string) (string, bool) {
	n := strings.TrimLeft(strings.Join(groups, ""), "0")
	return n, len(n) >= 6
}

// alnum reports whether the byte c is an ASCII letter or digit.
func alnum(c byte) bool {
	return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z'
}

// unhyphen is name n with its hyphens taken out ("poly-technic" gives
// "polytechnic"; ECB+'s spaced "re - elect" gives "reelect"); ok is false
// when n has none.
func unhyphen(n string) (string, bool) {
	if !strings.Contains(n, "-") {
		return "", false
	}
	return dehyphen.Replace(n), true
}

var dehyphen = strings.NewReplacer(" - ", "", "-", "")
