package entity

import (
	"strings"
	"testing"
)

// TestBadInput feeds text no article has: it must come back without a
// panic and with links inside the text.
func TestBadInput(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	inputs := map[string]string{
		"no sentences":     "   \n\n\t ",
		"1 MB no spaces":   strings.Repeat("a,B.", 1<<18),
		"1 MB paragraph":   strings.Repeat("Minister Anna Berg of Veldan met the Kremlin leader in Oslo and ", 1<<14),
		"all caps":         strings.Repeat("VELDAN PRESIDENT TOMAS REDEKER SAYS TALKS FAILED. ", 50),
		"unbalanced":       `"He said, "the minister (NMC said`,
		"non-English":      "Der Bundeskanzler sprach am Montag in Berlin über die Lage in der Ukraine.",
		"invalid UTF-8":    "Putin \xff\xfe said \xc3",
		"only punctuation": strings.Repeat("?!.,;:()\"'", 1000),
	}
	for name, text := range inputs {
		res, err := Analyze(text)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, l := range res.Links {
			if l.Start < 0 || l.End > len(text) || l.Start > l.End || l.Entity >= len(res.Entities) {
				t.Errorf("%s: bad link %+v", name, l)
			}
		}
	}
}
