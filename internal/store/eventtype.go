package store

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/core"
)

// ErrUnknownEventType reports an event type filter that names no type the
// analysis gives (a typo, not an empty result).
var ErrUnknownEventType = errors.New("unknown event type")

// EventType reads an event type filter: trimmed and in lower case (the
// stored form; PLOVER's "AGREE" is "agree"). "" stays "" (no filter). A
// name that is no type core.EventTypes lists (the types the events stage
// gives; the store depends on core only for it) is an error wrapping
// ErrUnknownEventType that lists the types.
func EventType(s string) (string, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "" || slices.Contains(core.EventTypes(), t) {
		return t, nil
	}
	return "", fmt.Errorf("type %q: %w; the types are %s", s, ErrUnknownEventType, strings.Join(core.EventTypes(), ", "))
}
