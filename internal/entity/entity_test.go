package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
)

// mentionsOf builds mentions from marked text: every [Name|TYPE] becomes a
// mention of Name, and the brackets are removed. It returns the plain text.
func mentionsOf(t *testing.T, marked string) (string, []ner.Mention) {
	t.Helper()
	var b strings.Builder
	var ms []ner.Mention
	for {
		i := strings.IndexByte(marked, '[')
		if i < 0 {
			b.WriteString(marked)
			break
		}
		j := strings.IndexByte(marked[i:], ']')
		if j < 0 {
			t.Fatalf("unbalanced mark in %q", marked)
		}
		b.WriteString(marked[:i])
		name, typ, _ := strings.Cut(marked[i+1:i+j], "|")
		start := b.Len()
		b.WriteString(name)
		ms = append(ms, ner.Mention{Text: name, Type: core.EntityType(typ), Start: start, End: b.Len()})
		marked = marked[i+j+1:]
	}
	return b.String(), ms
}

func entityNamed(res Result, name string) (int, *core.Entity) {
	for i := range res.Entities {
		if res.Entities[i].Name == name {
			return i, &res.Entities[i]
		}
	}
	return -1, nil
}

// typeCase is marked text (see mentionsOf) and the type Resolve should give
// the entity named name in it.
type typeCase struct {
	marked, name string
	want         core.EntityType
}

// checkTypes resolves each case's marked text and checks that the entity
// named is there with the type wanted.
func checkTypes(t *testing.T, cases []typeCase) {
	t.Helper()
	for _, tc := range cases {
		text, ms := mentionsOf(t, tc.marked)
		r := Resolve(text, ms)
		if _, e := entityNamed(r, tc.name); e == nil || e.Type != tc.want {
			t.Errorf("%q: entity %q = %+v, want type %s", tc.marked, tc.name, e, tc.want)
		}
	}
}

// personsCase is marked text (see mentionsOf) and the names of the person
// entities Resolve should give, in order.
type personsCase struct {
	marked string
	want   []string
}

