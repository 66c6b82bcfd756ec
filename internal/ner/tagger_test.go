package ner

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/sentence"
)

func mustDefault(t testing.TB) *Tagger {
	t.Helper()
	tg, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return tg
}

func TestTagObvious(t *testing.T) {
	tg := mustDefault(t)
	tests := []struct {
		sent string
		want string
	}{
		{"Anna Kowalczyk flew to Germany on Monday .", "B-PER I-PER O O B-LOC O O O"},
		{"The European Union criticised the plan .", "O B-ORG I-ORG O O O O"},
		{"Officials in Paris said nothing .", "O O B-LOC O O O"},
	}
	for _, tt := range tests {
		got := strings.Join(tg.Tag(strings.Fields(tt.sent)), " ")
		if got != tt.want {
			t.Errorf("Tag(%q) = %q, want %q", tt.sent, got, tt.want)
		}
	}
	if got := tg.Tag(nil); got != nil {
		t.Errorf("Tag(nil) = %v, want nil", got)
	}
}

func TestEntities(t *testing.T) {
	text := "Foreign Minister Anna Kowalczyk met officials of the European Union in Brussels on Oct.30.\n\nKowalczyk said the talks went well."
	ms := Entities(text)
	want := []Mention{
		{"Anna Kowalczyk", core.Person, 0, 0},
		{"European Union", core.Organisation, 0, 0},
		{"Brussels", core.Location, 0, 0},
		{"Kowalczyk", core.Person, 0, 0},
	}
	if len(ms) != len(want) {
		t.Fatalf("Entities = %+v, want %d mentions", ms, len(want))
	}
	for i, m := range ms {
		if m.Text != want[i].Text || m.Type != want[i].Type {
			t.Errorf("mention %d = %q %s, want %q %s", i, m.Text, m.Type, want[i].Text, want[i].Type)
		}
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q offsets %d:%d give %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	tg := mustDefault(t)
	var buf bytes.Buffer
	if _, err := tg.Save(&buf, 0.05, 0); err != nil {
		t.Fatal(err)
	}
	back, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	sent := strings.Fields("Anna Kowalczyk of the European Commission visited Warsaw .")
	if a, b := strings.Join(tg.Tag(sent), " "), strings.Join(back.Tag(sent), " "); a != b {
		t.Errorf("reloaded tagger tags %q, original %q", b, a)
	}
	if _, err := Load(strings.NewReader("not a model")); !errors.Is(err, ErrBadModel) {
		t.Errorf("Load(garbage) error = %v, want ErrBadModel", err)
	}
}

// TestTrainLearns trains on a tiny fictional corpus and checks the tagger
// reproduces what it was taught, with and without the stacked stage.
func TestTrainLearns(t *testing.T) {
	var doc Doc
	for _, s := range []struct{ toks, tags string }{
		{"Zorbal visited Quenland today .", "B-PER O B-LOC O O"},
		{"Mira Zorbal left Quenland .", "B-PER I-PER O B-LOC O"},
		{"The Quen Bank said no .", "O B-ORG I-ORG O O O"},
		{"Zorbal praised the Quen Bank .", "B-PER O O B-ORG I-ORG O"},
	} {
		doc = append(doc, Labeled{Tokens: strings.Fields(s.toks), Tags: strings.Fields(s.tags)})
	}
	docs := []Doc{doc, doc, doc, doc, doc, doc, doc, doc}
	for _, stack := range []bool{false, true} {
		tg, err := Train(context.Background(), docs, TrainOptions{Epochs: 5, Stack: stack, Folds: 2})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range doc {
			if got, want := strings.Join(tg.Tag(s.Tokens), " "), strings.Join(s.Tags, " "); got != want {
				t.Errorf("stack=%v: Tag(%q) = %q, want %q", stack, s.Tokens, got, want)
			}
		}
	}
	if _, err := Train(context.Background(), []Doc{{{Tokens: []string{"a"}, Tags: []string{"B-FOO"}}}}, TrainOptions{}); err == nil {
		t.Error("Train accepted an unknown tag")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Train(ctx, docs, TrainOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Train with a cancelled context: %v, want context.Canceled", err)
	}
}

// conllDir finds ../shared/bench/ner/conll2003 or skips.
func conllDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the working directory")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", "bench", "ner", "conll2003")
	if _, err := os.Stat(p); err != nil {
		t.Skip("../shared/bench/ner/conll2003 is absent")
	}
	return p
}

func readConll(t testing.TB, name string) []CoNLLDoc {
	t.Helper()
	p := filepath.Join(conllDir(t), name)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f, p)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestCoNLLValid guards the embedded model against regressions. The model
