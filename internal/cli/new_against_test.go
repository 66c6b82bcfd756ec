package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNewSaysWhatItJudgedAgainst: `new ID` names what the article's
// sentences were judged against, the storyline's articles before it in
// publication order (the undated after the dated), with their days and IDs,
// or that it is the storyline's first (it named only the storyline).
func TestNewSaysWhatItJudgedAgainst(t *testing.T) {
	dir := t.TempDir()
	docs := `{"url":"https://post.example/a","title":"Veldmark ferry crews strike over pay","date":"2021-03-20","text":"Ferry crews in Veldmark walked out on Monday over pay, the Veldmark Ferry Union said.\n\nAnna Lorvik, the harbour minister, said the talks would resume on Friday.\n\nThe Veldmark Ferry Union wants a rise of nine per cent. Crossings to Orsk were cancelled."}
{"url":"https://post.example/b","title":"Veldmark ferry strike: talks resume","date":"2021-03-10","text":"Ferry crews in Veldmark voted to strike over pay, the Veldmark Ferry Union said on Tuesday.\n\nAnna Lorvik, the harbour minister, said the talks would begin next week. The Veldmark Ferry Union wants a rise of nine per cent.\n\nCrossings to Orsk may be cancelled if the strike goes ahead."}
{"url":"https://post.example/c","title":"Veldmark ferry strike ends","text":"Ferry crews in Veldmark ended their strike over pay, the Veldmark Ferry Union said.\n\nAnna Lorvik, the harbour minister, said the deal gives crews a rise of seven per cent. The Veldmark Ferry Union backed the deal.\n\nCrossings to Orsk resume on Sunday."}
`
	in := filepath.Join(dir, "ferry.jsonl")
	if err := os.WriteFile(in, []byte(docs), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "s.db")
	if out, err := run(t, "--db", db, "ingest", in); err != nil || !strings.Contains(out, "ingested 3") {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	if out, _ := runStderr(t, "--db", db, "stories"); !strings.Contains(out, "3 articles") {
		t.Fatalf("the three reports are not one story here:\n%s", out)
	}
	for id, want := range map[string]string{
		"2": "the first article of storyline 1: nothing before it to judge it against\n",
		"1": "judged against the one article of storyline 1 published before it (2021-03-10; article 2)\n",
		"3": "judged against the 2 articles of storyline 1 before it (2021-03-10 – 2021-03-20; articles 2, 1; undated, it follows the dated ones",
	} {
		out, _ := runStderr(t, "--db", db, "new", id)
		if lines := strings.SplitN(out, "\n", 3); len(lines) < 3 || !strings.HasPrefix(lines[1]+"\n", want) {
			t.Errorf("new %s:\n%s\nwant its second line to start %q", id, out, want)
		}
	}
}
