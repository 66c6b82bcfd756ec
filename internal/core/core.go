package core

import (
	"errors"
	"strings"
	"time"
	"unicode/utf8"
)

// Sentinel errors callers branch on.
var (
	// ErrNotArticle reports a document with no article text in it.
	ErrNotArticle = errors.New("no article text found")
	// ErrUnsupportedFormat reports input whose format no reader understands.
	ErrUnsupportedFormat = errors.New("unsupported format")
	// ErrDuplicate reports an article already stored (same content hash).
	ErrDuplicate = errors.New("duplicate article")
	// ErrNotFound reports an ID that is not in the store.
	ErrNotFound = errors.New("not found")
	// ErrTooLarge reports input over a size limit.
	ErrTooLarge = errors.New("input too large")
)

// Format is the markup of a document's body.
type Format string

// Formats a Document may carry.
const (
	FormatHTML Format = "html" // an HTML page
	FormatText Format = "text" // text already scraped from a page (the seeds' form)
)

// A Document is one raw input as a source yields it, before extraction.
type Document struct {
	// Source names where the document came from, precisely enough for a user to
	// find it again: a path, "path:LINE" for a JSON Lines record, "path#N" for
	// the Nth record of a WARC, a URL.
	Source string
	// URL is the page's own address when known (WARC target, JSONL url, feed link).
	URL string
	// Format says how to read Body.
	Format Format
	// Body is the raw content, UTF-8 once a source has decoded it.
	Body []byte
	// Hints carried by the container (JSONL fields, feed items); empty when absent.
	Title     string
	Published string
	Outlet    string
	// FetchedAt is when the page was fetched, zero when unknown. Relative
	// stamps ("11 days ago") resolve against it only when it is set.
	FetchedAt time.Time
}

// A Removal is one piece of text the cleaner dropped, with why.
type Removal struct {
	Text   string
	Reason string
}

// Removal reasons used across cleaners.
const (
	ReasonDebris         = "debris"           // navigation, share buttons, comment prompts
	ReasonCaption        = "caption"          // photo captions and credits
	ReasonHashtag        = "hashtag"          // "#Vladimir Putin"
	ReasonTimestamp      = "relative-stamp"   // "11 days ago"
	ReasonKicker         = "kicker"           // a kicker that repeats the title
	ReasonTeaser         = "teaser"           // a teaser cut off with "..." repeated in full
	ReasonDuplicate      = "duplicate"        // a paragraph repeating an earlier one
	ReasonKeyPoints      = "key-points"       // the appended list moved to KeyPoints
	ReasonBoilerplate    = "boilerplate"      // HTML chrome removed by the extractor
	ReasonRepeatedHeader = "repeated-heading" // a heading that repeats the title
	ReasonBadDate        = "unusable-date"    // a given publication date that is unreadable, in the future or before 1990
	// ReasonDateBounded: the article is undated and its page was too large
	// for the whole-page date search (dates.MaxLibraryElements), which was
	// left out; Text says so.
	ReasonDateBounded = "date-search-bounded"
)

// An Article is a cleaned document: the body without debris and its metadata.
type Article struct {
	ID     int64  // store identity, 0 until stored
	Hash   string // content hash (hex SHA-256 of the normalised title and text)
	Source string // where it came from (Document.Source)
	URL    string
	Outlet string // publication name or host when known

	Title     string   // empty when the page has no headline (never its first sentence)
	Subtitle  string   // standfirst, empty when none
	Authors   []string // bylines, in order
	Published string   // "2006-01-02" or RFC 3339; empty when unknown
	Language  string   // ISO 639-1 code, "" when undetermined
	Text      string   // paragraphs separated by one blank line
	Removed   []Removal
	KeyPoints []string // an appended list of key points, never mixed into Text

	FetchedAt  time.Time
	IngestedAt time.Time

	// Attached by the language layer (issue: who said what).
	Entities []Entity
	Quotes   []Quote
	Events   []Event

	// Attached by the story layer (issue: stories over time).
	DuplicateOf int64      // the earlier article this one nearly repeats, 0 when original
	Story       int64      // the story (one event across outlets), 0 until assigned
	Storyline   int64      // the storyline (one story across months), 0 until assigned
	LinkReason  string     // why the story layer decided what it did, in words
	Claims      []Claim    // normalised claims found in the article
	Sentences   []Sentence // the article's sentences with what is new in them
}