// checkPersons resolves each case's marked text and checks its person
// entities' names, in order.
func checkPersons(t *testing.T, cases []personsCase) {
	t.Helper()
	for _, tt := range cases {
		text, ms := mentionsOf(t, tt.marked)
		res := Resolve(text, ms)
		var got []string
		for _, e := range res.Entities {
			if e.Type == core.Person {
				got = append(got, e.Name)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: persons %q, want %q", tt.marked, got, tt.want)
		}
	}
}

func TestResolvePeople(t *testing.T) {
	text, ms := mentionsOf(t, "[Ostrian|MISC] President [Tomas Redeker|PER] met [Ilse Marrow|PER] in [Lorvik|LOC]. "+
		"[Redeker|PER] said the talks failed. The [Ostrian|MISC] president added that he was ready. "+
		"Veldan Foreign Minister [Marrow|PER] disagreed, and the minister called for calm.")
	res := Resolve(text, ms)
	ri, red := entityNamed(res, "Tomas Redeker")
	if red == nil {
		t.Fatalf("no Tomas Redeker in %+v", res.Entities)
	}
	if red.Type != core.Person || !slices.Contains(red.Aliases, "Redeker") {
		t.Errorf("Redeker = %+v, want PER with alias Redeker", red)
	}
	if !slices.Contains(red.Attributes, "Ostrian President") || !slices.Contains(red.Attributes, "President") {
		t.Errorf("Redeker attributes = %q, want Ostrian President and President", red.Attributes)
	}
	mi, mar := entityNamed(res, "Ilse Marrow")
	if mar == nil || !slices.Contains(mar.Attributes, "Foreign Minister") {
		t.Fatalf("Marrow = %+v, want attribute Foreign Minister", mar)
	}
	// "The Ostrian president" -> Redeker; "the minister" -> Marrow.
	for _, tc := range []struct {
		frag string
		want int
	}{{"The Ostrian president", ri}, {"the minister", mi}} {
		i := strings.Index(text, tc.frag)
		if got := res.EntityAt(i, i+len(tc.frag)); got != tc.want {
			t.Errorf("%q resolves to %d, want %d", tc.frag, got, tc.want)
		}
	}
	if red.Mentions != 3 { // two names and one description
		t.Errorf("Redeker mentions = %d, want 3", red.Mentions)
	}
}

func TestResolveOrganisations(t *testing.T) {
	text, ms := mentionsOf(t, "The [Northern Maritime Council|ORG] ([NMC|ORG]) met in [Lorvik|LOC]. "+
		"The [NMC|ORG] said the [U.S.|LOC] and the [United States|LOC] envoy agreed. [KSC|ORG] shares fell; "+
		"the [Kestrel Shipping Company|ORG] said nothing.")
	res := Resolve(text, ms)
	_, nmc := entityNamed(res, "Northern Maritime Council")
	if nmc == nil || !slices.Contains(nmc.Aliases, "NMC") || nmc.Mentions != 3 {
		t.Errorf("NMC entity = %+v, want alias NMC and 3 mentions", nmc)
	}
	_, us := entityNamed(res, "United States")
	if us == nil || us.Mentions != 2 || !slices.Contains(us.Aliases, "U.S.") {
		t.Errorf("United States = %+v, want 2 mentions with alias U.S.", us)
	}
	if _, e := entityNamed(res, "NMC"); e != nil {
		t.Errorf("NMC is an entity of its own: %+v", e)
	}
}

func TestResolveTypeVote(t *testing.T) {
	text, ms := mentionsOf(t, "[Arvo Lind|PER] spoke. [Lind|PER] left. [Lind|ORG] returned. [Lind|PER] sat.")
	res := Resolve(text, ms)
	if len(res.Entities) != 1 || res.Entities[0].Mentions != 4 || res.Entities[0].Type != core.Person {
		t.Errorf("entities = %+v, want one PER with 4 mentions", res.Entities)
	}
}

func TestResolveHeadNoun(t *testing.T) {
	text, ms := mentionsOf(t, "[Xiangshan Forum|PER] opened on the [Kestrel Peninsula|PER] near [Arvo Lind|PER].")
	res := Resolve(text, ms)
	want := map[string]core.EntityType{"Xiangshan Forum": core.Organisation, "Kestrel Peninsula": core.Location, "Arvo Lind": core.Person}
	for name, typ := range want {
		if _, e := entityNamed(res, name); e == nil || e.Type != typ {
			t.Errorf("%s = %+v, want type %s", name, e, typ)
		}
	}
}

func TestResolveEmpty(t *testing.T) {
	res := Resolve("", nil)
	if len(res.Entities) != 0 || len(res.Links) != 0 {
		t.Errorf("Resolve(empty) = %+v", res)
	}
	if got := res.EntityAt(0, 1); got != -1 {
		t.Errorf("EntityAt on empty = %d, want -1", got)
	}
}

func TestKey(t *testing.T) {
	tests := []struct {
		name string
		typ  core.EntityType
		want string
	}{
		{"U.S.", core.Location, "LOC:united states"},
		{"United States of America", core.Location, "LOC:united states"},
		{"the United States", core.Location, "LOC:united states"},
		{"NATO", core.Organisation, "ORG:north atlantic treaty organization"},
		{"SCO", core.Organisation, "ORG:shanghai cooperation organization"},
		{"President Vladimir Putin", core.Person, "PER:vladimir putin"},
		{"Vladimir  Putin", core.Person, "PER:vladimir putin"},
		{"Zoë Ångström", core.Person, "PER:zoe angstrom"},
		{"Kestrel Shipping Co.", core.Organisation, "ORG:kestrel shipping"},
		{"Kestrel Shipping", core.Organisation, "ORG:kestrel shipping"},
		{"Harbour Department", core.Organisation, "ORG:harbour"},
		{"Department of the Harbour", core.Organisation, "ORG:harbour"},
		{"Department", core.Organisation, "ORG:department"},
		{"Co.", core.Organisation, "ORG:co"},
		{"Arvo S. Lind III", core.Person, "PER:arvo s lind"},
		{"Arvo Lind Jr.", core.Person, "PER:arvo lind jr"},
		{"Lind III", core.Person, "PER:lind iii"},
		{"Rick Vessel", core.Person, "PER:richard vessel"},
		{"Richard Vessel", core.Person, "PER:richard vessel"},
		{"Rick", core.Person, "PER:rick"},
		{"Kestrel Department", core.Location, "LOC:kestrel department"},
	}
	for _, tt := range tests {
		if got := Key(tt.name, tt.typ); got != tt.want {
			t.Errorf("Key(%q, %s) = %q, want %q", tt.name, tt.typ, got, tt.want)
		}
	}
}

func TestActorCountry(t *testing.T) {
	tests := []struct {
		name string
		want string
		ok   bool
	}{
		{"Moscow", "Russia", true},
		{"Russian", "Russia", true},
		{"Russians", "Russia", true},
		{"the Kremlin", "Russia", true},
		{"White House", "United States", true},
		{"U.S.", "United States", true},
		{"Kyiv", "Ukraine", true},
		{"Kiev", "Ukraine", true},
		{"Beijing", "China", true},
		{"Chinese", "China", true},
		{"Lorvik", "", false},
		{"us", "", false},
	}
	for _, tt := range tests {
		got, ok := ActorCountry(tt.name)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ActorCountry(%q) = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzResolve(f *testing.F) {
	for _, s := range []string{"President Putin, the Kremlin leader, said.", "the minister (SCO)", "", "The Russian president"} {
		f.Add(s, 0, 5)
	}
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		var ms []ner.Mention
		if a >= 0 && b > a && b <= len(text) {
			ms = append(ms, ner.Mention{Text: text[a:b], Type: core.Person, Start: a, End: b})
		}
		res := Resolve(text, ms)
		for _, l := range res.Links {
			if l.Entity < 0 || l.Entity >= len(res.Entities) || l.Start < 0 || l.End > len(text) || l.Start > l.End {
				t.Fatalf("bad link %+v for %q", l, text)
			}
		}
	})
}

func TestActorAt(t *testing.T) {
	tests := []struct {
		text, name string
		want       string
	}{
		{"Moscow insists that Kyiv withdraw.", "Moscow", "Russia"},
		{"Moscow insists that Kyiv withdraw.", "Kyiv", "Ukraine"},
		{"Talks were held in Moscow on Friday.", "Moscow", ""},
		{"He flew to the Kremlin at noon.", "Kremlin", ""},
		{"Later the Kremlin said no.", "Kremlin", "Russia"},
		{"Arvo Lind said nothing.", "Arvo Lind", ""},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.name)
		got, ok := ActorAt(tt.text, i, i+len(tt.name))
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("ActorAt(%q, %q) = %q, %v; want %q", tt.text, tt.name, got, ok, tt.want)
		}
	}
	if _, ok := ActorAt("x", 3, 1); ok {
		t.Error("ActorAt accepted bad offsets")
	}
}

