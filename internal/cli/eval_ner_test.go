package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/ner"
)

// GUM's news files (CONLL-format/news/*.tsv) carry IO tags without a
// prefix ("person"); --split news finds them, a run of one type is one
// entity and types outside PER/ORG/LOC/MISC are O. Fictional file in that
// format; fails without the news glob in nerFiles and mapGoldTag.
func TestEvalNERReadsGUMNews(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(dir, "CONLL-format", "news")
	if err := os.MkdirAll(news, 0o755); err != nil {
		t.Fatal(err)
	}
	doc := "\nTarn\tplace\nflood\tevent\nkills\tO\nthree\tperson\n\nMayor\tperson\nAna\tperson\nLind\tperson\nof\tO\nVellmont\tplace\nspoke\tO\nto\tO\nthe\tO\nKell\torganization\nHerald\torganization\n"
	if err := os.WriteFile(filepath.Join(news, "GUM_news_tarn.tsv"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := nerFiles(dir, "news")
	if err != nil || len(files) != 1 {
		t.Fatalf("nerFiles(news) = %v, %v", files, err)
	}
	f, err := os.Open(files[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ner.ReadCoNLL(f, files[0])
	if err != nil || len(docs) != 1 || len(docs[0]) != 2 {
		t.Fatalf("ReadCoNLL: %d docs, %v", len(docs), err)
	}
	var got []string
	for _, s := range docs[0] {
		tags := make([]string, len(s.Tags))
		for i, tag := range s.Tags {
			tags[i] = mapGoldTag(tag)
		}
		for _, c := range ner.Chunks(tags) {
			got = append(got, c.Type+" "+strings.Join(s.Tokens[c.Start:c.End], " "))
		}
	}
	want := "LOC Tarn|PER three|PER Mayor Ana Lind|LOC Vellmont|ORG Kell Herald"
	if strings.Join(got, "|") != want {
		t.Errorf("entities = %q, want %q", strings.Join(got, "|"), want)
	}
	if mapGoldTag("B-person") != "B-PER" || mapGoldTag("O") != "O" || mapGoldTag("event") != "O" {
		t.Errorf("mapGoldTag: %q %q %q", mapGoldTag("B-person"), mapGoldTag("O"), mapGoldTag("event"))
	}
}
