package store

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ErrBadQuery reports a search query that cannot be understood: an unbalanced
// quote or parenthesis, an operator with nothing to join, a lone "*", no
// search terms at all. Errors wrapping it carry the reason; servers map it to
// 400 Bad Request.
var ErrBadQuery = errors.New("bad search query")

// Snippet and title highlights mark each match with these private-use
// characters. They are never HTML: a renderer escapes the text first and then
// turns balanced pairs into <mark> elements (see internal/server).
const (
	MarkStart = "\uE000"
	MarkEnd   = "\uE001"
)

// noMarks is s with MarkStart and MarkEnd written as U+FFFD, for the title,
// subtitle and text an article is stored (and indexed) with: a mark in an
// article's own text read as a highlight, opening <mark> where nothing
// matched. U+FFFD has the marks' length in bytes and in runes, so the
// offsets of quotes and entities still hold.
func noMarks(s string) string {
	if !strings.ContainsAny(s, MarkStart+MarkEnd) {
		return s
	}
	return strings.NewReplacer(MarkStart, "\uFFFD", MarkEnd, "\uFFFD").Replace(s)
}

// Limits on a query, so a hostile one cannot make the FTS engine work hard.
const (
	MaxQueryBytes = 1000
	maxQueryTerms = 64
	maxQueryDepth = 8
)

// SearchQuery is a full-text search with filters. The zero value is invalid
// (nothing to search for); a query with no Text but a filter lists the
// filtered articles newest first.
//
// Text syntax (the words of FTS5, translated safely):
//
//	word          a word (stemmed: "talks" finds "talk")
//	"two words"   a phrase
//	word*         a prefix
//	a OR b        either (AND is implicit; "a AND b" is allowed too)
//	-word         without word (also "NOT word"); needs something positive
//	( ... )       grouping
//
// Operators are upper case; "and", "or", "not" in lower case are words.
type SearchQuery struct {
	Text     string
	Entity   string    // an entity's name or alias (any case), else words of names, as Speakers matches
	Source   string    // substring of the source or the outlet
	Language string    // ISO 639-1 code
	From, To time.Time // publication date range (days), zero for open ends
	Story    int64     // only articles of this story (merged stories resolve), 0 for all
	Limit    int       // hits per page, 0 means 20, at most 100
	Offset   int       // hits to skip (pagination)
	// Facets asks for counts by source, entity and month over every match.
	Facets bool // (the entity facet counts the best EntityFacetMatches only)
}

// SearchResult is one page of hits, the total count and the facets.
type SearchResult struct {
	Total  int
	Hits   []SearchHit
	Facets SearchFacets
}

// A SearchHit is one matching article. TitleMarked and Snippet contain
// MarkStart/MarkEnd around matches; Title is plain.
type SearchHit struct {
	ID          int64
	Title       string
	TitleMarked string
	Source      string
	Outlet      string
	Published   string
	Story       int64 // the article's story (0 before the story layer placed it)
	DuplicateOf int64 // the earlier article this one nearly repeats (0: original)
	Snippet     string
	Score       float64 // bm25 (lower is better); 0 when Text is empty
}

// SearchFacets count the matching articles by source (outlet, else the URL's
// host, else the path without record numbers), by entity and by month
// ("2006-01", "" for undated), most frequent first (months: chronological).
//
// Sources and months count every match (they come with the ranked ids at no
// extra query). Entities count the best-ranked EntityFacetMatches matches
// only: that facet joins each match's entities, and over a common term it
// cost more than the rest of the search together; the leading entities of
// the best matches are what the facet is for. EntitiesOver says how many
// matches were counted.
type SearchFacets struct {
	Sources      []FacetCount
	Entities     []FacetCount
	Months       []FacetCount
	EntitiesOver int // matches the entity facet counted: min(Total, EntityFacetMatches)
}

// EntityFacetMatches is how many of the best-ranked matches the entity facet
// counts.
const EntityFacetMatches = 200

// FacetCount is one facet value and how many matching articles have it.
type FacetCount struct {
	Value string
	Type  string // entity type for entity facets, else ""
	Count int
}

