package entity

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
)

func TestResolveSpanFixes(t *testing.T) {
	tests := []struct {
		name   string
		marked string
		want   map[string]core.EntityType // entities that must be there
		absent []string                   // names that must not be entities
	}{
		{"month surname", "[Theresa|PER] May said the talks would go on. [May|PER] left.",
			map[string]core.EntityType{"Theresa May": core.Person}, []string{"Theresa"}},
		{"month surname tagged apart", "[Anya|PER] [May|MISC] spoke.",
			map[string]core.EntityType{"Anya May": core.Person}, []string{"Anya", "May"}},
		{"a date is no surname", "[Tomas Brell|PER] met [Kesh|PER] May 5 in [Vell|LOC].",
			map[string]core.EntityType{"Kesh": core.Person}, []string{"Kesh May"}},
		{"state after a city", "He died in Springfield, [Mo|PER]. [Mo Vessel|PER] coached.",
			map[string]core.EntityType{"Missouri": core.Location, "Mo Vessel": core.Person}, nil},
		{"a title tagged alone is no state", "The bodies of Ms [Vellin|PER] and [Miss|LOC] [Tarrow|PER] were found. [Nora Tarrow|PER] was 20.",
			map[string]core.EntityType{"Nora Tarrow": core.Person}, []string{"Miss", "Mississippi"}},
		{"a title typed MISC before a name", "[Miss|MISC] [Tarrow|PER] was a student. [Mrs|ORG] [Vellin|PER] said so.",
			map[string]core.EntityType{"Tarrow": core.Person, "Vellin": core.Person}, []string{"Miss", "Mrs"}},
		{"the state with its full stop stays", "He died at a motel in Biloxi, [Miss.|LOC] He was 75.",
			map[string]core.EntityType{"Mississippi": core.Location}, nil},
		{"no state without a city", "[Mo|PER]. Brell said so.",
			map[string]core.EntityType{"Mo": core.Person}, nil},
		{"number abbreviation", "The [No.|ORG] 5 seed beat [Vell Harbour|ORG].",
			map[string]core.EntityType{"Vell Harbour": core.Organisation}, []string{"No."}},
		{"headline tail", "[Arvo Lind Memos|PER] released. The memos were read. [Arvo Lind|PER] wrote them; [Arvo Lind|PER] spoke.",
			map[string]core.EntityType{"Arvo Lind": core.Person}, []string{"Arvo Lind Memos"}},
		{"a surname that is a word stays", "[Ana Maria Brown|PER] spoke of brown fields.",
			map[string]core.EntityType{"Ana Maria Brown": core.Person}, nil},
		{"office in an organisation span", "[Deputy District Attorney Ana Kesh|ORG] said no. [Kesh|PER] left.",
			map[string]core.EntityType{"Ana Kesh": core.Person}, []string{"Deputy District Attorney Ana Kesh"}},
		{"an office is no name", "[Vell Attorney General's Office|ORG] said no.",
			map[string]core.EntityType{"Vell Attorney General's Office": core.Organisation}, nil},
		{"place after in", "The quake struck in [Banda Vell|PER]. Rescuers in [Banda Vell|PER] dug.",
			map[string]core.EntityType{"Banda Vell": core.Location}, nil},
		{"person after in and elsewhere", "Faith in [Ana Kesh|PER] grew. [Ana Kesh|PER] spoke.",
			map[string]core.EntityType{"Ana Kesh": core.Person}, nil},
		{"one word after in once stays", "Trust in [Kesh|PER] grew.",
			map[string]core.EntityType{"Kesh": core.Person}, nil},
		{"a person's first name typed as a place", "[Neil Vessel|PER] spoke. Ana agreed with [Neil|LOC] at once.",
			map[string]core.EntityType{"Neil Vessel": core.Person}, []string{"Neil"}},
		{"a listed place keeps its type", "[Anna Jordan|PER] flew to [Jordan|LOC].",
			map[string]core.EntityType{"Anna Jordan": core.Person, "Jordan": core.Location}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.marked, tt.want, tt.absent) })
	}
}

