package entity

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func TestRetypeMentions(t *testing.T) {
	tests := []struct {
		name   string
		marked string
		want   map[string]core.EntityType // entities that must be there
		absent []string                   // names that must not be entities
	}{
		{"ship after its prefix", "The navy's INS [Vellmar|ORG] answered the call.",
			map[string]core.EntityType{"Vellmar": core.Misc}, nil},
		{"ship prefix inside the span", "The [MV Orlo|ORG] sailed. The [Orlo|LOC] sank.",
			map[string]core.EntityType{"MV Orlo": core.Misc}, []string{"Orlo"}},
		{"film after its noun", "Critics praised the 2009 film [Harbour Lights|ORG]. [Harbour Lights|ORG] won praise.",
			map[string]core.EntityType{"Harbour Lights": core.Misc}, nil},
		{"tanker typed as a person", "The cargo tanker [Ana Kesh|PER] ran aground off Vell.",
			map[string]core.EntityType{"Ana Kesh": core.Misc}, nil},
		{"aboard the ship", "Forty people were aboard the [Kell Star|ORG] when it sank.",
			map[string]core.EntityType{"Kell Star": core.Misc}, nil},
		{"a film's director stays a person", "It is the film [Ana Kesh|PER] directed in Vell.",
			map[string]core.EntityType{"Ana Kesh": core.Person}, nil},
		{"a film company stays", "The film studio [Kell Pictures|ORG] said so.",
			map[string]core.EntityType{"Kell Pictures": core.Organisation}, nil},
		{"car maker and model", "He drove a gray [Toyota Zorvan|ORG] home.",
			map[string]core.EntityType{"Toyota Zorvan": core.Misc}, nil},
		{"car maker's company stays", "[Toyota Motor|ORG] said sales rose.",
			map[string]core.EntityType{"Toyota Motor": core.Organisation}, nil},
		{"a name before sedan", "She was hit by a [Zorvan|ORG] sedan.",
			map[string]core.EntityType{"Zorvan": core.Misc}, nil},
		{"award before winner", "The script is by [Quill|PER] winner [Ana Kesh|PER].",
			map[string]core.EntityType{"Quill": core.Misc, "Ana Kesh": core.Person}, nil},
		{"award before a spaced hyphen", "His [Quill|PER] - nominated film opened.",
			map[string]core.EntityType{"Quill": core.Misc}, nil},
		{"award before telecast", "The [Quill|PER] telecast drew viewers.",
			map[string]core.EntityType{"Quill": core.Misc}, nil},
		{"award after won an", "She won an [Ember|PER] for the role.",
			map[string]core.EntityType{"Ember": core.Misc}, nil},
		{"won a place's primary stays", "Lind won a [Vellmar|LOC] seat.",
			map[string]core.EntityType{"Vellmar": core.Location}, nil},
		{"award head", "The [Orlo Shell Award|PER] went to the club.",
			map[string]core.EntityType{"Orlo Shell Award": core.Misc}, nil},
		{"a body typed as a place", "She studied at [Vellmar University|LOC] in [Orlo|LOC].",
			map[string]core.EntityType{"Vellmar University": core.Organisation, "Orlo": core.Location}, nil},
		{"a place's union stays", "Ties with the [Vellmar Union|LOC] grew.",
			map[string]core.EntityType{"Vellmar Union": core.Location}, nil},
		{"a group is no person", "Trust among [Sunni Muslims|PER] fell.",
			map[string]core.EntityType{"Sunni Muslims": core.Misc}, nil},
		{"a university team", "Drake will play [Indiana State|LOC] on Saturday.",
			map[string]core.EntityType{"Indiana State": core.Organisation}, nil},
		{"New York State stays a place", "Upstate [New York State|LOC] voted.",
			map[string]core.EntityType{"New York State": core.Location}, nil},
		{"a city's team", "Philadelphia host the [Washington Zorvans|LOC] on Saturday.",
			map[string]core.EntityType{"Washington Zorvans": core.Organisation}, nil},
		{"plural place names stay places", "She won caucuses in the [Virgin Islands|LOC] and [Beverly Hills|LOC].",
			map[string]core.EntityType{"Virgin Islands": core.Location, "Beverly Hills": core.Location}, nil},
		{"an unknown place's plural stays", "They met in [Vell Orlos|LOC].",
			map[string]core.EntityType{"Vell Orlos": core.Location}, nil},
		{"party and state labels are no entities", "Rep. [Ana Kesh|PER] ([R-Utah|LOC]) and Sen. [Tomas Brell|PER] ([D-Calif.|MISC]) spoke.",
			map[string]core.EntityType{"Ana Kesh": core.Person, "Tomas Brell": core.Person}, []string{"R-Utah", "D-Calif."}},
		{"a state abbreviation is the state", "She lives in Vellton, [Calif|LOC]. [California|LOC] voted.",
			map[string]core.EntityType{"California": core.Location}, []string{"Calif"}},
		{"Wash. stays apart from the capital", "He lives in Orlo, [Wash|LOC].",
			map[string]core.EntityType{"Wash": core.Location}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.marked, tt.want, tt.absent) })
	}
}

func TestPartyLabel(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"R-Utah", true}, {"D-Calif.", true}, {"I-Vt.", true}, {"R-NY", true}, {"D-N.Y.", true},
		{"R-Vellmar", false}, {"Rio", false}, {"D-", false}, {"X-Utah", false}, {"R-utah", false}, {"", false},
	} {
		if got := partyLabel(tt.s); got != tt.want {
			t.Errorf("partyLabel(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestStateKey(t *testing.T) {
	if Key("Calif.", core.Location) != Key("California", core.Location) {
		t.Errorf("Calif. and California keys differ: %q %q", Key("Calif.", core.Location), Key("California", core.Location))
	}
	if Key("Va", core.Person) == Key("Virginia", core.Person) {
		t.Error("a person named Va keys as Virginia")
	}
	if Key("Wash.", core.Location) == Key("Washington", core.Location) {
		t.Error("Wash. keys as Washington")
	}
}