// is trained on train+valid, so this is a training-fit check, not a score to
// report (report test with `storyline eval ner`).
func TestCoNLLValid(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	docs := readConll(t, "valid.txt")
	ev := Evaluate(mustDefault(t), docs, nil, nil)
	if f := ev.Overall.F1(); f < 0.90 {
		t.Errorf("valid F1 = %.4f, want >= 0.90", f)
	}
}

// benchArticle is a fictional news article (testdata/article.txt) of
// about 550 words, doubled by the benchmarks to about 1,100.
func benchArticle(b *testing.B) string {
	raw, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return string(raw) + "\n\n" + string(raw)
}

// BenchmarkTag measures tagging of pre-tokenised sentences (TagDoc).
func BenchmarkTag(b *testing.B) {
	tg := mustDefault(b)
	text := benchArticle(b)
	var doc [][]string
	tokens := 0
	for _, s := range sentence.Split(text) {
		var words []string
		for _, tok := range Tokenize(s.Text) {
			words = append(words, tok.Text)
		}
		doc = append(doc, words)
		tokens += len(words)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.TagDoc(doc)
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkEntities measures raw text to mentions: sentence splitting,
// tokenising and tagging.
func BenchmarkEntities(b *testing.B) {
	tg := mustDefault(b)
	text := benchArticle(b)
	tokens := len(Tokenize(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.Entities(text)
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func FuzzEntities(f *testing.F) {
	for _, s := range []string{"Mr. Smith went to Washington.", "ALL CAPS HEADLINE ABOUT NATO", "", "\"unbalanced", "Putin, the Kremlin leader, said..."} {
		f.Add(s)
	}
	tg := mustDefault(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range tg.Entities(s) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
				t.Fatalf("Entities(%q): bad mention %+v", s, m)
			}
		}
	})
}

// A person span the tagger runs across a verb splits into two persons;
// particles and spaced hyphens stay inside a name; other types stay whole.
func TestPersonParts(t *testing.T) {
	cases := []struct {
		words []string
		typ   string
		want  []Span
	}{
		{[]string{"Ardo", "held", "Bellamy"}, "PER", []Span{{0, 1, "PER"}, {2, 3, "PER"}}},
		{[]string{"Ludo", "van", "Rensel"}, "PER", []Span{{0, 3, "PER"}}},
		{[]string{"Kim", "Jong", "-", "un"}, "PER", []Span{{0, 4, "PER"}}},
		{[]string{"Mara", "Quell"}, "PER", []Span{{0, 2, "PER"}}},
		{[]string{"Bank", "and", "Trust"}, "ORG", []Span{{0, 3, "ORG"}}},
		{[]string{"Ardo", "said"}, "PER", []Span{{0, 1, "PER"}}},
		{[]string{"Ardo", ")", "Bellamy"}, "PER", []Span{{0, 1, "PER"}, {2, 3, "PER"}}},
		{[]string{"Ardo", "O'Neill"}, "PER", []Span{{0, 2, "PER"}}},
	}
	for _, c := range cases {
		got := personParts(wordTokens(c.words...), Span{0, len(c.words), c.typ})
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%v: %v, want %v", c.words, got, c.want)
		}
	}
}

// Punctuation and possessives at a span's edges are not part of a name;
// a closing bracket whose opening one is inside is.
func TestTrimEdges(t *testing.T) {
	cases := []struct {
		words []string
		want  Span
		ok    bool
	}{
		{[]string{"“", "Politicians"}, Span{1, 2, "ORG"}, true},
		{[]string{"—", "Harbour", "Police"}, Span{1, 3, "ORG"}, true},
		{[]string{"’s", "War", "on", "Weeds"}, Span{1, 4, "ORG"}, true},
		{[]string{".", "Wade", ","}, Span{1, 2, "ORG"}, true},
		{[]string{"Lask", "Party", "(", "LP", ")"}, Span{0, 5, "ORG"}, true},
		{[]string{"Lask", "Party", ")"}, Span{0, 2, "ORG"}, true},
		{[]string{"Ardo", "Inc."}, Span{0, 2, "ORG"}, true},
		{[]string{"“", "”"}, Span{2, 2, "ORG"}, false},
	}
	for _, c := range cases {
		got, ok := trimEdges(wordTokens(c.words...), Span{0, len(c.words), "ORG"})
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("%v: %v %v, want %v %v", c.words, got, ok, c.want, c.ok)
		}
	}
}

// wordTokens makes tokens of words (texts only).
func wordTokens(ws ...string) []Token {
	out := make([]Token, len(ws))
	for i, w := range ws {
		out[i] = Token{Text: w}
	}
	return out
}
