package store

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/events"
)

// ErrUnknownEventType reports an event type filter that names no type the
// analysis gives (a typo, not an empty result).
var ErrUnknownEventType = errors.New("unknown event type")

// EventType reads an event type filter: trimmed and in lower case (the
// stored form; PLOVER's "AGREE" is "agree"). "" stays "" (no filter). A
// name that is no type events.Types lists is an error wrapping
// ErrUnknownEventType that lists the types.
func EventType(s string) (string, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "" || slices.Contains(events.Types(), t) {
		return t, nil
	}
	return "", fmt.Errorf("type %q: %w; the types are %s", s, ErrUnknownEventType, strings.Join(events.Types(), ", "))
}
