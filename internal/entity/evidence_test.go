package entity

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// Fictional text: each case fails without the part of evidence.go it names.
func TestTypesByEvidence(t *testing.T) {
	org, per, loc := core.Organisation, core.Person, core.Location
	tests := []struct {
		name   string
		marked string
		want   map[string]core.EntityType
	}{
		{"a company noun before", "Shares of automaker [Zorvex|PER] fell. [Zorvex|PER] said sales slowed.",
			map[string]core.EntityType{"Zorvex": org}},
		{"a trade word and company before", "The auto company [Zorvex|PER] filed. [Zorvex|PER] will cut jobs.",
			map[string]core.EntityType{"Zorvex": org}},
		{"a maker after a product word", "Software maker [Zorvex|LOC] cut prices. Buyers liked [Zorvex|LOC].",
			map[string]core.EntityType{"Zorvex": org}},
		{"an apposition closing on a company noun", "A day after [Zorvex|PER], another U.S. car maker, closed stores, [Zorvex|PER] hired.",
			map[string]core.EntityType{"Zorvex": org}},
		{"an apposition with a company and which", "[Zorvex|PER], a mining company which owns pits, said so.",
			map[string]core.EntityType{"Zorvex": org}},
		{"its full name with a suffix", "[Zorvex LLC|ORG] filed on Monday. Later [Zorvex|PER] said it would close plants.",
			map[string]core.EntityType{"Zorvex LLC": org}},
		{"its president", "Ana Lind, the president of [Zorvex|PER], said so. [Zorvex|PER] agreed.",
			map[string]core.EntityType{"Zorvex": org}},
		{"its chief executive after", "[Zorvex|PER] Chief Executive Ana Lind will leave. [Zorvex|PER] agreed.",
			map[string]core.EntityType{"Zorvex": org}},
		{"its factories after", "Work moves to [Zorvex|PER] factories abroad.",
			map[string]core.EntityType{"Zorvex": org}},
		{"an item of a list of automakers", "The automakers -- [Zorvex|PER], Ford, and Kell Motors -- asked for loans.",
			map[string]core.EntityType{"Zorvex": org}},
		{"a list of senators stays", "The senators -- [Zorvex|PER], Lind, and Kell -- asked for loans.",
			map[string]core.EntityType{"Zorvex": per}},
		// Wrong changes would be as bad as missed ones.
		{"the company a person founded stays a person", "She left the company [Zorvex|PER] founded. [Zorvex|PER] said he was proud.",
			map[string]core.EntityType{"Zorvex": per}},
		{"a person of that surname keeps it", "Automaker [Ana Zorvex|PER] spoke. Rival automaker [Zorvex|PER] smiled.",
			map[string]core.EntityType{"Ana Zorvex": per}},
		{"a country's president stays a place", "Ana Lind, the president of [Vellmar|LOC], said so.",
			map[string]core.EntityType{"Vellmar": loc}},
		{"a company spokesman is no company noun", "[Zorvex|PER], a company spokesman, said so.",
			map[string]core.EntityType{"Zorvex": per}},
		{"a policy maker is a person", "[Zorvex|PER], a policy maker, said so.",
			map[string]core.EntityType{"Zorvex": per}},
		{"a title before a given name and surname", "Sen. [Donald Kesh|ORG] said no. Voters backed [Donald Kesh|ORG].",
			map[string]core.EntityType{"Donald Kesh": per}},
		{"a relative who after a given name and surname", "Later [Donald Kesh|ORG], who ran twice, said no.",
			map[string]core.EntityType{"Donald Kesh": per}},
		{"no evidence: the type stays", "Later [Donald Kesh|ORG] said no.",
			map[string]core.EntityType{"Donald Kesh": org}},
		{"a compass place with who stays", "Voters in [North Vellmar|LOC], who came early, waited.",
			map[string]core.EntityType{"North Vellmar": loc}},
	}
	for _, tt := range tests {
		var absent []string
		if tt.name == "its full name with a suffix" {
			absent = []string{"Zorvex"} // an alias of Zorvex LLC, no person
		}
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.marked, tt.want, absent) })
	}
}
