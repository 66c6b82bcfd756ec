package store

// Compass abbreviations across articles: agency copy and tables shorten
// the compass word of a place's name ("S. Korea", "N. Korea", "S.
// African"); another article spells it out ("South Korea"). A place or
// other name opening with "N.", "S.", "E." or "W." joins the stored
// entity of the same type named with the word spelled out, and a name so
// spelled absorbs the abbreviated entity stored before it. Nothing joins
// when no such entity is stored ("S. Chamber", the tagger's cut of "U.S.
// Chamber", stays as it is).

import (
	"context"
	"fmt"
	"strings"

	"github.com/storyline/storyline/internal/core"
)

// compassWords maps a compass abbreviation to its word.
var compassWords = map[string]string{"N.": "North", "S.": "South", "E.": "East", "W.": "West"}

// compassSpelled returns name with its leading compass abbreviation spelled
// out ("S. Korea" -> "South Korea"), or "".
func compassSpelled(name string) string {
	first, rest, ok := strings.Cut(strings.TrimSpace(name), " ")
	if w, known := compassWords[first]; ok && known && strings.TrimSpace(rest) != "" {
		return w + " " + strings.TrimSpace(rest)
	}
	return ""
}

// compassAbbreviated returns name with its leading compass word
// abbreviated ("South Korea" -> "S. Korea"), or "".
func compassAbbreviated(name string) string {
	first, rest, ok := strings.Cut(strings.TrimSpace(name), " ")
	if !ok || strings.TrimSpace(rest) == "" {
		return ""
	}
	for abbr, w := range compassWords {
		if first == w {
			return abbr + " " + strings.TrimSpace(rest)
		}
	}
	return ""
}

// compassOwner returns the stored entity an abbreviated place or other
// name joins (see the file comment), or 0.
func compassOwner(ctx context.Context, tx dbtx, e core.Entity) (int64, string, error) {
	if e.Type == core.Person {
		return 0, "", nil
	}
	full := compassSpelled(e.Name)
	if full == "" {
		return 0, "", nil
	}
	s, ok, err := byKey(ctx, tx, entityKey(full, e.Type))
	if err != nil || !ok {
		return 0, "", err
	}
	return s.id, s.name, nil
}

// absorbCompass merges into eid, stored under the spelled-out name e, the
// entity of the same type stored under its abbreviated form.
func absorbCompass(ctx context.Context, tx dbtx, eid int64, e core.Entity) error {
	if e.Type == core.Person {
		return nil
	}
	short := compassAbbreviated(e.Name)
	if short == "" {
		return nil
	}
	s, ok, err := byKey(ctx, tx, entityKey(short, e.Type))
	if err != nil || !ok || s.id == eid {
		return err
	}
	if err := mergeEntityInto(ctx, tx, s.id, eid); err != nil {
		return fmt.Errorf("merge %q into %q: %w", s.name, e.Name, err)
	}
	return nil
}
