package quotes

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// mentionsOf returns a resolver naming each of names (name, type pairs)
// wherever it occurs in the text, in order.
func mentionsOf(pairs ...string) Resolver {
	return ResolverFunc(func(text string) []Mention {
		var ms []Mention
		for i := 0; i+1 < len(pairs); i += 2 {
			for at := 0; ; {
				k := strings.Index(text[at:], pairs[i])
				if k < 0 {
					break
				}
				ms = append(ms, Mention{Name: pairs[i], Type: core.EntityType(pairs[i+1]), Start: at + k, End: at + k + len(pairs[i])})
				at += k + len(pairs[i])
			}
		}
		sortMentions(ms)
		return ms
	})
}

// TestMentionAsModifier: with the quote rules alone, a place named right
// before a role noun modifies it ("said a Texas Republican" is a Texas
// Republican, and so is the quotation carried after it); a person named
// after the noun is the speaker.
func TestMentionAsModifier(t *testing.T) {
	text := "Insiders split on the race. \"He will not collapse in a week,\" said a Texas Republican. \"The real race is for second.\""
	qs := Find(text, Options{NoModel: true, Resolver: mentionsOf("Texas", "LOC", "Republican", "MISC")})
	expectSpeaker(t, qs, "collapse in a week", "Texas Republican")
	expectSpeaker(t, qs, "real race is for second", "Texas Republican")
	text = "The port reopened. \"We are ready,\" said Texas Governor Ana Lind."
	qs = Find(text, Options{NoModel: true, Resolver: mentionsOf("Texas", "LOC", "Ana Lind", "PER")})
	expectSpeaker(t, qs, "We are ready", "Ana Lind")
}
