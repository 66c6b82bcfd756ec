package novelty

import (
	"slices"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/story/terms"
)

// actWords are verbs of a development: an act of an institution or a
// person that is news by itself ("declined", "confirmed", "resigned").
// One the storyline never used keeps a sentence new among old words, like
// a fresh name ("Fox News confirmed that Kelly met Trump" after reports
// that she met him). A read-only table.
var actWords = []string{
	"confirmed", "declined", "denied", "admitted", "announced", "resigned", "implicated",
	"indicted", "convicted", "sentenced", "acquitted", "pleaded", "sued", "vetoed", "approved",
	"ratified", "withdrew", "suspended", "dismissed", "impeached", "pardoned", "expelled",
	"banned", "cancelled", "canceled", "postponed", "appointed", "nominated", "endorsed",
	"accepted", "charged", "subpoenaed", "retracted", "apologized", "apologised", "conceded",
	"ordered",
}

// judgeWords are words of judgement and stance: evaluative adjectives and
// adverbs, intensifiers, hedges. A writer's own sentence that holds one
// of them, names nothing new and reports no act is comment on what was
// reported, not news ("Unfortunately, the offense simply could not
// sustain drives."). A read-only table.
var judgeWords = []string{
	"unfortunately", "fortunately", "sadly", "luckily", "ironically", "simply", "merely",
	"pretty", "really", "truly", "utterly", "extremely", "hardly", "clearly", "obviously",
	"surely", "certainly", "arguably", "undoubtedly", "admittedly", "frankly", "indeed",
	"damning", "meaningless", "pointless", "pivotal", "crucial", "remarkable", "incredible",
	"amazing", "shocking", "stunning", "disgraceful", "disgrace", "shameful", "outrageous",
	"ridiculous", "absurd", "stupid", "foolish", "pathetic", "embarrassing", "hypocritical",
	"brilliant", "genius", "excellent", "superb", "terrible", "horrible", "awful", "dreadful",
	"great", "bad", "worse", "worst", "best", "inconvenience", "transparent", "desperate",
	"desperation", "liar", "nonsense", "disaster", "disastrous", "mess", "porous", "dismal",
	"classic", "infamous", "notorious",
}

// judging is judgeWords as a set of lower-case words (not stems:
// "extremely" is a judgement, "extremism" is not).
var judging = func() map[string]bool {
	m := make(map[string]bool, len(judgeWords))
	for _, w := range judgeWords {
		m[w] = true
	}
	return m
}()

// attribution are the words that mark a sentence as someone's reported
// words, not the writer's.
var attribution = []string{"said", "says", "told", "according"}

// firstPerson are the pronouns of a speaker: a sentence with one is
// quoted speech, a reaction, not the writer's comment.
var firstPerson = []string{"i", "we", "my", "our", "me", "us", "i'm", "we're"}

// adviceWords follow the reader's pronoun in the writer's advice ("the
// last thing you want to do", "you've got to be lavish", "you should
// apply the patch"); "you can see" describes, it advises nothing.
var adviceWords = []string{"should", "must", "need", "needs", "want", "ought", "got", "have", "better"}

// advice reports whether the words w (lower case, trimmed) hold the
// writer's advice to the reader: "you" (or "you've", "you'd") with a word
// of obligation or wish at most two words on ("you have to", "you've got
// to", "you really should"), or opens with "let's", the writer's aside to
// the reader ("Let's recap Friday's action.").
func advice(w []string) bool {
	if len(w) > 0 && strings.ReplaceAll(w[0], "’", "'") == "let's" || len(w) > 1 && w[0] == "let" && w[1] == "s" {
		return true
	}
	for i, x := range w {
		x = strings.ReplaceAll(x, "’", "'")
		if x != "you" && x != "you've" && x != "you'd" {
			continue
		}
		if x == "you've" && i+1 < len(w) && w[i+1] == "got" {
			return true
		}
		for _, y := range w[i+1 : min(len(w), i+3)] {
			if slices.Contains(adviceWords, y) && y != "got" {
				return true
			}
		}
		// ECB+ spacing: "you’ ve got to"
		if i+2 < len(w) && (w[i+1] == "ve" || w[i+1] == "'ve") && w[i+2] == "got" {
			return true
		}
	}
	return false
}

// stemSet hashes the stems of words.
func (d *Detector) stemSet(words []string) map[uint64]bool {
	m := make(map[uint64]bool, len(words))
	for _, w := range words {
		m[stemHash(canonical(d.stem.Stem(w)))] = true
	}
	return m
}