// ParseQuery translates a user's query text into an FTS5 MATCH expression in
// which every term is a quoted string, so no input can reach FTS5's own
// syntax. It returns an error wrapping ErrBadQuery with a reason.
func ParseQuery(text string) (string, error) {
	if len(text) > MaxQueryBytes {
		return "", fmt.Errorf("%w: longer than %d bytes", ErrBadQuery, MaxQueryBytes)
	}
	if !utf8.ValidString(text) {
		return "", fmt.Errorf("%w: not valid UTF-8", ErrBadQuery)
	}
	toks, err := lexQuery(text)
	if err != nil {
		return "", err
	}
	if len(toks) == 0 {
		return "", fmt.Errorf("%w: no search terms", ErrBadQuery)
	}
	p := &queryParser{toks: toks}
	expr, err := p.or(0)
	if err != nil {
		return "", err
	}
	if p.pos < len(p.toks) {
		t := p.toks[p.pos]
		if t.kind == tokRParen {
			return "", fmt.Errorf("%w: unbalanced parenthesis", ErrBadQuery)
		}
		return "", fmt.Errorf("%w: unexpected %q", ErrBadQuery, t.text)
	}
	return expr, nil
}

type tokKind int

const (
	tokTerm tokKind = iota
	tokAnd
	tokOr
	tokNot
	tokLParen
	tokRParen
)

type queryTok struct {
	kind   tokKind
	text   string // term text (without quotes and stars) or operator
	prefix bool   // term*
	neg    bool   // -term
}

func lexQuery(s string) ([]queryTok, error) {
	var toks []queryTok
	terms := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || unicode.IsControl(r):
			i += n
			continue
		case r == '(':
			toks = append(toks, queryTok{kind: tokLParen, text: "("})
			i += n
			continue
		case r == ')':
			toks = append(toks, queryTok{kind: tokRParen, text: ")"})
			i += n
			continue
		}
		neg := false
		if r == '-' && i+1 < len(s) && (s[i+1] == '"' || isTermStart(s[i+1:])) {
			neg = true
			i++
		}
		var t queryTok
		if s[i] == '"' {
			end := strings.IndexByte(s[i+1:], '"')
			if end < 0 {
				return nil, fmt.Errorf("%w: unbalanced quote", ErrBadQuery)
			}
			t = queryTok{kind: tokTerm, text: strings.Map(dropControl, s[i+1:i+1+end])}
			i += end + 2
			if i < len(s) && s[i] == '*' {
				t.prefix = true
				for i < len(s) && s[i] == '*' {
					i++
				}
			}
			if !hasWordRune(t.text) {
				return nil, fmt.Errorf("%w: empty phrase", ErrBadQuery)
			}
		} else {
			j := i
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if unicode.IsSpace(r) || unicode.IsControl(r) || r == '"' || r == '(' || r == ')' {
					break
				}
				j += n
			}
			word := s[i:j]
			i = j
			switch {
			case word == "AND" && !neg:
				toks = append(toks, queryTok{kind: tokAnd, text: word})
				continue
			case word == "OR" && !neg:
				toks = append(toks, queryTok{kind: tokOr, text: word})
				continue
			case word == "NOT" && !neg:
				toks = append(toks, queryTok{kind: tokNot, text: word})
				continue
			}
			t = queryTok{kind: tokTerm, text: strings.TrimRight(word, "*")}
			t.prefix = len(t.text) < len(word)
			if !hasWordRune(t.text) {
				if t.prefix || neg {
					return nil, fmt.Errorf("%w: %q is not a search term", ErrBadQuery, word)
				}
				continue // punctuation alone: nothing to search for
			}
		}
		t.neg = neg
		if terms++; terms > maxQueryTerms {
			return nil, fmt.Errorf("%w: more than %d terms", ErrBadQuery, maxQueryTerms)
		}
		toks = append(toks, t)
	}
	return toks, nil
}

func dropControl(r rune) rune {
	if unicode.IsControl(r) {
		return ' '
	}
	return r
}

func isTermStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// queryParser is a recursive-descent parser over:
//
//	or   := and ("OR" and)*
//	and  := item (("AND")? item | ("NOT" | "-") item)*
//	item := term | "(" or ")"
//
// Exclusions within an "and" are collected and emitted after its positive
// items: (p1 AND p2) NOT n1 NOT n2. Every group is parenthesised, so FTS5's
// operator precedence never decides anything.
type queryParser struct {
	toks []queryTok
	pos  int
}

func (p *queryParser) peek() (queryTok, bool) {
	if p.pos >= len(p.toks) {
		return queryTok{}, false
	}
	return p.toks[p.pos], true
}

