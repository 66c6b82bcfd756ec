package entity

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
)

// An unknown name cited after "according to" is an outlet or body, not a
// place; a known place cited so stays a place, and so does an unknown
// place elsewhere.
func TestSourcesNotPlaces(t *testing.T) {
	cases := []struct {
		text, name string
		want       core.EntityType
	}{
		{"The talks failed, according to Velskpress, on Monday.", "Velskpress", core.Organisation},
		{"According to  Velskpress the talks failed.", "Velskpress", core.Organisation},
		{"The talks failed, according to Kyiv.", "Kyiv", core.Location},
		{"The talks in Velskpress failed.", "Velskpress", core.Location},
	}
	for _, c := range cases {
		start := strings.Index(c.text, c.name)
		ms := []ner.Mention{{Text: c.name, Type: core.Location, Start: start, End: start + len(c.name)}}
		sourcesNotPlaces(c.text, ms)
		if ms[0].Type != c.want {
			t.Errorf("%q: %s typed %s, want %s", c.text, c.name, ms[0].Type, c.want)
		}
	}
}
