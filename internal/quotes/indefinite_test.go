package quotes

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestIndefiniteSource: an indefinite description brings in someone new:
// the body it names speaks through them, else the person it speaks for,
// else the phrase; never the person named before it.
func TestIndefiniteSource(t *testing.T) {
	type m struct{ name, typ string }
	tests := []struct {
		name, text, phrase string
		ms                 []m
		want               string
		ok                 bool
	}{
		{"body before the head", "Ana Lind died in the Alps. A Velsk Office spokeswoman said it was sad.", "A Velsk Office spokeswoman",
			[]m{{"Ana Lind", "PER"}, {"Velsk Office", "ORG"}}, "Velsk Office", true},
		{"untagged body words", "Ana Lind died in the Alps. A Velsk Office spokeswoman said it was sad.", "A Velsk Office spokeswoman",
			[]m{{"Ana Lind", "PER"}}, "Velsk Office", true},
		{"a business named for a person", "Tom Reyes was hurt. A Mira's Depot spokesperson said it was sad.", "A Mira's Depot spokesperson",
			[]m{{"Tom Reyes", "PER"}, {"Mira", "PER"}}, "Mira's Depot", true},
		{"the person spoken for", "Tom Reyes was away. A representative for Mr. Reyes said he was in Velsk.", "A representative for Mr. Reyes",
			[]m{{"Tom Reyes", "PER"}, {"Reyes", "PER"}}, "Tom Reyes's representative", true},
		{"a body after the head", "Tom Reyes was away. A spokesman for the Velsk Port Authority said it.", "A spokesman for the Velsk Port Authority",
			[]m{{"Tom Reyes", "PER"}, {"Velsk Port Authority", "ORG"}}, "Velsk Port Authority", true},
		{"modifiers only", "Tom Reyes signed. A rival general manager said a deal was near.", "A rival general manager",
			[]m{{"Tom Reyes", "PER"}}, "A rival general manager", true},
		{"article before the run", "Tom Reyes was away. The paper quotes a federal spokesman confirming it.", "federal spokesman",
			[]m{{"Tom Reyes", "PER"}}, "a federal spokesman", true},
		{"a demonym is no body", "Tom Reyes was away. A Velskian official said it.", "A Velskian official",
			[]m{{"Tom Reyes", "PER"}}, "A Velskian official", true},
		{"through a spokeswoman", "Tom Reyes, through a spokeswoman, declined to comment.", "a spokeswoman",
			[]m{{"Tom Reyes", "PER"}}, "", false},
		{"definite description", "Tom Reyes was away. The spokesman said it.", "The spokesman",
			[]m{{"Tom Reyes", "PER"}}, "", false},
		{"no role head", "Tom Reyes was away. A letter said it.", "A letter",
			[]m{{"Tom Reyes", "PER"}}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []Mention
			for _, x := range tt.ms {
				i := strings.Index(tt.text, x.name)
				if x.name == "Reyes" {
					i = strings.LastIndex(tt.text, x.name)
				}
				if i < 0 {
					t.Fatalf("no %q in the text", x.name)
				}
				name := x.name
				if name == "Reyes" {
					name = "Tom Reyes"
				}
				ms = append(ms, Mention{Name: name, Type: core.EntityType(x.typ), Start: i, End: i + len(x.name)})
			}
			d := newDoc(tt.text, ResolverFunc(func(string) []Mention { return ms }))
			a := strings.Index(tt.text, tt.phrase)
			got, ok := d.indefiniteSource(a, a+len(tt.phrase))
			if got != tt.want || ok != tt.ok {
				t.Errorf("indefiniteSource(%q) = %q, %v; want %q, %v", tt.phrase, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestIndefiniteSpeaker: through Find, a quote after an indefinite
// description is not credited to the person named before it.
func TestIndefiniteSpeaker(t *testing.T) {
	text := "Ana Lind, 32, died while climbing in the Alps on Saturday. A Velsk Office spokeswoman said: \"We are aware of the death of a climber.\""
	expectSpeaker(t, Find(text, Options{}), "aware of the death", "Velsk Office")
}
