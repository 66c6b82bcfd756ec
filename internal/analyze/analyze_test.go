package analyze

import (
	"context"
	"github.com/storyline/storyline/internal/testshared"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/textclean"
)

// article is fictional: names, places and statements are invented.
const article = `Norland ready for talks, says president

Norland's President Anna Korvan said on Tuesday that her country is ready to negotiate with Velsk over the disputed river valley.

"We have never walked away from the table," Korvan told reporters in Ostrava. "Our door stays open."

The Velsk government rejected the proposal on Wednesday. Defense Minister Tomas Brell accused Norland of massing troops near the border and warned against a "bunker mindset" in the capital.

"The river treaty is finished," Brell said. He added that Velsk would not accept any mediation.

According to officials in Ostrava, the talks could resume next week.`

func TestAnalyze(t *testing.T) {
	for _, heur := range []bool{false, true} {
		a := &core.Article{Source: "fiction", Text: article}
		if err := New(Options{Heuristic: heur}).Process(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		if len(a.Entities) == 0 {
			t.Errorf("heuristic=%v: no entities", heur)
		}
		want := map[string]string{
			"We have never walked away": "Anna Korvan",
			"Our door stays open":       "Anna Korvan",
			"The river treaty":          "Tomas Brell",
			"bunker mindset":            "Tomas Brell",
		}
		for frag, sp := range want {
			found := false
			for _, q := range a.Quotes {
				if strings.Contains(q.Text, frag) {
					found = true
					if q.Speaker != sp {
						t.Errorf("heuristic=%v: %q speaker %q, want %q", heur, frag, q.Speaker, sp)
					}
					if a.Text[q.Start:q.End] != q.Text {
						t.Errorf("heuristic=%v: %q offsets wrong", heur, frag)
					}
				}
			}
			if !found {
				t.Errorf("heuristic=%v: quote %q missing", heur, frag)
			}
		}
		types := map[string]bool{}
		for _, e := range a.Events {
			types[e.Type] = true
		}
		for _, typ := range []string{"reject", "disapprove"} {
			if !types[typ] {
				t.Errorf("heuristic=%v: no %s event in %+v", heur, typ, a.Events)
			}
		}
	}
}

func TestAnalyzeEmptyAndCancelled(t *testing.T) {
	a := &core.Article{}
	if err := Analyze(context.Background(), a); err != nil || len(a.Quotes)+len(a.Events) != 0 {
		t.Errorf("empty article: err %v, %d quotes", err, len(a.Quotes))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Analyze(ctx, &core.Article{Text: article}); err == nil {
		t.Error("cancelled context: want error")
	}
	if err := Analyze(context.Background(), nil); err != nil {
		t.Error(err)
	}
}

func repoShared(t testing.TB) string {
	return testshared.Dir(t)
}

// TestSeeds checks the seed quotes through the whole layer, on the
// seed texts after textclean.Clean.
func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(repoShared(t), "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("../shared/seeds absent; seed checks skipped")
	}
	want := map[string]string{
		"We have never refused to negotiate":                "Vladimir Putin",
		"The multipolar world has already become a reality": "Vladimir Putin",
		"cold war mentality":                                "Xi Jinping",
		"post-conflict resolution":                          "Sergei Shoigu",
	}
	// The writer's words and words an unnamed source reports are no
	// quote of the person they are about: a participle of comment after
	// an event ("highlighting how ..."), a noun phrase cut after a second
	// preposition ("hinted at progress with [Trump on ...]"), and the
	// subject of what "reports" say.
	never := map[string]string{
		"continues to be a central issue":  "",
		"on peace talks but stopped short": "",
		"has given Putin until Monday":     "Donald Trump",
	}
	seen := map[string]bool{}
	var evs []core.Event
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(textclean.Clean(string(b), textclean.Options{}).Paragraphs, "\n\n")
		a := &core.Article{Source: f, Text: text}
		if err := Analyze(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, q := range a.Quotes {
			if testing.Verbose() {
				t.Logf("%s: %q <- %q (direct %v)", filepath.Base(f), clip(q.Text), q.Speaker, q.Direct)
			}
			for frag, sp := range never {
				if strings.Contains(q.Text, frag) && (sp == "" || q.Speaker == sp) {
					t.Errorf("%s: %q stored as a quote of %q", filepath.Base(f), frag, q.Speaker)
				}
			}
			for frag, sp := range want {
				if strings.Contains(q.Text, frag) {
					seen[frag] = true
					if q.Speaker != sp {
						t.Errorf("%s: %q attributed to %q, want %q", filepath.Base(f), frag, q.Speaker, sp)
					}
				}
			}
		}
		evs = append(evs, a.Events...)
	}
	for frag := range want {
		if !seen[frag] {
			t.Errorf("seed quote %q not found", frag)
		}
	}
	for _, w := range []struct{ actor, typ string }{{"Putin", "express-intent"}, {"Putin", "disapprove"}, {"Ukraine", "reject"}, {"Xi", "appeal"}, {"Trump", "demand"}, {"Russia", "assault"}} {
		ok := false
		for _, e := range evs {
			ok = ok || strings.Contains(e.Actor, w.actor) && e.Type == w.typ
		}
		if !ok {
			t.Errorf("no seed event %s -%s->", w.actor, w.typ)
		}
	}
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}

func TestNonEnglishSkipped(t *testing.T) {
	text := "Die Verhandlungen im Hafen von Veldmark sind gescheitert. Das Angebot der Handelskammer wurde abgelehnt, sagte Anna Lorvik am Dienstag."
	a := &core.Article{Source: "de.txt", Language: "de", Text: text}
	if err := New(Options{}).Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Entities)+len(a.Quotes)+len(a.Events) != 0 {
		t.Errorf("German article analysed with English models: %+v %+v %+v", a.Entities, a.Quotes, a.Events)
	}
	a = &core.Article{Source: "de.txt", Language: "de", Text: text}
	if err := New(Options{AnyLanguage: true}).Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Entities) == 0 {
		t.Error("AnyLanguage found no entities")
	}
}