func TestResolveListedOrgAsModifier(t *testing.T) {
	// A listed organisation tagged MISC or LOC ("the NATO allies", "the
	// BRICS countries") is the organisation; a country stays a place.
	text, ms := mentionsOf(t, "The [BRICS|MISC] countries met. [BRICS|ORG] said so. [NATO|LOC] allies and [Russia|LOC] agreed.")
	res := Resolve(text, ms)
	if _, e := entityNamed(res, "BRICS"); e == nil || e.Type != core.Organisation || e.Mentions != 2 {
		t.Errorf("BRICS = %+v, want one ORG with 2 mentions", e)
	}
	_, nato := entityNamed(res, "North Atlantic Treaty Organization")
	if nato == nil {
		_, nato = entityNamed(res, "NATO")
	}
	if nato == nil || nato.Type != core.Organisation {
		t.Errorf("NATO = %+v, want ORG", nato)
	}
	if _, e := entityNamed(res, "Russia"); e == nil || e.Type != core.Location {
		t.Errorf("Russia = %+v, want LOC", e)
	}
}

func TestResolveHonorificGender(t *testing.T) {
	// "Mr. Lind" after "Mrs. Lind" goes to the man, though she was named last.
	text, ms := mentionsOf(t, "[Arvo Lind|PER] arrived. Mrs. [Maren Lind|PER] spoke. Mr. [Lind|PER] left. Mrs. [Lind|PER] stayed.")
	res := Resolve(text, ms)
	_, arvo := entityNamed(res, "Arvo Lind")
	_, maren := entityNamed(res, "Maren Lind")
	if arvo == nil || maren == nil || arvo.Mentions != 2 || maren.Mentions != 2 {
		t.Errorf("Arvo = %+v, Maren = %+v, want 2 mentions each", arvo, maren)
	}
}

