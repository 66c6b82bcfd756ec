package entity

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func TestCues(t *testing.T) {
	tests := []struct {
		name   string
		marked string
		want   map[string]core.EntityType // entities that must be there
		absent []string                   // names that must not be entities
	}{
		{"a magazine after The", "Ana Kesh, a writer for The [Atlantic|LOC], said so on Monday.",
			map[string]core.EntityType{"Atlantic": core.Organisation}, nil},
		{"the ocean stays a place", "The ship crossed the [Atlantic|LOC] in May.",
			map[string]core.EntityType{"Atlantic": core.Location}, nil},
		{"a sentence-opening The of one word stays", "Storms grew. The [Atlantic|LOC] season was long.",
			map[string]core.EntityType{"Atlantic": core.Location}, nil},
		{"a two-word magazine opening a sentence", "Talks stalled. The [New Yorker|MISC] reported the rift.",
			map[string]core.EntityType{"New Yorker": core.Organisation}, nil},
		{"a demonym stays", "You'd have to be a [New Yorker|MISC] to like him.",
			map[string]core.EntityType{"New Yorker": core.Misc}, nil},
		{"The inside the span", "She told [The Nation|LOC] on Friday.",
			map[string]core.EntityType{"The Nation": core.Organisation}, nil},
		{"a chamber before Leader", "The bill died, said [Senate Minority|ORG] Leader [Ana Kesh|PER].",
			map[string]core.EntityType{"Senate": core.Organisation, "Ana Kesh": core.Person}, []string{"Senate Minority"}},
		{"a majority with no leader stays", "The [Vellmar Majority|ORG] party won.",
			map[string]core.EntityType{"Vellmar Majority": core.Organisation}, nil},
		{"a city in a standings table", "EASTERN DIVISION W L PCT GB [ORLO|LOC] 74 57 .565 - [VELLMAR|LOC] 70 61 .534 4",
			map[string]core.EntityType{"ORLO": core.Organisation, "VELLMAR": core.Organisation}, nil},
		{"a country in a table stays", "Group one: [Belgium|LOC] 3 1 2 0 4 2 5",
			map[string]core.EntityType{"Belgium": core.Location}, nil},
		{"a dateline stays a place", "[VELLMAR|LOC] 1996-08-22 Rain fell. Crowds came to [Vellmar|LOC] 12 times.",
			map[string]core.EntityType{"Vellmar": core.Location}, nil},
		{"a city before a postal code", "Spot prices [TOLMOUTH|ORG], IL / ORLO, IA rose.",
			map[string]core.EntityType{"TOLMOUTH": core.Location}, nil},
		{"an initial after a comma stays", "[Kesh Group|ORG], INC. said so.",
			map[string]core.EntityType{"Kesh Group": core.Organisation}, nil},
		{"a given connective", "[Ana Lind|PER] won. [Given Lind|PER]'s record, she may run.",
			map[string]core.EntityType{"Ana Lind": core.Person}, []string{"Given Lind"}},
		{"a number word", "[Ana Lind|PER] spoke. [One Lind|MISC]-endorsed candidate lost.",
			map[string]core.EntityType{"Ana Lind": core.Person}, []string{"One Lind"}},
		{"a number word before a hyphen", "[Ana Lind|PER] spoke. [One Lind-endorsed|MISC] candidate lost.",
			map[string]core.EntityType{"Ana Lind": core.Person}, []string{"One Lind-endorsed", "One Lind"}},
		{"an ethnic adjective beside a cut name", "The [Hispanic Chamber|PER] of Commerce met. [Hispanic|PER] voters came.",
			map[string]core.EntityType{"Hispanic Chamber": core.Organisation, "Hispanic": core.Misc}, nil},
		{"a place before a newspaper", "Sources told the [Vellmar|LOC] [Daily News|ORG] on Monday.",
			map[string]core.EntityType{"Vellmar Daily News": core.Organisation}, []string{"Vellmar", "Daily News"}},
		{"a place before a one-word body stays", "Officials at [Vellmar|LOC] [Post|ORG] said so.",
			map[string]core.EntityType{"Vellmar": core.Location}, nil},
		{"a broadcaster's programme", "She told [Fox News Sunday|ORG] and [CBS This Morning|ORG] so; [Fox News|ORG] aired it.",
			map[string]core.EntityType{"Fox News Sunday": core.Misc, "CBS This Morning": core.Misc, "Fox News": core.Organisation}, nil},
		{"the address is an event", "Before the [State of the Union|ORG], aides met.",
			map[string]core.EntityType{"State of the Union": core.Misc}, nil},
		{"a taunting nickname", "[Marco Vell|PER] spoke. \"[Little Marco|ORG] is weak,\" [Tom Orlo|PER] said.",
			map[string]core.EntityType{"Marco Vell": core.Person}, []string{"Little Marco"}},
		{"a nickname word before no person stays", "[Little Rock|ORG] grew.",
			map[string]core.EntityType{"Little Rock": core.Organisation}, nil},
		{"because of a person", "[Lind|PER] voted no. \"[Because of Ana Lind|ORG] we lost,\" he said.",
			map[string]core.EntityType{"Ana Lind": core.Person}, []string{"Because of Ana Lind"}},
		{"a connective before no person stays", "\"[Because of Vellmar|ORG] we lost,\" he said.",
			map[string]core.EntityType{"Because of Vellmar": core.Organisation}, nil},
		{"an ethnic adjective", "Voters of [Hispanic|PER] descent and [Latinos|ORG] came.",
			map[string]core.EntityType{"Hispanic": core.Misc, "Latinos": core.Misc}, nil},
		{"a political action committee", "A super [PAC|ORG] spent heavily; the [Orlo Action PAC|ORG] did not.",
			map[string]core.EntityType{"Orlo Action PAC": core.Organisation}, []string{"PAC"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.marked, tt.want, tt.absent) })
	}
}

func TestCompanyNordicSuffix(t *testing.T) {
	text, ms := mentionsOf(t, "Maker [Vellmar Oy|ORG] said profit rose. [Vellmar|ORG] expects more.")
	res := Resolve(text, ms)
	if _, e := entityNamed(res, "Vellmar Oy"); e == nil || !slices.Contains(e.Aliases, "Vellmar") {
		t.Errorf("Vellmar Oy = %+v, want alias Vellmar (all: %+v)", e, res.Entities)
	}
}

func TestKeyFederalBodies(t *testing.T) {
	for _, p := range [][2]string{{"U.S. Senate", "Senate"}, {"United States Navy", "Navy"}, {"Kekkila Oy", "Kekkila"}} {
		if a, b := Key(p[0], core.Organisation), Key(p[1], core.Organisation); a != b {
			t.Errorf("Key(%q) = %q, Key(%q) = %q: want one key", p[0], a, p[1], b)
		}
	}
	for _, p := range [][2]string{{"U.S. Steel", "Steel"}, {"US Airways", "Airways"}} {
		if a, b := Key(p[0], core.Organisation), Key(p[1], core.Organisation); a == b {
			t.Errorf("Key(%q) = Key(%q) = %q: want two keys", p[0], p[1], a)
		}
	}
}
