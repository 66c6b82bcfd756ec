package quotes

import "github.com/storyline/storyline/internal/core"

// A Mention is one span of text naming an entity, under the entity's
// canonical name.
type Mention struct {
	Name       string          // canonical name ("Vladimir Putin" for "Putin")
	Type       core.EntityType // PER, ORG, LOC or MISC
	Start, End int             // byte offsets of the surface form in the text
	// Roles are lower-case titles and roles the text gives the entity
	// anywhere ("president", "defense minister"); they let descriptions such
	// as "the minister said" find their person. May be nil.
	Roles []string
	// Gender is 'm' or 'f' when the resolver knows a person's gender, else
	// 0; he never resolves to an 'f' person, nor she to an 'm' one.
	Gender byte
}

// fitsPronoun reports whether m may be the antecedent of the subject
// pronoun w: a person of a compatible gender for he and she, an
// organisation or place for it, an organisation for they.
func (m Mention) fitsPronoun(w string) bool {
	switch w {
	case "it":
		return m.Type == core.Organisation || m.Type == core.Location
	case "they":
		// A state is "it"; "they" after a place is its people ("They
		// planned to apply for asylum at the border").
		return m.Type == core.Organisation
	case "he":
		return m.Type == core.Person && m.Gender != 'f'
	case "she":
		return m.Type == core.Person && m.Gender != 'm'
	}
	return m.Type == core.Person
}

// A Resolver finds the entity mentions of a text. Mentions must come back
// sorted by Start and must not overlap. Implementations must be safe for
// concurrent use.
type Resolver interface {
	Mentions(text string) []Mention
}

// ResolverFunc adapts a function to the Resolver interface.
type ResolverFunc func(text string) []Mention

// Mentions calls f(text).
func (f ResolverFunc) Mentions(text string) []Mention { return f(text) }
