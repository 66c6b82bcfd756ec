package server

import (
	"context"

	"github.com/storyline/storyline/internal/wire"
)

// nameHint is, for a list filtered by name that came out empty, what the
// CLI says after its empty line: the stored names name matched, or that
// none has it and the names near it (wire.NameHintFor). "" when the list
// is not empty or name is blank. /api/quotes, /api/claims, /api/entities
// and, for ?entity=, /api/stories, /api/articles and /api/search give it as
// "hint", their pages after the empty line, as /api/events and /events do.
func (s *Server) nameHint(ctx context.Context, name string, empty bool) (string, error) {
	if !empty {
		return "", nil
	}
	return wire.NameHintFor(ctx, s.st, name)
}