// acts are the act verbs among a sentence's new words, written as the act
// done (the past form of actWords: "declined", "withdrew"): the same stem
// as a noun, an infinitive or a gerund ("a six-month sentence", "went to
// apologize", "before approving projects") names no act that happened.
func (d *Detector) acts(newWords []string) []string {
	var out []string
	for _, w := range newWords {
		if d.act[stemHash(canonical(d.stem.Stem(w)))] && slices.Contains(actWords, strings.ToLower(w)) {
			out = append(out, w)
		}
	}
	return out
}

// commentary reports whether s reads as the writer's comment: no quotation
// marks, no speaker's pronoun, no attribution, and a word of judgement or
// advice to the reader.
func commentary(s string) bool {
	if strings.ContainsAny(s, "\"“”") || strings.Contains(s, "''") {
		return false
	}
	judged := false
	// the words are kept for advice only where it may find some
	addressed := strings.Contains(s, "you") || strings.Contains(s, "You") || strings.Contains(s, "YOU") || len(s) >= 3 && strings.EqualFold(s[:3], "let")
	var ws []string
	for _, f := range strings.Fields(s) {
		w := strings.ToLower(strings.Trim(f, ".,;:!?()[]—–-‘’'"))
		if slices.Contains(firstPerson, w) || slices.Contains(attribution, w) {
			return false
		}
		judged = judged || judging[w]
		if addressed {
			ws = append(ws, w)
		}
	}
	return judged || addressed && advice(ws)
}

// stampWords are the words of a date or time stamp besides numbers,
// month and weekday names.
var stampWords = []string{"updated", "last", "published", "posted", "modified", "at", "on",
	"am", "pm", "a.m", "p.m", "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet", "ago",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}

// stamp reports whether s is a date or time stamp ("23 July 2013 Last
// updated at 13:42 GMT", "Published at 12:45, Wednesday"): numbers,
// month and weekday names and stamp words only, a number at least.
func stamp(s string) bool {
	num := false
	for _, w := range terms.Words(s) {
		switch {
		case strings.IndexFunc(w, unicode.IsLetter) < 0:
			num = true
		case calendar[w] || slices.Contains(stampWords, w):
		default:
			return false
		}
	}
	return num
}

// sourceBefore are the words that put a name after them in the role of a
// source ("according to Tass", "said spokesman Al Quintero", "reported
// by the agency Tass"). A name before "said" is left a speaker: "her
// deputy Oren Malk said" introduces a person who may go on to speak.
var sourceBefore = []string{"according to", "said", "says", "told", "reported by", "spokesman", "spokeswoman", "spokesperson"}