func (p *queryParser) or(depth int) (string, error) {
	first, err := p.and(depth)
	if err != nil {
		return "", err
	}
	parts := []string{first}
	for {
		t, ok := p.peek()
		if !ok || t.kind != tokOr {
			break
		}
		p.pos++
		next, err := p.and(depth)
		if err != nil {
			return "", err
		}
		parts = append(parts, next)
	}
	if len(parts) == 1 {
		return first, nil
	}
	return "(" + strings.Join(parts, " OR ") + ")", nil
}

func (p *queryParser) and(depth int) (string, error) {
	var pos, neg []string
	expectItem := true // at the start, or after AND/NOT
	negNext := false
	for {
		t, ok := p.peek()
		if !ok || t.kind == tokOr || t.kind == tokRParen {
			break
		}
		switch t.kind {
		case tokAnd, tokNot:
			if expectItem {
				return "", fmt.Errorf("%w: %s needs a term on each side", ErrBadQuery, t.text)
			}
			p.pos++
			expectItem = true
			negNext = t.kind == tokNot
			continue
		}
		item, err := p.item(depth)
		if err != nil {
			return "", err
		}
		if negNext || t.neg {
			neg = append(neg, item)
		} else {
			pos = append(pos, item)
		}
		expectItem, negNext = false, false
	}
	if expectItem {
		if p.pos > 0 {
			if prev := p.toks[p.pos-1]; prev.kind == tokAnd || prev.kind == tokNot || prev.kind == tokOr {
				return "", fmt.Errorf("%w: %s needs a term on each side", ErrBadQuery, prev.text)
			}
		}
		if t, ok := p.peek(); ok {
			if t.kind == tokOr {
				return "", fmt.Errorf("%w: OR needs a term on each side", ErrBadQuery)
			}
			if depth == 0 {
				return "", fmt.Errorf("%w: unbalanced parenthesis", ErrBadQuery)
			}
		}
		return "", fmt.Errorf("%w: no search terms", ErrBadQuery)
	}
	if len(pos) == 0 {
		return "", fmt.Errorf("%w: a query cannot only exclude words", ErrBadQuery)
	}
	expr := pos[0]
	if len(pos) > 1 {
		expr = "(" + strings.Join(pos, " AND ") + ")"
	}
	for _, n := range neg {
		expr = "(" + expr + " NOT " + n + ")"
	}
	return expr, nil
}

func (p *queryParser) item(depth int) (string, error) {
	t, _ := p.peek()
	p.pos++
	if t.kind == tokTerm {
		s := `"` + strings.ReplaceAll(t.text, `"`, `""`) + `"`
		if t.prefix {
			s += "*"
		}
		return s, nil
	}
	// t.kind == tokLParen: the only other kind and() hands over.
	if depth >= maxQueryDepth {
		return "", fmt.Errorf("%w: parentheses nested deeper than %d", ErrBadQuery, maxQueryDepth)
	}
	if t.neg {
		return "", fmt.Errorf("%w: unexpected %q", ErrBadQuery, t.text)
	}
	if nt, ok := p.peek(); ok && nt.kind == tokRParen {
		return "", fmt.Errorf("%w: empty parentheses", ErrBadQuery)
	}
	inner, err := p.or(depth + 1)
	if err != nil {
		return "", err
	}
	if nt, ok := p.peek(); !ok || nt.kind != tokRParen {
		return "", fmt.Errorf("%w: unbalanced parenthesis", ErrBadQuery)
	}
	p.pos++
	return inner, nil
}

// SourceKey is the facet value of an article's origin: its outlet when known,
// else the host of a URL source, else the source path without a JSON Lines
// line number or WARC record number, else the folder of a file path.
func SourceKey(source, outlet string) string {
	if outlet != "" {
		return outlet
	}
	if i := strings.Index(source, "://"); i >= 0 {
		h := source[i+3:]
		if j := strings.IndexAny(h, "/?#"); j >= 0 {
			h = h[:j]
		}
		return strings.TrimPrefix(h, "www.")
	}
	if i := strings.LastIndexAny(source, ":#"); i > 0 && i < len(source)-1 && isDigits(source[i+1:]) {
		return source[:i] // a record of a JSON Lines or WARC file
	}
	if dir := path.Dir(filepath.ToSlash(source)); dir != "." && dir != "/" {
		return dir // files of one folder usually come from one place
	}
	return source
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