func TestResolveLeadingFunctionWord(t *testing.T) {
	text, ms := mentionsOf(t, "[Arvo Lind|PER] spoke. [Does Lind|PER] know? [Lind Tower|PER] rose. [Because Lind|PER] left, [The Lind|PER] staff went.")
	res := Resolve(text, ms)
	_, arvo := entityNamed(res, "Arvo Lind")
	if arvo == nil || arvo.Mentions != 4 {
		t.Errorf("Arvo Lind = %+v, want 4 mentions", arvo)
	}
	if _, e := entityNamed(res, "Does Lind"); e != nil {
		t.Errorf("an entity named %q", e.Name)
	}
	if _, e := entityNamed(res, "Lind Tower"); e == nil || e.Type != core.Location {
		t.Errorf("Lind Tower = %+v, want LOC", e)
	}
	for _, l := range res.Links {
		if got := text[l.Start:l.End]; strings.HasPrefix(got, "Does") {
			t.Errorf("link %q keeps the function word", got)
		}
	}
}

// A role noun that modifies the next noun is no person ("the general
// election"); one followed by a verb or a function word is.
func TestModifiesNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"election": true, "board": true, "manager": true, "public": true,
		"said": false, "spoke": false, "withdraws": false, "announced": false, "recently": false,
		"and": false, "of": false, "who": false, "would": false, "Election": false, ",": false, "to": false,
	} {
		if got := modifiesNoun(w); got != want {
			t.Errorf("modifiesNoun(%q) = %v, want %v", w, got, want)
		}
	}
	text := "Senator Ana Brel spoke in Lask. Turning to the general election, she said she would win. The senator spoke again on Friday."
	r, err := Analyze(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Entities {
		for _, a := range e.Attributes {
			if strings.Contains(a, "general") {
				t.Errorf("%s has attribute %q from \"the general election\"", e.Name, a)
			}
		}
	}
}

// Elegant variation skips a person when the pronoun after a
// sentence-opening description has the other gender, and takes the last
// one whose gender fits.
func TestDescriptionPronounGender(t *testing.T) {
	text := "Mary Quell attacked Donald Marsh in Lask on Monday. The former secretary of state began her speech with the budget."
	r, err := Analyze(text)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range r.Entities {
		if e.Name == "Donald Marsh" && len(e.Attributes) > 0 {
			t.Errorf("Donald Marsh took %q from a description followed by her", e.Attributes)
		}
		if e.Name == "Mary Quell" {
			found = len(e.Attributes) == 1 && e.Attributes[0] == "former secretary of state"
		}
	}
	if !found {
		t.Errorf("Mary Quell did not take the description: %+v", r.Entities)
	}
	if g := genderOfPronounAfter("The minister said he would go.", 12); g != 'm' {
		t.Errorf("pronounGender = %q, want m", g)
	}
	if g := genderOfPronounAfter("The minister spoke. She left.", 12); g != 0 {
		t.Errorf("pronounGender across a full stop = %q, want 0", g)
	}
	if g := genderOfPronounAfter("The minister thanked the shepherd.", 12); g != 0 {
		t.Errorf("pronounGender inside a word = %q, want 0", g)
	}
}