// source reports whether the name key k (not a number) stands in s as the
// source of what s reports, not as news: a source named for the first
// time adds no fact by itself; what it says still counts.
func source(s, k string) bool {
	name, ok := strings.CutPrefix(k, "name:")
	if !ok {
		return false
	}
	low := strings.ToLower(s)
	at := strings.Index(low, name)
	if at < 0 {
		return false
	}
	before := low[max(0, at-40):at]
	if i := strings.LastIndexAny(before, ".;:!?\"“”"); i >= 0 {
		before = before[i+1:]
	}
	for _, w := range sourceBefore {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// outletHeads are the last words of the names of news outlets ("The
// Hollywood Reporter", "the New York Times", "Russian state news agency")
// and outletNames the names of news agencies that carry no such word.
var (
	outletHeads = []string{"times", "post", "reporter", "herald", "journal", "tribune", "news", "press",
		"agency", "gazette", "telegraph", "chronicle", "examiner", "newspaper"}
	outletNames = []string{"tass", "itar-tass", "reuters", "ap", "afp", "upi", "xinhua", "irna", "isna",
		"interfax", "ria novosti", "dpa", "ansa", "efe", "kyodo", "yonhap", "thr"}
)

// outlet reports whether the name key k names a news outlet: the medium
// a fact came through, not a fact ("His statements were reported by the
// Russian state news agency, Tass", "The Hollywood Reporter says...").
func outlet(k string) bool {
	name, ok := strings.CutPrefix(k, "name:")
	if !ok {
		return false
	}
	name = strings.TrimPrefix(name, "the ")
	if slices.Contains(outletNames, name) {
		return true
	}
	// the last word alone too: the phrases of "the Oster Herald" hold
	// "herald", and "the Times" is the outlet's short name.
	return slices.Contains(outletHeads, name[strings.LastIndexByte(name, ' ')+1:])
}

// titleCase reports whether s is a headline in title case ("Jewellery
// Stolen In Casty Shop Raid"): no closing full stop, question or
// exclamation mark, and three words at least of four letters or more
// besides stop words, every one of them capitalised. Its capitals mark
// no names: a run of capitalised words read from it is a new name only
// when none of its words was used before (headName).
func titleCase(s string) bool {
	t := strings.TrimRight(strings.TrimSpace(s), "\"'”’ ")
	if t == "" || strings.ContainsRune(".!?", rune(t[len(t)-1])) {
		return false
	}
	n := 0
	for _, f := range strings.Fields(s) {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(w) < 4 || terms.IsStop(strings.ToLower(w)) || !hasLetter(w) {
			continue
		}
		if r := []rune(w)[0]; !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// headName reports whether the name key k of a title-case headline,
// whose name keys are names, is a new name: none of its content stems was
// used in the storyline ("Sanjay Gupta"); a run of capitals that holds
// words the storyline used ("Kraft Factory Shooting" after "the Kraft
// factory", "shooting") is the headline's wording, not a name, and so is
// the last word the phrases return of it ("stolen" of "Jewellery Stolen").
func (d *Detector) headName(k string, names []string, tr Trace, cv cover) bool {
	name, ok := strings.CutPrefix(k, "name:")
	if !ok {
		return true
	}
	if !strings.Contains(name, " ") {
		for _, o := range names {
			if strings.HasSuffix(o, " "+name) && !d.headName(o, nil, tr, cv) {
				return false
			}
		}
	}
	st := d.stems(name)
	for _, x := range st {
		if i, ok := tr.index(stemHash(x)); !ok || cv.seen[i] {
			return false
		}
	}
	return len(st) > 0
}

// months are the month names and their abbreviations (lower case, no
// dot) that date a number next to them ("Dec. 11", "11 December").
var months = []string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec"}

// zoneWords are the abbreviations of time zones ("20:49 GMT"): they say
// when, so they are neither content nor a name.
var zoneWords = []string{"gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "cst", "cdt",
	"mst", "mdt"}

// zoneSpelled are the words of a time zone's name spelled out
// ("Coordinated Universal Time", "Greenwich Mean Time").
var zoneSpelled = []string{"coordinated", "universal", "greenwich", "mean", "time", "standard",
	"daylight", "eastern", "pacific", "central", "mountain", "british", "summer"}

// zone reports whether the name n (lower case) names a time zone: an
// abbreviation alone, or zone words with "time" or an abbreviation among
// them ("coordinated universal time utc"; not "Universal", "Eastern").
func zone(n string) bool {
	if last := n[strings.LastIndexByte(n, ' ')+1:]; last != "time" && !slices.Contains(zoneWords, last) {
		return false // most names: not ending in a zone
	}
	ws := strings.Fields(n)
	marked := false
	for _, w := range ws {
		switch {
		case slices.Contains(zoneWords, w):
			marked = true
		case w == "time":
			marked = len(ws) > 1
		case !slices.Contains(zoneSpelled, w):
			return false
		}
	}
	return marked
}

// clockWords are the words after a number that make it an hour ("at 10
// p.m.", "1300 GMT").
var clockWords = []string{"am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "bst", "cet",
	"est", "edt", "pst", "pdt", "hours", "hrs", "o'clock"}

// when reports whether every place the number n (a terms.Numbers key)
// stands in s is a day of a month or a time of day ("on Dec. 11",
// "11 December", "07:28", "3: 30 a.m.", "1336 GMT"): when something
// happened, like a month or weekday name, not a figure of the news. A
// number that stands anywhere else (or that cannot be found as written)
// is a figure.
func when(s, n string) bool {
	found := false
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], n)
		if i < 0 {
			break
		}
		i += from
		j := i + len(n)
		from = j
		if i > 0 && (isDigit(s[i-1]) || s[i-1] == '.' || s[i-1] == ',') ||
			j < len(s) && (isDigit(s[j]) || (s[j] == '.' || s[j] == ',') && j+1 < len(s) && isDigit(s[j+1])) {
			continue // part of a longer number
		}
		found = true
		before := strings.TrimRight(s[:i], " ")
		after := strings.TrimLeft(s[j:], " ")
		switch {
		case strings.HasSuffix(before, ":"), strings.HasPrefix(after, ":") && startsDigit(strings.TrimLeft(after[1:], " ")):
		case slices.Contains(months, lastWord(before)), slices.Contains(months, firstWord(after)):
		case slices.Contains(clockWords, firstWord(after)):
		default:
			return false
		}
	}
	return found
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func startsDigit(s string) bool { return s != "" && isDigit(s[0]) }

// lastWord is the last word of s, lower case, without a trailing dot.
func lastWord(s string) string {
	s = strings.TrimRight(s, ".")
	i := strings.LastIndexAny(s, " \t\n(\"'“‘")
	return strings.ToLower(s[i+1:])
}

// firstWord is the first word of s, lower case, without trailing
// punctuation other than the dots inside "a.m.".
func firstWord(s string) string {
	if i := strings.IndexAny(s, " \t\n,;:)\"'”’"); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(strings.TrimRight(s, "."))
}
