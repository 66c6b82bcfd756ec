package textclean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sampleScrape is a fictional page of typical size with debris.
func sampleScrape() string {
	var b strings.Builder
	b.WriteString("Skip to content\n\nHarbour town votes to rebuild the old pier\n\nCouncil calls the storm damage the worst in a century\n\nBy Anna Berg\n\n09:15 - 02/03/2021 Tuesday\n\nPhoto: City Archive\n\n")
	for i := 0; i < 20; i++ {
		b.WriteString("The council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter, and the mayor said work betweenMay and June would cost less than feared. ")
		b.WriteString(strings.Repeat("Builders from three towns bid for the contract. ", i%4+1))
		b.WriteString("\n\n")
	}
	b.WriteString("1. The council voted.\n2. Work starts in spring.\n3. The mayor backs it.\n\nComments\n\nLatest\n")
	return b.String()
}

func BenchmarkClean(b *testing.B) {
	s := sampleScrape()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Clean(s, Options{})
	}
}

func BenchmarkCleanSeeds(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(seedDir(b), "*.txt"))
	var pages []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, p := range pages {
			Clean(p, Options{})
		}
	}
}

func BenchmarkRepairGlued(b *testing.B) {
	s := strings.Repeat("The council of Eastport voted on Monday to rebuild the pier that storms destroyed, officials said. ", 40)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		RepairGlued(s)
	}
}

// TestCleanLargeInputs guards against quadratic work: a few-MB single line,
// a 1 MB paragraph among others, and many short lines must all clean in
// linear time (the test's own time limit catches a blowup; speed itself is
// measured by the benchmarks).
func TestCleanLargeInputs(t *testing.T) {
	mb := 1 << 20
	if raceEnabled {
		mb >>= 3
	}
	unit := "The minister said on Tuesday that talks would resume soon, citing progress betweenRomania and others. "
	oneLine := strings.Repeat(unit, 4*mb/len(unit))
	if r := Clean(oneLine, Options{}); len(r.Paragraphs) != 1 || len(r.Paragraphs[0]) < len(oneLine) {
		t.Errorf("single 4 MB line: got %d paragraphs", len(r.Paragraphs))
	}
	noSpace := strings.Repeat("abcdefghij", 4*mb/10)
	if r := Clean(noSpace, Options{}); len(r.Paragraphs) != 1 {
		t.Errorf("4 MB word: got %d paragraphs", len(r.Paragraphs))
	}
	var b strings.Builder
	b.WriteString("A headline over big paragraphs\n\n")
	for i := 0; i < 3; i++ {
		b.WriteString(strings.Repeat(unit, mb/len(unit)))
		b.WriteString("\n\n")
	}
	if r := Clean(b.String(), Options{}); len(r.Paragraphs) != 1 {
		t.Errorf("three equal 1 MB paragraphs: got %d paragraphs, want 1 (duplicates dropped)", len(r.Paragraphs))
	}
	b.Reset()
	for i := 0; i < 60*mb/1024; i++ {
		b.WriteString("Line ")
		b.WriteString(strings.Repeat("x", i%50))
		b.WriteString(" ends here, with words enough to count as text...\n")
	}
	if r := Clean(b.String(), Options{}); len(r.Paragraphs)+len(r.Removed) == 0 {
		t.Errorf("many lines: nothing came back")
	}
}