// A Claim is one normalised statement: who holds what ("Russia — ready for
// negotiations"). Key groups the same claim across articles and wordings.
type Claim struct {
	Key      string
	Holder   string
	Text     string
	Sentence string
	// Speaker is who voiced the claim when Holder is the country they
	// speak for ("Vladimir Putin" for Russia); "" when the holder spoke.
	Speaker string
	// Questioned: the sentence puts the claim in question ("doubts over
	// X's readiness for talks") instead of reporting it as the holder's.
	Questioned bool
}

// A Sentence is one sentence of an article judged against the earlier
// articles of its storyline.
type Sentence struct {
	Text   string
	New    bool
	Reason string
}

// ReasonTooShort is the Reason of a sentence too short to judge (a
// heading, "He declined."): it is neither new nor a repeat.
const ReasonTooShort = "too short to carry information"

// PublishedTime parses Published; ok is false when it is empty or malformed.
func (a *Article) PublishedTime() (t time.Time, ok bool) {
	if a.Published == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, a.Published); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// EntityType is a coarse entity class (CoNLL's four).
type EntityType string

// Entity types.
const (
	Person       EntityType = "PER"
	Organisation EntityType = "ORG"
	Location     EntityType = "LOC"
	Misc         EntityType = "MISC"
)

// An Entity is one real-world referent under its canonical name.
type Entity struct {
	Name       string
	Type       EntityType
	Aliases    []string // other surface forms seen
	Attributes []string // titles and roles ("Defense Minister")
	Mentions   int
}

// A Quote is a statement attributed to a speaker.
type Quote struct {
	Text     string
	Speaker  string // canonical entity name, "" when unresolved
	Direct   bool   // inside quote marks
	Fragment bool   // a short scare quote inside a sentence
	Sentence string // the sentence it stands in
	Start    int    // byte offsets of Text in Article.Text
	End      int
}

// Said is the quote as a reader should see it listed: a reported
// statement without the "that" opening it when four words or more follow
// ("that the ferries will sail" -> "the ferries will sail"); Text keeps the
// span as found, which Start and End locate. A bracket the span closes
// or opens without its partner is left off ("... to build.)").
func (q Quote) Said() string {
	text := unpairedBrackets(q.Text)
	if q.Direct || len(text) < 5 || !strings.EqualFold(text[:4], "that") || text[4] != ' ' && text[4] != '\n' {
		return text
	}
	rest := strings.TrimLeft(text[5:], " \n")
	if len(strings.Fields(rest)) < 3 {
		return text
	}
	return rest
}

// Shown is the quote as listed for a reader: a direct quote between one
// pair of curly marks (the marks its own text opens or closes with are
// not doubled: “'We will win,'” reads “We will win,”), a reported one as
// Said gives it.
func (q Quote) Shown() string {
	if !q.Direct {
		return q.Said()
	}
	t := strings.TrimSpace(q.Text)
	for len(t) > 0 {
		r, n := utf8.DecodeRuneInString(t)
		if !strings.ContainsRune(quoteMarks, r) {
			break
		}
		t = t[n:]
	}
	for len(t) > 0 {
		r, n := utf8.DecodeLastRuneInString(t)
		if !strings.ContainsRune(quoteMarks, r) {
			break
		}
		t = t[:len(t)-n]
	}
	return "“" + strings.TrimSpace(t) + "”"
}

// quoteMarks are the marks that may open or close a quotation.
const quoteMarks = "\"'“”‘’«»„"

// unpairedBrackets trims a closing bracket at the end of s with no opening
// one in s, and an opening one at its start with no closing one.
func unpairedBrackets(s string) string {
	if strings.HasSuffix(s, ")") && !strings.Contains(s, "(") {
		s = strings.TrimRight(strings.TrimSuffix(s, ")"), " ")
	}
	if strings.HasPrefix(s, "(") && !strings.Contains(s, ")") {
		s = strings.TrimLeft(strings.TrimPrefix(s, "("), " ")
	}
	return s
}

// An Event is one actor doing something to a target, PLOVER-style.
type Event struct {
	Actor    string
	Type     string
	Target   string
	Place    string
	Date     string
	Sentence string
	// Confidence is the estimated chance in [0, 1] that Sentence reports
	// an act of Type (package events' confidence model); 0 means unknown
	// (events stored before the score existed).
	Confidence float64
}

// SureEvent is the confidence below which readers see an event set apart
// as less certain: the confidence model estimates the chance that the
// sentence reports the act, so below one half it more likely does not.
const SureEvent = 0.5

// Weak reports whether e's confidence is known and below floor.
func (e Event) Weak(floor float64) bool {
	return e.Confidence > 0 && e.Confidence < floor
}

// Act returns e without its Confidence: two events with equal acts say
// the same thing, however sure each is.
func (e Event) Act() Event {
	e.Confidence = 0
	return e
}
