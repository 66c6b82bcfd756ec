package cli

import (
	"bufio"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/ner"
)

func TestTagCoNLL(t *testing.T) {
	tg, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	in := "-DOCSTART- -X- -X- O\n\nAnna NNP B-NP B-PER\nKowalczyk NNP I-NP I-PER\nvisited VBD B-VP O\nGermany NNP B-NP B-LOC\n. . O O\n\nShe PRP B-NP O\nleft VBD B-VP O\n"
	var sb strings.Builder
	w := bufio.NewWriter(&sb)
	if err := tagCoNLL(tg, strings.NewReader(in), w); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	want := "-DOCSTART- -X- -X- O\n\nAnna B-PER\nKowalczyk I-PER\nvisited O\nGermany B-LOC\n. O\n\nShe O\nleft O\n\n"
	if sb.String() != want {
		t.Errorf("tag output:\n%s\nwant:\n%s", sb.String(), want)
	}
}

func TestNERFilesAndTypes(t *testing.T) {
	tests := []struct{ tag, want string }{
		{"B-PER", "PER"}, {"I-person", "PER"}, {"B-Organisation", "ORG"}, {"I-organization", "ORG"},
		{"B-place", "LOC"}, {"B-Location", "LOC"}, {"I-MISC", "MISC"}, {"B-Nationality", ""}, {"O", ""}, {"B-object", ""},
	}
	for _, tt := range tests {
		if got := mapNERType(tt.tag); got != tt.want {
			t.Errorf("mapNERType(%q) = %q, want %q", tt.tag, got, tt.want)
		}
	}
	if _, err := nerFiles("/nonexistent/dir", "test"); err == nil {
		t.Error("nerFiles on a missing dir: no error")
	}
}
