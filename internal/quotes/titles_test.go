package quotes

import (
	"strings"
	"testing"
)

func TestTitleCase(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"All the President's Men,", true},
		{"Advancing Rights and Health in a New Era", true},
		{"the Harbour Men", false},
		{"Harbour", false},
		{"Ferries Run Again in 2026", true},
		{"Ferries run again", false},
		{"", false},
	} {
		if got := TitleCase(tc.s); got != tc.want {
			t.Errorf("TitleCase(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// Exclusive mode drops a quotation that is only the title of a book or a
// broadcaster's programme the text names before it; one after "titled"
// (what an ad or a memo says, which PolNeAR annotates) and words said stay.
// (The analyze path lists titles with no speaker: analyze.workTitle.)
func TestDropWorkTitles(t *testing.T) {
	text := "Tomas Brell told VBC’s “Harbour Morning” on Friday that the port would stay open.\n\n" +
		"In his 2019 book, “A Harbour Life,” Brell wrote about the ferries.\n\n" +
		"The ad, titled “Keep Velsk Moving,” ends with a shot of the quay.\n\n" +
		"“We will keep the port open,” Brell said on Friday."
	has := func(qs []Quote, s string) bool {
		for _, q := range qs {
			if strings.Contains(q.Text, s) {
				return true
			}
		}
		return false
	}
	excl := Find(text, Options{Exclusive: true})
	for _, s := range []string{"Harbour Morning", "A Harbour Life"} {
		if has(excl, s) {
			t.Errorf("Exclusive: title %q listed as a quote: %+v", s, excl)
		}
	}
	for _, s := range []string{"Keep Velsk Moving", "We will keep the port open"} {
		if !has(excl, s) {
			t.Errorf("Exclusive: %q not listed: %+v", s, excl)
		}
	}
}

func TestWorkTitleKind(t *testing.T) {
	for _, tc := range []struct {
		text, span string
		want       int
	}{
		{"She told VBC’s “Harbour Morning” that it was fine.", "“Harbour Morning”", namedWork},
		{"She told VBC’s “Harbour Morning” that it was fine.", "Harbour Morning", namedWork},
		{"In his book, ''A Harbour Life,'' Brell wrote.", "''A Harbour Life,''", namedWork},
		{"The ad, titled “keep moving,” ends.", "“keep moving,”", titledWork},
		{"Brell’s “Harbour First” plan was dropped.", "Harbour First", notTitle},
		{"She told VBC’s “we are fine.”", "“we are fine.”", notTitle},
	} {
		s := strings.Index(tc.text, tc.span)
		if got := workTitleKind(tc.text, s, s+len(tc.span)); got != tc.want {
			t.Errorf("workTitleKind(%q in %q) = %d, want %d", tc.span, tc.text, got, tc.want)
		}
	}
}
