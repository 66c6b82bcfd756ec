package entity

import (
	"fmt"
	"maps"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"

	"github.com/storyline/storyline/internal/ner"
)

func TestCompoundHead(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Ukraine-sponsored", "Ukraine", true},
		{"Western-backed", "Western", true},
		{"Kremlin-controlled", "Kremlin", true},
		{"Russian-Chinese", "Russian-Chinese", false},
		{"Kim Jong-un", "Kim Jong", true}, // callers keep persons out
		{"anti-Trump", "anti-Trump", false},
		{"-backed", "-backed", false},
		{"Ukraine-", "Ukraine-", false},
		{"Ukraine", "Ukraine", false},
	}
	for _, tt := range tests {
		got, ok := compoundHead(ner.Mention{Text: tt.in, Start: 10, End: 10 + len(tt.in)})
		if got.Text != tt.want || ok != tt.ok || got.End != 10+len(got.Text) {
			t.Errorf("compoundHead(%q) = %q %v (end %d)", tt.in, got.Text, ok, got.End)
		}
	}
}

func TestResolveCompoundModifier(t *testing.T) {
	text := "Ukraine rejected the Ukraine-sponsored plan, officials said of the Western-backed talks."
	at := func(s string, typ core.EntityType) ner.Mention {
		i := strings.Index(text, s)
		return ner.Mention{Text: s, Type: typ, Start: i, End: i + len(s)}
	}
	res := Resolve(text, []ner.Mention{at("Ukraine", core.Location), at("Ukraine-sponsored", core.Misc), at("Western-backed", core.Misc)})
	got := map[string]string{}
	for _, e := range res.Entities {
		got[e.Name] = fmt.Sprintf("%s/%d", e.Type, e.Mentions)
	}
	want := map[string]string{"Ukraine": "LOC/2", "Western": "MISC/1"}
	if !maps.Equal(got, want) {
		t.Errorf("entities = %v, want %v", got, want)
	}
}
