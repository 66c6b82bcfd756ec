package entity

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// eventHeads end the name of an event, a contest or a prize ("Velmont
// Bowl", "Carrow Tournament", "NBA Playoffs", "Tarn Film Festival"): the
// tagger often calls them organisations (or, for "Rose Bowl", a person),
// and a reader looking for organisations finds games and ceremonies. The
// list is written by hand for this project. "Series", "Open" and "Classic"
// are left out (TV series, companies and products end so too), as are
// "Show" (a programme as often as an event) and "Games" (game studios:
// "Tarn Games").
var eventHeads = map[string]bool{"Bowl": true, "Tournament": true, "Playoffs": true, "Festival": true,
	"Cup": true, "Championship": true, "Championships": true, "Award": true,
	"Awards": true, "Prix": true, "Olympics": true, "Marathon": true}

// eventWords are one-word names of award ceremonies and games the news
// writes alone ("the Oscars", "the Emmys").
var eventWords = map[string]bool{"Oscars": true, "Emmys": true, "Grammys": true, "Tonys": true,
	"Olympics": true, "Paralympics": true, "Golden Globes": true}

// eventsNotOrgs types as a miscellaneous name (an event) a name typed as
// an organisation or a person that ends in one of eventHeads or is one of
// eventWords. A name the gazetteer lists as an organisation stays. Places
// ("Velmont Bowl" typed LOC, a stadium) are left as typed.
func eventsNotOrgs(ms []ner.Mention, types map[string]core.EntityType) {
	for _, m := range ms {
		name := strings.TrimPrefix(strings.TrimSpace(m.Text), "the ")
		last := name[strings.LastIndexByte(name, ' ')+1:]
		if !(eventHeads[last] && strings.Contains(name, " ")) && !eventWords[name] {
			continue // asked first: the surface key below is built only for these
		}
		k := surfaceKey(m.Text)
		t := types[k]
		if t == "" {
			t = m.Type
		}
		if t != core.Organisation && t != core.Person {
			continue
		}
		if gazetteer.Lookup(name) != 0 {
			continue
		}
		if _, ok := gazetteer.OrgName(name); ok {
			continue
		}
		types[k] = core.Misc
	}
}
