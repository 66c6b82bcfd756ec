package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An article in another language gets no entities, quotes or events (the
// language layer reads English only); ingest and analyze must say so, or
// it reads as an article with nothing in it. English articles get no note,
// and analyze's JSON on stdout stays one object per article.
func TestNotAnalysedLanguageIsNamed(t *testing.T) {
	dir := t.TempDir()
	de := filepath.Join(dir, "hafen.txt")
	en := filepath.Join(dir, "harbour.txt")
	if err := os.WriteFile(de, []byte("Hafenstreik in Veldmark beendet\n\nDer Bürgermeister von Veldmark sagte am Dienstag, der Streik der Hafenarbeiter sei nach zwei Wochen vorbei. Die Gewerkschaft will die Einigung am Freitag prüfen und danach über weitere Schritte entscheiden.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(en, []byte("Harbour strike in Veldmark ends\n\nThe mayor of Veldmark, Anna Lorvik, said on Tuesday that the dockworkers' strike was over after two weeks. The union will review the agreement on Friday and then decide what to do next.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs := runStderr(t, "analyze", "--json", de, en)
	if n := strings.Count(out, "\n"); n != 2 {
		t.Errorf("analyze --json: %d lines on stdout, want 2", n)
	}
	if !strings.Contains(errs, de+": language de: not analysed") {
		t.Errorf("analyze: stderr %q does not say the German article was not analysed", errs)
	}
	if strings.Contains(errs, en) {
		t.Errorf("analyze: stderr %q names the English article", errs)
	}
	db := filepath.Join(dir, "s.db")
	out, errs = runStderr(t, "--db", db, "ingest", de, en)
	lines := strings.Split(out+errs, "\n")
	var deLine, enLine string
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "ingested ") && strings.Contains(l, de):
			deLine = l
		case strings.HasPrefix(l, "ingested ") && strings.Contains(l, en):
			enLine = l
		}
	}
	if !strings.HasSuffix(deLine, "(language de: not analysed, the language layer reads English only)") {
		t.Errorf("ingest: German line %q does not say it was not analysed (output %q)", deLine, out+errs)
	}
	if enLine == "" || strings.Contains(enLine, "language") {
		t.Errorf("ingest: English line %q, want one with no note", enLine)
	}
}

// A given date ingest drops as unusable (future, before 1990, unreadable)
// leaves the article undated; its ingest line must say so. A usable date
// adds nothing.
func TestIngestLineNamesDroppedDate(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.jsonl")
	text := `"text":"The mayor of Veldmark, Anna Lorvik, said on Tuesday that the dockworkers' strike was over after two weeks of talks with the port authority."`
	body := `{"title":"Strike over in Veldmark",` + text + `,"date":"2099-12-31"}` + "\n" +
		`{"title":"Veldmark strike ends",` + strings.Replace(text, "two weeks", "three weeks", 1) + `,"date":"2024-03-05"}` + "\n"
	if err := os.WriteFile(in, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs := runStderr(t, "--db", filepath.Join(dir, "s.db"), "ingest", in)
	all := out + errs
	if !strings.Contains(all, "ingested 1 "+in+`:1 (date "2099-12-31" unusable, dropped)`) {
		t.Errorf("ingest output %q does not say line 1's date was dropped", all)
	}
	if !strings.Contains(all, "ingested 2 "+in+":2\n") {
		t.Errorf("ingest output %q: line 2 should have no note", all)
	}
}