// checkResolved resolves the marked text and checks that the entities of
// want are there under their types and those of absent are not.
func checkResolved(t *testing.T, marked string, want map[string]core.EntityType, absent []string) {
	t.Helper()
	text, ms := mentionsOf(t, marked)
	res := Resolve(text, ms)
	for name, typ := range want {
		if _, e := entityNamed(res, name); e == nil || e.Type != typ {
			t.Errorf("%s = %+v, want type %s (all: %+v)", name, e, typ, res.Entities)
		}
	}
	for _, name := range absent {
		if _, e := entityNamed(res, name); e != nil {
			t.Errorf("%s is an entity: %+v", name, e)
		}
	}
}

func TestWordCount(t *testing.T) {
	for _, tt := range []struct {
		text, w string
		want    int
	}{
		{"memos and memos", "memos", 2},
		{"the memoser memo", "memos", 0},
		{"Lind, Lind's.", "Lind", 2},
		{"", "x", 0},
		{"abc", "", 0},
	} {
		if got := wordCount(tt.text, tt.w); got != tt.want {
			t.Errorf("wordCount(%q, %q) = %d, want %d", tt.text, tt.w, got, tt.want)
		}
	}
}

// FuzzFixSpans: any text and spans give spans inside the text, in order,
// and never panic.
func FuzzFixSpans(f *testing.F) {
	f.Add("Theresa May said", 0, 7, "PER")
	f.Add("in Springfield, Mo. today", 16, 18, "PER")
	f.Add("Deputy DA Ana Kesh left", 0, 18, "ORG")
	f.Add("Lind Memos Memo", 0, 15, "PER")
	f.Add("No. 5", 0, 3, "ORG")
	f.Add("by Ana KeshFlagShareLikeReplyTomas Velden 5pts", 3, 40, "PER")
	f.Add("VELLMAR 1996-08-28 Police said", 0, 7, "ORG")
	f.Add("said St. Lorvik Park Mayor Ana Kesh today", 5, 35, "PER")
	f.Fuzz(func(t *testing.T, text string, start, end int, typ string) {
		if start < 0 || end > len(text) || start >= end {
			return
		}
		m := ner.Mention{Text: text[start:end], Type: core.EntityType(typ), Start: start, End: end}
		for _, got := range fixSpans(text, []ner.Mention{m}) {
			if got.Start < 0 || got.End > len(text) || got.Start > got.End {
				t.Fatalf("fixSpans(%q, %+v) gave %+v outside the text", text, m, got)
			}
			if got.Text != text[got.Start:got.End] && !strings.Contains(text, got.Text) {
				t.Fatalf("fixSpans(%q, %+v) gave text %q not in the text", text, m, got.Text)
			}
		}
		_ = Resolve(text, []ner.Mention{m})
	})
}

// "Ole Miss" (the University of Mississippi's teams) tagged apart, "Ole
// [Miss]" or "[Ole] [Miss]", is one organisation, not the state; "Miss."
// after a town stays Mississippi. Fails without stateNickname.
func TestOleMissIsNoState(t *testing.T) {
	for _, marked := range []string{
		"Her hot start helped Vellport jump out on Ole [Miss|LOC] by a score of 32-14.",
		"Her hot start helped Vellport jump out on [Ole|PER] [Miss|LOC] by a score of 32-14.",
	} {
		text, ms := mentionsOf(t, marked)
		r := Resolve(text, ms)
		if _, e := entityNamed(r, "Ole Miss"); e == nil || e.Type != core.Organisation || len(r.Entities) != 1 {
			t.Errorf("%s: %+v", marked, r.Entities)
		}
	}
	text, ms := mentionsOf(t, "He died at a motel in [Biloxi|LOC], [Miss.|LOC] He was 75.")
	if _, e := entityNamed(Resolve(text, ms), "Mississippi"); e == nil {
		if _, e = entityNamed(Resolve(text, ms), "Miss."); e == nil || e.Type != core.Location {
			t.Errorf("the state went: %+v", Resolve(text, ms).Entities)
		}
	}
}
