package entity_test

import (
	"fmt"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/entity"
	"github.com/storyline/storyline/internal/ner"
)

func ExampleResolve() {
	text := "Russian President Ivan Petrov met the Northern Maritime Council (NMC) in Oslo. " +
		"Petrov said the NMC was useful. The Kremlin leader left on Friday."
	at := func(s string, typ core.EntityType) ner.Mention {
		i := strings.Index(text, s)
		return ner.Mention{Text: s, Type: typ, Start: i, End: i + len(s)}
	}
	mentions := []ner.Mention{
		at("Ivan Petrov", core.Person),
		at("Northern Maritime Council", core.Organisation),
		at("NMC", core.Organisation),
		at("Oslo", core.Location),
		at("Petrov said", core.Person), // trimmed below
	}
	mentions[4].Text, mentions[4].End = "Petrov", mentions[4].Start+len("Petrov")
	res := entity.Resolve(text, mentions)
	for i, e := range res.Entities {
		fmt.Printf("%s %s aliases=%q attributes=%q country=%q mentions=%d\n", e.Type, e.Name, e.Aliases, e.Attributes, res.Country[i], e.Mentions)
	}
	// Output:
	// PER Ivan Petrov aliases=["Petrov"] attributes=["Russian President" "President"] country="Russia" mentions=3
	// ORG Northern Maritime Council aliases=["NMC"] attributes=[] country="" mentions=2
	// LOC Oslo aliases=[] attributes=[] country="" mentions=1
}

func ExampleActorCountry() {
	for _, name := range []string{"Moscow", "the Kremlin", "Ukrainians", "Lorvik"} {
		c, ok := entity.ActorCountry(name)
		fmt.Println(name, "->", c, ok)
	}
	// Output:
	// Moscow -> Russia true
	// the Kremlin -> Russia true
	// Ukrainians -> Ukraine true
	// Lorvik ->  false
}
