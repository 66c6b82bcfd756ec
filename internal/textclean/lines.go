package textclean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
)

// debrisLines are whole lines of page chrome, compared after norm (lowercase,
// inner spaces collapsed, trailing ":" and "»" dropped).
var debrisLines = map[string]bool{
	"skip to content": true, "skip to main content": true, "skip navigation": true,
	"skip to navigation": true, "jump to content": true, "read also": true,
	"read more": true, "also read": true, "see also": true, "related": true,
	"related articles": true, "related stories": true, "related news": true,
	"related posts": true, "more stories": true, "more news": true,
	"more from this section": true, "you may also like": true, "recommended": true,
	"recommended for you": true, "comments": true, "comment": true,
	"post a comment": true, "leave a comment": true, "leave a reply": true,
	"add a comment": true, "add comment": true, "show comments": true,
	"view comments": true, "no comments": true, "latest": true, "latest news": true,
	"latest stories": true, "trending": true, "trending now": true, "most read": true,
	"most popular": true, "popular": true, "top stories": true, "editor's picks": true,
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"share on facebook": true, "share on twitter": true, "share on x": true,
	"share via email": true, "tweet": true, "email": true, "print": true,
	"copy link": true, "link copied": true, "subscribe": true, "sign up": true,
	"sign in": true, "log in": true, "login": true, "register": true,
	"advertisement": true, "advertising": true, "sponsored": true, "sponsored content": true,
	"ad": true, "menu": true, "home": true, "search": true, "close": true,
	"back to top": true, "continue reading": true, "show more": true, "load more": true,
	"follow us": true, "newsletter": true, "next article": true, "previous article": true,
	"next": true, "previous": true, "listen to this article": true, "listen": true,
	"accept cookies": true, "cookie settings": true, "tags": true, "topics": true,
	"related topics": true, "watch": true, "video": true, "photos": true, "gallery": true,
	"breaking news": true, "live updates": true, "story continues below advertisement": true,
	"article continues below advertisement": true, "scroll to continue": true,
	"click here": true, "back": true, "print article": true, "font size": true,
}

// leadIns open a line of links to other articles ("Read also: <headline>").
var leadIns = []string{"read also", "read more", "also read", "see also", "related", "more on this", "recommended", "watch", "listen"}

// shareWords make up share-button rows ("Facebook Twitter WhatsApp Email").
var shareWords = map[string]bool{
	"facebook": true, "twitter": true, "x": true, "whatsapp": true, "telegram": true,
	"linkedin": true, "reddit": true, "pinterest": true, "email": true, "e-mail": true,
	"print": true, "share": true, "tweet": true, "copy": true, "link": true,
	"messenger": true, "flipboard": true, "tumblr": true, "vk": true, "viber": true,
	"threads": true, "bluesky": true, "mastodon": true, "sms": true, "more": true,
}

var (
	// captionRe matches photo credits and captions by their opening words.
	captionRe = regexp.MustCompile(`(?i)^(\(?\s*)?(photo|photos|photograph|picture|image|img|foto|credit|credits|illustration|video|file photo|pictured|caption)\s*(by\b|:|/|\||-|–|—|©)|^©`)
	// hashtagRe matches a line made of hashtags.
	hashtagRe = regexp.MustCompile(`^(#\pL[\pL\pN_'’.-]*(\s+[\pL\pN_'’.-]+){0,3}\s*)+$`)
	// relStampRe matches relative time stamps.
	relStampRe = regexp.MustCompile(`(?i)^(updated|published|posted|last updated)?\s*:?\s*((\d{1,4}|an?|one|two|three|few)\s*(s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)|just now|moments|yesterday|today)(\s+ago)?\.?$`)
	// readTimeRe matches "3 min read".
	readTimeRe = regexp.MustCompile(`(?i)^\d{1,3}\s*(-|\s)?\s*(min|mins|minute|minutes)\s+(read|listen)$`)
	// countedDebrisRe matches "12 comments", "Comments (3)".
	countedDebrisRe = regexp.MustCompile(`(?i)^(\d+\s+(comments?|replies|shares|views)|(comments?|replies|shares)\s*\(?\d+\)?)$`)
	// listItemRe matches a numbered or bulleted list item.
	listItemRe = regexp.MustCompile(`^(\(?(\d{1,2})[.)]|[-•*–·▪●◦‣])\s+(\S.*)$`)
)

