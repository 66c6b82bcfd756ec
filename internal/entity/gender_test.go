package entity

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
)

func TestResolveGender(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]byte // entity name -> gender
		mentions   map[string]int  // entity name -> mentions (when checked)
	}{
		{
			name: "honorific",
			text: "Mr. [Arvo Lind|PER] spoke.",
			want: map[string]byte{"Arvo Lind": 'm'},
		},
		{
			name: "gendered noun in apposition",
			text: "[Maren Lind|PER], the first lady, waved.",
			want: map[string]byte{"Maren Lind": 'f'},
		},
		{
			name: "gendered noun before the name",
			text: "He and his wife, [Maren Oskarsdottir|PER], waved. The actress [Tova Brenn|PER] sang.",
			want: map[string]byte{"Maren Oskarsdottir": 'f', "Tova Brenn": 'f'},
		},
		{
			name: "a relative clause is not an apposition",
			text: "[Arvo Lind|PER], whose wife sang, waved.",
			want: map[string]byte{"Arvo Lind": 0},
		},
		{
			name: "first-name table",
			text: "[Angela Vortmann|PER] spoke. [Donald Brack|PER] listened.",
			want: map[string]byte{"Angela Vortmann": 'f', "Donald Brack": 'm'},
		},
		{
			name: "pronouns with one person in reach",
			text: "[Tarvo Quell|PER] arrived late. She apologised to the crowd. Her speech was short.",
			want: map[string]byte{"Tarvo Quell": 'f'},
		},
		{
			name: "pronouns with two persons in reach vote for no one",
			text: "[Tarvo Quell|PER] met [Ilse Varga|PER]. She left.",
			want: map[string]byte{"Tarvo Quell": 0, "Ilse Varga": 0},
		},
		{
			name:     "two people of one surname in one sentence",
			text:     "President [Lind|PER] and [Maren Lind|PER], the first lady, arrived. Mr. [Lind|PER] spoke. President [Lind|PER] left.",
			want:     map[string]byte{"Lind": 'm', "Maren Lind": 'f'},
			mentions: map[string]int{"Lind": 3, "Maren Lind": 1},
		},
		{
			name:     "clergy honorifics are not part of the name",
			text:     "Sister [Carol Wennick|PER] spoke. [Sr. Wennick|PER] left. [Msgr. Tobin Arle|PER] prayed.",
			want:     map[string]byte{"Carol Wennick": 'f', "Tobin Arle": 'm'},
			mentions: map[string]int{"Carol Wennick": 2},
		},
		{
			name:     "police ranks are not part of the name",
			text:     "Inspector [Dave Kello|PER] said the climbers fell. [Insp Kello|PER] added more. [Det. Supt. Ilse Varga|PER] agreed.",
			want:     map[string]byte{"Dave Kello": 0, "Ilse Varga": 0},
			mentions: map[string]int{"Dave Kello": 2, "Ilse Varga": 1},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, ms := mentionsOf(t, tc.text)
			res := Resolve(text, ms)
			if len(res.Gender) != len(res.Entities) {
				t.Fatalf("Gender has %d entries for %d entities", len(res.Gender), len(res.Entities))
			}
			for name, g := range tc.want {
				i, e := entityNamed(res, name)
				if e == nil {
					t.Errorf("no entity %q in %+v", name, res.Entities)
					continue
				}
				if res.Gender[i] != g {
					t.Errorf("gender of %q = %q, want %q", name, res.Gender[i], g)
				}
				if n, ok := tc.mentions[name]; ok && e.Mentions != n {
					t.Errorf("%q has %d mentions, want %d", name, e.Mentions, n)
				}
			}
		})
	}
}

func TestFirstNamesTable(t *testing.T) {
	if len(firstNames) < 50 {
		t.Fatalf("firstNames holds %d names, want the committed table (>= 50)", len(firstNames))
	}
	for _, tc := range []struct {
		name string
		want byte
	}{
		{"Hillary Clinton", 'f'}, {"Donald Trump", 'm'}, {"Trump", 0}, {"Zzyx Quorl", 0},
	} {
		if got := nameGender(tc.name); got != tc.want {
			t.Errorf("nameGender(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
	if got := parseFirstNames("# c\nAna\t1\t9\t2\nBo\t9\t1\t2\nEq\t2\t2\t2\nbad\tx\t1\n"); len(got) != 2 || got["Ana"] != 'f' || got["Bo"] != 'm' {
		t.Errorf("parseFirstNames = %v, want Ana f and Bo m", got)
	}
}

func TestResolveBareHonorific(t *testing.T) {
	text, ms := mentionsOf(t, "CNA spoke with [Msgr|PER]. [Tobin Arle|PER] said more. [King|PER] spoke.")
	res := Resolve(text, ms)
	if _, e := entityNamed(res, "Msgr"); e != nil {
		t.Errorf("an entity named %q", e.Name)
	}
	if _, e := entityNamed(res, "King"); e == nil {
		t.Errorf("the surname King was dropped")
	}
}

func FuzzParseFirstNames(f *testing.F) {
	f.Add("# c\nAna\t1\t9\t2\n")
	f.Add("Bo\t9\t1\n\nEq\t2\t2\t2\n")
	f.Add("x\t-1\t99999999999999999999\n")
	f.Fuzz(func(t *testing.T, src string) {
		for n, g := range parseFirstNames(src) {
			if g != 'm' && g != 'f' || n == "" && !strings.Contains(src, "\n\t") && !strings.HasPrefix(src, "\t") {
				t.Fatalf("parsed %q into %q -> %q", src, n, g)
			}
		}
	})
}

func TestHyphenTail(t *testing.T) {
	for _, tc := range []struct {
		text, mention, want string
	}{
		{"Leader Pak Jong - un said so.", "Pak Jong", "Pak Jong-un"},
		{"Leader Pak Jong-un said so.", "Pak Jong", "Pak Jong-un"},
		{"Pak Jong - Union talks", "Pak Jong", "Pak Jong"},
		{"Pak Jong - a leader", "Pak Jong", "Pak Jong"},
		{"Pak Jong - leaders", "Pak Jong", "Pak Jong"},
		{"Pak Jong", "Pak Jong", "Pak Jong"},
	} {
		i := strings.Index(tc.text, tc.mention)
		m := hyphenTail(tc.text, ner.Mention{Text: tc.mention, Type: core.Person, Start: i, End: i + len(tc.mention)})
		if m.Text != tc.want || tc.text[m.Start:m.End] == "" {
			t.Errorf("hyphenTail(%q) = %q, want %q", tc.text, m.Text, tc.want)
		}
	}
}
