package extract

import (
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"

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
		{"press contact", "Pressekontakt:", true},
		{"posted by", "Posted by Jo Example, Example Project", true},
		{"ad label", "Anzeige", true},
		{"dateline", "12. März 2031, 14:05 Uhr", true},
		{"dateline en", "March 12, 2031", true},
		{"address", "Beispielstraße 14 12345 Musterstadt", false},
		{"heading with date", "Die neuen Preise für alle Tickets ab 01.01.2031", false},
		{"update stamp", "Letzte Änderung 14.02.2031", true},
		{"caption credit", "Der Bürgermeister vor der alten Brücke (Foto: Anna Beispiel)", true},
		{"caption copyright", "Die Brücke im Winter. © Beispiel Agentur / Max Muster", true},
		{"support prompt", "Unterstütze unsere Redaktion schon mit drei Euro im Monat!", true},
		{"support in prose", "Dennoch unterstützen wir den Vorschlag, weil er die Brücke schneller baut.", false},
		{"app prompt", "For the latest news download the Example Daily apps for iOS and Android.", true},
		{"comments heading", "3 Kommentare", true},
		{"comments word in prose", "Comments from residents were mostly positive, the mayor said after the vote.", false},
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

// TestPostCommentsSection checks that a comments heading in the second half
// of the body drops the readers' text after it, long or short, and that the
// same heading near the top drops nothing else.
func TestPostCommentsSection(t *testing.T) {
	para := "The council of Millbrook voted on Tuesday to rebuild the old footbridge over the river before winter."
	reader := "I walk over that bridge every day and I think the council should have fixed it years ago, frankly."
	e := &extractor{}
	a := &core.Article{}
	in := []block{{"p", para}, {"p", para + " Again."}, {"p", para + " Once more."}, {"h3", "Comments"}, {"p", reader}, {"p", "Reply"}}
	out := e.post(a, in, "")
	if len(out) != 3 || len(a.Removed) != 3 {
		t.Fatalf("kept %d blocks, removed %d; want 3 and 3", len(out), len(a.Removed))
	}
	a = &core.Article{}
	in = []block{{"h3", "Comments"}, {"p", para}, {"p", reader}}
	if out := e.post(a, in, ""); len(out) != 2 {
		t.Fatalf("heading at the top: kept %d blocks, want 2", len(out))
	}
}

// TestFallbackBetter checks the sanity check on the fallback's choice.
func TestFallbackBetter(t *testing.T) {
	res := func(s string) *trafilatura.ExtractResult { return &trafilatura.ExtractResult{ContentText: s} }
	tests := []struct {
		name            string
		first, fallback *trafilatura.ExtractResult
		want            bool
	}{
		{"no first pass", nil, res("Ein Text."), true},
		{"longer fallback", res("Kurz."), res("Kurz. Und dann der ganze Artikel."), true},
		{"shorter fallback", res("Der erste Durchgang fand diesen Absatz."), res("Über die Autorin."), false},
		{"same length", res("abc"), res("xyz"), false},
	}
	for _, tt := range tests {
		if got := fallbackBetter(tt.first, tt.fallback); got != tt.want {
			t.Errorf("%s: fallbackBetter = %v, want %v", tt.name, got, tt.want)
		}
	}
}
