package cli

import (
	"context"

	"github.com/storyline/storyline/internal/wire"
)

// withNameHint is msg, the empty line of a list filtered by an entity name
// (stories, articles, search --entity), with what the name matched, or that
// no stored name has it and the names near it, in parentheses
// (wire.NameHintFor), as quotes, claims, entities and events say and as
// /api/stories, /api/articles and /api/search give "hint". msg alone when
// no name was given.
func withNameHint(ctx context.Context, st wire.NameFinder, msg, name string) (string, error) {
	hint, err := wire.NameHintFor(ctx, st, name)
	if err != nil || hint == "" {
		return msg, err
	}
	return msg + " (" + hint + ")", nil
}
