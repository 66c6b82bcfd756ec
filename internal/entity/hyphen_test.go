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

// Two person mentions around a spaced hyphen are one double-barrelled name
// when the first part never stands alone; otherwise two people.
func TestJoinSpacedHyphenNames(t *testing.T) {
	mentions := func(text string, names ...string) []ner.Mention {
		var ms []ner.Mention
		from := 0
		for _, n := range names {
			i := strings.Index(text[from:], n) + from
			ms = append(ms, ner.Mention{Text: n, Type: core.Person, Start: i, End: i + len(n)})
			from = i + len(n)
		}
		return ms
	}
	text := "Arvo Lind - Kesh left Vell. Lind - Kesh said nothing."
	got := joinSpacedHyphenNames(text, mentions(text, "Arvo Lind", "Kesh", "Lind", "Kesh"))
	if len(got) != 2 || got[0].Text != "Arvo Lind-Kesh" || got[1].Text != "Lind-Kesh" || text[got[0].Start:got[0].End] != "Arvo Lind - Kesh" {
		t.Errorf("joined = %+v", got)
	}
	text = "Lind - Kesh ended 6-4. Lind served first."
	if got := joinSpacedHyphenNames(text, mentions(text, "Lind", "Kesh", "Lind")); len(got) != 3 {
		t.Errorf("a scoreline joined: %+v", got)
	}
	text = "Lind -- Kesh"
	if got := joinSpacedHyphenNames(text, mentions(text, "Lind", "Kesh")); len(got) != 2 {
		t.Errorf("a double dash joined: %+v", got)
	}
}

// A person's name before a hyphenated modifier word ("Vellander-era",
// "Kesh-appointed") is a mention of the person; a person's own lower-case
// part ("Kim Jong-un", "Banharn Silpa-archa") stays part of the name.
func TestResolvePersonModifier(t *testing.T) {
	text := "Arvo Vellander spoke. A Vellander-era rule fell to a Kesh-appointed judge. Dara Kesh, Kim Jong-un and Banharn Silpa-archa met."
	at := func(s string) ner.Mention {
		i := strings.Index(text, s)
		return ner.Mention{Text: s, Type: core.Person, Start: i, End: i + len(s)}
	}
	res := Resolve(text, []ner.Mention{at("Arvo Vellander"), at("Vellander-era"), at("Kesh-appointed"), at("Dara Kesh"), at("Kim Jong-un"), at("Banharn Silpa-archa")})
	got := map[string]string{}
	for _, e := range res.Entities {
		got[e.Name] = fmt.Sprintf("%s/%d", e.Type, e.Mentions)
	}
	want := map[string]string{"Arvo Vellander": "PER/2", "Dara Kesh": "PER/2", "Kim Jong-un": "PER/1", "Banharn Silpa-archa": "PER/1"}
	if !maps.Equal(got, want) {
		t.Errorf("entities = %v, want %v", got, want)
	}
}
