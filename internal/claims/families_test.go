package claims

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

func TestOpenFamilies(t *testing.T) {
	checkKeys(t, []keyCase{
		{"denial of charges", "Lena Varro denied the allegations on Tuesday.", []string{"varro|deny|allegations"}},
		{"rejection of charges is a denial", "Varro rejected the accusations through her lawyer.", []string{"varro|deny|allegations"}},
		{"qualified charges", "Varro denied the bribery claims.", []string{"varro|deny|allegations:briberi"}},
		{"denial of a thing", "Varro has repeatedly denied any collusion with Ostmark.", []string{"varro|deny|collus+ostmark"}},
		{"accusation", "Valdoria accused Ostmark of shelling the dam.", []string{"valdoria|accuse|ostmark:shell"}},
		{"accusation of a noun", "Valdoria accused Ostmark of aggression.", []string{"valdoria|accuse|ostmark:aggress"}},
		{"warning", "Minister Lena Varro warned of a deep recession.", []string{"varro|warn|recess"}},
		{"vow", "Varro vowed revenge.", []string{"varro|vow|reveng"}},
		{"passive accusation", "Varro was accused of shelling the dam.", nil},
		{"warning clause", "Varro warned that the harbour could flood.", nil},
		{"denial of a clause", "Varro denied her campaign colluded with Ostmark.", []string{"varro|deny|campaign+collud+ostmark"}},
		{"denial negated", "Varro did not deny the report.", nil},
		{"denial of a permission", "Varro denied him bail.", nil},
		{"vow of a clause", "Varro vowed the club would appeal.", nil},
		{"common noun at the start", "Critics accused Ostmark of stalling.", nil},
		{"name modifying a plural", "Ostmark embassies warned of attacks.", nil},
		{"gerund after a preposition", "Varro played a role in denying the requests.", nil},
		{"noun warning", "The warning of a flood came late.", nil},
		{"label", "Varro called Tarel a pathological liar.", []string{"varro|call|tarel:liar"}},
		{"label adjective", "Varro called Ostmark provocative.", []string{"varro|call|ostmark:provoc"}},
		{"a phone call", "Varro called Tarel on Friday.", nil},
		{"a name given", "The company is called Harbourline.", nil},
		{"a time, no object", "It was a prospect Varro denied earlier in the day.", nil},
		{"a time before the charge", "Varro denied earlier allegations of fraud.", []string{"varro|deny|allegations"}},
		{"a label whose head is not read", "Varro called Ostmark a good news story in the region.", nil},
	})
}

// A keyCase is a text and the claim keys Extract must read from it.
type keyCase struct {
	name, text string
	keys       []string
}

func checkKeys(t *testing.T, tests []keyCase) {
	t.Helper()
	e := NewExtractor(Options{})
	for _, tt := range tests {
		var keys []string
		for _, c := range e.Extract("", tt.text, nil) {
			keys = append(keys, c.Key)
		}
		if !slices.Equal(keys, tt.keys) {
			t.Errorf("%s: %q: keys %v, want %v", tt.name, tt.text, keys, tt.keys)
		}
	}
}

// TestAccusationDisplay: the charge shown stops before a name's run
// without leaving its modifier behind.
func TestAccusationDisplay(t *testing.T) {
	for text, want := range map[string]string{
		"Varro accuses Ostmark of intimidating smaller Varnian towns":   "Varro — accuses Ostmark of intimidating",
		"Varro accused Ostmark of shelling the dam.":                    "Varro — accuses Ostmark of shelling the dam",
		"Varro accused Ostmark of backing Varnian rebels in the north.": "Varro — accuses Ostmark of backing",
	} {
		cs := NewExtractor(Options{}).Extract("", text, nil)
		if len(cs) != 1 || cs[0].Text != want {
			t.Errorf("%q: claims %+v, want one shown %q", text, cs, want)
		}
	}
}

// TestUndoingInfinitive: a stance on undoing a thing is no stance on the
// thing; a stance on an act that is the object keeps it.
func TestUndoingInfinitive(t *testing.T) {
	checkKeys(t, []keyCase{
		{"ready to lift", "Ostmark is ready to lift the sanctions.", nil},
		{"refused to end", "Ostmark refused to end the talks.", nil},
		{"unwilling to roll back", "Ostmark is unwilling to roll back tariffs.", nil},
		{"ready to hold", "Ostmark is ready to hold talks.", []string{"ostmark|ready|negotiations"}},
		{"eager to withdraw", "Tarel has been eager to withdraw, but the army wants to stay.", []string{"tarel|ready|withdrawal"}},
	})
}

// TestOpeningWordHolder: a common word opening a sentence holds no
// stance; a name the article's entities know does.
func TestOpeningWordHolder(t *testing.T) {
	ents := []core.Entity{{Name: "Kestrel Harbour", Type: core.Location}, {Name: "Ostmark", Type: core.Location}}
	for text, want := range map[string]int{
		"Small investors in Kestrel Harbour have welcomed the deal. The small print was long.": 0,
		"Ostmark welcomed the deal. The small print was long.":                                 1,
	} {
		if got := NewExtractor(Options{}).ExtractArticle(&core.Article{Text: text, Entities: ents}); len(got) != want {
			t.Errorf("%q: claims %+v, want %d", text, got, want)
		}
	}
}