// norm lowercases s, collapses spaces and drops trailing colons and arrows.
func norm(s string) string {
	s = strings.ToLower(collapseSpaces(s))
	return strings.TrimRight(s, " :»›>|-–—")
}

// collapseSpaces trims s and turns every run of white space into one space.
func collapseSpaces(s string) string {
	s = strings.TrimFunc(s, isSpaceLike)
	need := false
	prevSpace := false
	for _, r := range s {
		sp := isSpaceLike(r)
		if sp && (prevSpace || r != ' ') {
			need = true
			break
		}
		prevSpace = sp
	}
	if !need {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prevSpace = false
	for _, r := range s {
		if isSpaceLike(r) {
			if !prevSpace {
				b.WriteByte(' ')
			}
			prevSpace = true
			continue
		}
		prevSpace = false
		b.WriteRune(r)
	}
	return b.String()
}

// isSpaceLike reports white space, including no-break and zero-width spaces.
func isSpaceLike(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

// wordCount counts space-separated words, stopping at limit.
func wordCount(s string, limit int) int {
	n := 0
	in := false
	for _, r := range s {
		if r == ' ' {
			in = false
			continue
		}
		if !in {
			n++
			if n >= limit {
				return n
			}
			in = true
		}
	}
	return n
}

// debrisReason classifies a line that is page chrome on its own, or "".
func debrisReason(s string) string {
	if len(s) > 300 {
		return ""
	}
	n := norm(s)
	switch {
	case n == "":
		return ""
	case debrisLines[n]:
		return core.ReasonDebris
	case len(n) <= 40 && (readTimeRe.MatchString(n) || countedDebrisRe.MatchString(n)):
		return core.ReasonDebris
	case len(n) <= 40 && relStampRe.MatchString(n):
		return core.ReasonTimestamp
	case s[0] == '#' && hashtagRe.MatchString(s):
		return core.ReasonHashtag
	case isShareRow(n):
		return core.ReasonDebris
	case isLeadIn(n) != "" && !strings.HasSuffix(n, "."):
		return core.ReasonDebris // a link line, not a sentence
	case strings.ContainsRune("pPiIfFcCvV(©", firstRune(s)) && wordCount(s, 40) < 40 && captionRe.MatchString(s):
		return core.ReasonCaption
	case wordCount(s, 26) <= 25 && hasCredit(n):
		return core.ReasonCaption
	}
	return ""
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// creditMarks are agency credits that mark a line as a photo caption.
var creditMarks = []string{"getty images", "ap photo", "afp photo", "reuters/", "/reuters", "/afp", "shutterstock", "epa-efe", "(photo:", "(photo by", "(image:", "(credit:", "photo credit"}

// hasCredit reports whether a normalised line carries a photo credit at its
// start or end ("... (Photo by Ola Nord/Getty Images)"), where captions keep
// them; a credit mark inside a sentence ("a Reuters/Ipsos poll") is no caption.
func hasCredit(n string) bool {
	for _, m := range creditMarks {
		if i := strings.LastIndex(n, m); i == 0 || i >= 0 && i+len(m) >= len(n)-creditTail {
			return true
		}
	}
	return false
}

// creditTail is how far from a line's end a credit may stand.
const creditTail = 30

// isLeadIn returns the lead-in of a "Read also: headline" line, or "".
func isLeadIn(n string) string {
	for _, p := range leadIns {
		if rest, ok := strings.CutPrefix(n, p); ok && (rest == "" || rest[0] == ':' || strings.HasPrefix(rest, " |") || strings.HasPrefix(rest, " »")) {
			return p
		}
	}
	return ""
}

// isShareRow reports a row of share buttons.
func isShareRow(n string) bool {
	f := strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '|' || r == '/' || r == '·' || r == '•' })
	if len(f) < 2 || len(f) > 12 {
		return false
	}
	for _, w := range f {
		if !shareWords[w] {
			return false
		}
	}
	return true
}

// endsSentence reports whether s ends like a sentence (after closing quotes
// and brackets).
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]*")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// isTeaserShape reports a line cut off with an ellipsis, returning the text
// before it.
func teaserPrefix(s string) (string, bool) {
	for _, e := range []string{"...", "…", "[...]", "[…]", "(...)"} {
		if p, ok := strings.CutSuffix(s, e); ok {
			return strings.TrimSpace(p), true
		}
	}
	return "", false
}

