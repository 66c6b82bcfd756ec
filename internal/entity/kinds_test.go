package entity

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func TestKinds(t *testing.T) {
	tests := []struct {
		name   string
		marked string
		want   map[string]core.EntityType // entities that must be there
		absent []string                   // names that must not be entities
	}{
		{"a law is MISC", "A request under the [Harbour Records Act|ORG] was denied.",
			map[string]core.EntityType{"Harbour Records Act": core.Misc}, nil},
		{"a law and its acronym", "The [Vell Records Act|ORG] ([VRA|ORG]) was cited. The [VRA|ORG] was old.",
			map[string]core.EntityType{"Vell Records Act": core.Misc}, []string{"VRA"}},
		{"a treaty is MISC", "She backed the [Orlo Free Trade Agreement|ORG] in 1993.",
			map[string]core.EntityType{"Orlo Free Trade Agreement": core.Misc}, nil},
		{"an act of a play stays", "[Ana Kesh|PER] spoke before the second act.",
			map[string]core.EntityType{"Ana Kesh": core.Person}, nil},
		{"a county takes its word", "From [Vellmar|ORG] County in the west to [Orlo|PER] County, crowds came.",
			map[string]core.EntityType{"Vellmar County": core.Location, "Orlo County": core.Location}, []string{"Vellmar", "Orlo"}},
		{"a county typed ORG is a place", "Stops in [Vellmar County|ORG] drew crowds.",
			map[string]core.EntityType{"Vellmar County": core.Location}, nil},
		{"a county's party stays an organisation", "The [Vellmar County GOP|ORG] met.",
			map[string]core.EntityType{"Vellmar County GOP": core.Organisation}, nil},
		{"a countywide word is no county", "[Vellmar|LOC] Countywide Bank opened.",
			map[string]core.EntityType{"Vellmar": core.Location}, nil},
		{"a programme after a broadcaster", "During an interview on CNBC's [Morning Orlo|ORG], he said so.",
			map[string]core.EntityType{"Morning Orlo": core.Misc}, nil},
		{"a presenter after a broadcaster is a person", "CNN's [Dana Vessel|PER] asked him.",
			map[string]core.EntityType{"Dana Vessel": core.Person}, nil},
		{"a company's full name does not join another's", "[Vell Financial Corp|ORG] bought it. [Vell|ORG] said so. [Vell Corp|ORG] owns it.",
			map[string]core.EntityType{"Vell Financial Corp": core.Organisation, "Vell Corp": core.Organisation}, nil},
		{"a quoted programme after on", "Asked on \"[Vell Today|ORG],\" she declined.",
			map[string]core.EntityType{"Vell Today": core.Misc}, nil},
		{"a quoted name after on stays without a quote", "She relied on [Vell Today|ORG] for news.",
			map[string]core.EntityType{"Vell Today": core.Organisation}, nil},
		{"an opening adverb is no entity", "It rained. [Well|PER], he said, it was fine. '[Somehow|ORG], it works.'",
			nil, []string{"Well", "Somehow"}},
		{"a surname named Well stays", "The choir sang. [Ana Well|PER] led it, and [Well|PER] smiled.",
			map[string]core.EntityType{"Ana Well": core.Person}, nil},
		{"a given name and a lone surname", "[Kesh|PER] spoke first. Later [Donald Kesh|ORG] left.",
			map[string]core.EntityType{"Donald Kesh": core.Person}, nil},
		{"no lone surname: the type stays", "[Donald Kesh|ORG] opened a store.",
			map[string]core.EntityType{"Donald Kesh": core.Organisation}, nil},
		{"a head noun keeps the type", "[Kesh|PER] spoke. [George Kesh Institute|ORG] replied.",
			map[string]core.EntityType{"George Kesh Institute": core.Organisation}, nil},
		{"a party label with Wash.", "Rep. [Ana Kesh|PER] ([D-Wash.|MISC]) spoke.",
			map[string]core.EntityType{"Ana Kesh": core.Person}, []string{"D-Wash", "D-Wash."}},
		{"a company's short form after its full name", "[Vellmar Apparel Inc|ORG] filed on Monday. [Vellmar|ORG] said stores stay open.",
			map[string]core.EntityType{"Vellmar Apparel Inc": core.Organisation}, []string{"Vellmar"}},
		{"a company's short form before its full name", "[Vellmar|ORG] files. [Vellmar Apparel Inc|ORG] said on Monday it filed.",
			map[string]core.EntityType{"Vellmar Apparel Inc": core.Organisation}, []string{"Vellmar"}},
		{"two companies open alike: the short form stays apart", "[Vellmar Apparel Inc|ORG] and [Vellmar Foods Ltd|ORG] met. [Vellmar|ORG] said no.",
			map[string]core.EntityType{"Vellmar": core.Organisation}, nil},
		{"no corporate suffix: no short form", "[Vellmar Harbour Guild|ORG] met. [Vellmar|ORG] said no.",
			map[string]core.EntityType{"Vellmar": core.Organisation}, nil},
		{"a platform typed as a person", "[Twitter|PER] said it had suspended accounts. He posted on [Twitter|LOC].",
			map[string]core.EntityType{"Twitter": core.Organisation}, nil},
		{"a common noun's acronym is no entity", "The leading [TV|ORG] networks and their [CEOs|ORG] met.",
			nil, []string{"TV", "CEOs"}},
		{"a company head noun after a person-like name", "A company called [Vell Enterprises|PER] gave money.",
			map[string]core.EntityType{"Vell Enterprises": core.Organisation}, nil},
		{"a state before an office", "The [Florida Senator|LOC] spoke, and [Texas Governor|ORG] aides left.",
			map[string]core.EntityType{"Florida": core.Location, "Texas": core.Location}, []string{"Florida Senator", "Texas Governor"}},
		{"an unknown name before an office stays", "The [Vellmar Senator|ORG] spoke.",
			map[string]core.EntityType{"Vellmar Senator": core.Organisation}, nil},
		{"a platform stays one beside a person of its name", "[Twitter|PER] said so. A user named [Vell Twitter|PER] posted.",
			map[string]core.EntityType{"Twitter": core.Organisation, "Vell Twitter": core.Person}, nil},
		{"the Amazon is a place", "Fires burned in the [Amazon|LOC].",
			map[string]core.EntityType{"Amazon": core.Location}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.marked, tt.want, tt.absent) })
	}
}

func TestSharedSurname(t *testing.T) {
	checkPersons(t, []personsCase{
		{"The donors [David|PER] and [Charles Vessel|PER] gave.", []string{"David Vessel", "Charles Vessel"}},
		{"[Bill|PER] and [Hillary Vessel|PER] arrived.", []string{"Bill Vessel", "Hillary Vessel"}},
		{"[Kesh|PER] and [Charles Vessel|PER] spoke.", []string{"Kesh", "Charles Vessel"}},             // no given name
		{"[David|PER] met [Charles Vessel|PER].", []string{"David", "Charles Vessel"}},                 // no "and"
		{"[David|PER] and [Charles Vessel Orlo|PER] spoke.", []string{"David", "Charles Vessel Orlo"}}, // three words
		{"[David|PER] and [Kesh Vessel|PER] spoke.", []string{"David", "Kesh Vessel"}},                 // not a given name after
	})
}
