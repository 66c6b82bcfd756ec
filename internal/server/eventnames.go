package server

import (
	"context"
	"strings"

	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/wire"
)

// eventNames returns, for an event list filtered by actor or target, the
// stored names each filter matched when more than one (as /api/quotes'
// speakers), and, when the list is empty, the hint the CLI's events gives
// after its empty line (wire.NameHintFor, each side's joined by "; ").
func (s *Server) eventNames(ctx context.Context, f store.EventFilter, empty bool) (actors, targets []string, hint string, err error) {
	if actors, err = s.speakersMatched(ctx, f.Actor); err != nil {
		return nil, nil, "", err
	}
	if targets, err = s.speakersMatched(ctx, f.Target); err != nil {
		return nil, nil, "", err
	}
	if !empty {
		return actors, targets, "", nil
	}
	var hints []string
	for _, name := range []string{f.Actor, f.Target} {
		h, err := wire.NameHintFor(ctx, s.st, name)
		if err != nil {
			return nil, nil, "", err
		}
		if h != "" {
			hints = append(hints, h)
		}
	}
	return actors, targets, strings.Join(hints, "; "), nil
}
