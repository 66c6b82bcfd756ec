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
