package entity

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// Fictional text: each case fails without the part of typecues.go (or the
// cue added to evidence.go) it names; the cases that keep a type guard
// against wrong changes.
func TestTypesByCue(t *testing.T) {
	org, per, misc := core.Organisation, core.Person, core.Misc
	tests := []struct {
		name   string
		marked string
		want   map[string]core.EntityType
		absent []string
	}{
		{"and a company named so", "[Kell Motors|ORG] and [Zorvex|PER] cut jobs. [Zorvex|PER] will close plants.",
			map[string]core.EntityType{"Zorvex": org}, nil},
		{"and a company's acronym", "[Kell Motors|ORG] ([KM|MISC]) and [Zorvex|PER] got loans. Later [KM|LOC] and [Zorvex|PER] ran out of funds.",
			map[string]core.EntityType{"Zorvex": org}, nil},
		{"and an untagged acronym of a company", "[Kell Motors|ORG] cut jobs. Last month, KM and [Zorvex|PER] got loans.",
			map[string]core.EntityType{"Zorvex": org}, nil},
		{"and a body stays a person", "[Ana Lind|PER] said [Congress|ORG] and [Zorvex|PER] agreed. [Zorvex|PER] smiled.",
			map[string]core.EntityType{"Zorvex": per}, nil},
		{"a place before a company's noun stays a place", "[Kell Airlines|ORG] and [Vellmar|LOC] carrier Zorvex Air were fined. [Vellmar|LOC] agreed.",
			map[string]core.EntityType{"Vellmar": core.Location}, nil},
		{"a company's president after", "Tom Vessel, former [Zorvex|PER] President, will run it.",
			map[string]core.EntityType{"Zorvex": org}, nil},
		{"an administration after", "The [Lind|ORG] administration cut rules before [Lind|ORG] left.",
			map[string]core.EntityType{"Lind": per}, nil},
		{"an era after", "Judges struck down the [Lind|MISC] - era rule. The [Lind|MISC] move was late.",
			map[string]core.EntityType{"Lind": per}, nil},
		{"a title before", "The rule came late in President [Lind|ORG]'s term.",
			map[string]core.EntityType{"Lind": per}, nil},
		{"no cue: the body stays", "The [Vellmar|ORG] board met. [Vellmar|ORG] said so.",
			map[string]core.EntityType{"Vellmar": org}, nil},
		{"a browser after", "Users of the [Quillon|ORG] web browser should update. [Quillon|ORG] is free.",
			map[string]core.EntityType{"Quillon": misc}, nil},
		{"a browser after a name of two words", "Earlier [Quillon Reader|ORG] browsers leak data; [Quillon Reader|ORG] 3.05 does not.",
			map[string]core.EntityType{"Quillon Reader": misc}, nil},
		{"a version of a website is no product cue", "An old version of the [Zorvex Foundation|ORG] website said so.",
			map[string]core.EntityType{"Zorvex Foundation": org}, nil},
		{"a number after is no product cue", "Results: [Zorvex|ORG] 12.14 (86) Kell 9.8 (62). [Zorvex|ORG] won.",
			map[string]core.EntityType{"Zorvex": org}, nil},
		{"a party word before is no title", "Republican [Vellmar|ORG] members met [Vellmar|ORG] staff.",
			map[string]core.EntityType{"Vellmar": org}, nil},
		{"a title set off by a comma is no cue", "Tom Vessel, Chief Officer, [Vellmar|ORG], said so.",
			map[string]core.EntityType{"Vellmar": org}, nil},
		{"a headline's words before a person", "[Saints RB Maria Lind|ORG] hurt\nThe Saints placed [Maria Lind|PER] on injured reserve.",
			map[string]core.EntityType{"Maria Lind": per}, []string{"Saints RB Maria Lind"}},
		{"a headline verb after a person", "[Maria Lind Calls Out Kell Vessel For Backing Down|ORG]\nLater [Maria Lind|PER] spoke.",
			map[string]core.EntityType{"Maria Lind": per}, []string{"Maria Lind Calls Out Kell Vessel For Backing Down"}},
		{"a headline verb after a surname", "[Lind Wants To Do Things|PER] today. [Maria Lind|PER] said [Lind|PER] would.",
			map[string]core.EntityType{"Maria Lind": per}, []string{"Lind Wants To Do Things"}},
		{"a headline verb after no person", "[Orange Is the New Black|ORG] returns. [Orange|ORG] sells phones.",
			map[string]core.EntityType{"Orange Is the New Black": org}, nil},
		{"no given name: the headline's span stays", "[Children With Kell Vessel|ORG] met\nThe doctors saw [Kell Vessel|PER] at noon.",
			map[string]core.EntityType{"Children With Kell Vessel": org}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.marked, tt.want, tt.absent) })
	}
}
