package extract

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestPostRules checks each boilerplate rule on fictional blocks: the block
// is dropped (or kept) and a removal is recorded for every drop.
func TestPostRules(t *testing.T) {
	body := block{tag: "p", text: "The council of Millbrook voted on Tuesday to rebuild the old footbridge over the river before winter."}
	tests := []struct {
		name string
		text string
		drop bool
	}{
		{"credit", "Foto: Anna Beispiel", true},
		{"prompt", "Sign up for our weekly newsletter", true},
		{"read also es", "Lea también: El puente nuevo de Villaejemplo abre en mayo", true},
		{"read also de", "Zum Weiterlesen: Neue Brücke in Musterstadt", true},
		{"read also no colon", "Lesen Sie dazu, was der Rat beschlossen hat und warum die Brücke so lange gesperrt war.", false},
		{"copyright", "© 2031 Example Media Group", true},
		{"rights", "Alle Rechte vorbehalten.", true},
		{"share bar", "Teilen mit: Facebook Twitter E-Mail", true},
		{"follow", "Síguenos en Telegram y Twitter", true},
		{"category", "Kategorie: Lokales", true},
		{"updated", "Last updated: 3 May 2031", true},
		{"copyright word in prose", "The band sued over the copyright of the song, a case the council discussed at length.", false},
		{"long line with label", "Themen: " + body.text + " " + body.text, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &extractor{}
			a := &core.Article{}
			in := []block{body, {tag: "p", text: tt.text}}
			out := e.post(a, in, "")
			dropped := len(out) == 1
			if dropped != tt.drop {
				t.Fatalf("post(%q): dropped %v, want %v", tt.text, dropped, tt.drop)
			}
			if dropped && (len(a.Removed) != 1 || a.Removed[0].Text != tt.text) {
				t.Errorf("post(%q): removals %+v", tt.text, a.Removed)
			}
			if out[0] != body {
				t.Errorf("post dropped the article paragraph")
			}
		})
	}
}