// isHeadlineShape reports a line shaped like a headline: a few words, no
// closing full stop, starting with a capital, digit or quote.
func isHeadlineShape(s string) bool {
	if len(s) > 250 {
		return false
	}
	w := wordCount(s, 40)
	if w < 2 || w > maxTitleWords {
		return false
	}
	if !isTitleCase(s) && hasSentenceBreak(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘«", r)) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if last == ',' || last == ':' || last == ';' {
		return false
	}
	if strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…") {
		return false
	}
	if !endsSentence(s) {
		return true
	}
	if strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return w <= maxQuestionTitleWords // longer questions open the text
	}
	// A full stop ends a sentence, unless it closes an abbreviation ("U.S.")
	// or a headline set in title case ("Council Votes to Rebuild the Pier.").
	lastWord := s[strings.LastIndexByte(s, ' ')+1:]
	return strings.Count(lastWord, ".") >= 2 || isTitleCase(s) || isInitial(lastWord)
}

// isInitial reports a capital letter and a full stop ("C.").
func isInitial(w string) bool {
	return len(w) == 2 && isUpper(w[0]) && w[1] == '.'
}

// isTitleCase reports whether s is set in title case: every word of four
// letters or more is capitalised, small connecting words aside, and there
// are at least three such words.
func isTitleCase(s string) bool {
	long := 0
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, "\"'“‘’”(),:;.!?")
		if utf8.RuneCountInString(w) < 4 || titleSmallWords[w] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		long++
	}
	return long >= 3
}

// titleSmallWords stay lowercase in some title-case styles.
var titleSmallWords = map[string]bool{"with": true, "from": true, "into": true, "over": true, "than": true, "that": true, "upon": true, "onto": true, "amid": true, "after": true, "about": true}

// Headline length limits, in words.
const (
	maxTitleWords         = 30
	maxQuestionTitleWords = 14
)

// hasSentenceBreak reports whether s holds two sentences: a full stop, "?"
// or "!" after a lowercase word of two letters or more, then a capital.
func hasSentenceBreak(s string) bool {
	for i := 2; i+2 < len(s); i++ {
		c := s[i]
		if (c == '.' || c == '?' || c == '!') && s[i+1] == ' ' && isLower(s[i-1]) && isLower(s[i-2]) && !(c == '.' && isAbbrev(s[:i])) {
			r, _ := utf8.DecodeRuneInString(s[i+2:])
			if unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// abbrevs are abbreviations of four letters or more that end in a full stop;
// shorter capitalised words before a full stop ("Sen.", "Stn.") count too.
var abbrevs = map[string]bool{"dept": true, "corp": true, "capt": true, "prof": true, "govt": true, "assn": true, "blvd": true, "sept": true, "univ": true}

// isAbbrev reports whether s ends in an abbreviation ("Sen", "Dept").
func isAbbrev(s string) bool {
	w := s[strings.LastIndexAny(s, " (\"'“‘")+1:]
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && len(w) <= 3 || abbrevs[strings.ToLower(w)]
}

// isBodyShape reports a line that reads as article text.
func isBodyShape(s string) bool {
	w := wordCount(s, 30)
	if w <= maxTitleWords && isTitleCase(s) {
		return false
	}
	return (endsSentence(s) && w >= 8) || w >= 30
}
