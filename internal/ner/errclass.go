package ner

import (
	"strings"
	"unicode"
)

var errorClassNames = [...]string{"correct", "type", "boundary", "boundary+type", "missed"}

// A Chunk is one entity in a tag sequence: tokens [Start, End) of type Type.
type Chunk struct {
	Start, End int
	Type       string
}

// Chunks reads the entities of one sentence's tags with conlleval's chunk
// rules (IOB1 or IOB2; a chunk ends at the sentence's end).
func Chunks(tags []string) []Chunk {
	var out []Chunk
	prev, prevType := "O", ""
	open := -1
	for i := 0; i <= len(tags); i++ {
		tag, typ := "O", ""
		if i < len(tags) {
			tag, typ = conllTag(tags[i])
		}
		if open >= 0 && endOfChunk(prev, tag, prevType, typ) {
			out = append(out, Chunk{Start: open, End: i, Type: prevType})
			open = -1
		}
		if i < len(tags) && startOfChunk(prev, tag, prevType, typ) {
			open = i
		}
		prev, prevType = tag, typ
	}
	return out
}

// ErrorCounts classify one type's chunks the usual way for NER error
// analysis. Every gold chunk is exactly one of Correct (same span and
// type as a guess), Type (a guess with the same span, another type),
// Boundary (no same-span guess; a guess of the same type overlaps it),
// BoundaryType (only guesses of other types overlap it) or Missed (no guess
// overlaps it); MissedLower counts the missed chunks with no name word
// (pronouns and common nouns, "she", "the pilgrims", "I", "The referee",
// which a name tagger never marks: see nameWords). Spurious counts guesses of this type that overlap
// no gold chunk.
type ErrorCounts struct {
	Correct, Type, Boundary, BoundaryType, Missed, MissedLower, Spurious int
	// Guesses counts this type's guesses; GuessOverlap those overlapping
	// a gold chunk of the same type (for Overlap).
	Guesses, GuessOverlap int
}

// Overlap is the lenient F1 that counts a guess overlapping a gold chunk
// of its type as found (recall: gold chunks correct or boundary;
// precision: guesses overlapping a same-type gold chunk): what a name
// tagger scores on a set that marks whole noun phrases ("Facebook
// co-founder Mark Zuckerberg") when it finds the name inside.
func (c ErrorCounts) Overlap() (p, r, f float64) {
	gold := c.Correct + c.Type + c.Boundary + c.BoundaryType + c.Missed
	p, r = ratio(c.GuessOverlap, c.Guesses), ratio(c.Correct+c.Boundary, gold)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// ErrorTally holds the error classes overall and per type (the gold type
// for gold chunks, the guessed type for spurious ones).
type ErrorTally struct {
	Overall ErrorCounts
	ByType  map[string]*ErrorCounts
	// Keep makes Add record every chunk that is not correct in Items.
	Keep  bool
	Items []ErrorItem
}

// An ErrorItem is one chunk that is not correct: its class ("type",
// "boundary", "boundary+type", "missed", "spurious"), the gold chunk's text
// and type (none for spurious) and the overlapping guesses' ("" for missed).
type ErrorItem struct {
	Class, Gold, GoldType, Guess string
}

func (t *ErrorTally) typ(s string) *ErrorCounts {
	if t.ByType == nil {
		t.ByType = map[string]*ErrorCounts{}
	}
	c := t.ByType[s]
	if c == nil {
		c = &ErrorCounts{}
		t.ByType[s] = c
	}
	return c
}

// Add classifies one sentence's chunks; tokens has one word per tag.
func (t *ErrorTally) Add(tokens, gold, guess []string) {
	gc, pc := Chunks(gold), Chunks(guess)
	overlaps := func(a, b Chunk) bool { return a.Start < b.End && b.Start < a.End }
	for _, g := range gc {
		class := 4 // missed
		for _, p := range pc {
			if !overlaps(g, p) {
				continue
			}
			c := 3 // boundary and type
			switch {
			case p.Start == g.Start && p.End == g.End && p.Type == g.Type:
				c = 0
			case p.Start == g.Start && p.End == g.End:
				c = 1
			case p.Type == g.Type:
				c = 2
			}
			if c < class {
				class = c
			}
		}
		if t.Keep && class != 0 {
			var guesses []string
			for _, p := range pc {
				if overlaps(g, p) {
					guesses = append(guesses, p.Type+" "+strings.Join(tokens[p.Start:min(p.End, len(tokens))], " "))
				}
			}
			t.Items = append(t.Items, ErrorItem{Class: errorClassNames[class], Gold: strings.Join(tokens[g.Start:min(g.End, len(tokens))], " "),
				GoldType: g.Type, Guess: strings.Join(guesses, " | ")})
		}
		lower := class == 4 && !nameWords(tokens, g.Start, min(g.End, len(tokens)))
		for _, c := range []*ErrorCounts{&t.Overall, t.typ(g.Type)} {
			switch class {
			case 0:
				c.Correct++
			case 1:
				c.Type++
			case 2:
				c.Boundary++
			case 3:
				c.BoundaryType++
			default:
				c.Missed++
				if lower {
					c.MissedLower++
				}
			}
		}
	}
	for _, p := range pc {
		hit, same := false, false
		for _, g := range gc {
			if overlaps(g, p) {
				hit = true
				same = same || g.Type == p.Type
			}
		}
		for _, c := range []*ErrorCounts{&t.Overall, t.typ(p.Type)} {
			c.Guesses++
			if same {
				c.GuessOverlap++
			}
		}
		if !hit {
			if t.Keep {
				t.Items = append(t.Items, ErrorItem{Class: "spurious", Guess: p.Type + " " + strings.Join(tokens[p.Start:min(p.End, len(tokens))], " ")})
			}
			t.Overall.Spurious++
			t.typ(p.Type).Spurious++
		}
	}
}

// notNames are capitalised at a sentence's start without being names.
var notNames = map[string]bool{"i": true, "you": true, "he": true, "she": true, "we": true, "they": true,
	"it": true, "the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"my": true, "our": true, "his": true, "her": true, "their": true, "your": true, "its": true,
	"many": true, "some": true, "most": true, "all": true, "people": true, "women": true, "men": true}

// nameWords reports whether tokens[start:end] holds a word with an upper-case
// letter other than a pronoun or determiner opening the sentence ("I",
// "The referee").
func nameWords(tokens []string, start, end int) bool {
	for i := start; i < end; i++ {
		if i == 0 && notNames[strings.ToLower(tokens[i])] {
			continue
		}
		for _, r := range tokens[i] {
			if unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}
